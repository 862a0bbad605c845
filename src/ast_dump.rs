//! `weft --ast FILE`: a readable, indented dump of the tree.
//! (Placeholder until the front end lands.)

use crate::ast::Module;

pub fn dump(module: &Module) -> String {
    format!("{:#?}\n", module)
}
