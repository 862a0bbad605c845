//! Checks CPython makes after parsing: `await`, `yield`, `return`, `break`
//! and `continue` in the right context, starred and `__debug__` targets,
//! duplicate parameters and keywords; and a bound on nesting so that later
//! recursive passes stay safe. (Targets that CPython's parser itself
//! rejects are checked by the grammar actions through [`invalid_target`],
//! so that they are reported before any later syntax error.)

use crate::ast::*;
use crate::parser::ParseOptions;
use crate::syntax_error::{Stage, SyntaxError, SyntaxErrorKind};

/// The deepest expression tree the front end hands on. CPython's compiler
/// gives up at a similar depth ("maximum recursion depth exceeded during
/// compilation"); recursive passes over the AST may rely on this bound.
pub const MAX_EXPR_DEPTH: usize = 3000;

/// The message for trees deeper than [`MAX_EXPR_DEPTH`].
pub const TOO_DEEP: &str =
    "too many nested expressions (maximum recursion depth exceeded during compilation)";

type Res<T> = Result<T, Box<SyntaxError>>;

pub fn check_module(
    module: Module,
    src: &str,
    file: &str,
    options: ParseOptions,
) -> Result<Module, Box<SyntaxError>> {
    let mut c = Checker::new(src, file, options);
    match c.stmts(&module.body) {
        Ok(()) => Ok(module),
        Err(e) => {
            // The walk stopped early, so parts of the tree may be deeper
            // than a recursive drop can take.
            dismantle_stmts(module.body);
            Err(e)
        }
    }
}

pub fn check_expression(expr: Expr, src: &str, file: &str) -> Result<Expr, Box<SyntaxError>> {
    let mut c = Checker::new(src, file, ParseOptions::default());
    match c.not_starred(&expr).and_then(|()| c.expr(&expr)) {
        Ok(()) => Ok(expr),
        Err(e) => {
            dismantle(vec![expr]);
            Err(e)
        }
    }
}

fn too_deep(src: &str, file: &str, at: usize) -> Box<SyntaxError> {
    Box::new(SyntaxError::at(
        SyntaxErrorKind::SyntaxError,
        TOO_DEEP,
        file,
        src,
        at,
        at,
    ))
}

// ---------------------------------------------------------------- depth

/// Calls `f` on each direct child expression of `e`.
fn expr_children<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    let comps = |gens: &'a [Comprehension], f: &mut dyn FnMut(&'a Expr)| {
        for g in gens {
            f(&g.target);
            f(&g.iter);
            g.ifs.iter().for_each(&mut *f);
        }
    };
    match e {
        Expr::BoolOp(x) => x.values.iter().for_each(f),
        Expr::NamedExpr(x) => {
            f(&x.target);
            f(&x.value);
        }
        Expr::BinOp(x) => {
            f(&x.left);
            f(&x.right);
        }
        Expr::UnaryOp(x) => f(&x.operand),
        Expr::Lambda(x) => {
            let p = &x.params;
            for q in p
                .posonly
                .iter()
                .chain(&p.args)
                .chain(&p.vararg)
                .chain(&p.kwonly)
                .chain(&p.kwarg)
            {
                if let Some(d) = &q.default {
                    f(d);
                }
            }
            f(&x.body);
        }
        Expr::IfExp(x) => {
            f(&x.test);
            f(&x.body);
            f(&x.orelse);
        }
        Expr::Dict(x) => {
            x.keys.iter().flatten().for_each(&mut *f);
            x.values.iter().for_each(f);
        }
        Expr::Set(x) => x.elts.iter().for_each(f),
        Expr::ListComp(x) => {
            f(&x.elt);
            comps(&x.generators, f);
        }
        Expr::SetComp(x) => {
            f(&x.elt);
            comps(&x.generators, f);
        }
        Expr::GeneratorExp(x) => {
            f(&x.elt);
            comps(&x.generators, f);
        }
        Expr::DictComp(x) => {
            f(&x.key);
            f(&x.value);
            comps(&x.generators, f);
        }
        Expr::Await(x) => f(&x.value),
        Expr::Yield(x) => x.value.iter().for_each(|v| f(v)),
        Expr::YieldFrom(x) => f(&x.value),
        Expr::Compare(x) => {
            f(&x.left);
            x.comparators.iter().for_each(f);
        }
        Expr::Call(x) => {
            f(&x.func);
            x.args.iter().for_each(&mut *f);
            x.keywords.iter().for_each(|k| f(&k.value));
        }
        Expr::FormattedValue(x) => {
            f(&x.value);
            x.format_spec.iter().for_each(|v| f(v));
        }
        Expr::JoinedStr(x) => x.values.iter().for_each(f),
        Expr::Attribute(x) => f(&x.value),
        Expr::Subscript(x) => {
            f(&x.value);
            f(&x.slice);
        }
        Expr::Starred(x) => f(&x.value),
        Expr::List(x) => x.elts.iter().for_each(f),
        Expr::Tuple(x) => x.elts.iter().for_each(f),
        Expr::Slice(x) => {
            x.lower.iter().for_each(|v| f(v));
            x.upper.iter().for_each(|v| f(v));
            x.step.iter().for_each(|v| f(v));
        }
        Expr::Constant(_) | Expr::Name(_) => {}
    }
}

/// Drops an over-deep tree without recursing: each node's children are
/// moved out onto a work list before the node itself is dropped.
fn dismantle(mut work: Vec<Expr>) {
    let hole = || {
        Expr::Constant(ExprConstant {
            span: Span::default(),
            value: Constant::None,
        })
    };
    let take = |b: &mut Box<Expr>| std::mem::replace(&mut **b, hole());
    while let Some(mut e) = work.pop() {
        match &mut e {
            Expr::BoolOp(x) => work.append(&mut x.values),
            Expr::NamedExpr(x) => {
                work.push(take(&mut x.target));
                work.push(take(&mut x.value));
            }
            Expr::BinOp(x) => {
                work.push(take(&mut x.left));
                work.push(take(&mut x.right));
            }
            Expr::UnaryOp(x) => work.push(take(&mut x.operand)),
            Expr::Lambda(x) => {
                work.push(take(&mut x.body));
                let p = &mut x.params;
                for q in p
                    .posonly
                    .iter_mut()
                    .chain(&mut p.args)
                    .chain(&mut p.vararg)
                    .chain(&mut p.kwonly)
                    .chain(&mut p.kwarg)
                {
                    if let Some(d) = &mut q.default {
                        work.push(take(d));
                    }
                }
            }
            Expr::IfExp(x) => {
                work.push(take(&mut x.test));
                work.push(take(&mut x.body));
                work.push(take(&mut x.orelse));
            }
            Expr::Dict(x) => {
                work.extend(x.keys.drain(..).flatten());
                work.append(&mut x.values);
            }
            Expr::Set(x) => work.append(&mut x.elts),
            Expr::ListComp(x) => {
                work.push(take(&mut x.elt));
                dismantle_comps(&mut x.generators, &mut work);
            }
            Expr::SetComp(x) => {
                work.push(take(&mut x.elt));
                dismantle_comps(&mut x.generators, &mut work);
            }
            Expr::GeneratorExp(x) => {
                work.push(take(&mut x.elt));
                dismantle_comps(&mut x.generators, &mut work);
            }
            Expr::DictComp(x) => {
                work.push(take(&mut x.key));
                work.push(take(&mut x.value));
                dismantle_comps(&mut x.generators, &mut work);
            }
            Expr::Await(x) => work.push(take(&mut x.value)),
            Expr::Yield(x) => {
                if let Some(v) = &mut x.value {
                    work.push(take(v));
                }
            }
            Expr::YieldFrom(x) => work.push(take(&mut x.value)),
            Expr::Compare(x) => {
                work.push(take(&mut x.left));
                work.append(&mut x.comparators);
            }
            Expr::Call(x) => {
                work.push(take(&mut x.func));
                work.append(&mut x.args);
                work.extend(x.keywords.drain(..).map(|k| k.value));
            }
            Expr::FormattedValue(x) => {
                work.push(take(&mut x.value));
                if let Some(v) = &mut x.format_spec {
                    work.push(take(v));
                }
            }
            Expr::JoinedStr(x) => work.append(&mut x.values),
            Expr::Attribute(x) => work.push(take(&mut x.value)),
            Expr::Subscript(x) => {
                work.push(take(&mut x.value));
                work.push(take(&mut x.slice));
            }
            Expr::Starred(x) => work.push(take(&mut x.value)),
            Expr::List(x) => work.append(&mut x.elts),
            Expr::Tuple(x) => work.append(&mut x.elts),
            Expr::Slice(x) => {
                for v in [&mut x.lower, &mut x.upper, &mut x.step]
                    .into_iter()
                    .flatten()
                {
                    work.push(take(v));
                }
            }
            Expr::Constant(_) | Expr::Name(_) => {}
        }
    }
}

fn dismantle_comps(gens: &mut Vec<Comprehension>, work: &mut Vec<Expr>) {
    for g in gens.drain(..) {
        work.push(g.target);
        work.push(g.iter);
        work.extend(g.ifs);
    }
}

fn dismantle_stmts(stmts: Vec<Stmt>) {
    // Statements nest shallowly; their expressions may not.
    let mut work = Vec::new();
    let mut blocks = vec![stmts];
    let hole = || {
        Expr::Constant(ExprConstant {
            span: Span::default(),
            value: Constant::None,
        })
    };
    while let Some(block) = blocks.pop() {
        for mut s in block {
            let mut take = |e: &mut Expr| work.push(std::mem::replace(e, hole()));
            match &mut s {
                Stmt::FunctionDef(d) => {
                    d.decorators.iter_mut().for_each(&mut take);
                    d.returns.iter_mut().for_each(&mut take);
                    let p = &mut d.params;
                    for q in p
                        .posonly
                        .iter_mut()
                        .chain(&mut p.args)
                        .chain(&mut p.vararg)
                        .chain(&mut p.kwonly)
                        .chain(&mut p.kwarg)
                    {
                        if let Some(a) = &mut q.annotation {
                            take(a);
                        }
                        if let Some(a) = &mut q.default {
                            take(a);
                        }
                    }
                    blocks.push(std::mem::take(&mut d.body));
                }
                Stmt::ClassDef(d) => {
                    d.decorators.iter_mut().for_each(&mut take);
                    d.bases.iter_mut().for_each(&mut take);
                    d.keywords.iter_mut().for_each(|k| take(&mut k.value));
                    blocks.push(std::mem::take(&mut d.body));
                }
                Stmt::Return(r) => r.value.iter_mut().for_each(take),
                Stmt::Delete(d) => d.targets.iter_mut().for_each(take),
                Stmt::Assign(a) => {
                    a.targets.iter_mut().for_each(&mut take);
                    take(&mut a.value);
                }
                Stmt::AugAssign(a) => {
                    take(&mut a.target);
                    take(&mut a.value);
                }
                Stmt::AnnAssign(a) => {
                    take(&mut a.target);
                    take(&mut a.annotation);
                    a.value.iter_mut().for_each(take);
                }
                Stmt::For(x) => {
                    take(&mut x.target);
                    take(&mut x.iter);
                    blocks.push(std::mem::take(&mut x.body));
                    blocks.push(std::mem::take(&mut x.orelse));
                }
                Stmt::While(x) => {
                    take(&mut x.test);
                    blocks.push(std::mem::take(&mut x.body));
                    blocks.push(std::mem::take(&mut x.orelse));
                }
                Stmt::If(x) => {
                    take(&mut x.test);
                    blocks.push(std::mem::take(&mut x.body));
                    blocks.push(std::mem::take(&mut x.orelse));
                }
                Stmt::With(x) => {
                    for item in &mut x.items {
                        take(&mut item.context_expr);
                        item.optional_vars.iter_mut().for_each(&mut take);
                    }
                    blocks.push(std::mem::take(&mut x.body));
                }
                Stmt::Raise(r) => {
                    r.exc.iter_mut().for_each(&mut take);
                    r.cause.iter_mut().for_each(take);
                }
                Stmt::Try(t) => {
                    for h in &mut t.handlers {
                        h.type_.iter_mut().for_each(&mut take);
                        blocks.push(std::mem::take(&mut h.body));
                    }
                    blocks.push(std::mem::take(&mut t.body));
                    blocks.push(std::mem::take(&mut t.orelse));
                    blocks.push(std::mem::take(&mut t.finalbody));
                }
                Stmt::Match(m) => {
                    take(&mut m.subject);
                    for c in &mut m.cases {
                        c.guard.iter_mut().for_each(&mut take);
                        blocks.push(std::mem::take(&mut c.body));
                    }
                }
                Stmt::Assert(a) => {
                    take(&mut a.test);
                    a.msg.iter_mut().for_each(take);
                }
                Stmt::Expr(e) => take(&mut e.value),
                _ => {}
            }
        }
    }
    dismantle(work);
}

/// Which part of CPython reports a check made here: its compiler and its
/// scope analysis fill the exception differently from its parser.
fn stage_of(msg: &str) -> Stage {
    const COMPILER: &[&str] = &[
        "'return' with value in async generator",
        "'return' outside function",
        "'async for' outside async function",
        "'async with' outside async function",
        "'break' outside loop",
        "'continue' not properly in loop",
        "can't use starred expression here",
        "multiple starred expressions in assignment",
        "'yield' outside function",
        "'yield from' inside async function",
        "'await' outside async function",
        "'await' outside function",
        "asynchronous comprehension outside of an asynchronous function",
    ];
    if COMPILER.contains(&msg) {
        Stage::Compiler
    } else if msg.starts_with("duplicate argument") || msg.starts_with("'yield' inside") {
        Stage::Symtable
    } else {
        Stage::Parser
    }
}

// ---------------------------------------------------------------- context

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ScopeKind {
    Module,
    Class,
    Function { is_async: bool },
    Lambda,
    Comprehension(CompKind),
}

struct Scope {
    kind: ScopeKind,
    has_yield: bool,
    return_value: Option<Span>,
    /// A comprehension that awaits or holds an asynchronous comprehension.
    is_async: bool,
}

/// What kind of target is being checked, for CPython's wording.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// `x = ...`, where CPython may add "Maybe you meant '=='...".
    Assign {
        hint: bool,
    },
    /// for, with, comprehension targets: plain "cannot assign to".
    Store,
    Del,
}

struct Checker<'s> {
    src: &'s str,
    file: &'s str,
    options: ParseOptions,
    scopes: Vec<Scope>,
    loops: usize,
    /// How deep `expr` has recursed: the walk refuses to go past
    /// [`MAX_EXPR_DEPTH`], which is what bounds every later recursive pass.
    depth: usize,
}

fn param_names(p: &Parameters) -> impl Iterator<Item = &str> {
    p.posonly
        .iter()
        .chain(&p.args)
        .chain(&p.vararg)
        .chain(&p.kwonly)
        .chain(&p.kwarg)
        .map(|q| q.name.as_str())
}

/// What CPython's parser says about an expression used as a target, if it
/// cannot be one. Recursion follows tuples and lists, which need brackets to
/// nest, so it stays shallow.
pub(crate) fn invalid_target(e: &Expr, how: Target) -> Option<(String, Span)> {
    match e {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => None,
        Expr::Starred(s) => match how {
            Target::Del => Some(("cannot delete starred".to_string(), s.span)),
            _ => invalid_target(&s.value, Target::Store),
        },
        Expr::Tuple(ExprTuple { elts, .. }) | Expr::List(ExprList { elts, .. }) => {
            // CPython's hint only reaches the last element of an
            // unparenthesised tuple (the one right before `=`).
            let flat = matches!(e, Expr::Tuple(t) if !t.parenthesized);
            elts.iter().enumerate().find_map(|(i, elt)| {
                let inner = match how {
                    Target::Assign { hint } => Target::Assign {
                        hint: hint
                            && flat
                            && i + 1 == elts.len()
                            && !matches!(elt, Expr::Starred(_)),
                    },
                    other => other,
                };
                invalid_target(elt, inner)
            })
        }
        other => {
            let name = expr_name(other);
            let msg = match how {
                Target::Del => format!("cannot delete {}", name),
                Target::Assign { hint: true } if hintable(other) => {
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        name
                    )
                }
                Target::Assign { hint: false }
                    if matches!(other, Expr::Yield(_) | Expr::YieldFrom(_)) =>
                {
                    "assignment to yield expression not possible".to_string()
                }
                _ => format!("cannot assign to {}", name),
            };
            Some((msg, other.span()))
        }
    }
}

/// CPython's name for an expression kind in error messages.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::Constant(c) => match c.value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "slice",
    }
}

/// Whether CPython's "here. Maybe you meant '=='" hint can apply: it comes
/// from a rule that only sees operands of binary operators, not
/// comparisons, boolean operators, `not`, conditionals or lambdas.
fn hintable(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::Compare(_)
            | Expr::BoolOp(_)
            | Expr::IfExp(_)
            | Expr::Lambda(_)
            | Expr::GeneratorExp(_)
            | Expr::UnaryOp(ExprUnaryOp {
                op: UnaryOp::Not,
                ..
            })
            | Expr::Constant(ExprConstant {
                value: Constant::None | Constant::Bool(_),
                ..
            })
    )
}

impl<'s> Checker<'s> {
    fn new(src: &'s str, file: &'s str, options: ParseOptions) -> Self {
        Checker {
            src,
            file,
            options,
            scopes: vec![Scope {
                kind: ScopeKind::Module,
                has_yield: false,
                return_value: None,
                is_async: false,
            }],
            loops: 0,
            depth: 0,
        }
    }

    fn fail<T>(&self, msg: impl Into<String>, span: Span) -> Res<T> {
        let mut e = SyntaxError::at(
            SyntaxErrorKind::SyntaxError,
            msg,
            self.file,
            self.src,
            span.start as usize,
            span.end as usize,
        );
        e.stage = stage_of(&e.msg);
        Err(Box::new(e))
    }

    fn kind(&self) -> ScopeKind {
        self.scopes.last().map_or(ScopeKind::Module, |s| s.kind)
    }

    fn top(&mut self) -> Option<&mut Scope> {
        self.scopes.last_mut()
    }

    fn push(&mut self, kind: ScopeKind) {
        self.scopes.push(Scope {
            kind,
            has_yield: false,
            return_value: None,
            is_async: false,
        });
    }

    /// True where `async for`/`async with` are allowed.
    fn async_allowed(&self) -> bool {
        match self.kind() {
            ScopeKind::Function { is_async } => is_async,
            ScopeKind::Module => self.options.top_level_await,
            _ => false,
        }
    }

    fn stmts(&mut self, stmts: &[Stmt]) -> Res<()> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn in_loop(&mut self, stmts: &[Stmt]) -> Res<()> {
        self.loops += 1;
        let r = self.stmts(stmts);
        self.loops -= 1;
        r
    }

    fn params(&mut self, p: &Parameters) -> Res<()> {
        for q in p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(&p.vararg)
            .chain(&p.kwonly)
            .chain(&p.kwarg)
        {
            if let Some(a) = &q.annotation {
                self.expr(a)?;
            }
            if let Some(d) = &q.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Res<()> {
        match s {
            Stmt::FunctionDef(d) => {
                if param_names(&d.params).any(|n| n == "__debug__") {
                    return self.fail("cannot assign to __debug__", d.span);
                }
                self.duplicate_params(&d.params)?;
                for e in &d.decorators {
                    self.expr(e)?;
                }
                self.params(&d.params)?;
                if let Some(r) = &d.returns {
                    self.expr(r)?;
                }
                self.push(ScopeKind::Function {
                    is_async: d.is_async,
                });
                let saved = std::mem::replace(&mut self.loops, 0);
                let r = self.stmts(&d.body);
                self.loops = saved;
                let scope = self.scopes.pop();
                r?;
                if let Some(scope) = scope {
                    if let (true, true, Some(span)) =
                        (d.is_async, scope.has_yield, scope.return_value)
                    {
                        return self.fail("'return' with value in async generator", span);
                    }
                }
                Ok(())
            }
            Stmt::ClassDef(d) => {
                self.repeated_keywords(&d.keywords)?;
                for e in d.decorators.iter().chain(&d.bases) {
                    self.expr(e)?;
                }
                for k in &d.keywords {
                    self.expr(&k.value)?;
                }
                self.push(ScopeKind::Class);
                let saved = std::mem::replace(&mut self.loops, 0);
                let r = self.stmts(&d.body);
                self.loops = saved;
                self.scopes.pop();
                r
            }
            Stmt::Return(r) => {
                match self.kind() {
                    ScopeKind::Module | ScopeKind::Class => {
                        return self.fail("'return' outside function", r.span)
                    }
                    _ => {}
                }
                if let Some(v) = &r.value {
                    if let Some(top) = self.top() {
                        top.return_value.get_or_insert(r.span);
                    }
                    self.not_starred(v)?;
                    self.expr(v)?;
                }
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t, Target::Del)?;
                    self.expr(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                let single = a.targets.len() == 1;
                for (i, t) in a.targets.iter().enumerate() {
                    self.target(
                        t,
                        Target::Assign {
                            hint: single && i == 0,
                        },
                    )?;
                }
                for t in &a.targets {
                    self.expr(t)?;
                }
                self.not_starred(&a.value)?;
                self.expr(&a.value)
            }
            Stmt::AugAssign(a) => {
                self.not_debug(&a.target, Target::Store)?;
                if !matches!(
                    a.target,
                    Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)
                ) {
                    let msg = format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(&a.target)
                    );
                    return self.fail(msg, a.target.span());
                }
                self.expr(&a.target)?;
                self.not_starred(&a.value)?;
                self.expr(&a.value)
            }
            Stmt::AnnAssign(a) => {
                if matches!(&a.target, Expr::Name(n) if n.id == "__debug__") && a.value.is_none() {
                    // Without a value CPython highlights the whole statement.
                    return self.fail("cannot assign to __debug__", a.span);
                }
                self.not_debug(&a.target, Target::Store)?;
                match &a.target {
                    Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => {}
                    Expr::Tuple(t) => {
                        let s = t.span.start;
                        return self.fail(
                            "only single target (not tuple) can be annotated",
                            Span { start: s, end: s },
                        );
                    }
                    Expr::List(t) => {
                        return self.fail("only single target (not list) can be annotated", t.span);
                    }
                    other => return self.fail("illegal target for annotation", other.span()),
                }
                self.expr(&a.target)?;
                self.expr(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.not_starred(v)?;
                    self.expr(v)?;
                }
                Ok(())
            }
            Stmt::For(f) => {
                if f.is_async && !self.async_allowed() {
                    return self.fail("'async for' outside async function", f.span);
                }
                self.target(&f.target, Target::Store)?;
                self.expr(&f.target)?;
                self.not_starred(&f.iter)?;
                self.expr(&f.iter)?;
                self.in_loop(&f.body)?;
                self.stmts(&f.orelse)
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.in_loop(&w.body)?;
                self.stmts(&w.orelse)
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)
            }
            Stmt::With(w) => {
                if w.is_async && !self.async_allowed() {
                    return self.fail("'async with' outside async function", w.span);
                }
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v, Target::Store)?;
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(e) = &r.cause {
                    self.expr(e)?;
                }
                Ok(())
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    if let Some(e) = &h.type_ {
                        self.expr(e)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)
            }
            Stmt::Match(m) => {
                self.not_starred(&m.subject)?;
                self.expr(&m.subject)?;
                for c in &m.cases {
                    self.pattern_exprs(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
                Ok(())
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
                Ok(())
            }
            Stmt::Expr(e) => {
                self.not_starred(&e.value)?;
                self.expr(&e.value)
            }
            Stmt::Break(span) => {
                if self.loops == 0 {
                    return self.fail("'break' outside loop", *span);
                }
                Ok(())
            }
            Stmt::Continue(span) => {
                if self.loops == 0 {
                    return self.fail("'continue' not properly in loop", *span);
                }
                Ok(())
            }
            Stmt::Import(_)
            | Stmt::ImportFrom(_)
            | Stmt::Global(_)
            | Stmt::Nonlocal(_)
            | Stmt::Pass(_) => Ok(()),
        }
    }

    fn duplicate_params(&self, p: &Parameters) -> Res<()> {
        let all: Vec<&Param> = p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(&p.vararg)
            .chain(&p.kwonly)
            .chain(&p.kwarg)
            .collect();
        if all.len() < 2 {
            return Ok(());
        }
        let mut seen = std::collections::HashSet::with_capacity(all.len());
        for q in all {
            if !seen.insert(q.name.as_str()) {
                let start = q.span.start;
                let span = Span {
                    start,
                    end: start + q.name.len() as u32,
                };
                return self.fail(
                    format!("duplicate argument '{}' in function definition", q.name),
                    span,
                );
            }
        }
        Ok(())
    }

    fn repeated_keywords(&self, keywords: &[Keyword]) -> Res<()> {
        if keywords.len() < 2 {
            return Ok(());
        }
        let mut seen = std::collections::HashSet::with_capacity(keywords.len());
        for k in keywords {
            if let Some(name) = &k.arg {
                if !seen.insert(name.as_str()) {
                    return self.fail(format!("keyword argument repeated: {}", name), k.span);
                }
            }
        }
        Ok(())
    }

    /// A lone `*x` where a value is expected.
    /// The expressions inside a pattern, and its capture names (which
    /// may not be `__debug__`).
    fn pattern_exprs(&mut self, p: &Pattern) -> Res<()> {
        let capture = |me: &Self, name: &Option<Ident>| match name {
            Some(n) if n == "__debug__" => me.fail("cannot assign to __debug__", p.span),
            _ => Ok(()),
        };
        match &*p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) => Ok(()),
            PatternKind::Sequence(v) | PatternKind::Or(v) => {
                v.iter().try_for_each(|q| self.pattern_exprs(q))
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                keys.iter().try_for_each(|k| self.expr(k))?;
                patterns.iter().try_for_each(|q| self.pattern_exprs(q))?;
                capture(self, rest)
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .try_for_each(|q| self.pattern_exprs(q))
            }
            PatternKind::Star(name) => capture(self, name),
            PatternKind::As { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern_exprs(q)?;
                }
                capture(self, name)
            }
        }
    }

    fn not_starred(&self, e: &Expr) -> Res<()> {
        if let Expr::Starred(s) = e {
            return self.fail("can't use starred expression here", s.span);
        }
        Ok(())
    }

    /// Checks that `e` can be assigned to (or deleted).
    /// `__debug__` is a constant: CPython refuses to bind or delete it.
    fn not_debug(&self, e: &Expr, how: Target) -> Res<()> {
        match e {
            Expr::Name(ExprName { id, span })
            | Expr::Attribute(ExprAttribute { attr: id, span, .. })
                if id == "__debug__" =>
            {
                let verb = if how == Target::Del {
                    "delete"
                } else {
                    "assign to"
                };
                self.fail(format!("cannot {} __debug__", verb), *span)
            }
            _ => Ok(()),
        }
    }

    /// The checks CPython's compiler adds to the parser's ([`invalid_target`]):
    /// starred targets and `__debug__`.
    fn target(&self, e: &Expr, how: Target) -> Res<()> {
        if let Some((msg, span)) = invalid_target(e, how) {
            return self.fail(msg, span);
        }
        match e {
            Expr::Name(_) | Expr::Attribute(_) => self.not_debug(e, how),
            Expr::Starred(s) if how != Target::Del => self.fail(
                "starred assignment target must be in a list or tuple",
                s.span,
            ),
            Expr::Tuple(ExprTuple { elts, span, .. }) | Expr::List(ExprList { elts, span }) => {
                let mut starred = 0;
                for elt in elts {
                    match elt {
                        Expr::Starred(s) if how != Target::Del => {
                            starred += 1;
                            self.target(&s.value, Target::Store)?;
                        }
                        _ => self.target(elt, how)?,
                    }
                }
                if starred > 1 {
                    return self.fail("multiple starred expressions in assignment", *span);
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn expr(&mut self, e: &Expr) -> Res<()> {
        if self.depth >= MAX_EXPR_DEPTH {
            let at = e.span().start as usize;
            return Err(too_deep(self.src, self.file, at));
        }
        self.depth += 1;
        let result = self.expr_inner(e);
        self.depth -= 1;
        result
    }

    fn expr_inner(&mut self, e: &Expr) -> Res<()> {
        match e {
            Expr::Await(a) => {
                self.await_here(a.span)?;
                self.expr(&a.value)
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                let span = e.span();
                let is_from = matches!(e, Expr::YieldFrom(_));
                match self.kind() {
                    ScopeKind::Module | ScopeKind::Class => {
                        return self.fail("'yield' outside function", span)
                    }
                    ScopeKind::Comprehension(k) => {
                        let what = match k {
                            CompKind::List => "list comprehension",
                            CompKind::Set => "set comprehension",
                            CompKind::Dict => "dict comprehension",
                            CompKind::Gen => "generator expression",
                        };
                        return self.fail(format!("'yield' inside {}", what), span);
                    }
                    ScopeKind::Function { is_async: true } if is_from => {
                        return self.fail("'yield from' inside async function", span);
                    }
                    _ => {}
                }
                if let Some(top) = self.top() {
                    top.has_yield = true;
                }
                match e {
                    Expr::Yield(y) => {
                        if let Some(v) = &y.value {
                            self.not_starred(v)?;
                            self.expr(v)?;
                        }
                        Ok(())
                    }
                    Expr::YieldFrom(y) => self.expr(&y.value),
                    _ => Ok(()),
                }
            }
            Expr::Lambda(l) => {
                if param_names(&l.params).any(|n| n == "__debug__") {
                    return self.fail("cannot assign to __debug__", l.span);
                }
                self.duplicate_params(&l.params)?;
                self.params(&l.params)?;
                self.push(ScopeKind::Lambda);
                let r = self.expr(&l.body);
                self.scopes.pop();
                r
            }
            Expr::ListComp(c) => {
                self.comprehension(CompKind::List, e.span(), &[&c.elt], &c.generators)
            }
            Expr::SetComp(c) => {
                self.comprehension(CompKind::Set, e.span(), &[&c.elt], &c.generators)
            }
            Expr::GeneratorExp(c) => {
                self.comprehension(CompKind::Gen, e.span(), &[&c.elt], &c.generators)
            }
            Expr::DictComp(c) => {
                self.comprehension(CompKind::Dict, e.span(), &[&c.key, &c.value], &c.generators)
            }
            Expr::NamedExpr(n) => {
                self.not_debug(&n.target, Target::Store)?;
                if !matches!(*n.target, Expr::Name(_)) {
                    let msg = format!(
                        "cannot use assignment expressions with {}",
                        expr_name(&n.target)
                    );
                    return self.fail(msg, n.target.span());
                }
                self.expr(&n.value)
            }
            Expr::Call(c) => {
                if c.keywords
                    .iter()
                    .any(|k| k.arg.as_deref() == Some("__debug__"))
                {
                    return self.fail("cannot assign to __debug__", c.span);
                }
                self.repeated_keywords(&c.keywords)?;
                self.expr(&c.func)?;
                for a in &c.args {
                    self.expr(a)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                Ok(())
            }
            other => {
                let mut result = Ok(());
                expr_children(other, &mut |c| {
                    if result.is_ok() {
                        result = self.expr(c);
                    }
                });
                result
            }
        }
    }

    fn await_here(&mut self, span: Span) -> Res<()> {
        match self.kind() {
            ScopeKind::Function { is_async: true } => Ok(()),
            ScopeKind::Comprehension(_) => {
                if let Some(top) = self.top() {
                    top.is_async = true;
                }
                Ok(())
            }
            ScopeKind::Function { is_async: false } | ScopeKind::Lambda => {
                self.fail("'await' outside async function", span)
            }
            ScopeKind::Module if self.options.top_level_await => Ok(()),
            ScopeKind::Module | ScopeKind::Class => self.fail("'await' outside function", span),
        }
    }

    fn comprehension(
        &mut self,
        kind: CompKind,
        span: Span,
        elts: &[&Expr],
        gens: &[Comprehension],
    ) -> Res<()> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.expr(&first.iter)?;
        }
        self.push(ScopeKind::Comprehension(kind));
        let r = self.comprehension_body(elts, gens);
        let scope = self.scopes.pop();
        r?;
        let is_async = scope.is_some_and(|s| s.is_async) || gens.iter().any(|g| g.is_async);
        if is_async && kind != CompKind::Gen {
            match self.kind() {
                ScopeKind::Function { is_async: true } => {}
                ScopeKind::Comprehension(_) => {
                    if let Some(top) = self.top() {
                        top.is_async = true;
                    }
                }
                ScopeKind::Module if self.options.top_level_await => {}
                _ => {
                    return self.fail(
                        "asynchronous comprehension outside of an asynchronous function",
                        span,
                    )
                }
            }
        }
        Ok(())
    }

    fn comprehension_body(&mut self, elts: &[&Expr], gens: &[Comprehension]) -> Res<()> {
        for (i, g) in gens.iter().enumerate() {
            self.target(&g.target, Target::Store)?;
            self.expr(&g.target)?;
            if i > 0 {
                self.expr(&g.iter)?;
            }
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        Ok(())
    }
}
