//! The grammar's actions for `match` statements: pattern nodes, and the
//! checks CPython's parser makes while reading patterns (the checks its
//! compiler makes live in `compiler/patterns.rs`).

use lalrpop_util::ParseError;

use crate::ast::*;
use crate::lexer::Tok;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

type PResult<T> = Result<T, ParseError<usize, Tok, Box<SyntaxError>>>;

fn fail<T>(src: &str, file: &str, msg: &str, start: usize, end: usize) -> PResult<T> {
    Err(ParseError::User {
        error: Box::new(SyntaxError::at(
            SyntaxErrorKind::SyntaxError,
            msg,
            file,
            src,
            start,
            end,
        )),
    })
}

fn fail_at<T>(src: &str, file: &str, msg: &str, span: Span) -> PResult<T> {
    fail(src, file, msg, span.start as usize, span.end as usize)
}

fn pat(l: usize, kind: PatternKind, r: usize) -> Pattern {
    Pattern {
        span: Span::new(l, r),
        kind: Box::new(kind),
    }
}

/// One item of a mapping pattern, before the place of `**rest` is checked.
pub enum MapItem {
    Pair(Expr, Pattern),
    /// `**name`: where the `**` starts, the name, where the name ends.
    Rest(usize, String, usize),
}

/// One argument of a class pattern, before the order is checked.
pub enum ClassArg {
    Pos(Pattern),
    Kw(String, Pattern),
}

/// The cases come boxed: the parser's symbol stack is sized by its largest
/// entry, and a case is larger than any other.
pub fn match_stmt(l: usize, subject: Expr, cases: Vec<Box<MatchCase>>, r: usize) -> Stmt {
    let cases: Vec<MatchCase> = cases.into_iter().map(|c| *c).collect();
    let end = cases.last().map_or(r, |c| c.span.end as usize);
    Stmt::Match(Box::new(StmtMatch {
        span: Span::new(l, end),
        subject,
        cases,
    }))
}

pub fn match_case(
    l: usize,
    pattern: Pattern,
    guard: Option<Expr>,
    body: Vec<Stmt>,
    r: usize,
) -> MatchCase {
    let end = body.last().map_or(r, |s| s.span().end as usize);
    MatchCase {
        span: Span::new(l, end),
        pattern,
        guard,
        body,
    }
}

pub fn sequence_pattern(l: usize, items: Vec<Pattern>, r: usize) -> Pattern {
    pat(l, PatternKind::Sequence(items), r)
}

pub fn as_pattern(l: usize, inner: Pattern, name: String, r: usize) -> Pattern {
    pat(
        l,
        PatternKind::As {
            pattern: Some(Box::new(inner)),
            name: Some(name),
        },
        r,
    )
}

pub fn capture_target(src: &str, file: &str, l: usize, name: String, r: usize) -> PResult<String> {
    if name == "_" {
        return fail(src, file, "cannot use '_' as a target", l, r);
    }
    Ok(name)
}

pub fn or_pattern(l: usize, first: Pattern, rest: Vec<Pattern>, r: usize) -> Pattern {
    let mut alts = vec![first];
    alts.extend(rest);
    pat(l, PatternKind::Or(alts), r)
}

pub fn capture_pattern(l: usize, name: String, r: usize) -> Pattern {
    let name = if name == "_" { None } else { Some(name) };
    pat(
        l,
        PatternKind::As {
            pattern: None,
            name,
        },
        r,
    )
}

pub fn value_pattern(l: usize, value: Expr, r: usize) -> Pattern {
    pat(l, PatternKind::Value(value), r)
}

pub fn star_pattern(l: usize, name: String, r: usize) -> Pattern {
    let name = if name == "_" { None } else { Some(name) };
    pat(l, PatternKind::Star(name), r)
}

pub fn literal_pattern(src: &str, file: &str, l: usize, e: Expr, r: usize) -> PResult<Pattern> {
    let kind = match e {
        Expr::Constant(ExprConstant {
            value: c @ (Constant::None | Constant::Bool(_)),
            ..
        }) => PatternKind::Singleton(c),
        Expr::JoinedStr(j) => {
            return fail_at(
                src,
                file,
                "patterns may only match literals and attribute lookups",
                j.span,
            )
        }
        other => PatternKind::Value(other),
    };
    Ok(pat(l, kind, r))
}

fn is_number(e: &Expr, imaginary: bool) -> bool {
    match e {
        Expr::Constant(c) => match c.value {
            Constant::Imag(_) => imaginary,
            Constant::Int(_) | Constant::BigInt(_) | Constant::Float(_) => !imaginary,
            _ => false,
        },
        _ => false,
    }
}

/// `real + imag` or `real - imag` (the real part possibly negated).
pub fn complex_literal(
    src: &str,
    file: &str,
    l: usize,
    real: Expr,
    op: Operator,
    imag: Expr,
    r: usize,
) -> PResult<Expr> {
    let unsigned = match &real {
        Expr::UnaryOp(u) => &*u.operand,
        other => other,
    };
    if !is_number(unsigned, false) {
        return fail_at(
            src,
            file,
            "real number required in complex literal",
            unsigned.span(),
        );
    }
    if !is_number(&imag, true) {
        return fail_at(
            src,
            file,
            "imaginary number required in complex literal",
            imag.span(),
        );
    }
    Ok(Expr::BinOp(ExprBinOp {
        span: Span::new(l, r),
        left: Box::new(real),
        op,
        right: Box::new(imag),
    }))
}

pub fn mapping_pattern(
    src: &str,
    file: &str,
    l: usize,
    items: Vec<MapItem>,
    r: usize,
) -> PResult<Pattern> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest: Option<String> = None;
    for item in items {
        match item {
            MapItem::Pair(k, p) => {
                if rest.is_some() {
                    return fail_at(src, file, "invalid syntax", k.span());
                }
                keys.push(k);
                patterns.push(p);
            }
            MapItem::Rest(at, name, end) => {
                if rest.is_some() {
                    return fail(src, file, "invalid syntax", at, at + 2);
                }
                if name == "_" {
                    return fail(src, file, "invalid syntax", end - 1, end);
                }
                rest = Some(name);
            }
        }
    }
    Ok(pat(
        l,
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        },
        r,
    ))
}

pub fn class_pattern(
    src: &str,
    file: &str,
    l: usize,
    cls: Expr,
    args: Vec<ClassArg>,
    r: usize,
) -> PResult<Pattern> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for a in args {
        match a {
            ClassArg::Pos(p) => {
                if !kwd_attrs.is_empty() {
                    return fail_at(
                        src,
                        file,
                        "positional patterns follow keyword patterns",
                        p.span,
                    );
                }
                patterns.push(p);
            }
            ClassArg::Kw(n, p) => {
                kwd_attrs.push(n);
                kwd_patterns.push(p);
            }
        }
    }
    Ok(pat(
        l,
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
        r,
    ))
}
