use super::{parse_expression, parse_module, parse_module_with, ParseOptions};
use crate::ast::*;

fn expr(src: &str) -> Expr {
    match parse_expression(src, "<t>") {
        Ok(e) => e,
        Err(e) => panic!("{}: {}", src, e.render()),
    }
}

fn err(src: &str) -> crate::syntax_error::SyntaxError {
    match parse_module(src, "<t>") {
        Ok(_) => panic!("{} parsed", src),
        Err(e) => e,
    }
}

#[test]
fn precedence() {
    let dump = |src: &str| match parse_module(src, "<t>") {
        Ok(m) => crate::ast_dump::dump(&m),
        Err(e) => e.render(),
    };
    assert_eq!(
        dump("async def f():\n    return await x ** 2\n"),
        dump("async def f():\n    return (await x) ** 2\n"),
        "await binds tighter than **"
    );
    assert!(matches!(expr("-x ** 2"), Expr::UnaryOp(u) if matches!(*u.operand, Expr::BinOp(_))));
    assert!(
        matches!(expr("not a < b"), Expr::UnaryOp(u) if matches!(*u.operand, Expr::Compare(_)))
    );
    assert!(matches!(expr("lambda: a if b else c"), Expr::Lambda(_)));
    assert!(matches!(expr("a if b else lambda: c"), Expr::IfExp(_)));
}

#[test]
fn keyword_attribute_names() {
    match expr("asyncio.async(x)") {
        Expr::Call(c) => assert!(matches!(*c.func, Expr::Attribute(ref a) if a.attr == "async")),
        other => panic!("{:?}", other),
    }
    // Other keywords cannot be attribute names, as in CPython.
    for src in [
        "loop.await\n",
        "x.if.else = 1\n",
        "A.raise = 5\n",
        "x.None\n",
    ] {
        let e = parse_module(src, "<t>").err().map(|e| e.msg);
        assert_eq!(e.as_deref(), Some("invalid syntax"), "{:?}", src);
    }
}

#[test]
fn match_soft_keywords() {
    let m = parse_module("match x:\n case [a, *b] if a: pass\n", "<t>").unwrap();
    assert!(matches!(&m.body[0], Stmt::Match(s) if s.cases.len() == 1));
    for src in [
        "match = 1\n",
        "match(x)\n",
        "match[0].case = 2\n",
        "case.x\n",
    ] {
        let m = parse_module(src, "<t>").unwrap();
        assert!(!matches!(&m.body[0], Stmt::Match(_)), "{:?}", src);
    }
}

#[test]
fn fstring_fields() {
    let Expr::JoinedStr(j) = expr("f'a{b!r:>{w}}c{{d}}'") else {
        panic!()
    };
    assert_eq!(j.values.len(), 3);
    let Expr::FormattedValue(fv) = &j.values[1] else {
        panic!()
    };
    assert_eq!(fv.conversion, Conversion::Repr);
    assert!(matches!(
        fv.format_spec.as_deref(),
        Some(Expr::JoinedStr(_))
    ));
    assert!(matches!(&j.values[2], Expr::Constant(c) if c.value == Constant::Str("c{d}".into())));
}

#[test]
fn self_documenting_fields_keep_their_text() {
    let Expr::JoinedStr(j) = expr("f'{x = }'") else {
        panic!()
    };
    assert!(matches!(&j.values[0], Expr::Constant(c) if c.value == Constant::Str("x = ".into())));
    assert!(matches!(&j.values[1], Expr::FormattedValue(f) if f.conversion == Conversion::Repr));
    let Expr::JoinedStr(j) = expr("f'{x=:>4}'") else {
        panic!()
    };
    assert!(matches!(&j.values[1], Expr::FormattedValue(f) if f.conversion == Conversion::None));
}

#[test]
fn fstring_field_errors() {
    // One-line fields are reported against `(expr)`, as CPython 3.11 does.
    let e = err("x = f'{a +}'\n");
    assert_eq!(
        (e.lineno, e.offset, e.text.as_deref()),
        (1, 5, Some("(a +)"))
    );
    assert!(e.msg.starts_with("f-string:"), "{}", e.msg);
    let e = err("x = f'''\n{\n  a b}'''\n");
    assert_eq!(e.lineno, 3);
}

#[test]
fn implicit_concatenation() {
    assert!(
        matches!(expr("'a' \"b\""), Expr::Constant(c) if c.value == Constant::Str("ab".into()))
    );
    assert!(
        matches!(expr("b'a' b'b'"), Expr::Constant(c) if c.value == Constant::Bytes(b"ab".to_vec()))
    );
    assert!(matches!(expr("'a' f'{b}'"), Expr::JoinedStr(_)));
    assert_eq!(
        err("x = b'a' 'b'\n").msg,
        "cannot mix bytes and nonbytes literals"
    );
}

#[test]
fn annotated_assignment_simple_flag() {
    let m = parse_module("x: int = 1\n(y): int\nz.a: int\n", "<t>")
        .unwrap_or_else(|e| panic!("{}", e.render()));
    let flags: Vec<bool> = m
        .body
        .iter()
        .filter_map(|s| match s {
            Stmt::AnnAssign(a) => Some(a.simple),
            _ => None,
        })
        .collect();
    assert_eq!(flags, [true, false, false]);
}

#[test]
fn spans_and_headers() {
    let src = "@d\ndef f(a):\n    return a\n\nx = 1\n";
    let m = parse_module(src, "<t>").unwrap_or_else(|e| panic!("{}", e.render()));
    let Stmt::FunctionDef(f) = &m.body[0] else {
        panic!()
    };
    assert_eq!(
        &src[f.span.start as usize..f.span.end as usize],
        "@d\ndef f(a):\n    return a"
    );
    assert_eq!(
        &src[f.header_span.start as usize..f.header_span.end as usize],
        "def f(a):"
    );
    let Stmt::Assign(a) = &m.body[1] else {
        panic!()
    };
    assert_eq!(&src[a.span.start as usize..a.span.end as usize], "x = 1");
}

#[test]
fn generator_argument_takes_the_call_parentheses() {
    let Expr::Call(c) = expr("f(x for x in y)") else {
        panic!()
    };
    assert_eq!((c.args[0].span().start, c.args[0].span().end), (1, 15));
}

#[test]
fn top_level_await_option() {
    let src =
        "await x\nasync with a:\n    pass\nasync for i in y:\n    pass\nz = [await q for q in r]\n";
    assert_eq!(err(src).msg, "'await' outside function");
    let opts = ParseOptions {
        top_level_await: true,
    };
    assert!(parse_module_with(src, "<t>", opts).is_ok());
    // Still refused inside a plain function.
    assert!(parse_module_with("def f():\n    await x\n", "<t>", opts).is_err());
}

#[test]
fn await_in_nested_scopes() {
    assert!(parse_module("async def f():\n    return [await x for x in y]\n", "<t>").is_ok());
    assert!(parse_module("async def f():\n    return (await x for x in y)\n", "<t>").is_ok());
    assert!(parse_module("def f():\n    return (await x for x in y)\n", "<t>").is_ok());
    assert_eq!(
        err("async def f():\n    return lambda: await x\n").msg,
        "'await' outside async function"
    );
    assert_eq!(
        err("def f():\n    return [await x for x in y]\n").msg,
        "asynchronous comprehension outside of an asynchronous function"
    );
}

#[test]
fn incomplete_input_is_flagged() {
    for src in [
        "x = (1,\n",
        "s = '''abc\n",
        "if x:\n",
        "class A:\n    def f(self):\n",
        "x = 1 + \\\n",
        "@dec\n",
    ] {
        assert!(err(src).incomplete, "{:?} should be incomplete", src);
    }
    for src in ["x = = 1\n", "x = 'abc\n", "x = 1 +\n"] {
        assert!(!err(src).incomplete, "{:?} should be complete", src);
    }
}

#[test]
fn parse_expression_accepts_surrounding_space() {
    assert!(matches!(expr("  1 + 2  \n"), Expr::BinOp(_)));
    assert!(parse_expression("x = 1", "<t>").is_err());
}

#[test]
fn with_items() {
    let m = parse_module(
        "with (a as b, c as d,):\n    pass\nwith (a, b) as c:\n    pass\nwith (a, b):\n    pass\n",
        "<t>",
    )
    .unwrap_or_else(|e| panic!("{}", e.render()));
    let counts: Vec<usize> = m
        .body
        .iter()
        .filter_map(|s| match s {
            Stmt::With(w) => Some(w.items.len()),
            _ => None,
        })
        .collect();
    assert_eq!(counts, [2, 1, 2]);
}
