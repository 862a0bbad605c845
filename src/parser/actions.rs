//! The grammar's actions: each builds one AST node or checks one rule that
//! CPython's parser enforces while parsing (argument order, parameter
//! lists). Everything the grammar cannot see locally lives in `validate`.

use lalrpop_util::ParseError;

use crate::ast::*;
use crate::lexer::Tok;
use crate::parser::validate::{self, Target};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

pub use super::patterns::*;

pub type PResult<T> = Result<T, ParseError<usize, Tok, Box<SyntaxError>>>;

/// What the grammar's single entry point produced (the start token picks).
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

/// One argument of a call or class header, before the order is checked.
pub enum Arg {
    Pos(Expr),
    /// A bare generator expression: only valid as the sole argument.
    Gen(Expr),
    Kw(usize, String, Expr, usize),
    KwUnpack(usize, Expr, usize),
}

/// One item of a parameter list, before the order is checked.
pub enum ParamItem {
    Plain(Param),
    Slash(usize, usize),
    Star(usize, Option<Param>),
    KwStar(usize, Param),
}

fn fail<T>(src: &str, file: &str, msg: impl Into<String>, start: usize, end: usize) -> PResult<T> {
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

fn sp(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

pub fn push<T>(mut v: Vec<T>, e: T) -> Vec<T> {
    v.push(e);
    v
}

pub fn push_opt<T>(mut v: Vec<T>, e: Option<T>) -> Vec<T> {
    v.extend(e);
    v
}

pub fn flatten(groups: Vec<Vec<Stmt>>) -> Vec<Stmt> {
    if groups.len() == 1 {
        return groups.into_iter().next().unwrap_or_default();
    }
    let mut out = Vec::with_capacity(groups.iter().map(Vec::len).sum());
    for g in groups {
        out.extend(g);
    }
    out
}

pub fn dotted(mut v: String, n: String) -> String {
    v.push('.');
    v.push_str(&n);
    v
}

/// Where a block statement really ends: DEDENT tokens sit at the start of
/// the next statement, so `@R` after a suite would overshoot.
fn blocks_end(blocks: &[&[Stmt]], fallback: usize) -> usize {
    blocks
        .iter()
        .rev()
        .find_map(|b| b.last())
        .map_or(fallback, |s| s.span().end as usize)
}

// ---------------------------------------------------------------- statements

pub fn expr_stmt(l: usize, value: Expr, r: usize) -> Stmt {
    Stmt::Expr(StmtExpr {
        span: sp(l, r),
        value,
    })
}

pub fn assign(
    src: &str,
    file: &str,
    l: usize,
    first: Expr,
    mut rest: Vec<Expr>,
    r: usize,
) -> PResult<Stmt> {
    let value = rest.pop().unwrap_or(Expr::Constant(ExprConstant {
        span: sp(r, r),
        value: Constant::None,
    }));
    let mut targets = Vec::with_capacity(rest.len() + 1);
    targets.push(first);
    targets.extend(rest);
    let single = targets.len() == 1;
    for (i, t) in targets.iter().enumerate() {
        check(
            src,
            file,
            t,
            Target::Assign {
                hint: single && i == 0,
            },
        )?;
    }
    Ok(Stmt::Assign(StmtAssign {
        span: sp(l, r),
        targets,
        value,
    }))
}

pub fn aug_assign(
    src: &str,
    file: &str,
    l: usize,
    target: Expr,
    op: Operator,
    value: Expr,
    r: usize,
) -> PResult<Stmt> {
    if !matches!(
        target,
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)
    ) {
        let msg = format!(
            "'{}' is an illegal expression for augmented assignment",
            validate::expr_name(&target)
        );
        let span = target.span();
        return fail(src, file, msg, span.start as usize, span.end as usize);
    }
    Ok(Stmt::AugAssign(StmtAugAssign {
        span: sp(l, r),
        target,
        op,
        value,
    }))
}

pub fn ann_assign(
    src: &str,
    file: &str,
    l: usize,
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    r: usize,
) -> PResult<Stmt> {
    match &target {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => {}
        Expr::Tuple(t) => {
            let s = t.span.start as usize;
            return fail(
                src,
                file,
                "only single target (not tuple) can be annotated",
                s,
                s,
            );
        }
        Expr::List(t) => {
            let (s, e) = (t.span.start as usize, t.span.end as usize);
            return fail(
                src,
                file,
                "only single target (not list) can be annotated",
                s,
                e,
            );
        }
        other => {
            let span = other.span();
            let (s, e) = (span.start as usize, span.end as usize);
            return fail(src, file, "illegal target for annotation", s, e);
        }
    }
    // A parenthesised name starts after the statement does.
    let simple = matches!(target, Expr::Name(_)) && target.span().start as usize == l;
    Ok(Stmt::AnnAssign(StmtAnnAssign {
        span: sp(l, r),
        target,
        annotation,
        value,
        simple,
    }))
}

pub fn return_stmt(l: usize, value: Option<Expr>, r: usize) -> Stmt {
    Stmt::Return(StmtReturn {
        span: sp(l, r),
        value,
    })
}

pub fn raise_stmt(l: usize, exc: Option<Expr>, cause: Option<Expr>, r: usize) -> Stmt {
    Stmt::Raise(StmtRaise {
        span: sp(l, r),
        exc,
        cause,
    })
}

pub fn global_stmt(l: usize, names: Vec<String>, r: usize) -> Stmt {
    Stmt::Global(StmtGlobal {
        span: sp(l, r),
        names,
    })
}

pub fn nonlocal_stmt(l: usize, names: Vec<String>, r: usize) -> Stmt {
    Stmt::Nonlocal(StmtNonlocal {
        span: sp(l, r),
        names,
    })
}

pub fn del_stmt(src: &str, file: &str, l: usize, targets: Vec<Expr>, r: usize) -> PResult<Stmt> {
    for t in &targets {
        check(src, file, t, Target::Del)?;
    }
    Ok(Stmt::Delete(StmtDelete {
        span: sp(l, r),
        targets,
    }))
}

/// A `for`, comprehension or `with ... as` target.
pub fn store_target(src: &str, file: &str, target: Expr) -> PResult<Expr> {
    check(src, file, &target, Target::Store)?;
    Ok(target)
}

/// CPython's parser rejects invalid targets as it meets them.
fn check(src: &str, file: &str, target: &Expr, how: Target) -> PResult<()> {
    match validate::invalid_target(target, how) {
        Some((msg, span)) => fail(src, file, msg, span.start as usize, span.end as usize),
        None => Ok(()),
    }
}

pub fn assert_stmt(l: usize, test: Expr, msg: Option<Expr>, r: usize) -> Stmt {
    Stmt::Assert(StmtAssert {
        span: sp(l, r),
        test,
        msg,
    })
}

pub fn import_stmt(l: usize, names: Vec<Alias>, r: usize) -> Stmt {
    Stmt::Import(StmtImport {
        span: sp(l, r),
        names,
    })
}

#[allow(clippy::too_many_arguments)]
pub fn import_from(
    src: &str,
    file: &str,
    l: usize,
    dots: Vec<u32>,
    module: Option<String>,
    names: Vec<Alias>,
    r: usize,
) -> PResult<Stmt> {
    let level = dots.iter().sum();
    if level == 0 && module.is_none() {
        return fail(src, file, "invalid syntax", l, l);
    }
    Ok(Stmt::ImportFrom(StmtImportFrom {
        span: sp(l, r),
        module,
        names,
        level,
    }))
}

pub fn alias(l: usize, name: String, asname: Option<String>, r: usize) -> Alias {
    Alias {
        span: sp(l, r),
        name,
        asname,
    }
}

pub fn decorate(decorators: Vec<(usize, Expr)>, mut s: Stmt) -> Stmt {
    let start = decorators.first().map(|(l, _)| *l);
    let exprs: Vec<Expr> = decorators.into_iter().map(|(_, e)| e).collect();
    match &mut s {
        Stmt::FunctionDef(f) => {
            f.decorators = exprs;
            if let Some(start) = start {
                f.span.start = start as u32;
            }
        }
        Stmt::ClassDef(c) => {
            c.decorators = exprs;
            if let Some(start) = start {
                c.span.start = start as u32;
            }
        }
        _ => {}
    }
    s
}

pub fn if_stmt(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
    r: usize,
) -> Stmt {
    let mut orelse = orelse.unwrap_or_default();
    let last_body = elifs.last().map_or(&body, |(_, _, b)| b);
    let end = blocks_end(&[last_body, &orelse], r);
    for (el, test, body) in elifs.into_iter().rev() {
        orelse = vec![Stmt::If(Box::new(StmtIf {
            span: sp(el, end),
            test,
            body,
            orelse,
        }))];
    }
    Stmt::If(Box::new(StmtIf {
        span: sp(l, end),
        test,
        body,
        orelse,
    }))
}

pub fn while_stmt(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
    r: usize,
) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let end = blocks_end(&[&body, &orelse], r);
    Stmt::While(Box::new(StmtWhile {
        span: sp(l, end),
        test,
        body,
        orelse,
    }))
}

#[allow(clippy::too_many_arguments)]
pub fn for_stmt(
    l: usize,
    is_async: bool,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
    r: usize,
) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let end = blocks_end(&[&body, &orelse], r);
    Stmt::For(Box::new(StmtFor {
        span: sp(l, end),
        is_async,
        target,
        iter,
        body,
        orelse,
    }))
}

pub fn try_stmt(
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<Box<ExceptHandler>>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
    r: usize,
) -> Stmt {
    let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|h| *h).collect();
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let handler_end = handlers.last().map(|h| h.span.end as usize);
    let mut end = blocks_end(&[&orelse, &finalbody], 0);
    if end == 0 {
        end = handler_end.unwrap_or_else(|| blocks_end(&[&body], r));
    }
    Stmt::Try(Box::new(StmtTry {
        span: sp(l, end),
        body,
        handlers,
        orelse,
        finalbody,
    }))
}

pub fn handler(
    l: usize,
    type_: Option<Expr>,
    name: Option<String>,
    body: Vec<Stmt>,
    r: usize,
) -> ExceptHandler {
    let end = blocks_end(&[&body], r);
    ExceptHandler {
        span: sp(l, end),
        type_,
        name,
        body,
        star: false,
    }
}

/// `except* T [as name]:` (PEP 654).
pub fn handler_star(
    l: usize,
    type_: Expr,
    name: Option<String>,
    body: Vec<Stmt>,
    r: usize,
) -> ExceptHandler {
    ExceptHandler {
        star: true,
        ..handler(l, Some(type_), name, body, r)
    }
}

pub fn with_stmt(
    l: usize,
    is_async: bool,
    items: Vec<Box<WithItem>>,
    body: Vec<Stmt>,
    r: usize,
) -> Stmt {
    let items = items.into_iter().map(|i| *i).collect();
    let end = blocks_end(&[&body], r);
    Stmt::With(Box::new(StmtWith {
        span: sp(l, end),
        is_async,
        items,
        body,
    }))
}

pub fn with_item(l: usize, context_expr: Expr, optional_vars: Option<Expr>, r: usize) -> WithItem {
    WithItem {
        span: sp(l, r),
        context_expr,
        optional_vars,
    }
}

#[allow(clippy::too_many_arguments)]
pub fn func_def(
    src: &str,
    file: &str,
    l: usize,
    is_async: bool,
    name: String,
    items: Vec<ParamItem>,
    returns: Option<Expr>,
    header_end: usize,
    body: Vec<Stmt>,
    r: usize,
) -> PResult<Stmt> {
    let params = build_params(src, file, items)?;
    let end = blocks_end(&[&body], r);
    Ok(Stmt::FunctionDef(Box::new(StmtFunctionDef {
        span: sp(l, end),
        is_async,
        name,
        params,
        body,
        decorators: Vec::new(),
        returns,
        header_span: sp(l, header_end),
    })))
}

#[allow(clippy::too_many_arguments)]
pub fn class_def(
    src: &str,
    file: &str,
    l: usize,
    name: String,
    args: Option<Vec<Box<Arg>>>,
    header_end: usize,
    body: Vec<Stmt>,
    r: usize,
) -> PResult<Stmt> {
    let args = args.unwrap_or_default();
    if let Some(Arg::Gen(Expr::GeneratorExp(g))) = args.first().map(|a| &**a) {
        // A class header is not a call: CPython stops at the `for`.
        if let Some(c) = g.generators.first() {
            let at = c.span.start as usize;
            return fail(src, file, "invalid syntax", at, at + 3);
        }
    }
    let (bases, keywords) = split_args(src, file, args, None)?;
    let end = blocks_end(&[&body], r);
    Ok(Stmt::ClassDef(Box::new(StmtClassDef {
        span: sp(l, end),
        name,
        bases,
        keywords,
        body,
        decorators: Vec::new(),
        header_span: sp(l, header_end),
    })))
}

pub fn param(
    l: usize,
    name: String,
    annotation: Option<Expr>,
    default: Option<Expr>,
    r: usize,
) -> ParamItem {
    ParamItem::Plain(var_param(l, name, annotation, default, r))
}

pub fn var_param(
    l: usize,
    name: String,
    annotation: Option<Expr>,
    default: Option<Expr>,
    r: usize,
) -> Param {
    Param {
        span: sp(l, r),
        name,
        annotation: annotation.map(Box::new),
        default: default.map(Box::new),
    }
}

/// The `=` before a default value, for CPython's caret position.
fn equals_before(src: &str, default: &Expr) -> usize {
    let start = default.span().start as usize;
    src.get(..start).and_then(|s| s.rfind('=')).unwrap_or(start)
}

/// Checks the order of a parameter list with CPython's messages and sorts
/// the items into a [`Parameters`].
fn build_params(src: &str, file: &str, items: Vec<ParamItem>) -> PResult<Parameters> {
    let mut p = Parameters::default();
    if let Some(ParamItem::Slash(l, r)) = items.first() {
        let msg = if items.len() > 1 {
            "at least one argument must precede /"
        } else {
            "invalid syntax"
        };
        return fail(src, file, msg, *l, *r);
    }
    let mut seen_slash = false;
    let mut star_at: Option<(usize, bool)> = None;
    let mut seen_kwstar = false;
    let mut seen_default = false;
    for item in items {
        if seen_kwstar {
            let at = match &item {
                ParamItem::Plain(q) => q.span.start as usize,
                ParamItem::Slash(l, _) | ParamItem::Star(l, _) | ParamItem::KwStar(l, _) => *l,
            };
            return fail(
                src,
                file,
                "arguments cannot follow var-keyword argument",
                at,
                at + 1,
            );
        }
        match item {
            ParamItem::Plain(q) => {
                if star_at.is_some() {
                    p.kwonly.push(q);
                } else {
                    if q.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        let s = q.span.start as usize;
                        return fail(
                            src,
                            file,
                            "non-default argument follows default argument",
                            s,
                            q.span.end as usize,
                        );
                    }
                    p.args.push(q);
                }
            }
            ParamItem::Slash(l, r) => {
                if seen_slash {
                    return fail(src, file, "/ may appear only once", l, r);
                }
                if star_at.is_some() {
                    return fail(src, file, "/ must be ahead of *", l, r);
                }
                if p.args.is_empty() {
                    return fail(src, file, "invalid syntax", l, r);
                }
                seen_slash = true;
                p.posonly = std::mem::take(&mut p.args);
            }
            ParamItem::Star(l, q) => {
                if star_at.is_some() {
                    return fail(src, file, "* argument may appear only once", l, l);
                }
                star_at = Some((l, q.is_none()));
                if let Some(q) = q {
                    if let Some(d) = &q.default {
                        let at = equals_before(src, d);
                        return fail(
                            src,
                            file,
                            "var-positional argument cannot have default value",
                            at,
                            at + 1,
                        );
                    }
                    p.vararg = Some(q);
                }
            }
            ParamItem::KwStar(_, q) => {
                if let Some(d) = &q.default {
                    let at = equals_before(src, d);
                    return fail(
                        src,
                        file,
                        "var-keyword argument cannot have default value",
                        at,
                        at + 1,
                    );
                }
                if let Some((l, true)) = star_at {
                    if p.kwonly.is_empty() {
                        return fail(src, file, "named arguments must follow bare *", l, l + 1);
                    }
                }
                seen_kwstar = true;
                p.kwarg = Some(q);
            }
        }
    }
    if let Some((l, true)) = star_at {
        if p.kwonly.is_empty() && p.kwarg.is_none() {
            return fail(src, file, "named arguments must follow bare *", l, l + 1);
        }
    }
    Ok(p)
}

// ---------------------------------------------------------------- expressions

pub fn name(l: usize, id: String, r: usize) -> Expr {
    Expr::Name(ExprName { span: sp(l, r), id })
}

pub fn constant(l: usize, value: Constant, r: usize) -> Expr {
    Expr::Constant(ExprConstant {
        span: sp(l, r),
        value,
    })
}

pub fn tuple(l: usize, v: Vec<Expr>, last: Option<Expr>, r: usize, parenthesized: bool) -> Expr {
    Expr::Tuple(ExprTuple {
        span: sp(l, r),
        elts: push_opt(v, last),
        parenthesized,
    })
}

pub fn list(l: usize, elts: Vec<Expr>, r: usize) -> Expr {
    Expr::List(ExprList {
        span: sp(l, r),
        elts,
    })
}

pub fn set(l: usize, elts: Vec<Expr>, r: usize) -> Expr {
    Expr::Set(ExprSet {
        span: sp(l, r),
        elts,
    })
}

pub fn dict(l: usize, items: Vec<Box<(Option<Expr>, Expr)>>, r: usize) -> Expr {
    let (keys, values) = items.into_iter().map(|i| *i).unzip();
    Expr::Dict(ExprDict {
        span: sp(l, r),
        keys,
        values,
    })
}

pub fn starred(l: usize, value: Expr, r: usize) -> Expr {
    Expr::Starred(ExprStarred {
        span: sp(l, r),
        value: Box::new(value),
    })
}

/// `( expr )`: the parentheses only group, except that CPython rejects a
/// lone starred expression inside them.
pub fn group(src: &str, file: &str, _l: usize, e: Expr, _r: usize) -> PResult<Expr> {
    if let Expr::Starred(s) = &e {
        return fail(
            src,
            file,
            "cannot use starred expression here",
            s.span.start as usize,
            s.span.end as usize,
        );
    }
    Ok(e)
}

pub fn named_expr(
    src: &str,
    file: &str,
    l: usize,
    target: Expr,
    value: Expr,
    r: usize,
) -> PResult<Expr> {
    if !matches!(target, Expr::Name(_)) {
        let msg = format!(
            "cannot use assignment expressions with {}",
            validate::expr_name(&target)
        );
        let span = target.span();
        return fail(src, file, msg, span.start as usize, span.end as usize);
    }
    Ok(Expr::NamedExpr(ExprNamedExpr {
        span: sp(l, r),
        target: Box::new(target),
        value: Box::new(value),
    }))
}

pub fn if_exp(l: usize, body: Expr, test: Expr, orelse: Expr, r: usize) -> Expr {
    Expr::IfExp(ExprIfExp {
        span: sp(l, r),
        test: Box::new(test),
        body: Box::new(body),
        orelse: Box::new(orelse),
    })
}

pub fn lambda(
    src: &str,
    file: &str,
    l: usize,
    items: Vec<ParamItem>,
    body: Expr,
    r: usize,
) -> PResult<Expr> {
    let params = build_params(src, file, items)?;
    Ok(Expr::Lambda(ExprLambda {
        span: sp(l, r),
        params: Box::new(params),
        body: Box::new(body),
    }))
}

pub fn bool_op(l: usize, op: BoolOp, first: Expr, rest: Vec<Expr>, r: usize) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    Expr::BoolOp(ExprBoolOp {
        span: sp(l, r),
        op,
        values,
    })
}

pub fn unary(l: usize, op: UnaryOp, operand: Expr, r: usize) -> Expr {
    Expr::UnaryOp(ExprUnaryOp {
        span: sp(l, r),
        op,
        operand: Box::new(operand),
    })
}

pub fn compare(l: usize, left: Expr, rest: Vec<(CmpOp, Expr)>, r: usize) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    Expr::Compare(ExprCompare {
        span: sp(l, r),
        left: Box::new(left),
        ops,
        comparators,
    })
}

pub fn bin(l: usize, left: Expr, op: Operator, right: Expr, r: usize) -> Expr {
    Expr::BinOp(ExprBinOp {
        span: sp(l, r),
        left: Box::new(left),
        op,
        right: Box::new(right),
    })
}

pub fn await_expr(l: usize, value: Expr, r: usize) -> Expr {
    Expr::Await(ExprAwait {
        span: sp(l, r),
        value: Box::new(value),
    })
}

pub fn yield_expr(l: usize, value: Option<Expr>, r: usize) -> Expr {
    Expr::Yield(ExprYield {
        span: sp(l, r),
        value: value.map(Box::new),
    })
}

pub fn yield_from(l: usize, value: Expr, r: usize) -> Expr {
    Expr::YieldFrom(ExprYieldFrom {
        span: sp(l, r),
        value: Box::new(value),
    })
}

pub fn attribute(l: usize, value: Expr, attr: String, r: usize) -> Expr {
    Expr::Attribute(ExprAttribute {
        span: sp(l, r),
        value: Box::new(value),
        attr,
    })
}

pub fn subscript(l: usize, value: Expr, slice: Expr, r: usize) -> Expr {
    Expr::Subscript(ExprSubscript {
        span: sp(l, r),
        value: Box::new(value),
        slice: Box::new(slice),
    })
}

pub fn slice(
    l: usize,
    lower: Option<Expr>,
    upper: Option<Expr>,
    step: Option<Expr>,
    r: usize,
) -> Expr {
    Expr::Slice(ExprSlice {
        span: sp(l, r),
        lower: lower.map(Box::new),
        upper: upper.map(Box::new),
        step: step.map(Box::new),
    })
}

pub fn call(
    src: &str,
    file: &str,
    l: usize,
    func: Expr,
    args: Vec<Box<Arg>>,
    r: usize,
) -> PResult<Expr> {
    let open = func.span().end as usize;
    let open = src
        .get(open..)
        .and_then(|s| s.find('('))
        .map_or(open, |i| open + i);
    let (args, keywords) = split_args(src, file, args, Some((open, r)))?;
    Ok(Expr::Call(ExprCall {
        span: sp(l, r),
        func: Box::new(func),
        args,
        keywords,
    }))
}

/// Checks argument order with CPython's messages and splits positional
/// arguments from keywords. `parens` is the call's `(`..`)` range, which a
/// sole generator-expression argument takes as its span. (Arguments come
/// boxed from the grammar, where they keep the parser's stack entries small.)
#[allow(clippy::vec_box)]
fn split_args(
    src: &str,
    file: &str,
    items: Vec<Box<Arg>>,
    parens: Option<(usize, usize)>,
) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    let count = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_kw_unpack = false;
    for item in items.into_iter().map(|i| *i) {
        match item {
            Arg::Pos(e) => {
                let (s, t) = (e.span().start as usize, e.span().end as usize);
                // CPython points just past the offending argument.
                if matches!(e, Expr::Starred(_)) {
                    if seen_kw_unpack {
                        return fail(
                            src,
                            file,
                            "iterable argument unpacking follows keyword argument unpacking",
                            s,
                            s,
                        );
                    }
                } else if seen_kw_unpack {
                    return fail(
                        src,
                        file,
                        "positional argument follows keyword argument unpacking",
                        t,
                        t,
                    );
                } else if seen_kw {
                    return fail(
                        src,
                        file,
                        "positional argument follows keyword argument",
                        t,
                        t,
                    );
                }
                args.push(e);
            }
            Arg::Gen(mut e) => {
                // `f(x for x in y,)` has a comma after the expression.
                let trailing = parens.is_some_and(|(_, close)| {
                    let after = e.span().end as usize;
                    src.get(after..close).is_some_and(|t| t.contains(','))
                });
                if count > 1 || trailing {
                    let span = e.span();
                    return fail(
                        src,
                        file,
                        "Generator expression must be parenthesized",
                        span.start as usize,
                        span.end as usize,
                    );
                }
                if let (Expr::GeneratorExp(g), Some((open, close))) = (&mut e, parens) {
                    g.span = sp(open, close);
                }
                args.push(e);
            }
            Arg::Kw(l, n, value, r) => {
                seen_kw = true;
                keywords.push(Keyword {
                    span: sp(l, r),
                    arg: Some(n),
                    value,
                });
            }
            Arg::KwUnpack(l, value, r) => {
                seen_kw_unpack = true;
                keywords.push(Keyword {
                    span: sp(l, r),
                    arg: None,
                    value,
                });
            }
        }
    }
    Ok((args, keywords))
}

pub fn comprehension(
    l: usize,
    is_async: bool,
    target: Expr,
    iter: Expr,
    ifs: Vec<Expr>,
    r: usize,
) -> Comprehension {
    Comprehension {
        span: sp(l, r),
        target,
        iter,
        ifs,
        is_async,
    }
}

pub fn genexp(l: usize, elt: Expr, generators: Vec<Comprehension>, r: usize) -> Expr {
    Expr::GeneratorExp(ExprGeneratorExp {
        span: sp(l, r),
        elt: Box::new(elt),
        generators,
    })
}

pub fn list_comp(l: usize, elt: Expr, generators: Vec<Comprehension>, r: usize) -> Expr {
    Expr::ListComp(ExprListComp {
        span: sp(l, r),
        elt: Box::new(elt),
        generators,
    })
}

pub fn set_comp(l: usize, elt: Expr, generators: Vec<Comprehension>, r: usize) -> Expr {
    Expr::SetComp(ExprSetComp {
        span: sp(l, r),
        elt: Box::new(elt),
        generators,
    })
}

pub fn dict_comp(
    l: usize,
    key: Expr,
    value: Expr,
    generators: Vec<Comprehension>,
    r: usize,
) -> Expr {
    Expr::DictComp(ExprDictComp {
        span: sp(l, r),
        key: Box::new(key),
        value: Box::new(value),
        generators,
    })
}

/// `f(True=1)`: the keyword is not a name, so CPython reports the target.
pub fn keyword_constant_arg(src: &str, file: &str, l: usize, what: &str, r: usize) -> PResult<Arg> {
    fail(src, file, format!("cannot assign to {}", what), l, r)
}

/// `a[*b]` subscripts with a one-element tuple, as CPython does.
pub fn lone_slice(e: Expr) -> Expr {
    match e {
        Expr::Starred(s) => {
            let span = s.span;
            Expr::Tuple(ExprTuple {
                span,
                elts: vec![Expr::Starred(s)],
                parenthesized: false,
            })
        }
        other => other,
    }
}

/// `with (yield):` — the one item is the parenthesised yield.
pub fn with_yield(y: Expr) -> Vec<Box<WithItem>> {
    let span = y.span();
    vec![Box::new(WithItem {
        span,
        context_expr: y,
        optional_vars: None,
    })]
}

/// `yield = 1`: the grammar has no assignment with a yield on the left.
pub fn yield_target(src: &str, file: &str, y: Expr) -> PResult<Stmt> {
    let span = y.span();
    fail(
        src,
        file,
        "assignment to yield expression not possible",
        span.start as usize,
        span.end as usize,
    )
}
