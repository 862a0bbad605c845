//! The abstract syntax tree: plain data, named after CPython's `ast` module.
//!
//! Every node carries a [`Span`] of byte offsets into the source. Assignment
//! and deletion targets are ordinary expressions; a validation pass after
//! parsing checks that they are assignable (that is where CPython's
//! "cannot assign to ..." messages come from).

use num_bigint::BigInt;

/// Byte offsets `[start, end)` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
}

pub type Ident = String;

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

// ---------------------------------------------------------------- statements

#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    FunctionDef(Box<StmtFunctionDef>),
    ClassDef(Box<StmtClassDef>),
    Return(StmtReturn),
    Delete(StmtDelete),
    Assign(StmtAssign),
    AugAssign(StmtAugAssign),
    AnnAssign(StmtAnnAssign),
    For(Box<StmtFor>),
    While(Box<StmtWhile>),
    If(Box<StmtIf>),
    With(Box<StmtWith>),
    Raise(StmtRaise),
    Try(Box<StmtTry>),
    Match(Box<StmtMatch>),
    Assert(StmtAssert),
    Import(StmtImport),
    ImportFrom(StmtImportFrom),
    Global(StmtGlobal),
    Nonlocal(StmtNonlocal),
    Expr(StmtExpr),
    Pass(Span),
    Break(Span),
    Continue(Span),
}

impl Stmt {
    pub fn span(&self) -> Span {
        match self {
            Stmt::FunctionDef(s) => s.span,
            Stmt::ClassDef(s) => s.span,
            Stmt::Return(s) => s.span,
            Stmt::Delete(s) => s.span,
            Stmt::Assign(s) => s.span,
            Stmt::AugAssign(s) => s.span,
            Stmt::AnnAssign(s) => s.span,
            Stmt::For(s) => s.span,
            Stmt::While(s) => s.span,
            Stmt::If(s) => s.span,
            Stmt::With(s) => s.span,
            Stmt::Raise(s) => s.span,
            Stmt::Try(s) => s.span,
            Stmt::Match(s) => s.span,
            Stmt::Assert(s) => s.span,
            Stmt::Import(s) => s.span,
            Stmt::ImportFrom(s) => s.span,
            Stmt::Global(s) => s.span,
            Stmt::Nonlocal(s) => s.span,
            Stmt::Expr(s) => s.span,
            Stmt::Pass(s) | Stmt::Break(s) | Stmt::Continue(s) => *s,
        }
    }
}

/// `def` and `async def`. The span starts at the first decorator if any;
/// `name_span` covers the `def` keyword line, which is what tracebacks show.
#[derive(Clone, Debug, PartialEq)]
pub struct StmtFunctionDef {
    pub span: Span,
    pub is_async: bool,
    pub name: Ident,
    pub params: Parameters,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    /// Span of the `def`/`async def` header (keyword to colon).
    pub header_span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtClassDef {
    pub span: Span,
    pub name: Ident,
    /// Positional bases (may include `*args`-style `Expr::Starred`).
    pub bases: Vec<Expr>,
    /// `metaclass=...` and other class keywords (`arg: None` for `**kw`).
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub header_span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtReturn {
    pub span: Span,
    pub value: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtDelete {
    pub span: Span,
    pub targets: Vec<Expr>,
}

/// `a = b = value`: `targets` is `[a, b]` in source order.
#[derive(Clone, Debug, PartialEq)]
pub struct StmtAssign {
    pub span: Span,
    pub targets: Vec<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtAugAssign {
    pub span: Span,
    pub target: Expr,
    pub op: Operator,
    pub value: Expr,
}

/// `target: annotation [= value]`. `simple` is true for a bare name target
/// that was not parenthesised (as in CPython, where it decides whether the
/// annotation is stored in `__annotations__`).
#[derive(Clone, Debug, PartialEq)]
pub struct StmtAnnAssign {
    pub span: Span,
    pub target: Expr,
    pub annotation: Expr,
    pub value: Option<Expr>,
    pub simple: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtFor {
    pub span: Span,
    pub is_async: bool,
    pub target: Expr,
    pub iter: Expr,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtWhile {
    pub span: Span,
    pub test: Expr,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
}

/// `elif` chains are nested `If`s in `orelse`, as in CPython.
#[derive(Clone, Debug, PartialEq)]
pub struct StmtIf {
    pub span: Span,
    pub test: Expr,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtWith {
    pub span: Span,
    pub is_async: bool,
    pub items: Vec<WithItem>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub span: Span,
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtRaise {
    pub span: Span,
    pub exc: Option<Expr>,
    pub cause: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtTry {
    pub span: Span,
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub span: Span,
    pub type_: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    /// `except*` (PEP 654).
    pub star: bool,
}

/// `match subject:` with its `case` blocks (PEP 634).
#[derive(Clone, Debug, PartialEq)]
pub struct StmtMatch {
    pub span: Span,
    pub subject: Expr,
    pub cases: Vec<MatchCase>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub span: Span,
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub span: Span,
    /// Boxed: patterns pass through the parser's symbol stack, whose every
    /// entry is as large as its largest kind, so they are kept small.
    pub kind: Box<PatternKind>,
}

/// The pattern forms, named after CPython's `ast.Match*` nodes.
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal or dotted name compared with `==`.
    Value(Expr),
    /// `None`, `True` or `False`, compared with `is`.
    Singleton(Constant),
    Sequence(Vec<Pattern>),
    /// `{key: pattern, ..., **rest}`.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
    },
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Ident>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` in a sequence pattern (`None` for `*_`).
    Star(Option<Ident>),
    /// `pattern as name`, a capture (`pattern` None) or the wildcard
    /// (both None).
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
    },
    Or(Vec<Pattern>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtAssert {
    pub span: Span,
    pub test: Expr,
    pub msg: Option<Expr>,
}

/// `import a.b.c as d, e`
#[derive(Clone, Debug, PartialEq)]
pub struct StmtImport {
    pub span: Span,
    pub names: Vec<Alias>,
}

/// `from ..a.b import x as y, z` (`module: Some("a.b")`, `level: 2`);
/// `from . import x` has `module: None`; `import *` is one alias named `*`.
#[derive(Clone, Debug, PartialEq)]
pub struct StmtImportFrom {
    pub span: Span,
    pub module: Option<Ident>,
    pub names: Vec<Alias>,
    pub level: u32,
}

/// `name` is dotted for `import a.b.c`.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub span: Span,
    pub name: Ident,
    pub asname: Option<Ident>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtGlobal {
    pub span: Span,
    pub names: Vec<Ident>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtNonlocal {
    pub span: Span,
    pub names: Vec<Ident>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtExpr {
    pub span: Span,
    pub value: Expr,
}

// ---------------------------------------------------------------- parameters

/// A function's parameter list: `def f(a, /, b, *args, c, d=1, **kw)`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Parameters {
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub span: Span,
    pub name: Ident,
    pub annotation: Option<Box<Expr>>,
    /// Default value (positional and keyword-only parameters only).
    pub default: Option<Box<Expr>>,
}

/// A keyword argument in a call or class header; `arg: None` is `**value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub span: Span,
    pub arg: Option<Ident>,
    pub value: Expr,
}

// ---------------------------------------------------------------- expressions

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    BoolOp(ExprBoolOp),
    NamedExpr(ExprNamedExpr),
    BinOp(ExprBinOp),
    UnaryOp(ExprUnaryOp),
    Lambda(ExprLambda),
    IfExp(ExprIfExp),
    Dict(ExprDict),
    Set(ExprSet),
    ListComp(ExprListComp),
    SetComp(ExprSetComp),
    DictComp(ExprDictComp),
    GeneratorExp(ExprGeneratorExp),
    Await(ExprAwait),
    Yield(ExprYield),
    YieldFrom(ExprYieldFrom),
    Compare(ExprCompare),
    Call(ExprCall),
    /// One `{...}` part of an f-string.
    FormattedValue(ExprFormattedValue),
    /// An f-string (after implicit concatenation with neighbouring literals).
    JoinedStr(ExprJoinedStr),
    Constant(ExprConstant),
    Attribute(ExprAttribute),
    Subscript(ExprSubscript),
    Starred(ExprStarred),
    Name(ExprName),
    List(ExprList),
    Tuple(ExprTuple),
    Slice(ExprSlice),
}

impl Expr {
    pub fn span(&self) -> Span {
        match self {
            Expr::BoolOp(e) => e.span,
            Expr::NamedExpr(e) => e.span,
            Expr::BinOp(e) => e.span,
            Expr::UnaryOp(e) => e.span,
            Expr::Lambda(e) => e.span,
            Expr::IfExp(e) => e.span,
            Expr::Dict(e) => e.span,
            Expr::Set(e) => e.span,
            Expr::ListComp(e) => e.span,
            Expr::SetComp(e) => e.span,
            Expr::DictComp(e) => e.span,
            Expr::GeneratorExp(e) => e.span,
            Expr::Await(e) => e.span,
            Expr::Yield(e) => e.span,
            Expr::YieldFrom(e) => e.span,
            Expr::Compare(e) => e.span,
            Expr::Call(e) => e.span,
            Expr::FormattedValue(e) => e.span,
            Expr::JoinedStr(e) => e.span,
            Expr::Constant(e) => e.span,
            Expr::Attribute(e) => e.span,
            Expr::Subscript(e) => e.span,
            Expr::Starred(e) => e.span,
            Expr::Name(e) => e.span,
            Expr::List(e) => e.span,
            Expr::Tuple(e) => e.span,
            Expr::Slice(e) => e.span,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// `a and b and c` is one node with three values.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprBoolOp {
    pub span: Span,
    pub op: BoolOp,
    pub values: Vec<Expr>,
}

/// `(target := value)`; `target` is always an `Expr::Name`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprNamedExpr {
    pub span: Span,
    pub target: Box<Expr>,
    pub value: Box<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprBinOp {
    pub span: Span,
    pub left: Box<Expr>,
    pub op: Operator,
    pub right: Box<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprUnaryOp {
    pub span: Span,
    pub op: UnaryOp,
    pub operand: Box<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprLambda {
    pub span: Span,
    pub params: Box<Parameters>,
    pub body: Box<Expr>,
}

/// `body if test else orelse`
#[derive(Clone, Debug, PartialEq)]
pub struct ExprIfExp {
    pub span: Span,
    pub test: Box<Expr>,
    pub body: Box<Expr>,
    pub orelse: Box<Expr>,
}

/// `{k: v, **m}`: a `None` key marks `**value` unpacking.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprDict {
    pub span: Span,
    pub keys: Vec<Option<Expr>>,
    pub values: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprSet {
    pub span: Span,
    pub elts: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub span: Span,
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprListComp {
    pub span: Span,
    pub elt: Box<Expr>,
    pub generators: Vec<Comprehension>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprSetComp {
    pub span: Span,
    pub elt: Box<Expr>,
    pub generators: Vec<Comprehension>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprDictComp {
    pub span: Span,
    pub key: Box<Expr>,
    pub value: Box<Expr>,
    pub generators: Vec<Comprehension>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprGeneratorExp {
    pub span: Span,
    pub elt: Box<Expr>,
    pub generators: Vec<Comprehension>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprAwait {
    pub span: Span,
    pub value: Box<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprYield {
    pub span: Span,
    pub value: Option<Box<Expr>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprYieldFrom {
    pub span: Span,
    pub value: Box<Expr>,
}

/// `a < b <= c`: `left` is `a`, `ops` `[Lt, LtE]`, `comparators` `[b, c]`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprCompare {
    pub span: Span,
    pub left: Box<Expr>,
    pub ops: Vec<CmpOp>,
    pub comparators: Vec<Expr>,
}

/// `func(a, *b, c=1, **d)`: `*b` is an `Expr::Starred` in `args`;
/// `**d` is a keyword with `arg: None`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprCall {
    pub span: Span,
    pub func: Box<Expr>,
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// `{value!conversion:format_spec}` inside an f-string. `format_spec`, when
/// present, is an `Expr::JoinedStr` (it may itself hold nested fields).
/// The self-documenting form `{x=}` is expanded by the parser into a
/// constant `"x="` followed by this node with `Repr` conversion (unless a
/// conversion or spec is given), as CPython does.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprFormattedValue {
    pub span: Span,
    pub value: Box<Expr>,
    pub conversion: Conversion,
    pub format_spec: Option<Box<Expr>>,
}

/// The parts are `Expr::Constant` strings and `Expr::FormattedValue`s.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprJoinedStr {
    pub span: Span,
    pub values: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    /// An integer literal too large for i64.
    BigInt(BigInt),
    Float(f64),
    /// An imaginary literal: the imaginary part.
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprConstant {
    pub span: Span,
    pub value: Constant,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprAttribute {
    pub span: Span,
    pub value: Box<Expr>,
    pub attr: Ident,
}

/// `value[slice]`; `a[1:2, 3]` has a `Tuple` of a `Slice` and a constant.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprSubscript {
    pub span: Span,
    pub value: Box<Expr>,
    pub slice: Box<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprStarred {
    pub span: Span,
    pub value: Box<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprName {
    pub span: Span,
    pub id: Ident,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprList {
    pub span: Span,
    pub elts: Vec<Expr>,
}

/// `parenthesized` distinguishes `(a, b)` from `a, b` (CPython's error
/// messages and the `simple` flag of annotated assignments need it).
#[derive(Clone, Debug, PartialEq)]
pub struct ExprTuple {
    pub span: Span,
    pub elts: Vec<Expr>,
    pub parenthesized: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprSlice {
    pub span: Span,
    pub lower: Option<Box<Expr>>,
    pub upper: Option<Box<Expr>>,
    pub step: Option<Box<Expr>>,
}
