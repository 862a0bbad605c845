//! A parsed snapshot before any object exists: every entry with its
//! references as numbers, checked to be in range. Building objects from
//! this (load.rs) can then go in whatever order cycles require. Lists
//! live in shared arenas, strings stay in the input, and the per-task
//! payloads (frames, futures) are checked here but parsed again when
//! filled, so parsing allocates little beyond the entries themselves.

use super::tags::*;
use super::wire::{corrupt, Reader, R};
use crate::objects::Value;

/// An inline value: a scalar, or the number of an object entry.
#[derive(Clone)]
pub enum V {
    Val(Value),
    Ref(u32),
}

/// A run of values in the arena (`Ir::vals`); pairs take two values each.
#[derive(Clone, Copy, Default)]
pub struct Span {
    pub start: u32,
    pub len: u32,
}

/// Everything parsed: the entries, and the arenas their lists live in
/// (one allocation per kind of list instead of one per entry). The two
/// payloads there is one of per task, a generator's frame and a future's
/// state, are checked here but kept as their position in the input, and
/// parsed again when their object is filled: values take 16 bytes here
/// and 1 to 5 there.
#[derive(Default)]
pub struct Ir<'a> {
    pub entries: Vec<Entry<'a>>,
    pub vals: Vec<V>,
    pub handles: Vec<HandleIr>,
    pub slots: Vec<SlotIr>,
}

impl Ir<'_> {
    pub fn vs(&self, s: Span) -> &[V] {
        &self.vals[s.start as usize..][..s.len as usize]
    }

    /// A span of pairs, as (key, value).
    pub fn pairs(&self, s: Span) -> impl ExactSizeIterator<Item = (&V, &V)> {
        self.vs(s).chunks_exact(2).map(|p| (&p[0], &p[1]))
    }

    pub fn slots(&self, s: Span) -> &[SlotIr] {
        &self.slots[s.start as usize..][..s.len as usize]
    }
}

pub struct FrameIr {
    pub code: V,
    pub ip: usize,
    pub locals: Span,
    pub stack: Span,
    pub globals: V,
    pub builtins: V,
    pub namespace: Option<V>,
    pub handled: V,
    pub gen: Option<V>,
    pub resume: (u8, Option<V>, u32),
}

pub enum IterIr<'a> {
    Seq(u8, usize, V),
    Range(i64, i64, i64),
    Dict(u8, usize, usize, u8, V),
    Set(usize, usize, V),
    Two(u8, V, V),
    Zip(bool, Span),
    Map(V, Span),
    SeqIndex(u8, i64, V),
    Exhausted(&'a str),
}

pub struct FutureIr {
    pub state: u8,
    pub blocking: bool,
    pub log_traceback: bool,
    pub reports: bool,
    pub vals: [V; 5],
    /// Pairs.
    pub callbacks: Span,
    pub task: Option<(bool, u32, bool, [V; 4])>,
}

pub struct HandleIr {
    pub cancelled: bool,
    pub is_timer: bool,
    pub when: f64,
    pub context: V,
    pub kind: (u8, Option<V>, Option<V>, Span),
}

pub struct LoopIr {
    pub virtual_now: Option<f64>,
    pub flags: [bool; 4],
    pub ready: Vec<(u8, V, V)>,
    pub timers: Vec<(f64, u64, V)>,
    pub seq: u64,
    pub exception_handler: V,
    pub current_task: V,
}

pub enum NativeIr<'a> {
    Property(Box<([V; 4], Option<V>)>),
    One(u8, V),
    Super(Box<[V; 3]>),
    Slots(Span),
    /// A member descriptor: slot index, name, owner class.
    Member(u32, V, V),
    DictView(u8, V),
    StdStream(i64),
    AgAwaitable(u8, u8, Option<V>, V),
    AnextDefault(V, V),
    /// Where the future's state starts in the input (`Parser::future`).
    Future(u32),
    Loop(Box<LoopIr>),
    /// Index into `Ir::handles`.
    Handle(u32),
    Sleep0(bool),
    Deque(Option<usize>, u64, Span),
    DequeIter(usize, u64, bool, V),
    Random(u32, Vec<u32>),
    Host(&'a [u8]),
    ByteArray(&'a [u8]),
    /// `array.array`: typecode and item bytes.
    Array(u8, &'a [u8]),
}

pub enum SlotIr {
    Empty,
    Dummy,
    Active(i64, V),
}

pub struct FunctionIr {
    pub code: V,
    pub globals: V,
    pub name: V,
    pub qualname: V,
    pub defaults: Span,
    pub kwdefaults: Option<V>,
    pub closure: Span,
    pub dict: Option<V>,
    pub module: V,
    pub annotations: Option<V>,
}

pub struct ClassIr {
    pub layout: u8,
    pub custom_getattribute: bool,
    pub has_del: bool,
    pub inst_dict: bool,
    pub nslots: u32,
    pub name: V,
    pub qualname: V,
    pub dict: V,
    pub bases: Span,
    pub mro: Span,
    pub meta: Option<V>,
}

pub struct ExceptionIr {
    pub suppress: bool,
    pub tb: Vec<(V, u32, u32, u32)>,
    pub class: V,
    pub args: V,
    pub cause: V,
    pub context: V,
    pub dict: Option<V>,
}

pub enum Entry<'a> {
    Known(&'a str),
    /// Pairs.
    KnownDict(&'a str, Span),
    KnownList(&'a str, Span),
    Str(&'a str),
    Bytes(&'a [u8]),
    BigInt(&'a [u8]),
    Complex(f64, f64),
    Tuple(Span),
    List(Span),
    /// Pairs.
    Dict(Span),
    /// Into `Ir::slots`.
    Set(bool, Span),
    Range(i64, i64, i64),
    Slice(Box<[V; 3]>),
    Function(Box<FunctionIr>),
    Bound(V, V),
    Class(Box<ClassIr>),
    Instance {
        finalized: bool,
        class: V,
        dict: Option<V>,
        base: Option<V>,
        slots: Span,
    },
    Exception(Box<ExceptionIr>),
    Module(V, V),
    Gen {
        kind: u8,
        flags: [bool; 4],
        code: V,
        name: V,
        qualname: V,
        /// Where the frame starts in the input (`Parser::frame`).
        frame: Option<u32>,
    },
    Iter(IterIr<'a>),
    Cell(Option<V>),
    Code(u32, u32, u32),
    Native {
        class: V,
        dict: Option<V>,
        data: NativeIr<'a>,
    },
}

pub struct Parser<'a, 'b> {
    pub r: &'b mut Reader<'a>,
    /// Where the reader's data starts in the whole input.
    pub base: usize,
    pub count: u32,
    pub ir: &'b mut Ir<'a>,
}

fn index(n: usize) -> R<u32> {
    u32::try_from(n).map_err(|_| corrupt("too many values"))
}

impl<'a> Parser<'a, '_> {
    pub fn v(&mut self) -> R<V> {
        Ok(match self.r.u8()? {
            V_NONE => V::Val(Value::None),
            V_TRUE => V::Val(Value::Bool(true)),
            V_FALSE => V::Val(Value::Bool(false)),
            V_INT => V::Val(Value::Int(self.r.iv()?)),
            V_FLOAT => V::Val(Value::Float(self.r.f64()?)),
            V_NOTIMPL => V::Val(Value::NotImplemented),
            V_ELLIPSIS => V::Val(Value::Ellipsis),
            V_NULL => V::Val(Value::Null),
            V_REF => {
                let i = self.r.u32()?;
                if i >= self.count {
                    return Err(corrupt("reference out of range"));
                }
                V::Ref(i)
            }
            _ => return Err(corrupt("bad value tag")),
        })
    }

    /// Where the reader stands, as a position in the whole input.
    fn pos(&self) -> R<u32> {
        index(self.base + self.r.pos())
    }

    fn opt(&mut self) -> R<Option<V>> {
        Ok(if self.r.bool()? {
            Some(self.v()?)
        } else {
            None
        })
    }

    /// `n` values into the arena.
    fn run(&mut self, n: usize) -> R<Span> {
        let start = index(self.ir.vals.len())?;
        self.ir.vals.reserve(n);
        for _ in 0..n {
            let v = self.v()?;
            self.ir.vals.push(v);
        }
        Ok(Span {
            start,
            len: index(n)?,
        })
    }

    fn vs(&mut self) -> R<Span> {
        let n = self.r.count()?;
        self.run(n)
    }

    fn pairs(&mut self) -> R<Span> {
        let n = self.r.count()?;
        self.run(n.checked_mul(2).ok_or_else(|| corrupt("too many values"))?)
    }

    fn f4(&mut self) -> R<[bool; 4]> {
        Ok([
            self.r.bool()?,
            self.r.bool()?,
            self.r.bool()?,
            self.r.bool()?,
        ])
    }

    pub fn frame(&mut self) -> R<FrameIr> {
        let code = self.v()?;
        let ip = self.r.usize()?;
        let locals = self.vs()?;
        let stack = self.vs()?;
        let globals = self.v()?;
        let builtins = self.v()?;
        let namespace = self.opt()?;
        let handled = self.v()?;
        let gen = self.opt()?;
        let tag = self.r.u8()?;
        let resume = match tag {
            R_INIT => (tag, Some(self.v()?), 0),
            R_FORITER | R_SEND => (tag, None, self.r.u32()?),
            R_NATIVE | R_CALL | R_CALLGEN | R_SENDCLOSE => (tag, None, 0),
            _ => return Err(corrupt("bad resume kind")),
        };
        Ok(FrameIr {
            code,
            ip,
            locals,
            stack,
            globals,
            builtins,
            namespace,
            handled,
            gen,
            resume,
        })
    }

    pub fn entry(&mut self) -> R<Entry<'a>> {
        let tag = self.r.u8()?;
        Ok(match tag {
            O_KNOWN => Entry::Known(self.r.str()?),
            O_KNOWN_DICT => {
                let p = self.r.str()?;
                Entry::KnownDict(p, self.pairs()?)
            }
            O_KNOWN_LIST => {
                let p = self.r.str()?;
                Entry::KnownList(p, self.vs()?)
            }
            O_STR => Entry::Str(self.r.str()?),
            O_BYTES => Entry::Bytes(self.r.bytes()?),
            O_BIGINT => Entry::BigInt(self.r.bytes()?),
            O_COMPLEX => Entry::Complex(self.r.f64()?, self.r.f64()?),
            O_TUPLE => Entry::Tuple(self.vs()?),
            O_LIST => Entry::List(self.vs()?),
            O_DICT => Entry::Dict(self.pairs()?),
            O_SET | O_FROZENSET => {
                let n = self.r.count()?;
                let start = index(self.ir.slots.len())?;
                self.ir.slots.reserve(n);
                for _ in 0..n {
                    let slot = match self.r.u8()? {
                        S_EMPTY => SlotIr::Empty,
                        S_DUMMY => SlotIr::Dummy,
                        S_ACTIVE => {
                            let h = self.r.iv()?;
                            SlotIr::Active(h, self.v()?)
                        }
                        _ => return Err(corrupt("bad set slot")),
                    };
                    self.ir.slots.push(slot);
                }
                Entry::Set(
                    tag == O_FROZENSET,
                    Span {
                        start,
                        len: index(n)?,
                    },
                )
            }
            O_RANGE => Entry::Range(self.r.iv()?, self.r.iv()?, self.r.iv()?),
            O_SLICE => Entry::Slice(Box::new([self.v()?, self.v()?, self.v()?])),
            O_FUNCTION => {
                let code = self.v()?;
                let globals = self.v()?;
                let name = self.v()?;
                let qualname = self.v()?;
                let defaults = self.vs()?;
                let kwdefaults = self.opt()?;
                let closure = self.vs()?;
                let dict = self.opt()?;
                let module = self.v()?;
                let annotations = self.opt()?;
                Entry::Function(Box::new(FunctionIr {
                    code,
                    globals,
                    name,
                    qualname,
                    defaults,
                    kwdefaults,
                    closure,
                    dict,
                    module,
                    annotations,
                }))
            }
            O_BOUND => Entry::Bound(self.v()?, self.v()?),
            O_CLASS => Entry::Class(Box::new(ClassIr {
                layout: self.r.u8()?,
                custom_getattribute: self.r.bool()?,
                has_del: self.r.bool()?,
                inst_dict: self.r.bool()?,
                nslots: self.r.u32()?,
                name: self.v()?,
                qualname: self.v()?,
                dict: self.v()?,
                bases: self.vs()?,
                mro: self.vs()?,
                meta: self.opt()?,
            })),
            O_INSTANCE => Entry::Instance {
                finalized: self.r.bool()?,
                class: self.v()?,
                dict: self.opt()?,
                base: self.opt()?,
                slots: self.vs()?,
            },
            O_EXCEPTION => {
                let suppress = self.r.bool()?;
                let n = self.r.count()?;
                let mut tb = Vec::with_capacity(n);
                for _ in 0..n {
                    tb.push((self.v()?, self.r.u32()?, self.r.u32()?, self.r.u32()?));
                }
                Entry::Exception(Box::new(ExceptionIr {
                    suppress,
                    tb,
                    class: self.v()?,
                    args: self.v()?,
                    cause: self.v()?,
                    context: self.v()?,
                    dict: self.opt()?,
                }))
            }
            O_MODULE => Entry::Module(self.v()?, self.v()?),
            O_GEN => {
                let kind = self.r.u8()?;
                if kind > 2 {
                    return Err(corrupt("bad generator kind"));
                }
                let flags = self.f4()?;
                let code = self.v()?;
                let name = self.v()?;
                let qualname = self.v()?;
                let frame = if self.r.bool()? {
                    let at = self.pos()?;
                    let mark = self.ir.vals.len();
                    self.frame()?;
                    self.ir.vals.truncate(mark);
                    Some(at)
                } else {
                    None
                };
                Entry::Gen {
                    kind,
                    flags,
                    code,
                    name,
                    qualname,
                    frame,
                }
            }
            O_ITER => Entry::Iter(self.iter()?),
            O_CELL => Entry::Cell(self.opt()?),
            O_CODE => Entry::Code(self.r.u32()?, self.r.u32()?, self.r.u32()?),
            O_NATIVE => {
                let class = self.v()?;
                let dict = self.opt()?;
                let data = self.native()?;
                Entry::Native { class, dict, data }
            }
            _ => return Err(corrupt("bad object tag")),
        })
    }

    fn iter(&mut self) -> R<IterIr<'a>> {
        let tag = self.r.u8()?;
        Ok(match tag {
            I_LIST | I_LISTREV | I_TUPLE | I_STR | I_BYTES => {
                let i = self.r.usize()?;
                IterIr::Seq(tag, i, self.v()?)
            }
            I_RANGE => IterIr::Range(self.r.iv()?, self.r.iv()?, self.r.iv()?),
            I_DICT | I_DICTREV => {
                let pos = self.r.usize()?;
                let len = self.r.usize()?;
                let view = self.r.u8()?;
                if view > 2 {
                    return Err(corrupt("bad dict view"));
                }
                IterIr::Dict(tag, pos, len, view, self.v()?)
            }
            I_SET => {
                let slot = self.r.usize()?;
                let len = self.r.usize()?;
                IterIr::Set(slot, len, self.v()?)
            }
            I_ENUMERATE | I_FILTER | I_CALLABLE => IterIr::Two(tag, self.v()?, self.v()?),
            I_ZIP => {
                let strict = self.r.bool()?;
                IterIr::Zip(strict, self.vs()?)
            }
            I_MAP => IterIr::Map(self.v()?, self.vs()?),
            I_SEQ | I_SEQREV => {
                let i = self.r.iv()?;
                IterIr::SeqIndex(tag, i, self.v()?)
            }
            I_EXHAUSTED => IterIr::Exhausted(self.r.str()?),
            _ => return Err(corrupt("bad iterator kind")),
        })
    }

    fn native(&mut self) -> R<NativeIr<'a>> {
        let tag = self.r.u8()?;
        Ok(match tag {
            N_PROPERTY => {
                let a = [self.v()?, self.v()?, self.v()?, self.v()?];
                NativeIr::Property(Box::new((a, self.opt()?)))
            }
            N_STATICMETHOD | N_CLASSMETHOD | N_TRACEBACK | N_COROWRAPPER => {
                NativeIr::One(tag, self.v()?)
            }
            N_SUPER => NativeIr::Super(Box::new([self.v()?, self.v()?, self.v()?])),
            N_SLOTS => NativeIr::Slots(self.vs()?),
            N_MEMBER => NativeIr::Member(self.r.u32()?, self.v()?, self.v()?),
            N_DICTVIEW => {
                let view = self.r.u8()?;
                if view > 2 {
                    return Err(corrupt("bad dict view"));
                }
                NativeIr::DictView(view, self.v()?)
            }
            N_STDSTREAM => NativeIr::StdStream(self.r.iv()?),
            N_AGAWAITABLE => {
                let state = self.r.u8()?;
                let op = self.r.u8()?;
                let val = match op {
                    0 | 1 => Some(self.v()?),
                    2 => None,
                    _ => return Err(corrupt("bad awaitable op")),
                };
                NativeIr::AgAwaitable(state, op, val, self.v()?)
            }
            N_ANEXTDEFAULT => NativeIr::AnextDefault(self.v()?, self.v()?),
            N_FUTURE => {
                let at = self.pos()?;
                let mark = self.ir.vals.len();
                self.future()?;
                self.ir.vals.truncate(mark);
                NativeIr::Future(at)
            }
            _ => self.native_rest(tag)?,
        })
    }

    /// A future's state (after its tag).
    pub fn future(&mut self) -> R<FutureIr> {
        let state = self.r.u8()?;
        if state > 2 {
            return Err(corrupt("bad future state"));
        }
        let blocking = self.r.bool()?;
        let log_traceback = self.r.bool()?;
        let reports = self.r.bool()?;
        let vals = [self.v()?, self.v()?, self.v()?, self.v()?, self.v()?];
        let callbacks = self.pairs()?;
        let task = if self.r.bool()? {
            let must_cancel = self.r.bool()?;
            let n = self.r.u32()?;
            let log = self.r.bool()?;
            Some((
                must_cancel,
                n,
                log,
                [self.v()?, self.v()?, self.v()?, self.v()?],
            ))
        } else {
            None
        };
        Ok(FutureIr {
            state,
            blocking,
            log_traceback,
            reports,
            vals,
            callbacks,
            task,
        })
    }

    fn native_rest(&mut self, tag: u8) -> R<NativeIr<'a>> {
        Ok(match tag {
            N_LOOP => {
                let virtual_now = if self.r.bool()? {
                    Some(self.r.f64()?)
                } else {
                    None
                };
                let flags = self.f4()?;
                let n = self.r.count()?;
                let mut ready = Vec::with_capacity(n);
                for _ in 0..n {
                    let tag = self.r.u8()?;
                    if tag > 3 {
                        return Err(corrupt("bad ready entry"));
                    }
                    ready.push((tag, self.v()?, self.v()?));
                }
                let n = self.r.count()?;
                let mut timers = Vec::with_capacity(n);
                for _ in 0..n {
                    timers.push((self.r.f64()?, self.r.uv()?, self.v()?));
                }
                NativeIr::Loop(Box::new(LoopIr {
                    virtual_now,
                    flags,
                    ready,
                    timers,
                    seq: self.r.uv()?,
                    exception_handler: self.v()?,
                    current_task: self.v()?,
                }))
            }
            N_HANDLE => {
                let cancelled = self.r.bool()?;
                let is_timer = self.r.bool()?;
                let when = self.r.f64()?;
                let context = self.v()?;
                let k = self.r.u8()?;
                let kind = match k {
                    0 => (k, Some(self.v()?), None, self.vs()?),
                    1 | 2 => (k, Some(self.v()?), Some(self.v()?), Span::default()),
                    3 => (k, None, None, Span::default()),
                    _ => return Err(corrupt("bad handle kind")),
                };
                let i = index(self.ir.handles.len())?;
                self.ir.handles.push(HandleIr {
                    cancelled,
                    is_timer,
                    when,
                    context,
                    kind,
                });
                NativeIr::Handle(i)
            }
            N_SLEEP0 => NativeIr::Sleep0(self.r.bool()?),
            N_DEQUE => {
                let maxlen = if self.r.bool()? {
                    Some(self.r.usize()?)
                } else {
                    None
                };
                let state = self.r.uv()?;
                NativeIr::Deque(maxlen, state, self.vs()?)
            }
            N_DEQUEITER => {
                let pos = self.r.usize()?;
                let state = self.r.uv()?;
                let rev = self.r.bool()?;
                NativeIr::DequeIter(pos, state, rev, self.v()?)
            }
            N_RANDOM => {
                let index = self.r.u32()?;
                let n = self.r.count()?;
                let mut words = Vec::with_capacity(n);
                for _ in 0..n {
                    words.push(self.r.u32()?);
                }
                NativeIr::Random(index, words)
            }
            N_HOST => NativeIr::Host(self.r.bytes()?),
            N_BYTEARRAY => NativeIr::ByteArray(self.r.bytes()?),
            N_ARRAY => {
                let code = self.r.u8()?;
                if !crate::objects::array::TYPECODES.as_bytes().contains(&code) {
                    return Err(corrupt("bad array typecode"));
                }
                let b = self.r.bytes()?;
                if b.len() % crate::objects::array::itemsize(code) != 0 {
                    return Err(corrupt("bad array length"));
                }
                NativeIr::Array(code, b)
            }
            _ => return Err(corrupt("bad native kind")),
        })
    }
}
