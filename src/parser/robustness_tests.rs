//! The front end must return Ok or Err on any input: never panic, never
//! overflow the stack. Each case runs on the default test-thread stack.

use super::{parse_expression, parse_module};

/// A small deterministic generator so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// More iterations for a longer hunt: `WEFT_FUZZ_ITERS=200000 cargo test --release`.
fn iterations(default: usize) -> usize {
    std::env::var("WEFT_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn survive(source: &str) {
    let _ = parse_module(source, "fuzz.py");
    let _ = parse_expression(source, "fuzz.py");
}

#[test]
fn random_bytes() {
    let mut rng = Rng(0x9e3779b97f4a7c15);
    for _ in 0..iterations(3000) {
        let len = rng.below(120);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        survive(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn invalid_utf8_through_the_str_path() {
    let samples: [&[u8]; 4] = [
        b"x = '\xff\xfe'\n",
        b"\xc3\x28 = 1\n",
        b"def f(\xe2\x82):\n  pass\n",
        b"\xf0\x9f\x98",
    ];
    for s in samples {
        survive(&String::from_utf8_lossy(s));
    }
}

#[test]
fn random_token_soup() {
    let pieces = [
        "x", "1", "1.5", "'s'", "f'{x}'", "f'{", "b'b'", "(", ")", "[", "]", "{", "}", ":", ",",
        ";", "=", "+", "-", "*", "**", "/", "//", "%", "@", "<", "==", "!=", ":=", "->", ".",
        "...", "if", "else", "elif", "for", "in", "while", "def", "class", "return", "yield",
        "await", "async", "lambda", "not", "and", "or", "is", "try", "except", "finally", "with",
        "as", "import", "from", "global", "del", "pass", "break", "continue", "raise", "assert",
        "\n", "\n    ", "\n\t", " ", "\\\n", "#c", "'''", "\"", "0x", "1e", "1_", "€", "\u{a0}",
        "\0", "\r",
    ];
    let mut rng = Rng(12345);
    for _ in 0..iterations(4000) {
        let n = rng.below(40);
        let text: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect();
        survive(&text);
    }
}

#[test]
fn many_open_brackets() {
    survive(&"(".repeat(100_000));
    survive(&"[{(".repeat(40_000));
    let err = parse_module(&"(".repeat(100_000), "x.py").unwrap_err();
    assert_eq!(err.msg, "too many nested parentheses");
}

#[test]
fn ten_megabyte_line() {
    let mut list = String::from("x = [");
    while list.len() < 10_000_000 {
        list.push_str("1, ");
    }
    list.push(']');
    assert!(parse_module(&list, "x.py").is_ok());
    let long_string = format!("x = '{}'", "a".repeat(10_000_000));
    assert!(parse_module(&long_string, "x.py").is_ok());
    let junk = "@".repeat(10_000_000);
    assert!(parse_module(&junk, "x.py").is_err());
}

#[test]
fn deep_but_legal_nesting() {
    let parens = format!("x = {}1{}", "(".repeat(150), ")".repeat(150));
    assert!(parse_module(&parens, "x.py").is_ok());
    let lists = format!("x = {}{}", "[".repeat(100), "]".repeat(100));
    assert!(parse_module(&lists, "x.py").is_ok());
    let chain = format!("x = {}a", "a+".repeat(1000));
    assert!(parse_module(&chain, "x.py").is_ok());
}

#[test]
fn too_deep_chains_are_errors_not_crashes() {
    let cases = [
        format!("x = {}1", "-".repeat(100_000)),
        format!("x = {}1", "not ".repeat(100_000)),
        format!("x = {}a", "a+".repeat(10_000)),
        format!("x = {}a", "a+".repeat(100_000)),
        format!("x = a{}", ".b".repeat(100_000)),
        format!("x = f{}", "()".repeat(100_000)),
        format!("x = a{}", "[0]".repeat(100_000)),
        format!("x = {}1", "a if b else ".repeat(100_000)),
        format!("x = {}1", "lambda: ".repeat(100_000)),
        format!("x = {}1", "a ** ".repeat(100_000)),
        format!("async def f():\n    return {}x\n", "await -".repeat(50_000)),
        format!("x = {}", "f'{x}' ".repeat(10_000)),
    ];
    for source in &cases {
        survive(source);
    }
    assert!(parse_module(&cases[0], "x.py").is_err());
}

#[test]
fn deepest_accepted_trees_are_safe_to_walk() {
    let depth = super::validate::MAX_EXPR_DEPTH - 2;
    let cases = [
        format!("x = {}a", "a+".repeat(depth)),
        format!("x = {}1", "-".repeat(depth)),
        format!("x = {}1", "lambda: ".repeat(depth)),
        format!("x = [{}1 for y in z]", "not ".repeat(depth)),
    ];
    for source in &cases {
        let module = parse_module(source, "x.py").expect("within the depth limit");
        assert!(!crate::ast_dump::dump(&module).is_empty());
    }
}
