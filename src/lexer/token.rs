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
    /// `1j`: weft has no complex numbers.
    Imaginary,
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

    /// Scanned integers become `Int` or `BigInt` (the callbacks choose);
    /// this variant itself is never produced.
    #[regex(r"[0-9](_?[0-9])*", decimal_int)]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", |lex| radix_int(lex, 16))]
    #[regex(r"0[oO](_?[0-7])+", |lex| radix_int(lex, 8))]
    #[regex(r"0[bB](_?[01])+", |lex| radix_int(lex, 2))]
    IntLiteral,
    Int(i64),
    /// An integer literal too large for i64 (the scanner folds it here).
    BigInt(Box<BigInt>),
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?", float)]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?", float)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", float)]
    Float(f64),
    #[regex(r"[0-9](_?[0-9])*[jJ]", imaginary)]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]", imaginary)]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]", imaginary)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]", imaginary)]
    Imaginary,

    #[regex(r#"([rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?['"]"#, crate::lexer::strings::scan_string)]
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

fn decimal_int(lex: &mut logos::Lexer<Tok>) -> Result<Tok, LexError> {
    let text = lex.slice();
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b'0') && bytes.iter().any(|b| (b'1'..=b'9').contains(b)) {
        return Err(LexError::LeadingZeros);
    }
    Ok(int_token(&digits_without_underscores(text), 10))
}

fn radix_int(lex: &mut logos::Lexer<Tok>, radix: u32) -> Tok {
    let text = lex.slice().get(2..).unwrap_or("");
    int_token(&digits_without_underscores(text), radix)
}

fn int_token(digits: &str, radix: u32) -> Tok {
    if let Ok(v) = i64::from_str_radix(digits, radix) {
        return Tok::Int(v);
    }
    match BigInt::parse_bytes(digits.as_bytes(), radix) {
        Some(big) => Tok::BigInt(Box::new(big)),
        // Unreachable for text the regexes accept; zero keeps the scanner total.
        None => Tok::Int(0),
    }
}

fn float(lex: &mut logos::Lexer<Tok>) -> Result<f64, LexError> {
    digits_without_underscores(lex.slice())
        .parse::<f64>()
        .map_err(|_| LexError::BadNumber)
}

fn imaginary(_lex: &mut logos::Lexer<Tok>) -> Result<(), LexError> {
    Err(LexError::Imaginary)
}

impl Tok {
    /// The spelling CPython uses for a keyword token, if this is one.
    pub fn keyword(&self) -> Option<&'static str> {
        Some(match self {
            Tok::False => "False",
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
