//! Code generation: AST in, `CodeObject`s out.
//!
//! Exception handling uses a static exception table rather than a runtime
//! block stack: every instruction records its innermost handler, and the
//! table maps instruction ranges to (handler, stack depth). `finally`
//! bodies are emitted once per exit path (normal, exceptional, and each
//! `return`/`break`/`continue` that leaves the `try`), as CPython does.

mod patterns;

/// The compiler's tables hash short names: ahash, not SipHash.
type HashMap<K, V> = std::collections::HashMap<K, V, ahash::RandomState>;
use std::rc::Rc;

use num_bigint::BigInt;

use super::symtable::{NameScope, ScopeKind, SymbolTable};
use crate::ast::*;
use crate::bytecode::{
    self, AttrSlot, AwaitableWhere, BinOp, CmpOp, CodeObject, Conversion, ExcEntry, FnParts,
    GlobalSlot, Name, Op, RaiseForm, ShortAttr,
};
use crate::objects::str::Interner;
use crate::objects::{StrObj, Value};

/// Deepest expression nesting compiled before giving up, like CPython's
/// "maximum recursion depth exceeded during compilation".
const MAX_DEPTH: usize = 1500;

pub struct CompileError {
    pub msg: String,
    pub span: Span,
    /// True for "maximum recursion depth exceeded during compilation"
    /// (a RecursionError in CPython, not a SyntaxError).
    pub recursion: bool,
    /// Found by scope analysis (CPython's exception then carries only the
    /// message in `args`).
    pub symtable: bool,
}

type CResult<T = ()> = Result<T, CompileError>;

fn err<T>(msg: impl Into<String>, span: Span) -> CResult<T> {
    Err(CompileError {
        msg: msg.into(),
        span,
        recursion: false,
        symtable: false,
    })
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct Label(u32);

/// What a `return`/`break`/`continue` must clean up on its way out.
#[derive(Clone)]
enum FBlock<'ast> {
    /// A `for` loop: the iterator is on the stack.
    For {
        cont: Label,
        brk: Label,
    },
    /// `async for`: the async iterator is on the stack.
    AsyncFor {
        cont: Label,
        brk: Label,
    },
    While {
        cont: Label,
        brk: Label,
    },
    /// A `try` whose `finally` body must run (handler level to restore while
    /// running the copy).
    Finally {
        body: &'ast [Stmt],
        handler_level: usize,
    },
    /// Inside the exceptional copy of a finally body: the previous handled
    /// exception and the exception are on the stack.
    FinallyEnd {
        level: usize,
    },
    /// An `except` body: the previous handled exception is on the stack;
    /// `name` is the `as` target to clear.
    Except {
        name: Option<String>,
        level: usize,
    },
    /// An `except*` body: leaving it by break, continue or return is a
    /// SyntaxError.
    ExceptStar,
    /// A `with` body: the bound `__exit__` is on the stack.
    With {
        is_async: bool,
        level: usize,
    },
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Float(u64),
    Str(String),
    Other(usize),
}

struct Unit<'ast> {
    scope: usize,
    ops: Vec<Op>,
    lines: Vec<u32>,
    positions: Vec<(u32, u32)>,
    /// Innermost handler index (into `handlers`) per instruction.
    op_handler: Vec<Option<u32>>,
    consts: Vec<Value>,
    const_index: HashMap<ConstKey, u32>,
    names: Vec<Rc<StrObj>>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    var_index: HashMap<String, u32>,
    labels: Vec<Option<u32>>,
    label_depth: HashMap<Label, i32>,
    /// (label, depth) for each handler ever pushed.
    handlers: Vec<(Label, i32)>,
    /// Active handlers, innermost last (indices into `handlers`).
    handler_stack: Vec<u32>,
    fblocks: Vec<FBlock<'ast>>,
    depth: i32,
    max_depth: i32,
    line: u32,
    /// Source span of the node being compiled, recorded per instruction.
    pos: (u32, u32),
    qualname: String,
    /// Whether the last emitted op never falls through.
    dead: bool,
    /// LoadGlobal cache slots handed out.
    global_caches: u32,
    /// Attribute cache slots handed out.
    attr_caches: u32,
}

pub struct Options {
    /// REPL input: expression statements print their value.
    pub interactive: bool,
}

pub struct Compiler<'a, 'ast> {
    table: SymbolTable,
    interner: &'a mut Interner,
    filename: Rc<str>,
    source: Rc<str>,
    line_starts: Vec<u32>,
    units: Vec<Unit<'ast>>,
    interactive: bool,
    /// `from __future__ import annotations`: annotations are kept as the
    /// text of their expressions instead of being evaluated (PEP 563).
    future_annotations: bool,
    nesting: usize,
    /// Code objects finished so far (each gets the next as its serial).
    finished: u32,
}

pub(crate) fn stack_effect(op: &Op) -> i32 {
    use Op::*;
    match *op {
        Nop | Jump(_) => 0,
        Pop => -1,
        Dup | Copy(_) => 1,
        Swap(_) => 0,
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_)
        | LoadGlobal(..) | LoadName(_) => 1,
        // Superinstructions appear only after codegen; as the pair they stand for.
        LoadFastLoadFast(..) | LoadFastLoadConst(..) => 2,
        // As the op they overwrote (their fallback is that op).
        ConstBinary(..) | ConstCompareJumpIfFalse(..) | ConstCompareJumpIfTrue(..) => 1,
        FastConstBinary(..) | FastFastBinary(..) => 2,
        LoadFastAttr(..) | LoadFastStoreAttr(..) => 1,
        StoreFastLoadFast(..) => 0,
        CompareJumpIfFalse(..) | CompareJumpIfTrue(..) => -2,
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => -1,
        DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => 0,
        LoadAttr(..) => 0,
        StoreAttr(..) => -2,
        DeleteAttr(_) => -1,
        LoadMethod(..) => 1,
        Subscr => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        Binary(_) | Inplace(_) | Compare(_) | Is(_) | Contains(_) => -1,
        Neg | Pos | Not | Invert => 0,
        PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => -1,
        // Fall-through effect; the jump keeps the value.
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => -1,
        GetIter => 0,
        ForIter(_) => 1,
        Call(n) => -(n as i32),
        CallKw(n) => -(n as i32) - 1,
        CallMethod(n) => -(n as i32) - 1,
        CallMethodKw(n) => -(n as i32) - 2,
        CallEx(kw) => {
            if kw {
                -2
            } else {
                -1
            }
        }
        MakeFunction(parts) => -(parts.count() as i32),
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        BuildSlice(n) => 1 - n as i32,
        ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => {
            -1
        }
        MapAdd(_) => -2,
        ListToTuple => 0,
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx(before, after) => before as i32 + after as i32,
        FormatValue(_, spec) => -(spec as i32),
        ReturnValue => -1,
        YieldValue(_) => 0,
        GetYieldFromIter | GetAwaitable(_) => 0,
        // Fall-through: [recv, v] -> [recv, yielded].
        Send(_) => 0,
        GetAIter => 0,
        GetANext => 1,
        EndAsyncFor => -2,
        BeforeWith | BeforeAsyncWith => 1,
        WithExceptStart => 1,
        PushExcInfo => 1,
        PopExcept => -1,
        Reraise => -1,
        CheckExcMatch => 0,
        Raise(form) => match form {
            RaiseForm::Reraise => 0,
            RaiseForm::Exc => -1,
            RaiseForm::ExcFrom => -2,
        },
        LoadAssertionError | LoadBuildClass => 1,
        ImportName(_) => -1,
        ImportFrom(_) => 1,
        ImportStar => -1,
        SetupAnnotations => 0,
        PrintExpr => -1,
        GetLen | MatchSequence | MatchMapping | MatchKeys => 1,
        MatchClass(_) => -2,
    }
}

/// The stack effect along the jump edge, where it differs from fall-through.
pub(crate) fn jump_effect(op: &Op) -> Option<i32> {
    use Op::*;
    match *op {
        Jump(_) => Some(0),
        PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => Some(-1),
        CompareJumpIfFalse(..) | CompareJumpIfTrue(..) => Some(-2),
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => Some(0),
        ForIter(_) => Some(-1),
        Send(_) => Some(-1),
        _ => None,
    }
}

pub(crate) fn is_terminal(op: &Op) -> bool {
    matches!(
        op,
        Op::Jump(_) | Op::ReturnValue | Op::Raise(_) | Op::Reraise
    )
}

fn map_binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// Compile a parsed module into its code object.
pub fn compile_module(
    module: &Module,
    filename: &str,
    source: &str,
    interner: &mut Interner,
    options: Options,
) -> Result<Rc<CodeObject>, CompileError> {
    let table = SymbolTable::build(module).map_err(|e| CompileError {
        msg: e.msg,
        span: e.span,
        recursion: false,
        symtable: true,
    })?;
    let mut line_starts = vec![0u32];
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            line_starts.push(i as u32 + 1);
        }
    }
    let mut c = Compiler {
        table,
        interner,
        filename: filename.into(),
        source: source.into(),
        line_starts,
        units: Vec::new(),
        interactive: options.interactive,
        future_annotations: imports_future_annotations(&module.body),
        nesting: 0,
        finished: 0,
    };
    c.push_unit(0, "<module>".to_string());
    c.unit().line = 1;
    if has_annotations(&module.body) {
        c.emit(Op::SetupAnnotations);
    }
    // A module's docstring is its __doc__ (help() and pydoc read it).
    if !c.interactive {
        if let (Some(doc), Some(first)) = (docstring(&module.body), module.body.first()) {
            c.set_line(first.span());
            c.load_const(Value::str(&doc));
            let d = c.name_idx("__doc__");
            c.emit(Op::StoreName(d));
        }
    }
    c.stmts(&module.body)?;
    if !c.unit().dead {
        c.load_const(Value::None);
        c.emit(Op::ReturnValue);
    }
    // REPL input with top-level `await`, `async for` or `async with` runs
    // as a coroutine on the event loop.
    let mut flags = bytecode::FLAG_MODULE;
    if c.interactive
        && c.unit().ops.iter().any(|op| {
            matches!(
                op,
                Op::GetAwaitable(_) | Op::GetANext | Op::BeforeAsyncWith | Op::EndAsyncFor
            )
        })
    {
        flags |= bytecode::FLAG_COROUTINE;
    }
    let code = c.finish_unit("<module>", flags, 0, 0, 0, 1)?;
    Ok(code)
}

/// Compile one expression (for `eval()`): the code returns its value.
pub fn compile_expression(
    expr: &Expr,
    filename: &str,
    source: &str,
    interner: &mut Interner,
) -> Result<Rc<CodeObject>, CompileError> {
    let module = Module {
        body: vec![Stmt::Return(StmtReturn {
            span: expr.span(),
            value: Some(expr.clone()),
        })],
    };
    let table = SymbolTable::build(&module).map_err(|e| CompileError {
        msg: e.msg,
        span: e.span,
        recursion: false,
        symtable: true,
    })?;
    let mut line_starts = vec![0u32];
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            line_starts.push(i as u32 + 1);
        }
    }
    let mut c = Compiler {
        table,
        interner,
        filename: filename.into(),
        source: source.into(),
        line_starts,
        units: Vec::new(),
        interactive: false,
        future_annotations: false,
        nesting: 0,
        finished: 0,
    };
    c.push_unit(0, "<module>".to_string());
    c.unit().line = 1;
    if let Stmt::Return(r) = &module.body[0] {
        if let Some(v) = &r.value {
            c.expr(v)?;
        }
    }
    c.emit(Op::ReturnValue);
    c.finish_unit("<module>", bytecode::FLAG_MODULE, 0, 0, 0, 1)
}

/// Whether the module asks for postponed annotations.
fn imports_future_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::ImportFrom(i) => {
            i.level == 0
                && i.module.as_deref() == Some("__future__")
                && i.names.iter().any(|a| a.name == "annotations")
        }
        _ => false,
    })
}

fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| has_annotations(&h.body))
        }
        _ => false,
    })
}

fn docstring(body: &[Stmt]) -> Option<String> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::Constant(ExprConstant {
            value: Constant::Str(s),
            ..
        }) = &e.value
        {
            return Some(s.clone());
        }
    }
    None
}

impl<'a, 'ast> Compiler<'a, 'ast> {
    fn unit(&mut self) -> &mut Unit<'ast> {
        self.units.last_mut().expect("compiler unit")
    }

    fn unit_ref(&self) -> &Unit<'ast> {
        self.units.last().expect("compiler unit")
    }

    fn push_unit(&mut self, scope: usize, qualname: String) {
        let line = self.units.last().map(|u| u.line).unwrap_or(1);
        let mut u = Unit {
            scope,
            ops: Vec::new(),
            lines: Vec::new(),
            positions: Vec::new(),
            op_handler: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::default(),
            names: Vec::new(),
            name_index: HashMap::default(),
            varnames: Vec::new(),
            var_index: HashMap::default(),
            labels: Vec::new(),
            label_depth: HashMap::default(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            depth: 0,
            max_depth: 0,
            line,
            pos: (0, 0),
            qualname,
            dead: false,
            global_caches: 0,
            attr_caches: 0,
        };
        let sc = &self.table.scopes[scope];
        if sc.kind.is_function_like() {
            for p in &sc.params {
                add_var(&mut u, p);
            }
            for n in &sc.order {
                if sc.resolved.get(n) == Some(&NameScope::Local) {
                    add_var(&mut u, n);
                }
            }
        }
        for n in &sc.cells {
            add_var(&mut u, n);
        }
        for n in &sc.frees {
            add_var(&mut u, n);
        }
        self.units.push(u);
    }

    fn line_of(&self, pos: u32) -> u32 {
        match self.line_starts.binary_search(&pos) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    fn set_line(&mut self, span: Span) {
        let l = self.line_of(span.start);
        self.unit().line = l;
    }

    fn emit(&mut self, op: Op) {
        let u = self.unit();
        u.dead = false;
        u.ops.push(op);
        u.lines.push(u.line);
        u.positions.push(u.pos);
        u.op_handler.push(u.handler_stack.last().copied());
        if let (Some(t), Some(eff)) = (jump_label(&op), jump_effect(&op)) {
            let d = u.depth + eff;
            u.label_depth.entry(Label(t)).or_insert(d);
        }
        u.depth += stack_effect(&op);
        if u.depth > u.max_depth {
            u.max_depth = u.depth;
        }
        if is_terminal(&op) {
            u.dead = true;
        }
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = Some(u.ops.len() as u32);
        if u.dead {
            if let Some(d) = u.label_depth.get(&l) {
                u.depth = *d;
            }
        }
        u.dead = false;
    }

    /// Labels are stored in jump operands as label numbers until `finish`.
    fn jump(&mut self, make: fn(u32) -> Op, l: Label) {
        self.emit(make(l.0));
    }

    fn push_handler(&mut self, l: Label, depth: i32) {
        let u = self.unit();
        u.handlers.push((l, depth));
        let idx = u.handlers.len() as u32 - 1;
        u.handler_stack.push(idx);
    }

    fn pop_handler(&mut self) {
        self.unit().handler_stack.pop();
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let key = match &v {
            Value::None => Some(ConstKey::None),
            Value::Bool(b) => Some(ConstKey::Bool(*b)),
            Value::Int(i) => Some(ConstKey::Int(*i)),
            Value::Float(f) => Some(ConstKey::Float(f.to_bits())),
            Value::Str(s) => Some(ConstKey::Str(s.as_str().to_string())),
            _ => None,
        };
        let u = self.unit();
        if let Some(k) = key {
            if let Some(i) = u.const_index.get(&k) {
                return *i;
            }
            u.consts.push(v);
            let i = u.consts.len() as u32 - 1;
            u.const_index.insert(k, i);
            i
        } else {
            u.consts.push(v);
            let i = u.consts.len() as u32 - 1;
            u.const_index.insert(ConstKey::Other(i as usize), i);
            i
        }
    }

    fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::LoadConst(i));
    }

    fn intern(&mut self, s: &str) -> Rc<StrObj> {
        self.interner.intern(s)
    }

    fn name_idx(&mut self, s: &str) -> Name {
        if let Some(i) = self.unit_ref().name_index.get(s) {
            return Name(*i);
        }
        let v = self.intern(s);
        let u = self.unit();
        u.names.push(v);
        let i = u.names.len() as u32 - 1;
        u.name_index.insert(s.to_string(), i);
        Name(i)
    }

    fn var_slot(&mut self, s: &str) -> u32 {
        let u = self.unit();
        add_var(u, s)
    }

    fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.unit_ref().scope].kind
    }

    fn name_scope(&self, name: &str) -> NameScope {
        self.table.scopes[self.unit_ref().scope].lookup(name)
    }

    // ------------------------------------------------------------ names

    fn load_name(&mut self, name: &str) {
        let kind = self.scope_kind();
        match self.name_scope(name) {
            NameScope::Local => {
                let s = self.var_slot(name);
                self.emit(Op::LoadFast(s));
            }
            NameScope::Cell | NameScope::Free => {
                let s = self.var_slot(name);
                if kind == ScopeKind::Class {
                    self.emit(Op::LoadClassDeref(s));
                } else {
                    self.emit(Op::LoadDeref(s));
                }
            }
            NameScope::GlobalExplicit => {
                let i = self.name_idx(name);
                self.load_global(i);
            }
            NameScope::GlobalImplicit => {
                let i = self.name_idx(name);
                if kind.is_function_like() {
                    self.load_global(i);
                } else {
                    self.emit(Op::LoadName(i));
                }
            }
            NameScope::Name => {
                let i = self.name_idx(name);
                self.emit(Op::LoadName(i));
            }
        }
    }

    /// An attribute instruction with the next inline cache slot (none
    /// once a code object has used all the slots 16 bits can number).
    fn attr_op(&mut self, make: fn(Name, AttrSlot) -> Op, name: Name) {
        let next = self.unit().attr_caches;
        match AttrSlot::new(next) {
            Some(slot) => {
                self.unit().attr_caches += 1;
                self.emit(make(name, slot));
            }
            None => self.emit(make(name, AttrSlot::NONE)),
        }
    }

    /// LoadGlobal with the next inline cache slot; LoadName (the same
    /// lookup in a function, uncached) once the slots run out.
    fn load_global(&mut self, name: Name) {
        let next = self.unit().global_caches;
        match u16::try_from(next) {
            Ok(slot) => {
                self.unit().global_caches += 1;
                self.emit(Op::LoadGlobal(name, GlobalSlot(slot)));
            }
            Err(_) => self.emit(Op::LoadName(name)),
        }
    }

    fn store_name(&mut self, name: &str) {
        match self.name_scope(name) {
            NameScope::Local => {
                let s = self.var_slot(name);
                self.emit(Op::StoreFast(s));
            }
            NameScope::Cell | NameScope::Free => {
                let s = self.var_slot(name);
                self.emit(Op::StoreDeref(s));
            }
            NameScope::GlobalExplicit => {
                let i = self.name_idx(name);
                self.emit(Op::StoreGlobal(i));
            }
            NameScope::GlobalImplicit | NameScope::Name => {
                let i = self.name_idx(name);
                if self.scope_kind().is_function_like() {
                    self.emit(Op::StoreGlobal(i));
                } else {
                    self.emit(Op::StoreName(i));
                }
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        match self.name_scope(name) {
            NameScope::Local => {
                let s = self.var_slot(name);
                self.emit(Op::DeleteFast(s));
            }
            NameScope::Cell | NameScope::Free => {
                let s = self.var_slot(name);
                self.emit(Op::DeleteDeref(s));
            }
            NameScope::GlobalExplicit => {
                let i = self.name_idx(name);
                self.emit(Op::DeleteGlobal(i));
            }
            NameScope::GlobalImplicit | NameScope::Name => {
                let i = self.name_idx(name);
                if self.scope_kind().is_function_like() {
                    self.emit(Op::DeleteGlobal(i));
                } else {
                    self.emit(Op::DeleteName(i));
                }
            }
        }
    }

    // ------------------------------------------------------------ units

    fn finish_unit(
        &mut self,
        name: &str,
        flags: u32,
        argcount: u32,
        posonly: u32,
        kwonly: u32,
        firstlineno: u32,
    ) -> CResult<Rc<CodeObject>> {
        let u = self.units.pop().expect("unit to finish");
        let sc = &self.table.scopes[u.scope];
        let resolve = |l: u32| -> u32 { u.labels.get(l as usize).copied().flatten().unwrap_or(0) };
        let ops: Vec<Op> = u
            .ops
            .iter()
            .map(|op| match *op {
                Op::Jump(l) => Op::Jump(resolve(l)),
                Op::PopJumpIfFalse(l) => Op::PopJumpIfFalse(resolve(l)),
                Op::PopJumpIfTrue(l) => Op::PopJumpIfTrue(resolve(l)),
                Op::JumpIfFalseOrPop(l) => Op::JumpIfFalseOrPop(resolve(l)),
                Op::JumpIfTrueOrPop(l) => Op::JumpIfTrueOrPop(resolve(l)),
                Op::PopJumpIfNone(l) => Op::PopJumpIfNone(resolve(l)),
                Op::PopJumpIfNotNone(l) => Op::PopJumpIfNotNone(resolve(l)),
                Op::ForIter(l) => Op::ForIter(resolve(l)),
                Op::Send(l) => Op::Send(resolve(l)),
                Op::CompareJumpIfFalse(c, l) => Op::CompareJumpIfFalse(c, resolve(l)),
                Op::CompareJumpIfTrue(c, l) => Op::CompareJumpIfTrue(c, resolve(l)),
                other => other,
            })
            .collect();
        let mut ops = ops;
        fuse_superinstructions(&mut ops, &u.consts);
        // Exception table: runs of instructions sharing an innermost handler.
        let mut exc_table = Vec::new();
        let mut i = 0;
        while i < u.op_handler.len() {
            if let Some(h) = u.op_handler[i] {
                let start = i;
                while i < u.op_handler.len() && u.op_handler[i] == Some(h) {
                    i += 1;
                }
                let (label, depth) = u.handlers[h as usize];
                exc_table.push(ExcEntry {
                    start: start as u32,
                    end: i as u32,
                    target: resolve(label.0),
                    depth: depth.max(0) as u32,
                });
            } else {
                i += 1;
            }
        }
        let varnames: Vec<Rc<StrObj>> =
            u.varnames.iter().map(|n| self.interner.intern(n)).collect();
        let cell_slots: Vec<u32> = sc
            .cells
            .iter()
            .filter_map(|n| u.var_index.get(n).copied())
            .collect();
        let free_slots: Vec<u32> = sc
            .frees
            .iter()
            .filter_map(|n| u.var_index.get(n).copied())
            .collect();
        let mut flags = flags;
        if sc.kind.is_function_like() {
            if sc.is_coroutine && sc.is_generator && sc.kind != ScopeKind::Comprehension {
                flags |= bytecode::FLAG_ASYNC_GENERATOR;
            } else if sc.is_coroutine && sc.is_generator {
                // An async generator expression.
                flags |= bytecode::FLAG_ASYNC_GENERATOR;
            } else if sc.is_coroutine {
                flags |= bytecode::FLAG_COROUTINE;
            } else if sc.is_generator {
                flags |= bytecode::FLAG_GENERATOR;
            }
        }
        let qualname = self.interner.intern(&u.qualname);
        let name = self.interner.intern(name);
        let serial = self.finished;
        self.finished += 1;
        Ok(Rc::new(CodeObject {
            serial,
            ops: ops.into_boxed_slice(),
            lines: u.lines.into_boxed_slice(),
            positions: u.positions.into_boxed_slice(),
            consts: u.consts.into_boxed_slice(),
            names: u.names.into_boxed_slice(),
            varnames: varnames.into_boxed_slice(),
            cell_slots: cell_slots.into_boxed_slice(),
            free_slots: free_slots.into_boxed_slice(),
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            flags,
            exc_table: exc_table.into_boxed_slice(),
            stacksize: (u.max_depth.max(0) as u32) + 2,
            name,
            qualname,
            filename: self.filename.clone(),
            firstlineno,
            source: self.source.clone(),
            global_caches: (0..u.global_caches)
                .map(|_| bytecode::GlobalCache::default())
                .collect(),
            attr_caches: (0..u.attr_caches)
                .map(|_| bytecode::AttrCache::default())
                .collect(),
            fast_path: Default::default(),
        }))
    }

    fn child_qualname(&self, name: &str) -> String {
        let u = self.unit_ref();
        let sc = &self.table.scopes[u.scope];
        match sc.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Emit the closure tuple for a nested scope, if it has free variables.
    fn make_closure(&mut self, child_scope: usize) -> bool {
        let frees = self.table.scopes[child_scope].frees.clone();
        if frees.is_empty() {
            return false;
        }
        for n in &frees {
            let slot = self.var_slot(n);
            self.emit(Op::LoadClosure(slot));
        }
        self.emit(Op::BuildTuple(frees.len() as u32));
        true
    }

    // ------------------------------------------------------------ statements

    fn stmts(&mut self, body: &'ast [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'ast Stmt) -> CResult {
        self.set_line(s.span());
        let span = s.span();
        self.unit().pos = (span.start, span.end);
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                if !self.scope_kind().is_function_like() {
                    return err("'return' outside function", r.span);
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_fblocks(true, None, r.span)?;
                self.emit(Op::ReturnValue);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => {
                if f.is_async {
                    self.async_for(f)
                } else {
                    self.for_loop(f)
                }
            }
            Stmt::While(w) => self.while_loop(w),
            Stmt::If(i) => {
                let end = self.new_label();
                if i.orelse.is_empty() {
                    self.jump_if(&i.test, false, end)?;
                    self.stmts(&i.body)?;
                } else {
                    let other = self.new_label();
                    self.jump_if(&i.test, false, other)?;
                    self.stmts(&i.body)?;
                    self.jump(Op::Jump, end);
                    self.bind(other);
                    self.stmts(&i.orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            Stmt::With(w) => self.with_stmt(w, 0),
            Stmt::Raise(r) => {
                let mut form = RaiseForm::Reraise;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    form = RaiseForm::Exc;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        form = RaiseForm::ExcFrom;
                    }
                }
                self.set_line(r.span);
                self.emit(Op::Raise(form));
                Ok(())
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Op::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.set_line(a.span);
                // CPython's traceback underlines the failed test.
                let t = a.test.span();
                self.unit().pos = (t.start, t.end);
                self.emit(Op::Raise(RaiseForm::Exc));
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let idx = self.name_idx(&a.name);
                    self.emit(Op::ImportName(idx));
                    match &a.asname {
                        Some(asname) => {
                            for part in a.name.split('.').skip(1) {
                                let p = self.name_idx(part);
                                self.emit(Op::ImportFrom(p));
                                self.emit(Op::Swap(2));
                                self.emit(Op::Pop);
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("").to_string();
                            self.store_name(&top);
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Value::Int(i.level as i64));
                let names: Vec<Value> = i
                    .names
                    .iter()
                    .map(|a| Value::Str(self.interner.intern(&a.name)))
                    .collect();
                self.load_const(Value::tuple(names));
                let module = i.module.clone().unwrap_or_default();
                let idx = self.name_idx(&module);
                self.emit(Op::ImportName(idx));
                if i.names.len() == 1 && i.names[0].name == "*" {
                    self.emit(Op::ImportStar);
                    return Ok(());
                }
                for a in &i.names {
                    let p = self.name_idx(&a.name);
                    self.emit(Op::ImportFrom(p));
                    let target = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.store_name(&target);
                }
                self.emit(Op::Pop);
                Ok(())
            }
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Op::PrintExpr);
                    return Ok(());
                }
                // A docstring-like constant statement does nothing.
                if let Expr::Constant(_) = &e.value {
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(Op::Pop);
                Ok(())
            }
            Stmt::Pass(_) => Ok(()),
            Stmt::Break(span) => {
                let target = self.unwind_fblocks(false, Some(true), *span);
                match target {
                    Ok(Some(l)) => {
                        self.jump(Op::Jump, l);
                        Ok(())
                    }
                    Ok(None) => err("'break' outside loop", *span),
                    Err(e) => Err(e),
                }
            }
            Stmt::Continue(span) => {
                let target = self.unwind_fblocks(false, Some(false), *span);
                match target {
                    Ok(Some(l)) => {
                        self.jump(Op::Jump, l);
                        Ok(())
                    }
                    Ok(None) => err("'continue' not properly in loop", *span),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// Emit the clean-up for every frame block a `return` (`loop_exit:
    /// None`) or `break`/`continue` (`Some(is_break)`) leaves, and return
    /// the jump target for break/continue. The fblock stack is restored
    /// afterwards: the code after this point still runs inside the blocks.
    fn unwind_fblocks(
        &mut self,
        is_return: bool,
        loop_exit: Option<bool>,
        span: Span,
    ) -> CResult<Option<Label>> {
        let saved = self.unit().fblocks.clone();
        let saved_handlers = self.unit().handler_stack.clone();
        let mut result = None;
        while let Some(fb) = self.unit().fblocks.pop() {
            match fb {
                FBlock::For { cont, brk } | FBlock::AsyncFor { cont, brk } => {
                    if let Some(is_break) = loop_exit {
                        if is_break {
                            // The iterator goes away with the loop.
                            self.emit(Op::Pop);
                            result = Some(brk);
                        } else {
                            result = Some(cont);
                        }
                        break;
                    }
                    if is_return {
                        // The return value sits above the iterator.
                        self.emit(Op::Swap(2));
                        self.emit(Op::Pop);
                    }
                }
                FBlock::While { cont, brk } => {
                    if let Some(is_break) = loop_exit {
                        result = Some(if is_break { brk } else { cont });
                        break;
                    }
                }
                FBlock::Finally {
                    body,
                    handler_level,
                } => {
                    // Run the finally body outside its own handler.
                    self.unit().handler_stack.truncate(handler_level);
                    // A return value stays below the body's work.
                    self.stmts(body)?;
                }
                FBlock::FinallyEnd { level } => {
                    // Leaving the exceptional copy of a finally body: drop the
                    // exception and restore the previously handled one.
                    if is_return {
                        self.emit(Op::Swap(2));
                        self.emit(Op::Pop);
                        self.emit(Op::Swap(2));
                        self.emit(Op::PopExcept);
                    } else {
                        self.emit(Op::Pop);
                        self.emit(Op::PopExcept);
                    }
                    self.unit().handler_stack.truncate(level);
                }
                FBlock::Except { name, level } => {
                    self.unit().handler_stack.truncate(level);
                    if is_return {
                        self.emit(Op::Swap(2));
                    }
                    self.emit(Op::PopExcept);
                    if let Some(n) = name {
                        self.load_const(Value::None);
                        self.store_name(&n);
                        self.delete_name(&n);
                    }
                }
                FBlock::ExceptStar => {
                    self.unit().fblocks = saved;
                    self.unit().handler_stack = saved_handlers;
                    return err(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        span,
                    );
                }
                FBlock::With { is_async, level } => {
                    self.unit().handler_stack.truncate(level);
                    if is_return {
                        self.emit(Op::Swap(2));
                    }
                    self.load_const(Value::None);
                    self.load_const(Value::None);
                    self.load_const(Value::None);
                    self.emit(Op::Call(3));
                    if is_async {
                        self.emit(Op::GetAwaitable(AwaitableWhere::AExit));
                        self.load_const(Value::None);
                        self.yield_from_loop();
                    }
                    self.emit(Op::Pop);
                }
            }
        }
        self.unit().fblocks = saved;
        self.unit().handler_stack = saved_handlers;
        Ok(result)
    }

    fn function_def(&mut self, f: &'ast StmtFunctionDef) -> CResult {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let scope = match self.table.scope_of(f) {
            Some(s) => s,
            None => return err("internal error: no scope for function", f.span),
        };
        let flags = self.function_prelude(&f.params, Some(&f.returns), scope)?;
        let qualname = self.child_qualname(&f.name);
        self.push_unit(scope, qualname);
        self.set_line(f.header_span);
        let firstline = self.unit().line;
        let doc = docstring(&f.body);
        if let Some(d) = &doc {
            self.add_const(Value::str(d));
        } else {
            self.add_const(Value::None);
        }
        self.stmts(&f.body)?;
        if !self.unit().dead {
            self.load_const(Value::None);
            self.emit(Op::ReturnValue);
        }
        let p = &f.params;
        let mut cflags = 0;
        if p.vararg.is_some() {
            cflags |= bytecode::FLAG_VARARGS;
        }
        if p.kwarg.is_some() {
            cflags |= bytecode::FLAG_VARKEYWORDS;
        }
        if doc.is_some() {
            cflags |= FLAG_HAS_DOC;
        }
        let code = self.finish_unit(
            &f.name,
            cflags,
            (p.posonly.len() + p.args.len()) as u32,
            p.posonly.len() as u32,
            p.kwonly.len() as u32,
            firstline,
        )?;
        self.load_const(Value::Code(code));
        self.set_line(f.header_span);
        self.emit(Op::MakeFunction(flags));
        for _ in &f.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&f.name);
        Ok(())
    }

    /// Defaults, keyword defaults, annotations and closure for a function
    /// about to be made; returns which of them MakeFunction takes.
    fn function_prelude(
        &mut self,
        p: &Parameters,
        returns: Option<&Option<Expr>>,
        scope: usize,
    ) -> CResult<FnParts> {
        let mut flags = FnParts::default();
        let defaults: Vec<&Param> = p
            .posonly
            .iter()
            .chain(&p.args)
            .filter(|a| a.default.is_some())
            .collect();
        if !defaults.is_empty() {
            for a in &defaults {
                if let Some(d) = &a.default {
                    self.expr(d)?;
                }
            }
            self.emit(Op::BuildTuple(defaults.len() as u32));
            flags = flags.with(FnParts::DEFAULTS);
        }
        let kwdefaults: Vec<&Param> = p.kwonly.iter().filter(|a| a.default.is_some()).collect();
        if !kwdefaults.is_empty() {
            for a in &kwdefaults {
                let k = Value::Str(self.intern(&a.name));
                self.load_const(k);
                if let Some(d) = &a.default {
                    self.expr(d)?;
                }
            }
            self.emit(Op::BuildMap(kwdefaults.len() as u32));
            flags = flags.with(FnParts::KWDEFAULTS);
        }
        if let Some(returns) = returns {
            let mut n = 0;
            for a in super::symtable::all_params(p) {
                if let Some(an) = &a.annotation {
                    let k = Value::Str(self.intern(&a.name));
                    self.load_const(k);
                    self.annotation(an)?;
                    n += 1;
                }
            }
            if let Some(r) = returns {
                let k = Value::Str(self.intern("return"));
                self.load_const(k);
                self.annotation(r)?;
                n += 1;
            }
            if n > 0 {
                self.emit(Op::BuildMap(n));
                flags = flags.with(FnParts::ANNOTATIONS);
            }
        }
        if self.make_closure(scope) {
            flags = flags.with(FnParts::CLOSURE);
        }
        Ok(flags)
    }

    /// An annotation's value: evaluated, or under postponed annotations the
    /// source text of the expression (CPython stores its unparsed form,
    /// which differs from the source only in spacing and quote style).
    fn annotation(&mut self, e: &Expr) -> CResult {
        if !self.future_annotations {
            return self.expr(e);
        }
        let span = e.span();
        let text = self
            .source
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
            .trim()
            .to_string();
        let v = Value::Str(self.intern(&text));
        self.load_const(v);
        Ok(())
    }

    fn class_def(&mut self, c: &'ast StmtClassDef) -> CResult {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let scope = match self.table.scope_of(c) {
            Some(s) => s,
            None => return err("internal error: no scope for class", c.span),
        };
        self.emit(Op::LoadBuildClass);
        let qualname = self.child_qualname(&c.name);
        self.push_unit(scope, qualname.clone());
        self.set_line(c.header_span);
        let firstline = self.unit().line;
        let module_name = self.name_idx("__name__");
        self.emit(Op::LoadName(module_name));
        let m = self.name_idx("__module__");
        self.emit(Op::StoreName(m));
        let q = Value::Str(self.intern(&qualname));
        self.load_const(q);
        let qn = self.name_idx("__qualname__");
        self.emit(Op::StoreName(qn));
        if let Some(doc) = docstring(&c.body) {
            self.load_const(Value::str(&doc));
            let d = self.name_idx("__doc__");
            self.emit(Op::StoreName(d));
        }
        if has_annotations(&c.body) {
            self.emit(Op::SetupAnnotations);
        }
        self.stmts(&c.body)?;
        if self.table.scopes[scope].needs_class_cell {
            let slot = self.var_slot("__class__");
            self.emit(Op::LoadClosure(slot));
            let cc = self.name_idx("__classcell__");
            self.emit(Op::StoreName(cc));
        }
        self.load_const(Value::None);
        self.emit(Op::ReturnValue);
        let code = self.finish_unit(&c.name, bytecode::FLAG_CLASS_BODY, 0, 0, 0, firstline)?;
        let flags = if self.make_closure(scope) {
            FnParts::CLOSURE
        } else {
            FnParts::default()
        };
        self.load_const(Value::Code(code));
        self.emit(Op::MakeFunction(flags));
        let n = Value::Str(self.intern(&c.name));
        self.load_const(n);
        self.set_line(c.header_span);
        self.call_tail(2, &c.bases, &c.keywords)?;
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&c.name);
        Ok(())
    }

    fn aug_assign(&mut self, a: &StmtAugAssign) -> CResult {
        let op = map_binop(a.op);
        match &a.target {
            Expr::Name(n) => {
                self.load_name(&n.id);
                self.expr(&a.value)?;
                self.set_line(a.span);
                self.emit(Op::Inplace(op));
                self.store_name(&n.id);
            }
            Expr::Attribute(at) if self.reloadable_local(&at.value, &a.value) => {
                // `local.attr op= value` where nothing in `value` can rebind
                // the local: loading it again for the store is the same
                // object, and the load/store pairs fuse (LoadFastAttr,
                // LoadFastStoreAttr) where Dup and Swap would not.
                let i = self.name_idx(&at.attr);
                self.expr(&at.value)?;
                self.attr_op(Op::LoadAttr, i);
                self.expr(&a.value)?;
                self.set_line(a.span);
                self.emit(Op::Inplace(op));
                self.expr(&at.value)?;
                self.attr_op(Op::StoreAttr, i);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::Dup);
                let i = self.name_idx(&at.attr);
                self.attr_op(Op::LoadAttr, i);
                self.expr(&a.value)?;
                self.set_line(a.span);
                self.emit(Op::Inplace(op));
                self.emit(Op::Swap(2));
                self.attr_op(Op::StoreAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Copy(2));
                self.emit(Op::Copy(2));
                self.emit(Op::Subscr);
                self.expr(&a.value)?;
                self.set_line(a.span);
                self.emit(Op::Inplace(op));
                self.emit(Op::Swap(3));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreSubscr);
            }
            other => {
                return err(
                    "'expression' is an illegal expression for augmented assignment",
                    other.span(),
                )
            }
        }
        Ok(())
    }

    /// Whether `obj` is a name held in a fast local slot and `value`, the
    /// right side of an augmented assignment to one of its attributes,
    /// surely binds no name (no walrus: only names, constants, attribute
    /// reads, subscripts, operators and calls of those).
    fn reloadable_local(&mut self, obj: &Expr, value: &Expr) -> bool {
        fn binds_nothing(e: &Expr) -> bool {
            match e {
                Expr::Constant(_) | Expr::Name(_) => true,
                Expr::Attribute(a) => binds_nothing(&a.value),
                Expr::UnaryOp(u) => binds_nothing(&u.operand),
                Expr::BinOp(b) => binds_nothing(&b.left) && binds_nothing(&b.right),
                Expr::Subscript(s) => binds_nothing(&s.value) && binds_nothing(&s.slice),
                Expr::Call(c) => {
                    binds_nothing(&c.func)
                        && c.args.iter().all(binds_nothing)
                        && c.keywords.iter().all(|k| binds_nothing(&k.value))
                }
                _ => false,
            }
        }
        match obj {
            Expr::Name(n) => {
                matches!(self.name_scope(&n.id), NameScope::Local)
                    && self.scope_kind().is_function_like()
                    && binds_nothing(value)
            }
            _ => false,
        }
    }

    fn ann_assign(&mut self, a: &StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let kind = self.scope_kind();
        if kind.is_function_like() {
            return Ok(());
        }
        match &a.target {
            Expr::Name(n) if a.simple => {
                self.annotation(&a.annotation)?;
                let ann = self.name_idx("__annotations__");
                self.emit(Op::LoadName(ann));
                let k = Value::Str(self.intern(&n.id));
                self.load_const(k);
                self.emit(Op::StoreSubscr);
            }
            _ if self.future_annotations => {}
            _ => {
                self.expr(&a.annotation)?;
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    fn for_loop(&mut self, f: &'ast StmtFor) -> CResult {
        let top = self.new_label();
        let exit = self.new_label();
        let brk = self.new_label();
        self.iterable_or_container(&f.iter)?;
        self.set_line(f.span);
        self.emit(Op::GetIter);
        self.bind(top);
        self.set_line(f.span);
        self.jump(Op::ForIter, exit);
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::For { cont: top, brk });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.jump(Op::Jump, top);
        self.bind(exit);
        self.stmts(&f.orelse)?;
        self.bind(brk);
        Ok(())
    }

    /// The jump back to a while loop's head. Interrupts and limits are
    /// checked there, so it carries the `while` line, as CPython's
    /// JUMP_BACKWARD does (a `for` loop's keeps its last statement's).
    fn loop_back(&mut self, span: Span, top: Label) {
        self.set_line(span);
        self.unit().pos = (span.start, span.end);
        self.jump(Op::Jump, top);
    }

    fn async_for(&mut self, f: &'ast StmtFor) -> CResult {
        let top = self.new_label();
        let handler = self.new_label();
        let brk = self.new_label();
        self.expr(&f.iter)?;
        self.set_line(f.span);
        self.emit(Op::GetAIter);
        self.bind(top);
        let depth = self.unit().depth;
        self.push_handler(handler, depth);
        self.emit(Op::GetANext);
        self.load_const(Value::None);
        self.yield_from_loop();
        self.pop_handler();
        self.store_target(&f.target)?;
        self.unit()
            .fblocks
            .push(FBlock::AsyncFor { cont: top, brk });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.jump(Op::Jump, top);
        self.bind(handler);
        self.unit().depth = depth + 1;
        self.set_line(f.span);
        self.emit(Op::EndAsyncFor);
        self.stmts(&f.orelse)?;
        self.bind(brk);
        Ok(())
    }

    fn while_loop(&mut self, w: &'ast StmtWhile) -> CResult {
        let top = self.new_label();
        let exit = self.new_label();
        let brk = self.new_label();
        self.bind(top);
        self.set_line(w.span);
        let always = matches!(
            &w.test,
            Expr::Constant(ExprConstant {
                value: Constant::Bool(true),
                ..
            })
        ) || matches!(&w.test, Expr::Constant(ExprConstant { value: Constant::Int(i), .. }) if *i != 0);
        if !always {
            self.jump_if(&w.test, false, exit)?;
        }
        self.unit().fblocks.push(FBlock::While { cont: top, brk });
        self.stmts(&w.body)?;
        self.unit().fblocks.pop();
        self.loop_back(w.span, top);
        self.bind(exit);
        self.stmts(&w.orelse)?;
        self.bind(brk);
        Ok(())
    }

    fn with_stmt(&mut self, w: &'ast StmtWith, item: usize) -> CResult {
        let Some(it) = w.items.get(item) else {
            return self.stmts(&w.body);
        };
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&it.context_expr)?;
        self.set_line(it.span);
        if w.is_async {
            self.emit(Op::BeforeAsyncWith);
            self.emit(Op::GetAwaitable(AwaitableWhere::AEnter));
            self.load_const(Value::None);
            self.yield_from_loop();
        } else {
            self.emit(Op::BeforeWith);
        }
        let depth = self.unit().depth - 1;
        let level = self.unit().handler_stack.len();
        self.push_handler(handler, depth);
        match &it.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Op::Pop),
        }
        self.unit().fblocks.push(FBlock::With {
            is_async: w.is_async,
            level,
        });
        self.with_stmt(w, item + 1)?;
        self.unit().fblocks.pop();
        self.pop_handler();
        // Normal exit: __exit__(None, None, None).
        self.set_line(it.span);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Op::Call(3));
        if w.is_async {
            self.emit(Op::GetAwaitable(AwaitableWhere::AExit));
            self.load_const(Value::None);
            self.yield_from_loop();
        }
        self.emit(Op::Pop);
        self.jump(Op::Jump, end);
        // Exceptional exit: [exit, exc].
        self.bind(handler);
        self.unit().depth = depth + 1;
        self.push_handler(cleanup, depth + 1);
        self.emit(Op::PushExcInfo);
        self.emit(Op::WithExceptStart);
        if w.is_async {
            self.emit(Op::GetAwaitable(AwaitableWhere::AExit));
            self.load_const(Value::None);
            self.yield_from_loop();
        }
        let suppress = self.new_label();
        self.jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise);
        self.bind(suppress);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.pop_handler();
        self.emit(Op::Pop);
        self.jump(Op::Jump, end);
        // Cleanup: [exit, prev, new_exc].
        self.bind(cleanup);
        self.unit().depth = depth + 2;
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind(end);
        self.unit().depth = depth - 1;
        Ok(())
    }

    fn try_except(&mut self, t: &'ast StmtTry) -> CResult {
        if t.handlers.iter().any(|h| h.star) {
            if let Some(h) = t.handlers.iter().find(|h| !h.star) {
                return err(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    h.span,
                );
            }
            return self.try_except_star(t);
        }
        let (handler, cleanup, end, depth) = self.try_body(t)?;

        self.bind(handler);
        self.unit().depth = depth + 1;
        let level = self.unit().handler_stack.len();
        self.push_handler(cleanup, depth + 1);
        self.emit(Op::PushExcInfo);
        for h in &t.handlers {
            self.set_line(h.span);
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Op::CheckExcMatch);
                self.jump(Op::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    self.store_name(name);
                    // The body runs in a try/finally that clears the name.
                    let name_cleanup = self.new_label();
                    let d = self.unit().depth;
                    self.push_handler(name_cleanup, d);
                    self.unit().fblocks.push(FBlock::Except {
                        name: Some(name.clone()),
                        level,
                    });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.pop_handler();
                    self.emit(Op::PopExcept);
                    self.load_const(Value::None);
                    self.store_name(name);
                    self.delete_name(name);
                    self.jump(Op::Jump, end);
                    self.bind(name_cleanup);
                    self.unit().depth = d + 1;
                    self.load_const(Value::None);
                    self.store_name(name);
                    self.delete_name(name);
                    self.emit(Op::Reraise);
                }
                None => {
                    self.emit(Op::Pop);
                    self.unit()
                        .fblocks
                        .push(FBlock::Except { name: None, level });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Op::PopExcept);
                    self.jump(Op::Jump, end);
                }
            }
            self.bind(next);
            self.unit().depth = depth + 2;
        }
        // No clause matched.
        self.emit(Op::Reraise);
        self.pop_handler();
        self.bind(cleanup);
        self.unit().depth = depth + 2;
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind(end);
        self.unit().depth = depth;
        Ok(())
    }

    /// The protected body and the `else` block of a `try` with handlers:
    /// returns the labels of the handler, its cleanup and the end, and the
    /// stack depth at entry.
    fn try_body(&mut self, t: &'ast StmtTry) -> CResult<(Label, Label, Label, i32)> {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let depth = self.unit().depth;
        self.push_handler(handler, depth);
        self.stmts(&t.body)?;
        self.pop_handler();
        self.stmts(&t.orelse)?;
        self.jump(Op::Jump, end);
        Ok((handler, cleanup, end, depth))
    }

    /// `try` with `except*` clauses (PEP 654). Each clause takes the part
    /// of the group its type matches (split off what is left), runs with
    /// that part as the handled exception, and collects what it raises;
    /// afterwards the unmatched rest and the raised exceptions are
    /// combined and re-raised (builtins `<except*.begin/match/finish>`).
    fn try_except_star(&mut self, t: &'ast StmtTry) -> CResult {
        use crate::builtins::exceptions::{STAR_BEGIN, STAR_FINISH, STAR_MATCH};
        let (handler, cleanup, end, depth) = self.try_body(t)?;

        // [exc]
        self.bind(handler);
        self.unit().depth = depth + 1;
        self.push_handler(cleanup, depth + 1);
        self.emit(Op::PushExcInfo);
        // [prev, exc] -> [prev, exc, state]
        let begin = self.name_idx(STAR_BEGIN);
        self.load_global(begin);
        self.emit(Op::Copy(2));
        self.emit(Op::Call(1));
        for h in &t.handlers {
            self.set_line(h.span);
            let next = self.new_label();
            let nomatch = self.new_label();
            let failed = self.new_label();
            let Some(ty) = &h.type_ else {
                return err("expected one or more exception types", h.span);
            };
            // [.., state] -> [.., state, match]
            let m = self.name_idx(STAR_MATCH);
            self.load_global(m);
            self.emit(Op::Copy(2));
            self.expr(ty)?;
            self.emit(Op::Call(2));
            self.emit(Op::Copy(1));
            self.jump(Op::PopJumpIfNone, nomatch);
            // [.., state, match] -> [.., state, prev2]: the match is handled.
            self.emit(Op::PushExcInfo);
            match &h.name {
                Some(name) => self.store_name(name),
                None => self.emit(Op::Pop),
            }
            let d = self.unit().depth;
            self.push_handler(failed, d);
            self.unit().fblocks.push(FBlock::ExceptStar);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.pop_handler();
            self.emit(Op::PopExcept);
            if let Some(name) = &h.name {
                self.load_const(Value::None);
                self.store_name(name);
                self.delete_name(name);
            }
            self.jump(Op::Jump, next);
            // [.., state, prev2, raised]: record what the clause raised.
            self.bind(failed);
            self.unit().depth = d + 1;
            self.emit(Op::Swap(2));
            self.emit(Op::PopExcept);
            self.emit(Op::ListAppend(1));
            if let Some(name) = &h.name {
                self.load_const(Value::None);
                self.store_name(name);
                self.delete_name(name);
            }
            self.jump(Op::Jump, next);
            // [.., state, None]
            self.bind(nomatch);
            self.unit().depth = d;
            self.emit(Op::Pop);
            self.bind(next);
            self.unit().depth = depth + 3;
        }
        // [prev, exc, state] -> [prev, result]
        let finish = self.name_idx(STAR_FINISH);
        self.load_global(finish);
        self.emit(Op::Swap(2));
        self.emit(Op::Call(1));
        self.emit(Op::Swap(2));
        self.emit(Op::Pop);
        let handled = self.new_label();
        self.emit(Op::Copy(1));
        self.jump(Op::PopJumpIfNone, handled);
        self.emit(Op::Reraise);
        self.bind(handled);
        self.unit().depth = depth + 2;
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.jump(Op::Jump, end);
        self.pop_handler();
        self.bind(cleanup);
        self.unit().depth = depth + 2;
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind(end);
        self.unit().depth = depth;
        Ok(())
    }

    fn try_finally(&mut self, t: &'ast StmtTry) -> CResult {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let depth = self.unit().depth;
        let level = self.unit().handler_stack.len();
        self.push_handler(handler, depth);
        self.unit().fblocks.push(FBlock::Finally {
            body: &t.finalbody,
            handler_level: level,
        });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            // The handlers and `else` block, inside the finally's handler
            // (try_except leaves `finalbody` alone).
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.pop_handler();
        // Normal path.
        self.stmts(&t.finalbody)?;
        self.jump(Op::Jump, end);
        // Exceptional path: [exc].
        self.bind(handler);
        self.unit().depth = depth + 1;
        let level = self.unit().handler_stack.len();
        self.push_handler(cleanup, depth + 1);
        self.emit(Op::PushExcInfo);
        self.unit().fblocks.push(FBlock::FinallyEnd { level });
        self.stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        // The re-raise after restoring the handled exception is outside the
        // cleanup region (the cleanup would restore it a second time).
        self.pop_handler();
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind(cleanup);
        self.unit().depth = depth + 2;
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind(end);
        self.unit().depth = depth;
        Ok(())
    }

    /// `[receiver, value]` -> `[result]`: drive a sub-iterator to completion.
    fn yield_from_loop(&mut self) {
        let top = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.jump(Op::Send, end);
        self.emit(Op::YieldValue(true));
        self.jump(Op::Jump, top);
        self.bind(end);
        // After the loop: [retval]; the depth recorded at the Send target is right.
    }

    // ------------------------------------------------------------ targets

    fn store_target(&mut self, t: &Expr) -> CResult {
        let span = t.span();
        let saved = std::mem::replace(&mut self.unit().pos, (span.start, span.end));
        let r = self.store_target_inner(t);
        self.unit().pos = saved;
        r
    }

    fn store_target_inner(&mut self, t: &Expr) -> CResult {
        match t {
            Expr::Name(n) => {
                self.store_name(&n.id);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_idx(&a.attr);
                self.attr_op(Op::StoreAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(ExprTuple { elts, .. }) | Expr::List(ExprList { elts, .. }) => {
                self.unpack(elts, t.span())?;
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        other => self.store_target(other)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(s) => err(
                "starred assignment target must be in a list or tuple",
                s.span,
            ),
            other => err("cannot assign to expression", other.span()),
        }
    }

    fn unpack(&mut self, elts: &[Expr], span: Span) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        match star {
            None => self.emit(Op::UnpackSequence(elts.len() as u32)),
            Some(i) => {
                if elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return err("multiple starred expressions in assignment", span);
                }
                // CPython's limits: 255 targets before the star, and
                // fewer than 2**23 after it.
                let after = elts.len() - i - 1;
                match (u8::try_from(i), u32::try_from(after)) {
                    (Ok(before), Ok(after)) if after < (i32::MAX >> 8) as u32 => {
                        self.emit(Op::UnpackEx(before, after))
                    }
                    _ => return err("too many expressions in star-unpacking assignment", span),
                }
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> CResult {
        let span = t.span();
        let saved = std::mem::replace(&mut self.unit().pos, (span.start, span.end));
        let r = self.delete_target_inner(t);
        self.unit().pos = saved;
        r
    }

    fn delete_target_inner(&mut self, t: &Expr) -> CResult {
        match t {
            Expr::Name(n) => {
                self.delete_name(&n.id);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_idx(&a.attr);
                self.emit(Op::DeleteAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(ExprTuple { elts, .. }) | Expr::List(ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            other => err("cannot delete expression", other.span()),
        }
    }

    // ------------------------------------------------------------ conditions

    /// Jump to `target` when `e`'s truth equals `when`; fall through otherwise.
    fn jump_if(&mut self, e: &Expr, when: bool, target: Label) -> CResult {
        let span = e.span();
        let saved = std::mem::replace(&mut self.unit().pos, (span.start, span.end));
        let r = self.jump_if_inner(e, when, target);
        self.unit().pos = saved;
        r
    }

    fn jump_if_inner(&mut self, e: &Expr, when: bool, target: Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => self.jump_if(&u.operand, !when, target),
            Expr::BoolOp(b) => {
                let is_and = b.op == BoolOp::And;
                // `a and b` jumps on false as soon as any operand is false.
                if is_and != when {
                    for v in &b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.bind(skip);
                }
                Ok(())
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && !matches!(
                        c.ops[0],
                        CmpOpAst::Is | CmpOpAst::IsNot | CmpOpAst::In | CmpOpAst::NotIn
                    ) =>
            {
                self.expr(&c.left)?;
                self.expr(&c.comparators[0])?;
                self.set_line(c.span);
                let op = match c.ops[0] {
                    CmpOpAst::Eq => CmpOp::Eq,
                    CmpOpAst::NotEq => CmpOp::Ne,
                    CmpOpAst::Lt => CmpOp::Lt,
                    CmpOpAst::LtE => CmpOp::Le,
                    CmpOpAst::Gt => CmpOp::Gt,
                    _ => CmpOp::Ge,
                };
                if when {
                    self.emit(Op::CompareJumpIfTrue(op, target.0));
                } else {
                    self.emit(Op::CompareJumpIfFalse(op, target.0));
                }
                Ok(())
            }
            // `x is None` / `x is not None` test and jump in one op; the
            // None operand has no effects to keep in order.
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], CmpOpAst::Is | CmpOpAst::IsNot)
                    && (is_none_const(&c.comparators[0]) || is_none_const(&c.left)) =>
            {
                let other = match is_none_const(&c.comparators[0]) {
                    true => &c.left,
                    false => &c.comparators[0],
                };
                self.expr(other)?;
                let jump_on_none = (c.ops[0] == CmpOpAst::Is) == when;
                self.jump(
                    if jump_on_none {
                        Op::PopJumpIfNone
                    } else {
                        Op::PopJumpIfNotNone
                    },
                    target,
                );
                Ok(())
            }
            Expr::Constant(c) => {
                let truth = match &c.value {
                    Constant::None => Some(false),
                    Constant::Bool(b) => Some(*b),
                    Constant::Int(i) => Some(*i != 0),
                    Constant::Str(s) => Some(!s.is_empty()),
                    _ => None,
                };
                match truth {
                    Some(t) => {
                        if t == when {
                            self.jump(Op::Jump, target);
                        }
                        Ok(())
                    }
                    None => {
                        self.expr(e)?;
                        self.jump(
                            if when {
                                Op::PopJumpIfTrue
                            } else {
                                Op::PopJumpIfFalse
                            },
                            target,
                        );
                        Ok(())
                    }
                }
            }
            _ => {
                self.expr(e)?;
                self.jump(
                    if when {
                        Op::PopJumpIfTrue
                    } else {
                        Op::PopJumpIfFalse
                    },
                    target,
                );
                Ok(())
            }
        }
    }

    // ------------------------------------------------------------ expressions

    fn expr(&mut self, e: &Expr) -> CResult {
        self.nesting += 1;
        if self.nesting > MAX_DEPTH {
            self.nesting -= 1;
            return Err(CompileError {
                msg: "maximum recursion depth exceeded during compilation".into(),
                span: e.span(),
                recursion: true,
                symtable: false,
            });
        }
        let span = e.span();
        let saved = std::mem::replace(&mut self.unit().pos, (span.start, span.end));
        let r = self.expr_inner(e);
        self.unit().pos = saved;
        self.nesting -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult {
        match e {
            Expr::Constant(c) => {
                let v = self.constant(&c.value);
                self.load_const(v);
            }
            Expr::Name(n) => self.load_name(&n.id),
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        if b.op == BoolOp::And {
                            self.jump(Op::JumpIfFalseOrPop, end);
                        } else {
                            self.jump(Op::JumpIfTrueOrPop, end);
                        }
                    }
                }
                self.bind(end);
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Dup);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                // Left spine iteratively: `a+b+c+...` chains can be long.
                let mut spine: Vec<&ExprBinOp> = vec![b];
                let mut cur: &Expr = &b.left;
                while let Expr::BinOp(inner) = cur {
                    spine.push(inner);
                    cur = &inner.left;
                }
                if spine.len() > 100_000 {
                    return Err(CompileError {
                        msg: "maximum recursion depth exceeded during compilation".into(),
                        span: b.span,
                        recursion: true,
                        symtable: false,
                    });
                }
                self.expr(cur)?;
                for node in spine.into_iter().rev() {
                    self.expr(&node.right)?;
                    self.set_line(node.span);
                    self.emit(Op::Binary(map_binop(node.op)));
                }
            }
            Expr::UnaryOp(u) => {
                if u.op == UnaryOp::USub {
                    if let Expr::Constant(c) = &*u.operand {
                        if let Some(v) = negate_const(&c.value) {
                            self.load_const(v);
                            return Ok(());
                        }
                    }
                }
                self.expr(&u.operand)?;
                self.emit(match u.op {
                    UnaryOp::Invert => Op::Invert,
                    UnaryOp::Not => Op::Not,
                    UnaryOp::UAdd => Op::Pos,
                    UnaryOp::USub => Op::Neg,
                });
            }
            Expr::Lambda(l) => {
                let scope = match self.table.scope_of(l) {
                    Some(s) => s,
                    None => return err("internal error: no scope for lambda", l.span),
                };
                let flags = self.function_prelude(&l.params, None, scope)?;
                let qualname = self.child_qualname("<lambda>");
                self.push_unit(scope, qualname);
                let firstline = self.unit().line;
                self.add_const(Value::None);
                self.expr(&l.body)?;
                self.emit(Op::ReturnValue);
                let p = &l.params;
                let mut cflags = 0;
                if p.vararg.is_some() {
                    cflags |= bytecode::FLAG_VARARGS;
                }
                if p.kwarg.is_some() {
                    cflags |= bytecode::FLAG_VARKEYWORDS;
                }
                let code = self.finish_unit(
                    "<lambda>",
                    cflags,
                    (p.posonly.len() + p.args.len()) as u32,
                    p.posonly.len() as u32,
                    p.kwonly.len() as u32,
                    firstline,
                )?;
                self.load_const(Value::Code(code));
                self.emit(Op::MakeFunction(flags));
            }
            Expr::IfExp(i) => {
                let other = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, other)?;
                self.expr(&i.body)?;
                let d0 = self.unit().depth - 1;
                self.jump(Op::Jump, end);
                self.bind(other);
                self.unit().depth = d0;
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => {
                let has_unpack = d.keys.iter().any(|k| k.is_none());
                if !has_unpack {
                    for (k, v) in d.keys.iter().zip(&d.values) {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildMap(d.values.len() as u32));
                } else {
                    self.emit(Op::BuildMap(0));
                    for (k, v) in d.keys.iter().zip(&d.values) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Op::DictUpdate(1));
                            }
                        }
                    }
                }
            }
            Expr::Set(s) => match self.const_set(&s.elts).filter(|_| s.elts.len() > 2) {
                // CPython merges a constant frozenset into a new set, which
                // decides the new set's iteration order.
                Some(fs) => {
                    self.emit(Op::BuildSet(0));
                    self.load_const(fs);
                    self.emit(Op::SetUpdate(1));
                }
                None => self.sequence(&s.elts, SeqKind::Set)?,
            },
            Expr::List(l) => self.sequence(&l.elts, SeqKind::List)?,
            Expr::Tuple(t) => {
                if let Some(c) = self.const_tuple(&t.elts) {
                    self.load_const(c);
                } else {
                    self.sequence(&t.elts, SeqKind::Tuple)?;
                }
            }
            Expr::ListComp(c) => self.comprehension(e, &c.generators, CompKind::List(&c.elt))?,
            Expr::SetComp(c) => self.comprehension(e, &c.generators, CompKind::Set(&c.elt))?,
            Expr::DictComp(c) => {
                self.comprehension(e, &c.generators, CompKind::Dict(&c.key, &c.value))?
            }
            Expr::GeneratorExp(c) => self.comprehension(e, &c.generators, CompKind::Gen(&c.elt))?,
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.set_line(a.span);
                self.emit(Op::GetAwaitable(AwaitableWhere::Await));
                self.load_const(Value::None);
                self.yield_from_loop();
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.emit(Op::YieldValue(false));
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.emit(Op::GetYieldFromIter);
                self.load_const(Value::None);
                self.yield_from_loop();
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                let conv = match f.conversion {
                    crate::ast::Conversion::None => Conversion::None,
                    crate::ast::Conversion::Str => Conversion::Str,
                    crate::ast::Conversion::Repr => Conversion::Repr,
                    crate::ast::Conversion::Ascii => Conversion::Ascii,
                };
                if let Some(spec) = &f.format_spec {
                    self.expr(spec)?;
                }
                self.emit(Op::FormatValue(conv, f.format_spec.is_some()));
            }
            Expr::JoinedStr(j) => {
                if j.values.is_empty() {
                    self.load_const(Value::str(""));
                } else if j.values.len() == 1 {
                    self.expr(&j.values[0])?;
                    if !matches!(&j.values[0], Expr::FormattedValue(_) | Expr::Constant(_)) {
                        self.emit(Op::FormatValue(Conversion::None, false));
                    }
                } else {
                    for v in &j.values {
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildString(j.values.len() as u32));
                }
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line(a.span);
                let i = self.name_idx(&a.attr);
                self.attr_op(Op::LoadAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(s.span);
                self.emit(Op::Subscr);
            }
            Expr::Starred(s) => return err("can't use starred expression here", s.span),
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Value::None),
                }
                match &s.upper {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Value::None),
                }
                if let Some(x) = &s.step {
                    self.expr(x)?;
                    n = 3;
                }
                self.emit(Op::BuildSlice(n));
            }
        }
        Ok(())
    }

    fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(b) => Value::from_bigint(b.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Imag(f) => crate::objects::complex::ComplexObj::value(0.0, *f),
            Constant::Str(s) => {
                // Identifier-like strings are interned, as CPython does.
                if s.len() <= 40 && s.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_') {
                    Value::Str(self.intern(s))
                } else {
                    Value::str(s)
                }
            }
            Constant::Bytes(b) => Value::Bytes(Rc::new(crate::objects::BytesObj::new(b.clone()))),
        }
    }

    /// A constant element of a set display: a literal, a negated number,
    /// or a tuple of those.
    fn const_element(&mut self, e: &Expr) -> Option<Value> {
        match e {
            Expr::Constant(c) => Some(self.constant(&c.value)),
            Expr::UnaryOp(u) if u.op == UnaryOp::USub => match &*u.operand {
                Expr::Constant(c) => negate_const(&c.value),
                _ => None,
            },
            Expr::Tuple(t) => {
                let items: Option<Vec<Value>> =
                    t.elts.iter().map(|x| self.const_element(x)).collect();
                items.map(Value::tuple)
            }
            _ => None,
        }
    }

    /// The frozenset constant for a set display of constants.
    fn const_set(&mut self, elts: &[Expr]) -> Option<Value> {
        let values: Option<Vec<Value>> = elts.iter().map(|e| self.const_element(e)).collect();
        super::const_set::frozen_display(values?)
    }

    /// An iterable (`for`, comprehensions) or the right side of `in`: a set
    /// display of constants is the frozenset itself, as in CPython.
    fn iterable_or_container(&mut self, e: &Expr) -> CResult {
        if let Expr::Set(s) = e {
            if let Some(fs) = self.const_set(&s.elts) {
                let span = s.span;
                let saved = std::mem::replace(&mut self.unit().pos, (span.start, span.end));
                self.load_const(fs);
                self.unit().pos = saved;
                return Ok(());
            }
        }
        self.expr(e)
    }

    fn const_tuple(&mut self, elts: &[Expr]) -> Option<Value> {
        if elts.is_empty() {
            return Some(Value::tuple(Vec::new()));
        }
        let mut vals = Vec::with_capacity(elts.len());
        for e in elts {
            match e {
                Expr::Constant(c) => vals.push(self.constant(&c.value)),
                _ => return None,
            }
        }
        Some(Value::tuple(vals))
    }

    fn sequence(&mut self, elts: &[Expr], kind: SeqKind) -> CResult {
        let starred = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !starred {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                SeqKind::List => Op::BuildList(n),
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        match kind {
            SeqKind::Set => self.emit(Op::BuildSet(0)),
            _ => self.emit(Op::BuildList(0)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(match kind {
                        SeqKind::Set => Op::SetUpdate(1),
                        _ => Op::ListExtend(1),
                    });
                }
                other => {
                    self.expr(other)?;
                    self.emit(match kind {
                        SeqKind::Set => Op::SetAdd(1),
                        _ => Op::ListAppend(1),
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn compare(&mut self, c: &ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let operand = |me: &mut Self, op: CmpOpAst, e: &Expr| match op {
            CmpOpAst::In | CmpOpAst::NotIn => me.iterable_or_container(e),
            _ => me.expr(e),
        };
        if n == 1 {
            operand(self, c.ops[0], &c.comparators[0])?;
            self.set_line(c.span);
            self.emit_cmp(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            operand(self, *op, right)?;
            if i + 1 < n {
                self.emit(Op::Swap(2));
                self.emit(Op::Copy(2));
                self.set_line(c.span);
                self.emit_cmp(*op);
                self.jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.set_line(c.span);
                self.emit_cmp(*op);
            }
        }
        self.jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap(2));
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    fn emit_cmp(&mut self, op: CmpOpAst) {
        self.emit(match op {
            CmpOpAst::Eq => Op::Compare(CmpOp::Eq),
            CmpOpAst::NotEq => Op::Compare(CmpOp::Ne),
            CmpOpAst::Lt => Op::Compare(CmpOp::Lt),
            CmpOpAst::LtE => Op::Compare(CmpOp::Le),
            CmpOpAst::Gt => Op::Compare(CmpOp::Gt),
            CmpOpAst::GtE => Op::Compare(CmpOp::Ge),
            CmpOpAst::Is => Op::Is(false),
            CmpOpAst::IsNot => Op::Is(true),
            CmpOpAst::In => Op::Contains(false),
            CmpOpAst::NotIn => Op::Contains(true),
        });
    }

    fn call(&mut self, c: &ExprCall) -> CResult {
        let simple = !c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !c.keywords.iter().any(|k| k.arg.is_none());
        if let (Expr::Attribute(a), true) = (&*c.func, simple) {
            self.expr(&a.value)?;
            self.set_line(a.span);
            let i = self.name_idx(&a.attr);
            // The method lookup fails as the attribute, the call as the call.
            let call_pos = std::mem::replace(&mut self.unit().pos, (a.span.start, a.span.end));
            self.attr_op(Op::LoadMethod, i);
            self.unit().pos = call_pos;
            for arg in &c.args {
                self.expr(arg)?;
            }
            let n = (c.args.len() + c.keywords.len()) as u32;
            self.set_line(c.span);
            if c.keywords.is_empty() {
                self.emit(Op::CallMethod(n));
            } else {
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                let names = self.kwnames(&c.keywords);
                self.load_const(names);
                self.set_line(c.span);
                self.emit(Op::CallMethodKw(n));
            }
            return Ok(());
        }
        self.expr(&c.func)?;
        self.set_line(c.span);
        self.call_tail(0, &c.args, &c.keywords)?;
        Ok(())
    }

    fn kwnames(&mut self, kws: &[Keyword]) -> Value {
        let names: Vec<Value> = kws
            .iter()
            .map(|k| Value::Str(self.interner.intern(k.arg.as_deref().unwrap_or(""))))
            .collect();
        Value::tuple(names)
    }

    /// Emit the arguments and call for a callable already on the stack;
    /// `pre` positional arguments are already pushed after it.
    fn call_tail(&mut self, pre: u32, args: &[Expr], keywords: &[Keyword]) -> CResult {
        let span = self.unit().line;
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            let n = pre + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.unit().line = span;
                self.emit(Op::Call(n));
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names = self.kwnames(keywords);
                self.load_const(names);
                self.unit().line = span;
                self.emit(Op::CallKw(n));
            }
            return Ok(());
        }
        // General form: build an argument tuple and a keyword dict.
        self.emit(Op::BuildList(pre));
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::ListExtend(1));
                }
                other => {
                    self.expr(other)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        self.emit(Op::ListToTuple);
        let has_kw = !keywords.is_empty();
        if has_kw {
            self.emit(Op::BuildMap(0));
            let mut after_double_star = false;
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        // After a `**` a plain MapAdd would silently replace
                        // a key the mapping supplied; merging reports it.
                        if after_double_star {
                            self.emit(Op::BuildMap(0));
                        }
                        let key = Value::Str(self.intern(name));
                        self.load_const(key);
                        self.expr(&k.value)?;
                        self.emit(Op::MapAdd(1));
                        if after_double_star {
                            self.emit(Op::DictMerge(1));
                        }
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DictMerge(1));
                        after_double_star = true;
                    }
                }
            }
        }
        self.unit().line = span;
        self.emit(Op::CallEx(has_kw));
        Ok(())
    }

    fn comprehension(&mut self, node: &Expr, gens: &[Comprehension], kind: CompKind) -> CResult {
        let scope = match node {
            Expr::ListComp(c) => self.table.scope_of(c),
            Expr::SetComp(c) => self.table.scope_of(c),
            Expr::DictComp(c) => self.table.scope_of(c),
            Expr::GeneratorExp(c) => self.table.scope_of(c),
            _ => None,
        };
        let Some(scope) = scope else {
            return err("internal error: no scope for comprehension", node.span());
        };
        let Some(first) = gens.first() else {
            return err("comprehension without for", node.span());
        };
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let closure = self.make_closure(scope);
        let qualname = self.child_qualname(name);
        self.push_unit(scope, qualname);
        let firstline = self.unit().line;
        self.add_const(Value::None);
        let is_gen = matches!(kind, CompKind::Gen(_));
        if !is_gen {
            self.emit(match kind {
                CompKind::List(_) => Op::BuildList(0),
                CompKind::Set(_) => Op::BuildSet(0),
                _ => Op::BuildMap(0),
            });
        }
        self.comp_generator(gens, 0, &kind, 0)?;
        if !is_gen {
            self.emit(Op::ReturnValue);
        } else {
            self.load_const(Value::None);
            self.emit(Op::ReturnValue);
        }
        let code = self.finish_unit(name, 0, 1, 0, 0, firstline)?;
        let is_async_code =
            code.flags & (bytecode::FLAG_COROUTINE | bytecode::FLAG_ASYNC_GENERATOR) != 0;
        let is_coroutine = code.flags & bytecode::FLAG_COROUTINE != 0;
        self.load_const(Value::Code(code));
        self.emit(Op::MakeFunction(if closure {
            FnParts::CLOSURE
        } else {
            FnParts::default()
        }));
        self.iterable_or_container(&first.iter)?;
        if first.is_async {
            self.emit(Op::GetAIter);
        } else {
            self.emit(Op::GetIter);
        }
        self.emit(Op::Call(1));
        let _ = is_async_code;
        if is_coroutine && !is_gen {
            self.emit(Op::GetAwaitable(AwaitableWhere::Await));
            self.load_const(Value::None);
            self.yield_from_loop();
        }
        Ok(())
    }

    /// One `for` clause of a comprehension (recursing for the next);
    /// `nloops` counts the iterators above the result collection.
    fn comp_generator(
        &mut self,
        gens: &[Comprehension],
        i: usize,
        kind: &CompKind,
        nloops: u32,
    ) -> CResult {
        let g = &gens[i];
        let top = self.new_label();
        let exit = self.new_label();
        let handler = self.new_label();
        if i == 0 {
            let s = self.var_slot(".0");
            self.emit(Op::LoadFast(s));
        } else {
            self.iterable_or_container(&g.iter)?;
            if g.is_async {
                self.emit(Op::GetAIter);
            } else {
                self.emit(Op::GetIter);
            }
        }
        self.bind(top);
        let depth = self.unit().depth;
        if g.is_async {
            self.push_handler(handler, depth);
            self.emit(Op::GetANext);
            self.load_const(Value::None);
            self.yield_from_loop();
            self.pop_handler();
        } else {
            self.jump(Op::ForIter, exit);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind, nloops + 1)?;
        } else {
            let depth = nloops + 1;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListAppend(depth + 1));
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Op::SetAdd(depth + 1));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth + 1));
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    self.emit(Op::YieldValue(false));
                    self.emit(Op::Pop);
                }
            }
        }
        self.jump(Op::Jump, top);
        if g.is_async {
            self.bind(handler);
            self.unit().depth = depth + 1;
            self.emit(Op::EndAsyncFor);
        } else {
            self.bind(exit);
        }
        Ok(())
    }
}

const FLAG_HAS_DOC: u32 = bytecode::FLAG_HAS_DOC;

use crate::ast::CmpOp as CmpOpAst;

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

enum CompKind<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    Gen(&'e Expr),
}

fn add_var(u: &mut Unit, s: &str) -> u32 {
    if let Some(i) = u.var_index.get(s) {
        return *i;
    }
    u.varnames.push(s.to_string());
    let i = u.varnames.len() as u32 - 1;
    u.var_index.insert(s.to_string(), i);
    i
}

pub(crate) fn jump_label(op: &Op) -> Option<u32> {
    match *op {
        Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::PopJumpIfNone(t)
        | Op::PopJumpIfNotNone(t)
        | Op::ForIter(t)
        | Op::Send(t)
        | Op::CompareJumpIfFalse(_, t)
        | Op::CompareJumpIfTrue(_, t) => Some(t),
        _ => None,
    }
}

/// The operators `ConstBinary` computes without leaving its fast path.
fn int_op_fast(b: BinOp) -> bool {
    matches!(
        b,
        BinOp::Add
            | BinOp::Sub
            | BinOp::Mul
            | BinOp::And
            | BinOp::Or
            | BinOp::Xor
            | BinOp::Mod
            | BinOp::FloorDiv
    )
}

fn negate_const(c: &Constant) -> Option<Value> {
    match c {
        Constant::Int(i) => Some(match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(-BigInt::from(*i)),
        }),
        Constant::BigInt(b) => Some(Value::from_bigint(-b.clone())),
        Constant::Float(f) => Some(Value::Float(-f)),
        Constant::Imag(f) => Some(crate::objects::complex::ComplexObj::value(-0.0, -f)),
        _ => None,
    }
}

/// Write superinstructions over the first op of common pairs. Nothing is
/// renumbered: the second op stays where it was, so jumps to it, the line
/// and position tables and the exception table keep their meaning.
fn fuse_superinstructions(ops: &mut [Op], consts: &[Value]) {
    let small = |i: u32| u16::try_from(i).ok();
    // An int constant and an operator the interpreter computes in place
    // on ints: the op that follows the constant's load.
    let int_op = |k: u32, next: Option<&Op>| match next {
        Some(Op::Binary(b) | Op::Inplace(b))
            if matches!(consts.get(k as usize), Some(Value::Int(_))) && int_op_fast(*b) =>
        {
            Some(*b)
        }
        _ => None,
    };
    // A cached attribute op whose name fits the fused op's 16 bits.
    let cached_attr = ShortAttr::new;
    // Whether `LoadFast` at `j` begins FastFastBinary, FastConstBinary or
    // LoadFastAttr.
    let starts_binary = |ops: &[Op], j: usize| match (ops.get(j + 1), ops.get(j + 2)) {
        (Some(Op::LoadFast(_)), Some(Op::Binary(b) | Op::Inplace(b))) => int_op_fast(*b),
        (Some(Op::LoadConst(k)), next) => int_op(*k, next).is_some(),
        (Some(Op::LoadAttr(n, c) | Op::StoreAttr(n, c)), _) => cached_attr(*n, *c).is_some(),
        _ => false,
    };
    for i in 0..ops.len().saturating_sub(1) {
        let fused = match (ops[i], ops[i + 1]) {
            (Op::LoadFast(a), Op::LoadAttr(n, c)) => small(a)
                .zip(cached_attr(n, c))
                .map(|(a, at)| Op::LoadFastAttr(a, at)),
            (Op::LoadFast(a), Op::StoreAttr(n, c)) => small(a)
                .zip(cached_attr(n, c))
                .map(|(a, at)| Op::LoadFastStoreAttr(a, at)),
            (Op::LoadFast(a), Op::LoadFast(b)) => {
                small(a).zip(small(b)).map(|(a, b)| match ops.get(i + 2) {
                    Some(Op::Binary(op) | Op::Inplace(op)) if int_op_fast(*op) => {
                        Op::FastFastBinary(*op, a, b)
                    }
                    _ => Op::LoadFastLoadFast(a, b),
                })
            }
            (Op::LoadFast(a), Op::LoadConst(b)) => {
                small(a)
                    .zip(small(b))
                    .map(|(a, b)| match int_op(b as u32, ops.get(i + 2)) {
                        Some(op) => Op::FastConstBinary(op, a, b),
                        None => Op::LoadFastLoadConst(a, b),
                    })
            }
            (Op::LoadConst(k), Op::CompareJumpIfFalse(c, t))
                if matches!(consts.get(k as usize), Some(Value::Int(_))) =>
            {
                small(k).map(|k| Op::ConstCompareJumpIfFalse(c, k, t))
            }
            (Op::LoadConst(k), Op::CompareJumpIfTrue(c, t))
                if matches!(consts.get(k as usize), Some(Value::Int(_))) =>
            {
                small(k).map(|k| Op::ConstCompareJumpIfTrue(c, k, t))
            }
            (Op::LoadConst(k), next) => small(k)
                .zip(int_op(k, Some(&next)))
                .map(|(k, op)| Op::ConstBinary(op, k)),
            // Not when the load starts a three-op fusion of its own: that
            // one saves more dispatches.
            (Op::StoreFast(a), Op::LoadFast(b)) if !starts_binary(ops, i + 1) => small(a)
                .zip(small(b))
                .map(|(a, b)| Op::StoreFastLoadFast(a, b)),
            _ => None,
        };
        if let Some(f) = fused {
            ops[i] = f;
        }
    }
}

fn is_none_const(e: &Expr) -> bool {
    matches!(e, Expr::Constant(c) if matches!(c.value, Constant::None))
}
