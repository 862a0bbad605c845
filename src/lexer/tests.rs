use super::strings::{decode_bytes, decode_str};
use super::{tokenize, Tok};

fn toks(src: &str) -> Vec<Tok> {
    tokenize(src, "t.py")
        .map(|t| t.map(|(_, tok, _)| tok).unwrap_or(Tok::Exclamation))
        .collect()
}

fn error(src: &str) -> String {
    tokenize(src, "t.py")
        .find_map(|t| t.err())
        .map(|e| e.msg)
        .unwrap_or_default()
}

fn name(s: &str) -> Tok {
    Tok::Name(s.to_string())
}

use Tok::{Dedent as D, Indent as I, Newline as NL};

#[test]
fn operators_take_the_longest_match() {
    assert_eq!(
        toks("a **= b //= c >>= d <<= e @= f -> g := h ... != ** //"),
        vec![
            name("a"),
            Tok::DoubleStarEqual,
            name("b"),
            Tok::DoubleSlashEqual,
            name("c"),
            Tok::RightShiftEqual,
            name("d"),
            Tok::LeftShiftEqual,
            name("e"),
            Tok::AtEqual,
            name("f"),
            Tok::RArrow,
            name("g"),
            Tok::ColonEqual,
            name("h"),
            Tok::Ellipsis,
            Tok::NotEqual,
            Tok::DoubleStar,
            Tok::DoubleSlash,
            NL
        ]
    );
}

#[test]
fn keywords_and_unicode_names() {
    assert_eq!(
        toks("async await nonlocal"),
        vec![Tok::Async, Tok::Await, Tok::Nonlocal, NL]
    );
    assert_eq!(
        toks("café = π"),
        vec![name("café"), Tok::Equal, name("π"), NL]
    );
    assert_eq!(toks("asyncx _x"), vec![name("asyncx"), name("_x"), NL]);
}

#[test]
fn indent_and_dedent() {
    assert_eq!(
        toks("if a:\n    b\n    c\nd\n"),
        vec![
            Tok::If,
            name("a"),
            Tok::Colon,
            NL,
            I,
            name("b"),
            NL,
            name("c"),
            NL,
            D,
            name("d"),
            NL
        ]
    );
    // Several levels close at once, and at the end of input.
    assert_eq!(
        toks("a:\n b:\n  c\nd:\n e"),
        vec![
            name("a"),
            Tok::Colon,
            NL,
            I,
            name("b"),
            Tok::Colon,
            NL,
            I,
            name("c"),
            NL,
            D,
            D,
            name("d"),
            Tok::Colon,
            NL,
            I,
            name("e"),
            NL,
            D
        ]
    );
}

#[test]
fn blank_and_comment_lines_are_ignored() {
    assert_eq!(
        toks("a\n\n   \n# c\n    # indented comment\nb\n"),
        vec![name("a"), NL, name("b"), NL]
    );
    assert_eq!(toks(""), vec![]);
    assert_eq!(toks("\n\n# only a comment"), vec![]);
}

#[test]
fn brackets_join_lines() {
    assert_eq!(
        toks("x = (1,\n      2)\ny"),
        vec![
            name("x"),
            Tok::Equal,
            Tok::LPar,
            Tok::Int(1),
            Tok::Comma,
            Tok::Int(2),
            Tok::RPar,
            NL,
            name("y"),
            NL
        ]
    );
}

#[test]
fn backslash_continuation() {
    assert_eq!(
        toks("x = 1 + \\\n    2\n"),
        vec![
            name("x"),
            Tok::Equal,
            Tok::Int(1),
            Tok::Plus,
            Tok::Int(2),
            NL
        ]
    );
    assert_eq!(
        error("x = 1 \\ 2"),
        "unexpected character after line continuation character"
    );
    assert_eq!(error("x = \\"), "unexpected EOF while parsing");
    assert_eq!(error("x = \\\n"), "unexpected EOF while parsing");
}

#[test]
fn tabs_and_spaces() {
    // A tab counts to the next multiple of 8 and must agree with spaces.
    assert_eq!(
        toks("if a:\n\tb\n\tc\n"),
        vec![
            Tok::If,
            name("a"),
            Tok::Colon,
            NL,
            I,
            name("b"),
            NL,
            name("c"),
            NL,
            D
        ]
    );
    assert_eq!(
        error("if a:\n\tb\n        c\n"),
        "inconsistent use of tabs and spaces in indentation"
    );
    assert_eq!(
        error("if a:\n        b\n    c\n"),
        "unindent does not match any outer indentation level"
    );
}

#[test]
fn form_feed_resets_the_column() {
    assert_eq!(toks("a\n\x0cb\n"), vec![name("a"), NL, name("b"), NL]);
    assert_eq!(
        toks("if a:\n    \x0cb\n"),
        vec![Tok::If, name("a"), Tok::Colon, NL, name("b"), NL]
    );
}

#[test]
fn carriage_returns_end_lines() {
    assert_eq!(
        toks("a\r\nb\rc"),
        vec![name("a"), NL, name("b"), NL, name("c"), NL]
    );
}

#[test]
fn numbers() {
    assert_eq!(
        toks("0 00 1_000 0x_ff 0o17 0b1010"),
        vec![
            Tok::Int(0),
            Tok::Int(0),
            Tok::Int(1000),
            Tok::Int(255),
            Tok::Int(15),
            Tok::Int(10),
            NL
        ]
    );
    assert_eq!(
        toks("1. .5 1e-3 1_000.5 1E+2"),
        vec![
            Tok::Float(1.0),
            Tok::Float(0.5),
            Tok::Float(0.001),
            Tok::Float(1000.5),
            Tok::Float(100.0),
            NL
        ]
    );
    match toks("123456789012345678901234567890").first() {
        Some(Tok::BigInt(b)) => assert_eq!(b.to_string(), "123456789012345678901234567890"),
        other => panic!("expected a big integer, got {:?}", other),
    }
    assert_eq!(toks("1if x else 2")[1], Tok::If);
    assert_eq!(toks("1..real")[1], Tok::Dot);
}

#[test]
fn number_errors() {
    assert_eq!(error("1abc"), "invalid decimal literal");
    assert_eq!(error("1_"), "invalid decimal literal");
    assert_eq!(error("0x"), "invalid hexadecimal literal");
    assert_eq!(error("0x1g"), "invalid hexadecimal literal");
    assert_eq!(error("0o8"), "invalid digit '8' in octal literal");
    assert_eq!(error("0b12"), "invalid digit '2' in binary literal");
    assert!(error("012").starts_with("leading zeros in decimal integer literals are not permitted"));
    assert_eq!(error("1jj"), "invalid imaginary literal");
}

#[test]
fn imaginary_tokens() {
    let t = toks("1j 2.5J 1e3j 1_0j 09j");
    for (i, want) in [1.0, 2.5, 1000.0, 10.0, 9.0].iter().enumerate() {
        assert_eq!(t[i], Tok::Imag(*want));
    }
}

#[test]
fn string_tokens() {
    for src in [
        "'a'",
        "\"a\"",
        "'''a\nb'''",
        "\"\"\"a\"\"\"",
        "r'\\''",
        "b'x'",
        "Rb'x'",
        "bR'x'",
        "f'{x}'",
        "rF'x'",
        "U'x'",
    ] {
        let t = toks(src);
        assert!(
            matches!(t.first(), Some(Tok::String(_))),
            "{}: {:?}",
            src,
            t
        );
        assert_eq!(t.len(), 2, "{}", src);
    }
    assert_eq!(
        error("x = 'abc"),
        "unterminated string literal (detected at line 1)"
    );
    assert_eq!(
        error("x = 'abc\\\ndef"),
        "unterminated string literal (detected at line 2)"
    );
    assert_eq!(
        error("x = '''abc\n\n"),
        "unterminated triple-quoted string literal (detected at line 2)"
    );
}

#[test]
fn escapes() {
    let s = decode_str(r#"\n\t\\\'\"\a\b\f\v\r\0\x41\101\u00e9\U0001F600"#, false);
    assert_eq!(s.as_deref(), Ok("\n\t\\'\"\x07\x08\x0c\x0b\r\0AAé😀"));
    assert_eq!(decode_str("a\\\nb", false).as_deref(), Ok("ab"));
    // Unknown escapes stay as written; raw strings keep everything.
    assert_eq!(decode_str(r"\q\d", false).as_deref(), Ok(r"\q\d"));
    assert_eq!(decode_str(r"\n", true).as_deref(), Ok(r"\n"));
    assert!(decode_str(r"\x4", false).is_err());
    assert_eq!(
        decode_bytes(r"\x41\n\u0041", false),
        Ok(b"A\n\\u0041".to_vec())
    );
    assert!(decode_bytes("é", false).is_err());
}

#[test]
fn bracket_errors() {
    assert_eq!(error("x = 1)"), "unmatched ')'");
    assert_eq!(
        error("x = (1]"),
        "closing parenthesis ']' does not match opening parenthesis '('"
    );
    assert_eq!(
        error("x = (1,\n2]"),
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
    );
    assert_eq!(error("x = (1,\n"), "'(' was never closed");
    assert_eq!(error(&"(".repeat(201)), "too many nested parentheses");
    assert_eq!(error(&"(".repeat(200)), "'(' was never closed");
}

#[test]
fn invalid_characters() {
    assert_eq!(error("x = 1 € 2"), "invalid character '€' (U+20AC)");
    assert_eq!(
        error("x = 1\u{a0}+ 2"),
        "invalid non-printable character U+00A0"
    );
    assert_eq!(error("x = $"), "invalid syntax");
}

#[test]
fn with_parentheses_are_told_apart() {
    assert_eq!(toks("with (a as b):\n pass")[1], Tok::WithLPar);
    assert_eq!(toks("with (a, b) as c:\n pass")[1], Tok::LPar);
    assert_eq!(toks("with (a):\n pass")[1], Tok::WithLPar);
}

#[test]
fn byte_order_mark_is_skipped() {
    assert_eq!(toks("\u{feff}x"), vec![name("x"), NL]);
}

#[test]
fn literal_line_breaks_are_universal() {
    assert_eq!(decode_str("a\r\nb\rc", false).as_deref(), Ok("a\nb\nc"));
    assert_eq!(decode_str("a\r\n", true).as_deref(), Ok("a\n"));
    assert_eq!(decode_bytes("\r\n", false), Ok(b"\n".to_vec()));
    assert_eq!(decode_str("a\\\r\nb", false).as_deref(), Ok("ab"));
}
