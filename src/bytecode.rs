//! The instruction set, code objects, and the disassembler (`weft --dis`).

use std::fmt::Write;
use std::rc::Rc;

use crate::objects::{StrObj, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// The dunder names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// Why an `await`-like conversion happens, for the error message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum AwaitableWhere {
    Await,
    AEnter,
    AExit,
}

/// An index into `CodeObject::names`: the name an instruction reads or binds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Name(pub u32);

impl Name {
    #[inline(always)]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The operands of a cached attribute op fused into a superinstruction:
/// a name index and a cache entry that each fit 16 bits (the compiler
/// fuses only when they do). One 32-bit unit, so that the fused op has the
/// layout of a `(u16, u32)` op, which the dispatch loop handles best.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C, align(4))]
pub struct ShortAttr {
    pub name: u16,
    pub cache: u16,
}

impl ShortAttr {
    pub fn new(name: Name, cache: AttrSlot) -> Option<ShortAttr> {
        Some(ShortAttr {
            name: u16::try_from(name.0).ok()?,
            cache: u16::try_from(cache.get()?).ok()?,
        })
    }

    pub fn name(self) -> Name {
        Name(self.name as u32)
    }

    /// The entry in `attr_caches`.
    #[inline(always)]
    pub fn cache(self) -> usize {
        self.cache as usize
    }
}

/// The inline cache of an attribute instruction: an entry of
/// `CodeObject::attr_caches`, or none (a code object with more attribute
/// instructions than 16 bits can number runs the rest uncached).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AttrSlot(Option<std::num::NonZeroU16>);

impl AttrSlot {
    pub const NONE: AttrSlot = AttrSlot(None);

    /// The slot for cache entry `index`, when it can be numbered.
    pub fn new(index: u32) -> Option<AttrSlot> {
        let stored = u16::try_from(index.checked_add(1)?).ok()?;
        Some(AttrSlot(std::num::NonZeroU16::new(stored)))
    }

    /// The index into `attr_caches`, if the instruction has a cache.
    #[inline(always)]
    pub fn get(self) -> Option<usize> {
        self.0.map(|n| n.get() as usize - 1)
    }
}

/// The inline cache of a LoadGlobal: an entry of `CodeObject::global_caches`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GlobalSlot(pub u16);

impl GlobalSlot {
    #[inline(always)]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Which pieces a MakeFunction pops below the code object: a set of
/// `FnParts::DEFAULTS`, `KWDEFAULTS`, `ANNOTATIONS` and `CLOSURE` (one
/// byte, so the op keeps the layout the dispatch loop handles best).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct FnParts(u8);

impl FnParts {
    pub const DEFAULTS: FnParts = FnParts(1);
    pub const KWDEFAULTS: FnParts = FnParts(2);
    pub const ANNOTATIONS: FnParts = FnParts(4);
    pub const CLOSURE: FnParts = FnParts(8);

    /// These parts and `part`.
    pub fn with(self, part: FnParts) -> FnParts {
        FnParts(self.0 | part.0)
    }

    pub fn has(self, part: FnParts) -> bool {
        self.0 & part.0 != 0
    }

    /// How many values the instruction pops besides the code object.
    pub fn count(self) -> u32 {
        self.0.count_ones()
    }
}

/// The `!s`, `!r` or `!a` of an f-string field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// The three forms of `raise`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RaiseForm {
    /// `raise`: re-raise the handled exception.
    Reraise,
    /// `raise exc`: `[exc] -> `
    Exc,
    /// `raise exc from cause`: `[exc, cause] -> `
    ExcFrom,
}

/// One instruction. Operands are inline; the stack effect of each is
/// documented as `[before] -> [after]` (top of stack last).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    /// `[a] -> []`
    Pop,
    /// `[a] -> [a, a]`
    Dup,
    /// Push a copy of the n-th item (1 = top). `[.., x, ..(n-1)] -> [.., x, .., x]`
    Copy(u32),
    /// Swap the top with the n-th item (n >= 2).
    Swap(u32),

    /// `[] -> [consts[i]]`
    LoadConst(u32),
    /// `[] -> [local i]`; UnboundLocalError if unset.
    LoadFast(u32),
    /// Superinstructions, written over the first of a pair by the
    /// compiler's last pass; the second instruction stays in place (jumps
    /// may land on it) and the fused one skips it. `LoadFast a; LoadFast b`.
    LoadFastLoadFast(u16, u16),
    /// `LoadFast a; LoadConst b`.
    LoadFastLoadConst(u16, u16),
    /// `StoreFast a; LoadFast b`.
    StoreFastLoadFast(u16, u16),
    /// `LoadConst k; Binary op` (or `Inplace op`, the same on ints): an int
    /// on top combined with an int constant in place; anything else runs
    /// as the `LoadConst` it overwrote.
    ConstBinary(BinOp, u16),
    /// `LoadFast a; LoadConst k; Binary op` (or `Inplace op`) on an int
    /// local and an int constant, skipping both following ops; anything
    /// else runs as `LoadFastLoadConst`.
    FastConstBinary(BinOp, u16, u16),
    /// `LoadFast a; LoadFast b; Binary op` (or `Inplace op`) on two int
    /// locals where the result stays a small int; anything else runs as
    /// `LoadFastLoadFast`.
    FastFastBinary(BinOp, u16, u16),
    /// `LoadConst k; CompareJumpIfFalse(op, t)` with an int on top and an
    /// int constant; anything else runs as the `LoadConst`.
    ConstCompareJumpIfFalse(CmpOp, u16, u32),
    /// `LoadConst k; CompareJumpIfTrue(op, t)`, likewise.
    ConstCompareJumpIfTrue(CmpOp, u16, u32),
    /// `LoadFast a; LoadAttr name cache` on an instance local whose
    /// attribute the LoadAttr's cache finds: the attribute is pushed
    /// without the instance passing through the stack; anything else runs
    /// as the `LoadFast`. Only a cached LoadAttr is fused.
    LoadFastAttr(u16, ShortAttr),
    /// `LoadFast a; StoreAttr name cache` (`[v] -> []`) on an instance
    /// local whose dict holds the attribute at the StoreAttr cache's entry:
    /// the value replaces it there; anything else runs as the `LoadFast`.
    LoadFastStoreAttr(u16, ShortAttr),
    /// `[v] -> []`
    StoreFast(u32),
    DeleteFast(u32),
    /// Load the contents of the cell in local slot i.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure).
    LoadClosure(u32),
    /// Class bodies: the class namespace first, then the cell in slot i.
    LoadClassDeref(u32),
    /// `[] -> [globals/builtins[name]]`, remembered in its cache.
    LoadGlobal(Name, GlobalSlot),
    StoreGlobal(Name),
    DeleteGlobal(Name),
    /// Module and class bodies: locals dict, then globals, then builtins.
    LoadName(Name),
    StoreName(Name),
    DeleteName(Name),

    /// `[obj] -> [obj.name]`, remembered in its cache when it has one.
    LoadAttr(Name, AttrSlot),
    /// `[v, obj] -> []`
    StoreAttr(Name, AttrSlot),
    /// `[obj] -> []`
    DeleteAttr(Name),
    /// `[obj] -> [func, obj]` for a plain method found on the class,
    /// `[obj] -> [attr, NULL]` otherwise. Pairs with `CallMethod`.
    LoadMethod(Name, AttrSlot),

    /// `[obj, key] -> [obj[key]]`
    Subscr,
    /// `[v, obj, key] -> []`
    StoreSubscr,
    /// `[obj, key] -> []`
    DeleteSubscr,

    /// `[a, b] -> [a op b]`
    Binary(BinOp),
    /// `[a, b] -> [a op= b]`
    Inplace(BinOp),
    /// `[a] -> [-a]`
    Neg,
    Pos,
    Not,
    Invert,
    /// `[a, b] -> [a op b]`
    Compare(CmpOp),
    /// `[a, b] -> [a is b]` (`is not` when the flag is set)
    Is(bool),
    /// `[a, b] -> [a in b]` (`not in` when the flag is set)
    Contains(bool),

    Jump(u32),
    /// `[a, b] -> []`, jump when `a op b` is false (a fused Compare +
    /// PopJumpIfFalse, the shape of nearly every loop and `if` test).
    CompareJumpIfFalse(CmpOp, u32),
    /// `[a, b] -> []`, jump when `a op b` is true.
    CompareJumpIfTrue(CmpOp, u32),
    /// `[v] -> []`, jump if falsy
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// `[v] -> [v]` and jump if falsy, else `[v] -> []`
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// `[v] -> []`, jump if v is None
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),

    /// `[obj] -> [iter(obj)]`
    GetIter,
    /// `[it] -> [it, next(it)]`, or `[it] -> []` and jump when exhausted.
    ForIter(u32),

    /// `[f, a1..an] -> [f(a1..an)]`
    Call(u32),
    /// `[f, a1..an, kwnames] -> [result]`: the last `len(kwnames)` args are keywords.
    CallKw(u32),
    /// `[f|NULL.., self|NULL, a1..an] -> [result]` (see LoadMethod)
    CallMethod(u32),
    /// Like CallMethod with a kwnames tuple on top.
    CallMethodKw(u32),
    /// `[f, args_tuple] -> [result]`, or `[f, args_tuple, kwargs_dict]` when the flag is set.
    CallEx(bool),

    /// `[defaults?, kwdefaults?, annotations?, closure?, code] -> [function]`.
    MakeFunction(FnParts),
    /// `[a1..an] -> [(a1..an)]`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `[k1, v1 .. kn, vn] -> [dict]`
    BuildMap(u32),
    /// Concatenate n strings.
    BuildString(u32),
    /// `[start, stop] -> [slice]` or with step when the operand is 3.
    BuildSlice(u32),
    /// `[.., list, .., v] -> [.., list, ..]`: append to the list at depth i (after popping v).
    ListAppend(u32),
    SetAdd(u32),
    /// `[.., dict, .., k, v] -> [.., dict, ..]`
    MapAdd(u32),
    /// `[.., list, .., iterable] -> [.., list, ..]`
    ListExtend(u32),
    SetUpdate(u32),
    /// `{**m}`: `[.., dict, .., m] -> [.., dict, ..]`
    DictUpdate(u32),
    /// Call-site `**m`: like DictUpdate but duplicate keys are a TypeError.
    DictMerge(u32),
    /// `[list] -> [tuple(list)]`
    ListToTuple,
    /// `[seq] -> [vn .. v1]` (so stores pop them in order)
    UnpackSequence(u32),
    /// `a, *b, c = seq`: the targets before and after the starred one
    /// (at most 255 before, as in CPython).
    UnpackEx(u8, u32),
    /// `[v] -> [formatted]`, or `[v, spec] -> [formatted]` when the flag is set.
    FormatValue(Conversion, bool),

    /// `[v] -> `: return v to the caller.
    ReturnValue,
    /// `[v] -> ` suspend, handing v to the resumer; on resume the sent value
    /// is pushed. The flag marks the yield inside a `yield from`/`await` loop
    /// (the receiver is then on top of the stack while suspended).
    YieldValue(bool),
    /// `[obj] -> [iterator]` for `yield from`.
    GetYieldFromIter,
    /// `[obj] -> [awaitable iterator]` for `await`.
    GetAwaitable(AwaitableWhere),
    /// `[receiver, v] -> [receiver, yielded]` when the receiver yields,
    /// or `[retval]` and jump when it returns.
    Send(u32),
    /// `[obj] -> [obj.__aiter__()]`
    GetAIter,
    /// `[aiter] -> [aiter, awaitable of aiter.__anext__()]`
    GetANext,
    /// End of an `async for`: `[aiter, exc] -> []` if exc is StopAsyncIteration, else re-raise.
    EndAsyncFor,
    /// `[mgr] -> [bound __exit__, mgr.__enter__()]`
    BeforeWith,
    /// `[mgr] -> [bound __aexit__, mgr.__aenter__()]`
    BeforeAsyncWith,
    /// `[exit, prev_exc, exc] -> [exit, prev_exc, exc, exit(type, exc, tb)]`
    WithExceptStart,

    /// `[exc] -> [prev_handled, exc]` and make exc the handled exception.
    PushExcInfo,
    /// `[prev_handled] -> []` restoring the handled exception.
    PopExcept,
    /// `[exc] -> ` re-raise without adding a traceback entry.
    Reraise,
    /// `[exc, type] -> [exc, matches]`
    CheckExcMatch,
    Raise(RaiseForm),
    LoadAssertionError,

    /// `[level, fromlist] -> [module]`
    ImportName(Name),
    /// `[module] -> [module, module.name]`
    ImportFrom(Name),
    /// `[module] -> []` binding its public names in the current namespace.
    ImportStar,

    /// `[s] -> [s, len(s)]` (sequence and mapping patterns).
    GetLen,
    /// `[s] -> [s, is_sequence]`: a list, tuple, range, deque, array,
    /// memoryview, or a `collections.abc.Sequence`; never str, bytes or
    /// bytearray.
    MatchSequence,
    /// `[s] -> [s, is_mapping]`: a dict or a `collections.abc.Mapping`.
    MatchMapping,
    /// `[s, keys] -> [s, keys, values]`: the values of the keys (a tuple)
    /// looked up with `s.get`, or None when one is missing.
    MatchKeys,
    /// `[s, cls, kwnames] -> [attrs]`: when s is an instance of cls, the
    /// tuple of the n positional (`__match_args__`) and the keyword
    /// attributes; None when it is not or one is missing.
    MatchClass(u32),

    LoadBuildClass,
    SetupAnnotations,
    /// REPL: `[v] -> []` printing repr(v) and binding `_`, unless v is None.
    PrintExpr,
}

// The dispatch loads one op as one machine word.
const _: () = assert!(std::mem::size_of::<Op>() == 8);

pub const FLAG_VARARGS: u32 = 1;
pub const FLAG_VARKEYWORDS: u32 = 2;
pub const FLAG_GENERATOR: u32 = 4;
pub const FLAG_COROUTINE: u32 = 8;
pub const FLAG_ASYNC_GENERATOR: u32 = 16;
/// A generator usable with `await` (`types.coroutine`).
pub const FLAG_ITERABLE_COROUTINE: u32 = 32;
/// The code of a class body (names go to the class namespace).
pub const FLAG_CLASS_BODY: u32 = 64;
/// Module-level code (names go to the globals dict).
pub const FLAG_MODULE: u32 = 128;
/// consts[0] is the docstring.
pub const FLAG_HAS_DOC: u32 = 256;

/// A range of instructions covered by an exception handler.
#[derive(Clone, Copy, Debug)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    /// Stack depth to unwind to before pushing the exception.
    pub depth: u32,
}

/// What a LoadGlobal instruction found last time: the entry index in the
/// globals (or builtins) table, valid while the tables keep their layout.
#[derive(Default)]
pub struct GlobalCache {
    pub globals: std::cell::Cell<usize>,
    pub gver: std::cell::Cell<u64>,
    pub bver: std::cell::Cell<u64>,
    /// Entry index + 1 (0: nothing cached).
    pub index: std::cell::Cell<u32>,
    pub in_builtins: std::cell::Cell<bool>,
}

/// How many classes one attribute instruction remembers. Methods defined
/// on a base class see instances of each subclass at the same instruction
/// (`self.x` in a base method), so a site is often polymorphic.
pub const ATTR_CACHE_WAYS: usize = 4;

/// An `AttrCache` index at or above this names slot `index - SLOT_INDEX`
/// of a slotted instance rather than a dict entry (no dict has that many
/// entries, so the dict paths miss it without a separate test).
pub const SLOT_INDEX: usize = 1 << 31;

/// What an attribute instruction learned about instances of up to
/// `ATTR_CACHE_WAYS` class versions: for each, where the attribute sits in
/// the instance dict, or which method the class provides.
#[derive(Default)]
pub struct AttrCache {
    ways: [AttrWay; ATTR_CACHE_WAYS],
    /// The way the next new class version replaces.
    victim: std::cell::Cell<u8>,
}

/// One class version's entry in an `AttrCache`.
#[derive(Default)]
struct AttrWay {
    /// The class version tag this applies to (0: empty).
    tag: std::cell::Cell<u64>,
    /// Entry index in the instance dict (LoadAttr/StoreAttr).
    index: std::cell::Cell<u32>,
    /// LoadMethod: the plain function found on the class.
    method: std::cell::RefCell<Option<Value>>,
}

impl AttrCache {
    /// The dict index cached for instances of the class with version `v`.
    #[inline(always)]
    pub fn index_for(&self, v: u64) -> Option<usize> {
        self.ways
            .iter()
            .find(|w| w.tag.get() == v)
            .map(|w| w.index.get() as usize)
    }

    /// The way for version `v`: its own, or a recycled one.
    fn way_for(&self, v: u64) -> &AttrWay {
        if let Some(w) = self.ways.iter().find(|w| w.tag.get() == v) {
            return w;
        }
        let i = self.victim.get() as usize % ATTR_CACHE_WAYS;
        self.victim.set(((i + 1) % ATTR_CACHE_WAYS) as u8);
        let w = &self.ways[i];
        w.tag.set(v);
        w.index.set(u32::MAX);
        let old = w.method.borrow_mut().take();
        drop(old);
        w
    }

    /// Record `index` for the class with version `v`.
    pub fn set_index(&self, v: u64, index: u32) {
        self.way_for(v).index.set(index);
    }

    /// The method cached for the class with version `v`.
    #[inline]
    pub fn method_for(&self, v: u64) -> Option<Value> {
        self.ways
            .iter()
            .find(|w| w.tag.get() == v)
            .and_then(|w| w.method.borrow().clone())
    }

    /// Cache `m` as the method of the class with version `v`.
    pub fn set_method(&self, v: u64, m: Value) {
        let old = self.way_for(v).method.borrow_mut().replace(m);
        drop(old);
    }
}

pub struct CodeObject {
    pub ops: Box<[Op]>,
    /// The source line of each instruction.
    pub lines: Box<[u32]>,
    /// The source span (byte offsets) of the expression or statement each
    /// instruction belongs to: where traceback carets point.
    pub positions: Box<[(u32, u32)]>,
    pub consts: Box<[Value]>,
    pub names: Box<[Rc<StrObj>]>,
    /// Local slot names: parameters first, then other locals, then cell
    /// variables that are not parameters, then free variables.
    pub varnames: Box<[Rc<StrObj>]>,
    /// Slots (into varnames) that hold cells created at frame entry.
    pub cell_slots: Box<[u32]>,
    /// Slots that receive the function's closure cells, in closure order.
    pub free_slots: Box<[u32]>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub exc_table: Box<[ExcEntry]>,
    pub stacksize: u32,
    pub name: Rc<StrObj>,
    pub qualname: Rc<StrObj>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    /// The source text, for tracebacks that show the offending line.
    pub source: Rc<str>,
    /// Inline caches of the LoadGlobal instructions.
    pub global_caches: Box<[GlobalCache]>,
    /// Inline caches of attribute instructions.
    pub attr_caches: Box<[AttrCache]>,
    /// Position of this code among those compiled from the same source, in
    /// the order the compiler finished them: with the source text it names
    /// the code object across processes (snapshots recompile the source).
    pub serial: u32,
    /// A native stand-in a library installs for this code (see
    /// `src/vm/fast_path.rs`); never set by the compiler.
    pub fast_path: std::cell::Cell<Option<FastPath>>,
}

/// Does the whole of a call to a script function natively when that is
/// indistinguishable from running it: returns the call's result, or None
/// (having changed nothing) when the script code must run. For a
/// coroutine's code it is tried only where the call is awaited at once,
/// and the result is the coroutine's return value.
pub type FastPath = fn(
    &mut crate::vm::Vm,
    &[crate::objects::Value],
) -> crate::vm::PyResult<Option<crate::objects::Value>>;

impl CodeObject {
    /// A copy with different flags (`types.coroutine`).
    pub fn with_flags(&self, flags: u32) -> CodeObject {
        CodeObject {
            ops: self.ops.clone(),
            lines: self.lines.clone(),
            positions: self.positions.clone(),
            consts: self.consts.clone(),
            names: self.names.clone(),
            varnames: self.varnames.clone(),
            cell_slots: self.cell_slots.clone(),
            free_slots: self.free_slots.clone(),
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags,
            exc_table: self.exc_table.clone(),
            stacksize: self.stacksize,
            serial: self.serial,
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            filename: self.filename.clone(),
            firstlineno: self.firstlineno,
            source: self.source.clone(),
            global_caches: (0..self.global_caches.len())
                .map(|_| GlobalCache::default())
                .collect(),
            attr_caches: (0..self.attr_caches.len())
                .map(|_| AttrCache::default())
                .collect(),
            fast_path: Default::default(),
        }
    }

    #[inline]
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    pub fn is_generator_like(&self) -> bool {
        self.flags & (FLAG_GENERATOR | FLAG_COROUTINE | FLAG_ASYNC_GENERATOR) != 0
    }

    /// Total positional+keyword parameter count (without *args/**kwargs).
    pub fn total_args(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
    }

    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.firstlineno)
    }

    /// The handler covering instruction `ip`, innermost first.
    pub fn handler_for(&self, ip: u32) -> Option<&ExcEntry> {
        // Entries are emitted innermost-first for nested ranges, so the
        // first match is the innermost handler.
        self.exc_table.iter().find(|e| e.start <= ip && ip < e.end)
    }

    /// The text of source line `line` (1-based), if known.
    pub fn source_line(&self, line: u32) -> Option<&str> {
        if line == 0 {
            return None;
        }
        self.source.lines().nth(line as usize - 1)
    }
}

/// `weft --dis`: a readable listing of a code object and those nested in it.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_into(code, &mut out);
    out
}

fn dis_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at line {}> (flags={:#x}, args={}, locals={}, stack={}):",
        code.qualname.as_str(),
        code.firstlineno,
        code.flags,
        code.argcount,
        code.varnames.len(),
        code.stacksize
    );
    let mut targets = std::collections::HashSet::new();
    for op in code.ops.iter() {
        if let Some(t) = jump_target(op) {
            targets.insert(t);
        }
    }
    for e in code.exc_table.iter() {
        targets.insert(e.target);
    }
    let mut last_line = 0;
    for (i, op) in code.ops.iter().enumerate() {
        let line = code.line_at(i);
        let line_col = if line != last_line {
            last_line = line;
            format!("{:>4}", line)
        } else {
            "    ".to_string()
        };
        let mark = if targets.contains(&(i as u32)) {
            ">>"
        } else {
            "  "
        };
        let _ = writeln!(out, "{} {} {:>5} {}", line_col, mark, i, describe(code, op));
    }
    if !code.exc_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in code.exc_table.iter() {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.target, e.depth
            );
        }
    }
    for c in code.consts.iter() {
        if let Value::Code(inner) = c {
            out.push('\n');
            dis_into(inner, out);
        }
    }
}

fn jump_target(op: &Op) -> Option<u32> {
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

fn const_repr(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => format!("{:?}", f),
        Value::Str(s) => format!("{:?}", s.as_str()),
        Value::Bytes(b) => b.repr(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Code(c) => format!("<code object {}>", c.name.as_str()),
        Value::Tuple(t) => {
            let parts: Vec<String> = t.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Value::FrozenSet(_) => "frozenset(...)".into(),
        _ => "<const>".into(),
    }
}

/// The instruction's variant name.
fn variant(op: &Op) -> String {
    let d = format!("{:?}", op);
    d.split('(').next().unwrap_or_default().to_string()
}

/// One instruction as its name and named operands, e.g.
/// `LoadAttr name=x cache=3`; indexes into the code's tables are shown as
/// what they index (a name, a local's name, a constant's repr).
fn describe(code: &CodeObject, op: &Op) -> String {
    let name = |n: Name| {
        code.names
            .get(n.index())
            .map(|s| s.as_str().to_string())
            .unwrap_or_else(|| format!("?{}", n.0))
    };
    let local = |i: u32| {
        code.varnames
            .get(i as usize)
            .map(|s| s.as_str().to_string())
            .unwrap_or_else(|| format!("?{}", i))
    };
    let konst = |i: u32| {
        code.consts
            .get(i as usize)
            .map(const_repr)
            .unwrap_or_else(|| format!("?{}", i))
    };
    let cache = |c: AttrSlot| match c.get() {
        Some(i) => format!(" cache={}", i),
        None => String::new(),
    };
    let flag = |on: bool, word: &str| {
        if on {
            format!(" {}", word)
        } else {
            String::new()
        }
    };
    use Op::*;
    let (op_name, operands) = match *op {
        Nop | Pop | Dup | Subscr | StoreSubscr | DeleteSubscr | Neg | Pos | Not | Invert
        | GetIter | ListToTuple | ReturnValue | GetYieldFromIter | GetAIter | GetANext
        | EndAsyncFor | BeforeWith | BeforeAsyncWith | WithExceptStart | PushExcInfo
        | PopExcept | Reraise | CheckExcMatch | LoadAssertionError | ImportStar
        | LoadBuildClass | SetupAnnotations | PrintExpr | GetLen | MatchSequence | MatchMapping
        | MatchKeys => (variant(op), String::new()),
        MatchClass(n) => ("MatchClass".into(), format!("positional={}", n)),
        Copy(n) => ("Copy".into(), format!("depth={}", n)),
        Swap(n) => ("Swap".into(), format!("depth={}", n)),
        LoadConst(k) => ("LoadConst".into(), format!("const={}", konst(k))),
        LoadFast(i) => ("LoadFast".into(), format!("local={}", local(i))),
        StoreFast(i) => ("StoreFast".into(), format!("local={}", local(i))),
        DeleteFast(i) => ("DeleteFast".into(), format!("local={}", local(i))),
        LoadDeref(i) => ("LoadDeref".into(), format!("cell={}", local(i))),
        StoreDeref(i) => ("StoreDeref".into(), format!("cell={}", local(i))),
        DeleteDeref(i) => ("DeleteDeref".into(), format!("cell={}", local(i))),
        LoadClosure(i) => ("LoadClosure".into(), format!("cell={}", local(i))),
        LoadClassDeref(i) => ("LoadClassDeref".into(), format!("cell={}", local(i))),
        LoadFastLoadFast(a, b) => (
            "LoadFastLoadFast".into(),
            format!("local={} local={}", local(a as u32), local(b as u32)),
        ),
        LoadFastLoadConst(a, k) => (
            "LoadFastLoadConst".into(),
            format!("local={} const={}", local(a as u32), konst(k as u32)),
        ),
        StoreFastLoadFast(a, b) => (
            "StoreFastLoadFast".into(),
            format!("store={} load={}", local(a as u32), local(b as u32)),
        ),
        ConstBinary(b, k) => (
            "ConstBinary".into(),
            format!("op={} const={}", b.symbol(), konst(k as u32)),
        ),
        FastConstBinary(b, a, k) => (
            "FastConstBinary".into(),
            format!(
                "op={} local={} const={}",
                b.symbol(),
                local(a as u32),
                konst(k as u32)
            ),
        ),
        FastFastBinary(b, x, y) => (
            "FastFastBinary".into(),
            format!(
                "op={} local={} local={}",
                b.symbol(),
                local(x as u32),
                local(y as u32)
            ),
        ),
        ConstCompareJumpIfFalse(c, k, t) | ConstCompareJumpIfTrue(c, k, t) => (
            variant(op),
            format!("op={} const={} to={}", c.symbol(), konst(k as u32), t),
        ),
        LoadFastAttr(a, at) => (
            "LoadFastAttr".into(),
            format!(
                "local={} name={} cache={}",
                local(a as u32),
                name(at.name()),
                at.cache
            ),
        ),
        LoadFastStoreAttr(a, at) => (
            "LoadFastStoreAttr".into(),
            format!(
                "local={} name={} cache={}",
                local(a as u32),
                name(at.name()),
                at.cache
            ),
        ),
        LoadGlobal(n, c) => (
            "LoadGlobal".into(),
            format!("name={} cache={}", name(n), c.index()),
        ),
        StoreGlobal(n) => ("StoreGlobal".into(), format!("name={}", name(n))),
        DeleteGlobal(n) => ("DeleteGlobal".into(), format!("name={}", name(n))),
        LoadName(n) => ("LoadName".into(), format!("name={}", name(n))),
        StoreName(n) => ("StoreName".into(), format!("name={}", name(n))),
        DeleteName(n) => ("DeleteName".into(), format!("name={}", name(n))),
        LoadAttr(n, c) => ("LoadAttr".into(), format!("name={}{}", name(n), cache(c))),
        StoreAttr(n, c) => ("StoreAttr".into(), format!("name={}{}", name(n), cache(c))),
        DeleteAttr(n) => ("DeleteAttr".into(), format!("name={}", name(n))),
        LoadMethod(n, c) => ("LoadMethod".into(), format!("name={}{}", name(n), cache(c))),
        ImportName(n) => ("ImportName".into(), format!("name={}", name(n))),
        ImportFrom(n) => ("ImportFrom".into(), format!("name={}", name(n))),
        Binary(b) => ("Binary".into(), format!("op={}", b.symbol())),
        Inplace(b) => ("Inplace".into(), format!("op={}=", b.symbol())),
        Compare(c) => ("Compare".into(), format!("op={}", c.symbol())),
        Is(neg) => ("Is".into(), flag(neg, "negated").trim().to_string()),
        Contains(neg) => ("Contains".into(), flag(neg, "negated").trim().to_string()),
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
        | JumpIfTrueOrPop(t) | PopJumpIfNone(t) | PopJumpIfNotNone(t) | ForIter(t) | Send(t) => {
            (variant(op), format!("to={}", t))
        }
        CompareJumpIfFalse(c, t) | CompareJumpIfTrue(c, t) => {
            (variant(op), format!("op={} to={}", c.symbol(), t))
        }
        Call(n) | CallKw(n) | CallMethod(n) | CallMethodKw(n) => {
            (variant(op), format!("argc={}", n))
        }
        CallEx(kw) => ("CallEx".into(), format!("kwargs={}", kw)),
        MakeFunction(p) => {
            let parts: Vec<&str> = [
                (p.has(FnParts::DEFAULTS), "defaults"),
                (p.has(FnParts::KWDEFAULTS), "kwdefaults"),
                (p.has(FnParts::ANNOTATIONS), "annotations"),
                (p.has(FnParts::CLOSURE), "closure"),
            ]
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, w)| *w)
            .collect();
            let with = if parts.is_empty() {
                String::new()
            } else {
                format!("with={}", parts.join(","))
            };
            ("MakeFunction".into(), with)
        }
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) | BuildSlice(n)
        | UnpackSequence(n) => (variant(op), format!("count={}", n)),
        BuildMap(n) => ("BuildMap".into(), format!("pairs={}", n)),
        ListAppend(d) | SetAdd(d) | MapAdd(d) | ListExtend(d) | SetUpdate(d) | DictUpdate(d)
        | DictMerge(d) => (variant(op), format!("depth={}", d)),
        UnpackEx(before, after) => (
            "UnpackEx".into(),
            format!("before={} after={}", before, after),
        ),
        FormatValue(conv, spec) => {
            let conv = match conv {
                Conversion::None => String::new(),
                Conversion::Str => "conv=!s".into(),
                Conversion::Repr => "conv=!r".into(),
                Conversion::Ascii => "conv=!a".into(),
            };
            let spec = flag(spec, "with=spec");
            (
                "FormatValue".into(),
                format!("{}{}", conv, spec).trim().to_string(),
            )
        }
        YieldValue(d) => (
            "YieldValue".into(),
            flag(d, "delegating").trim().to_string(),
        ),
        GetAwaitable(w) => (
            "GetAwaitable".into(),
            format!(
                "for={}",
                match w {
                    AwaitableWhere::Await => "await",
                    AwaitableWhere::AEnter => "__aenter__",
                    AwaitableWhere::AExit => "__aexit__",
                }
            ),
        ),
        Raise(form) => (
            "Raise".into(),
            match form {
                RaiseForm::Reraise => "form=reraise",
                RaiseForm::Exc => "form=exc",
                RaiseForm::ExcFrom => "form=exc-from-cause",
            }
            .to_string(),
        ),
    };
    if operands.is_empty() {
        op_name
    } else {
        format!("{} {}", op_name, operands)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dispatch loop loads one op as one machine word: typed operands
    /// must not make it bigger.
    #[test]
    fn op_is_one_word() {
        assert_eq!(std::mem::size_of::<Op>(), 8);
    }

    #[test]
    fn attr_slots_number_what_16_bits_can() {
        assert_eq!(AttrSlot::new(0).and_then(AttrSlot::get), Some(0));
        assert_eq!(AttrSlot::new(65534).and_then(AttrSlot::get), Some(65534));
        assert_eq!(AttrSlot::new(65535), None);
        assert_eq!(AttrSlot::NONE.get(), None);
        let slot = AttrSlot::new(3).unwrap_or(AttrSlot::NONE);
        assert_eq!(
            ShortAttr::new(Name(65535), slot),
            Some(ShortAttr {
                name: 65535,
                cache: 3
            })
        );
        assert_eq!(ShortAttr::new(Name(65536), slot), None);
        assert_eq!(ShortAttr::new(Name(1), AttrSlot::NONE), None);
    }
}
