//! `weft --ast FILE`: the tree printed the way CPython's
//! `ast.dump(tree, indent=2)` prints it, so the two can be compared
//! directly. Expression contexts (Load/Store/Del), which weft's AST leaves
//! implicit, are recomputed from where an expression sits.

use crate::ast::*;

/// An intermediate tree: nodes with named fields, lists, and leaf text.
enum D {
    Node(&'static str, Vec<(&'static str, D)>),
    List(Vec<D>),
    Leaf(String),
}

#[derive(Clone, Copy)]
enum Ctx {
    Load,
    Store,
    Del,
}

pub fn dump(module: &Module) -> String {
    let tree = node(
        "Module",
        vec![
            ("body", stmts(&module.body)),
            ("type_ignores", D::List(vec![])),
        ],
    );
    let mut out = String::new();
    write_d(&tree, 0, &mut out);
    out.push('\n');
    out
}

fn node(name: &'static str, fields: Vec<(&'static str, D)>) -> D {
    D::Node(name, fields)
}

fn leaf(s: impl Into<String>) -> D {
    D::Leaf(s.into())
}

fn unit(name: &'static str) -> D {
    D::Node(name, vec![])
}

/// A value printed without line breaks of its own: a leaf, an empty list,
/// or a node without fields (`Load()`).
fn is_simple(d: &D) -> bool {
    match d {
        D::Leaf(_) => true,
        D::List(items) => items.is_empty(),
        D::Node(_, fields) => fields.is_empty(),
    }
}

/// Writes `d` like `ast.dump(indent=2)`: a node whose fields are all
/// simple (at most three) stays on one line; anything else gets a line per
/// field. Output goes straight into `out`, so deep trees cost linear time.
fn write_d(d: &D, level: usize, out: &mut String) {
    let newline = |out: &mut String, level: usize| {
        out.push('\n');
        for _ in 0..level {
            out.push_str("  ");
        }
    };
    match d {
        D::Leaf(s) => out.push_str(s),
        D::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, level + 1);
                write_d(item, level + 1, out);
            }
            out.push(']');
        }
        D::Node(name, fields) => {
            out.push_str(name);
            out.push('(');
            let one_line = fields.len() <= 3 && fields.iter().all(|(_, v)| is_simple(v));
            for (i, (field, value)) in fields.iter().enumerate() {
                if one_line {
                    if i > 0 {
                        out.push_str(", ");
                    }
                } else {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, level + 1);
                }
                out.push_str(field);
                out.push('=');
                write_d(value, level + 1, out);
            }
            out.push(')');
        }
    }
}

fn opt(fields: &mut Vec<(&'static str, D)>, name: &'static str, value: Option<D>) {
    if let Some(v) = value {
        fields.push((name, v));
    }
}

fn stmts(body: &[Stmt]) -> D {
    D::List(body.iter().map(stmt).collect())
}

fn exprs(v: &[Expr], ctx: Ctx) -> D {
    D::List(v.iter().map(|e| expr(e, ctx)).collect())
}

fn ident(s: &str) -> D {
    leaf(py_str_repr(s))
}

fn stmt(s: &Stmt) -> D {
    match s {
        Stmt::FunctionDef(f) => {
            let mut fields = vec![
                ("name", ident(&f.name)),
                ("args", params(&f.params)),
                ("body", stmts(&f.body)),
                ("decorator_list", exprs(&f.decorators, Ctx::Load)),
            ];
            opt(
                &mut fields,
                "returns",
                f.returns.as_ref().map(|e| expr(e, Ctx::Load)),
            );
            node(
                if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                },
                fields,
            )
        }
        Stmt::ClassDef(c) => node(
            "ClassDef",
            vec![
                ("name", ident(&c.name)),
                ("bases", exprs(&c.bases, Ctx::Load)),
                (
                    "keywords",
                    D::List(c.keywords.iter().map(keyword).collect()),
                ),
                ("body", stmts(&c.body)),
                ("decorator_list", exprs(&c.decorators, Ctx::Load)),
            ],
        ),
        Stmt::Return(r) => {
            let mut fields = vec![];
            opt(
                &mut fields,
                "value",
                r.value.as_ref().map(|e| expr(e, Ctx::Load)),
            );
            node("Return", fields)
        }
        Stmt::Delete(d) => node("Delete", vec![("targets", exprs(&d.targets, Ctx::Del))]),
        Stmt::Assign(a) => node(
            "Assign",
            vec![
                ("targets", exprs(&a.targets, Ctx::Store)),
                ("value", expr(&a.value, Ctx::Load)),
            ],
        ),
        Stmt::AugAssign(a) => node(
            "AugAssign",
            vec![
                ("target", expr(&a.target, Ctx::Store)),
                ("op", unit(operator(a.op))),
                ("value", expr(&a.value, Ctx::Load)),
            ],
        ),
        Stmt::AnnAssign(a) => {
            let mut fields = vec![
                ("target", expr(&a.target, Ctx::Store)),
                ("annotation", expr(&a.annotation, Ctx::Load)),
            ];
            opt(
                &mut fields,
                "value",
                a.value.as_ref().map(|e| expr(e, Ctx::Load)),
            );
            fields.push(("simple", leaf(if a.simple { "1" } else { "0" })));
            node("AnnAssign", fields)
        }
        Stmt::For(f) => node(
            if f.is_async { "AsyncFor" } else { "For" },
            vec![
                ("target", expr(&f.target, Ctx::Store)),
                ("iter", expr(&f.iter, Ctx::Load)),
                ("body", stmts(&f.body)),
                ("orelse", stmts(&f.orelse)),
            ],
        ),
        Stmt::While(w) => node(
            "While",
            vec![
                ("test", expr(&w.test, Ctx::Load)),
                ("body", stmts(&w.body)),
                ("orelse", stmts(&w.orelse)),
            ],
        ),
        Stmt::If(i) => node(
            "If",
            vec![
                ("test", expr(&i.test, Ctx::Load)),
                ("body", stmts(&i.body)),
                ("orelse", stmts(&i.orelse)),
            ],
        ),
        Stmt::With(w) => node(
            if w.is_async { "AsyncWith" } else { "With" },
            vec![
                (
                    "items",
                    D::List(
                        w.items
                            .iter()
                            .map(|it| {
                                let mut fields =
                                    vec![("context_expr", expr(&it.context_expr, Ctx::Load))];
                                opt(
                                    &mut fields,
                                    "optional_vars",
                                    it.optional_vars.as_ref().map(|e| expr(e, Ctx::Store)),
                                );
                                node("withitem", fields)
                            })
                            .collect(),
                    ),
                ),
                ("body", stmts(&w.body)),
            ],
        ),
        Stmt::Raise(r) => {
            let mut fields = vec![];
            opt(
                &mut fields,
                "exc",
                r.exc.as_ref().map(|e| expr(e, Ctx::Load)),
            );
            opt(
                &mut fields,
                "cause",
                r.cause.as_ref().map(|e| expr(e, Ctx::Load)),
            );
            node("Raise", fields)
        }
        Stmt::Try(t) => node(
            if t.handlers.iter().any(|h| h.star) {
                "TryStar"
            } else {
                "Try"
            },
            vec![
                ("body", stmts(&t.body)),
                (
                    "handlers",
                    D::List(
                        t.handlers
                            .iter()
                            .map(|h| {
                                let mut fields = vec![];
                                opt(
                                    &mut fields,
                                    "type",
                                    h.type_.as_ref().map(|e| expr(e, Ctx::Load)),
                                );
                                opt(&mut fields, "name", h.name.as_deref().map(ident));
                                fields.push(("body", stmts(&h.body)));
                                node("ExceptHandler", fields)
                            })
                            .collect(),
                    ),
                ),
                ("orelse", stmts(&t.orelse)),
                ("finalbody", stmts(&t.finalbody)),
            ],
        ),
        Stmt::Match(m) => node(
            "Match",
            vec![
                ("subject", expr(&m.subject, Ctx::Load)),
                (
                    "cases",
                    D::List(
                        m.cases
                            .iter()
                            .map(|c| {
                                let mut fields = vec![("pattern", pattern(&c.pattern))];
                                opt(
                                    &mut fields,
                                    "guard",
                                    c.guard.as_ref().map(|e| expr(e, Ctx::Load)),
                                );
                                fields.push(("body", stmts(&c.body)));
                                node("match_case", fields)
                            })
                            .collect(),
                    ),
                ),
            ],
        ),
        Stmt::Assert(a) => {
            let mut fields = vec![("test", expr(&a.test, Ctx::Load))];
            opt(
                &mut fields,
                "msg",
                a.msg.as_ref().map(|e| expr(e, Ctx::Load)),
            );
            node("Assert", fields)
        }
        Stmt::Import(i) => node("Import", vec![("names", aliases(&i.names))]),
        Stmt::ImportFrom(i) => {
            let mut fields = vec![];
            opt(&mut fields, "module", i.module.as_deref().map(ident));
            fields.push(("names", aliases(&i.names)));
            fields.push(("level", leaf(i.level.to_string())));
            node("ImportFrom", fields)
        }
        Stmt::Global(g) => node(
            "Global",
            vec![("names", D::List(g.names.iter().map(|n| ident(n)).collect()))],
        ),
        Stmt::Nonlocal(g) => node(
            "Nonlocal",
            vec![("names", D::List(g.names.iter().map(|n| ident(n)).collect()))],
        ),
        Stmt::Expr(e) => node("Expr", vec![("value", expr(&e.value, Ctx::Load))]),
        Stmt::Pass(_) => unit("Pass"),
        Stmt::Break(_) => unit("Break"),
        Stmt::Continue(_) => unit("Continue"),
    }
}

fn patterns(v: &[Pattern]) -> D {
    D::List(v.iter().map(pattern).collect())
}

fn pattern(p: &Pattern) -> D {
    match &*p.kind {
        PatternKind::Value(e) => node("MatchValue", vec![("value", expr(e, Ctx::Load))]),
        PatternKind::Singleton(c) => {
            node("MatchSingleton", vec![("value", leaf(constant_repr(c)))])
        }
        PatternKind::Sequence(v) => node("MatchSequence", vec![("patterns", patterns(v))]),
        PatternKind::Mapping {
            keys,
            patterns: pats,
            rest,
        } => {
            let mut fields = vec![
                ("keys", exprs(keys, Ctx::Load)),
                ("patterns", patterns(pats)),
            ];
            opt(&mut fields, "rest", rest.as_deref().map(ident));
            node("MatchMapping", fields)
        }
        PatternKind::Class {
            cls,
            patterns: pats,
            kwd_attrs,
            kwd_patterns,
        } => node(
            "MatchClass",
            vec![
                ("cls", expr(cls, Ctx::Load)),
                ("patterns", patterns(pats)),
                (
                    "kwd_attrs",
                    D::List(kwd_attrs.iter().map(|n| ident(n)).collect()),
                ),
                ("kwd_patterns", patterns(kwd_patterns)),
            ],
        ),
        PatternKind::Star(name) => {
            let mut fields = vec![];
            opt(&mut fields, "name", name.as_deref().map(ident));
            if fields.is_empty() {
                unit("MatchStar")
            } else {
                node("MatchStar", fields)
            }
        }
        PatternKind::As {
            pattern: inner,
            name,
        } => {
            let mut fields = vec![];
            opt(&mut fields, "pattern", inner.as_deref().map(pattern));
            opt(&mut fields, "name", name.as_deref().map(ident));
            if fields.is_empty() {
                unit("MatchAs")
            } else {
                node("MatchAs", fields)
            }
        }
        PatternKind::Or(v) => node("MatchOr", vec![("patterns", patterns(v))]),
    }
}

fn aliases(names: &[Alias]) -> D {
    D::List(
        names
            .iter()
            .map(|a| {
                let mut fields = vec![("name", ident(&a.name))];
                opt(&mut fields, "asname", a.asname.as_deref().map(ident));
                node("alias", fields)
            })
            .collect(),
    )
}

fn keyword(k: &Keyword) -> D {
    let mut fields = vec![];
    opt(&mut fields, "arg", k.arg.as_deref().map(ident));
    fields.push(("value", expr(&k.value, Ctx::Load)));
    node("keyword", fields)
}

fn arg(p: &Param) -> D {
    let mut fields = vec![("arg", ident(&p.name))];
    opt(
        &mut fields,
        "annotation",
        p.annotation.as_ref().map(|e| expr(e, Ctx::Load)),
    );
    node("arg", fields)
}

fn params(p: &Parameters) -> D {
    let mut fields = vec![
        ("posonlyargs", D::List(p.posonly.iter().map(arg).collect())),
        ("args", D::List(p.args.iter().map(arg).collect())),
    ];
    opt(&mut fields, "vararg", p.vararg.as_ref().map(arg));
    fields.push(("kwonlyargs", D::List(p.kwonly.iter().map(arg).collect())));
    fields.push((
        "kw_defaults",
        D::List(
            p.kwonly
                .iter()
                .map(|q| {
                    q.default
                        .as_ref()
                        .map_or_else(|| leaf("None"), |d| expr(d, Ctx::Load))
                })
                .collect(),
        ),
    ));
    opt(&mut fields, "kwarg", p.kwarg.as_ref().map(arg));
    fields.push((
        "defaults",
        D::List(
            p.posonly
                .iter()
                .chain(&p.args)
                .filter_map(|q| q.default.as_ref().map(|d| expr(d, Ctx::Load)))
                .collect(),
        ),
    ));
    node("arguments", fields)
}

fn ctx_node(ctx: Ctx) -> D {
    unit(match ctx {
        Ctx::Load => "Load",
        Ctx::Store => "Store",
        Ctx::Del => "Del",
    })
}

fn comprehensions(gens: &[Comprehension]) -> D {
    D::List(
        gens.iter()
            .map(|g| {
                node(
                    "comprehension",
                    vec![
                        ("target", expr(&g.target, Ctx::Store)),
                        ("iter", expr(&g.iter, Ctx::Load)),
                        ("ifs", exprs(&g.ifs, Ctx::Load)),
                        ("is_async", leaf(if g.is_async { "1" } else { "0" })),
                    ],
                )
            })
            .collect(),
    )
}

fn expr(e: &Expr, ctx: Ctx) -> D {
    let load = Ctx::Load;
    match e {
        Expr::BoolOp(b) => node(
            "BoolOp",
            vec![
                ("op", unit(if b.op == BoolOp::And { "And" } else { "Or" })),
                ("values", exprs(&b.values, load)),
            ],
        ),
        Expr::NamedExpr(n) => node(
            "NamedExpr",
            vec![
                ("target", expr(&n.target, Ctx::Store)),
                ("value", expr(&n.value, load)),
            ],
        ),
        Expr::BinOp(b) => node(
            "BinOp",
            vec![
                ("left", expr(&b.left, load)),
                ("op", unit(operator(b.op))),
                ("right", expr(&b.right, load)),
            ],
        ),
        Expr::UnaryOp(u) => {
            let op = match u.op {
                UnaryOp::Invert => "Invert",
                UnaryOp::Not => "Not",
                UnaryOp::UAdd => "UAdd",
                UnaryOp::USub => "USub",
            };
            node(
                "UnaryOp",
                vec![("op", unit(op)), ("operand", expr(&u.operand, load))],
            )
        }
        Expr::Lambda(l) => node(
            "Lambda",
            vec![("args", params(&l.params)), ("body", expr(&l.body, load))],
        ),
        Expr::IfExp(i) => node(
            "IfExp",
            vec![
                ("test", expr(&i.test, load)),
                ("body", expr(&i.body, load)),
                ("orelse", expr(&i.orelse, load)),
            ],
        ),
        Expr::Dict(d) => node(
            "Dict",
            vec![
                (
                    "keys",
                    D::List(
                        d.keys
                            .iter()
                            .map(|k| k.as_ref().map_or_else(|| leaf("None"), |k| expr(k, load)))
                            .collect(),
                    ),
                ),
                ("values", exprs(&d.values, load)),
            ],
        ),
        Expr::Set(s) => node("Set", vec![("elts", exprs(&s.elts, load))]),
        Expr::ListComp(c) => node(
            "ListComp",
            vec![
                ("elt", expr(&c.elt, load)),
                ("generators", comprehensions(&c.generators)),
            ],
        ),
        Expr::SetComp(c) => node(
            "SetComp",
            vec![
                ("elt", expr(&c.elt, load)),
                ("generators", comprehensions(&c.generators)),
            ],
        ),
        Expr::GeneratorExp(c) => node(
            "GeneratorExp",
            vec![
                ("elt", expr(&c.elt, load)),
                ("generators", comprehensions(&c.generators)),
            ],
        ),
        Expr::DictComp(c) => node(
            "DictComp",
            vec![
                ("key", expr(&c.key, load)),
                ("value", expr(&c.value, load)),
                ("generators", comprehensions(&c.generators)),
            ],
        ),
        Expr::Await(a) => node("Await", vec![("value", expr(&a.value, load))]),
        Expr::Yield(y) => {
            let mut fields = vec![];
            opt(
                &mut fields,
                "value",
                y.value.as_ref().map(|v| expr(v, load)),
            );
            node("Yield", fields)
        }
        Expr::YieldFrom(y) => node("YieldFrom", vec![("value", expr(&y.value, load))]),
        Expr::Compare(c) => node(
            "Compare",
            vec![
                ("left", expr(&c.left, load)),
                (
                    "ops",
                    D::List(c.ops.iter().map(|op| unit(cmpop(*op))).collect()),
                ),
                ("comparators", exprs(&c.comparators, load)),
            ],
        ),
        Expr::Call(c) => node(
            "Call",
            vec![
                ("func", expr(&c.func, load)),
                ("args", exprs(&c.args, load)),
                (
                    "keywords",
                    D::List(c.keywords.iter().map(keyword).collect()),
                ),
            ],
        ),
        Expr::FormattedValue(f) => {
            let conv = match f.conversion {
                Conversion::None => "-1",
                Conversion::Str => "115",
                Conversion::Repr => "114",
                Conversion::Ascii => "97",
            };
            let mut fields = vec![("value", expr(&f.value, load)), ("conversion", leaf(conv))];
            opt(
                &mut fields,
                "format_spec",
                f.format_spec.as_ref().map(|s| expr(s, load)),
            );
            node("FormattedValue", fields)
        }
        Expr::JoinedStr(j) => node("JoinedStr", vec![("values", exprs(&j.values, load))]),
        Expr::Constant(c) => node("Constant", vec![("value", leaf(constant_repr(&c.value)))]),
        Expr::Attribute(a) => node(
            "Attribute",
            vec![
                ("value", expr(&a.value, load)),
                ("attr", ident(&a.attr)),
                ("ctx", ctx_node(ctx)),
            ],
        ),
        Expr::Subscript(s) => node(
            "Subscript",
            vec![
                ("value", expr(&s.value, load)),
                ("slice", expr(&s.slice, load)),
                ("ctx", ctx_node(ctx)),
            ],
        ),
        Expr::Starred(s) => node(
            "Starred",
            vec![("value", expr(&s.value, ctx)), ("ctx", ctx_node(ctx))],
        ),
        Expr::Name(n) => node("Name", vec![("id", ident(&n.id)), ("ctx", ctx_node(ctx))]),
        Expr::List(l) => node(
            "List",
            vec![("elts", exprs(&l.elts, ctx)), ("ctx", ctx_node(ctx))],
        ),
        Expr::Tuple(t) => node(
            "Tuple",
            vec![("elts", exprs(&t.elts, ctx)), ("ctx", ctx_node(ctx))],
        ),
        Expr::Slice(s) => {
            let mut fields = vec![];
            opt(
                &mut fields,
                "lower",
                s.lower.as_ref().map(|v| expr(v, load)),
            );
            opt(
                &mut fields,
                "upper",
                s.upper.as_ref().map(|v| expr(v, load)),
            );
            opt(&mut fields, "step", s.step.as_ref().map(|v| expr(v, load)));
            node("Slice", fields)
        }
    }
}

fn operator(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

pub(crate) fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".to_string(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        Constant::Ellipsis => "Ellipsis".to_string(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => py_float_repr(*f),
        Constant::Imag(f) => crate::objects::complex::ComplexObj::new(0.0, *f).repr(),
        Constant::Str(s) => py_str_repr(s),
        Constant::Bytes(b) => py_bytes_repr(b),
    }
}

/// Python's `repr(float)`: shortest round-trip digits, scientific notation
/// outside `1e-4 <= |x| < 1e16`.
pub fn py_float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.to_string();
    }
    let sci = format!("{:e}", f);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..16).contains(&exp) {
        return format!(
            "{}e{}{:02}",
            mantissa,
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        );
    }
    let plain = format!("{}", f);
    if plain.contains('.') {
        plain
    } else {
        format!("{}.0", plain)
    }
}

/// Python's `repr(str)`.
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (c as u32) >= 0x80 && !printable(c) => {
                let v = c as u32;
                if v <= 0xff {
                    out.push_str(&format!("\\x{:02x}", v));
                } else if v <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", v));
                } else {
                    out.push_str(&format!("\\U{:08x}", v));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c as u32, 0xAD | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xD800..=0xDFFF | 0xE000..=0xF8FF))
}

/// Python's `repr(bytes)`.
pub fn py_bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote as char);
    out
}
