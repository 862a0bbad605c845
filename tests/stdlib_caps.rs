//! File and environment access from the stdlib follows the VM's
//! capabilities: with them off, scripts get PermissionError.

use std::cell::RefCell;
use std::rc::Rc;

use weft::vm::Vm;
use weft::vm::{Capabilities, Sink};

fn run_without_caps(src: &str) -> String {
    let out = Rc::new(RefCell::new(Vec::new()));
    let err = Rc::new(RefCell::new(Vec::new()));
    let mut vm = Vm::with_options(
        Capabilities::none(),
        Sink::Buffer(out.clone()),
        Sink::Buffer(err.clone()),
    );
    let _ = vm.run_main(src, "caps.py");
    vm.flush();
    let text = String::from_utf8_lossy(&out.borrow()).into_owned();
    text
}

#[test]
fn files_and_environment_are_refused() {
    let src = r#"
import os
for f in [lambda: open("x.txt"), lambda: os.listdir("."), lambda: os.getcwd(),
          lambda: os.path.getsize("x"), lambda: os.environ["HOME"], lambda: os.getenv("HOME")]:
    try:
        f()
        print("allowed")
    except PermissionError:
        print("PermissionError")
print(os.path.join("a", "b"), os.path.exists("anything"))
"#;
    let out = run_without_caps(src);
    assert_eq!(
        out,
        "PermissionError\nPermissionError\nPermissionError\nPermissionError\nPermissionError\nPermissionError\na/b False\n"
    );
}
