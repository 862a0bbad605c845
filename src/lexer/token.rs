//! The token set shared by the logos scanner, the layout pass and the grammar.

use logos::Logos;
use num_bigint::BigInt;

use crate::ast::Expr;

/// Why the scanner stopped on a piece of input. The layout pass turns these
/// into CPython's messages, because only it knows the surrounding context.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LexError {
    /// A character that starts no token.
    #[default]
    InvalidCharacter,
    /// A string literal without its closing quote; `end` is where scanning
    /// gave up (the newline or the end of input).
    UnterminatedString { triple: bool, end: usize },
    /// `012`
    LeadingZeros,
    /// A float literal that does not parse (cannot happen for well-formed
    /// text, but the scanner must not panic).
    BadNumber,
}

/// A string literal as scanned: the layout pass only needs to know where it
/// is; decoding (escapes, f-string fields, concatenation) happens later.
#[derive(Clone, Debug, PartialEq)]
pub struct StrToken {
    /// Byte length of the prefix letters (`rb` is 2).
    pub prefix_len: u8,
    /// 1 or 3.
    pub quote_len: u8,
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"\\(\r\n|\n|\r)")]
pub enum Tok {
    #[regex(r"\r\n|\n|\r")]
    Newline,
    #[regex(r"#[^\r\n]*")]
    Comment,
    /// A backslash that is not a line continuation.
    #[token("\\")]
    Backslash,

    #[regex(r"[_\p{XID_Start}]\p{XID_Continue}*", |lex| lex.slice().to_string())]
    Name(String),

    /// The start of a number; the callback scans the rest by hand and
    /// yields `Int`, `BigInt` or `Float` (one short regex keeps logos from
    /// backtracking across the many overlapping number forms).
    #[regex(r"[0-9]", scan_number)]
    #[regex(r"\.[0-9]", scan_number)]
    Number,
    Int(i64),
    /// An integer literal too large for i64.
    BigInt(Box<BigInt>),
    Float(f64),
    /// An imaginary literal (`1.5j`): the imaginary part.
    Imag(f64),

    #[regex(
        r#"([rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?['"]"#,
        crate::lexer::strings::scan_string
    )]
    String(StrToken),
    /// One literal after adjacent pieces were joined and decoded (what the
    /// grammar sees; never produced by the scanner).
    Str(Box<Expr>),

    /// Synthesised by the layout pass.
    Indent,
    Dedent,
    /// Selects the grammar's start symbol (injected before the first token).
    StartModule,
    StartExpression,
    StartFString,
    /// `(` right after `with` when the matching `)` is followed by `:`:
    /// the parenthesised with-items form.
    WithLPar,
    /// The soft keywords `match` and `case` where they begin a match
    /// statement or one of its case blocks (the layout pass decides;
    /// everywhere else they are names).
    Match,
    Case,

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    Vbar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
    /// `!` alone is only meaningful inside f-string fields.
    #[token("!")]
    Exclamation,
}

fn digits_without_underscores(text: &str) -> String {
    text.chars().filter(|c| *c != '_').collect()
}

/// Consumes digits accepted by `is_digit`, each `_` only between two digits.
/// Returns the end position.
fn digits(b: &[u8], mut i: usize, is_digit: impl Fn(u8) -> bool) -> usize {
    let digit_at = |k: usize| b.get(k).is_some_and(|c| is_digit(*c));
    while let Some(&c) = b.get(i) {
        let underscore_between_digits = c == b'_' && i > 0 && digit_at(i - 1) && digit_at(i + 1);
        if !(is_digit(c) || underscore_between_digits) {
            break;
        }
        i += 1;
    }
    i
}

/// Scans a numeric literal. What follows it (a stray letter, `_` or digit)
/// is left for the layout pass, which knows CPython's messages for it.
fn scan_number(lex: &mut logos::Lexer<Tok>) -> Result<Tok, LexError> {
    let start = lex.span().start;
    let Some(b) = lex.source().as_bytes().get(start..) else {
        return Err(LexError::BadNumber);
    };
    let is_dec = |c: u8| c.is_ascii_digit();
    let mut i;
    let mut is_float = false;
    if b.first() == Some(&b'0') && matches!(b.get(1), Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B'))
    {
        let (radix, is_digit): (u32, fn(u8) -> bool) = match b.get(1) {
            Some(b'x' | b'X') => (16, |c: u8| c.is_ascii_hexdigit()),
            Some(b'o' | b'O') => (8, |c: u8| (b'0'..=b'7').contains(&c)),
            _ => (2, |c: u8| c == b'0' || c == b'1'),
        };
        // `0x_1` is valid: an underscore may follow the prefix.
        let first = if b.get(2) == Some(&b'_') { 3 } else { 2 };
        if !b.get(first).is_some_and(|c| is_digit(*c)) {
            bump_to(lex, start, 1);
            return Ok(Tok::Int(0));
        }
        i = digits(b, first, is_digit);
        bump_to(lex, start, i);
        let text = b
            .get(first..i)
            .and_then(|t| std::str::from_utf8(t).ok())
            .unwrap_or("0");
        return Ok(int_token(&digits_without_underscores(text), radix));
    }
    i = if b.first() == Some(&b'.') {
        0
    } else {
        digits(b, 0, is_dec)
    };
    if b.get(i) == Some(&b'.') {
        is_float = true;
        i += 1;
        if b.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i = digits(b, i, is_dec);
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(b.get(i + 1), Some(b'+' | b'-')));
        if b.get(i + 1 + sign).is_some_and(|c| c.is_ascii_digit()) {
            is_float = true;
            i = digits(b, i + 1 + sign, is_dec);
        }
    }
    if matches!(b.get(i), Some(b'j' | b'J')) {
        bump_to(lex, start, i + 1);
        let text = b
            .get(..i)
            .and_then(|t| std::str::from_utf8(t).ok())
            .unwrap_or("0");
        return digits_without_underscores(text)
            .parse::<f64>()
            .map(Tok::Imag)
            .map_err(|_| LexError::BadNumber);
    }
    bump_to(lex, start, i);
    let text = b
        .get(..i)
        .and_then(|t| std::str::from_utf8(t).ok())
        .unwrap_or("0");
    if is_float {
        return digits_without_underscores(text)
            .parse::<f64>()
            .map(Tok::Float)
            .map_err(|_| LexError::BadNumber);
    }
    if text.starts_with('0') && text.bytes().any(|c| (b'1'..=b'9').contains(&c)) {
        return Err(LexError::LeadingZeros);
    }
    Ok(int_token(&digits_without_underscores(text), 10))
}

/// Moves the lexer's end to `start + len` (the regex matched a prefix).
fn bump_to(lex: &mut logos::Lexer<Tok>, start: usize, len: usize) {
    let matched = lex.span().end - start;
    if len > matched {
        lex.bump(len - matched);
    }
}

fn int_token(digits: &str, radix: u32) -> Tok {
    if let Ok(v) = i64::from_str_radix(digits, radix) {
        return Tok::Int(v);
    }
    match BigInt::parse_bytes(digits.as_bytes(), radix) {
        Some(big) => Tok::BigInt(Box::new(big)),
        // Unreachable for text the scanner accepts; zero keeps it total.
        None => Tok::Int(0),
    }
}

impl Tok {
    /// The spelling CPython uses for a keyword token, if this is one.
    pub fn keyword(&self) -> Option<&'static str> {
        Some(match self {
            Tok::False => "False",
            Tok::Match => "match",
            Tok::Case => "case",
            Tok::None => "None",
            Tok::True => "True",
            Tok::And => "and",
            Tok::As => "as",
            Tok::Assert => "assert",
            Tok::Async => "async",
            Tok::Await => "await",
            Tok::Break => "break",
            Tok::Class => "class",
            Tok::Continue => "continue",
            Tok::Def => "def",
            Tok::Del => "del",
            Tok::Elif => "elif",
            Tok::Else => "else",
            Tok::Except => "except",
            Tok::Finally => "finally",
            Tok::For => "for",
            Tok::From => "from",
            Tok::Global => "global",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::In => "in",
            Tok::Is => "is",
            Tok::Lambda => "lambda",
            Tok::Nonlocal => "nonlocal",
            Tok::Not => "not",
            Tok::Or => "or",
            Tok::Pass => "pass",
            Tok::Raise => "raise",
            Tok::Return => "return",
            Tok::Try => "try",
            Tok::While => "while",
            Tok::With => "with",
            Tok::Yield => "yield",
            _ => return None,
        })
    }

    /// True for tokens that can end an operand (used to spot `a b` inside
    /// brackets and number suffix checks).
    pub fn is_opening_bracket(&self) -> bool {
        matches!(self, Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar)
    }

    pub fn is_closing_bracket(&self) -> bool {
        matches!(self, Tok::RPar | Tok::RSqb | Tok::RBrace)
    }
}
