//! Building objects from a parsed snapshot. Objects whose parts can be
//! filled in later (lists, dicts, instances, generators, ...) are made
//! empty first; the rest are made once what they hold exists, so any cycle
//! the program could make comes back. A cycle no program could make
//! (through immutable objects only) means the snapshot is corrupt.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use super::ir::{Entry, FrameIr, Ir, IterIr, LoopIr, NativeIr, Parser, SlotIr, Span, V};
use super::known::Known;
use super::save::layout_from;
use super::tags::*;
use super::wire::{corrupt, Reader, R};
use super::SnapshotError;
use crate::bytecode::CodeObject;
use crate::objects::function::BoundMethodObj;
use crate::objects::generator::GenKind;
use crate::objects::iter::{DictView, IterState};
use crate::objects::set_table::{SetTable, Slot};
use crate::objects::{
    CellObj, ClassObj, DictObj, ExceptionObj, FunctionObj, GenObj, InstanceObj, IterObj, ListObj,
    ModuleObj, NativeData, NativeObj, SetObj, StrObj, TupleObj, Value,
};
use crate::vm::frame::{Frame, Resume};
use crate::vm::Vm;

pub struct Loader<'v, 'a> {
    pub vm: &'v mut Vm,
    /// The whole snapshot, where some payloads are parsed again.
    bytes: &'a [u8],
    pub ir: Ir<'a>,
    /// Where those payloads' lists go, one at a time.
    scratch: RefCell<Ir<'a>>,
    pub built: Vec<Option<Value>>,
    pub known: Known,
    /// The code objects of each unit, by serial.
    pub units: Vec<Vec<Option<Rc<CodeObject>>>>,
    flagged: HashMap<(u32, u32, u32), Rc<CodeObject>>,
    tasks_to_check: RefCell<Vec<Rc<NativeObj>>>,
    depths: super::verify::Depths,
}

/// The most slots a restored class may give its instances.
const MAX_SLOTS: u32 = 1 << 20;

fn bad(what: &str) -> SnapshotError {
    corrupt(what)
}

impl<'v, 'a> Loader<'v, 'a> {
    pub fn new(
        vm: &'v mut Vm,
        bytes: &'a [u8],
        ir: Ir<'a>,
        known: Known,
        units: Vec<Vec<Option<Rc<CodeObject>>>>,
    ) -> Loader<'v, 'a> {
        let n = ir.entries.len();
        Loader {
            vm,
            bytes,
            ir,
            scratch: Default::default(),
            built: vec![None; n],
            known,
            units,
            flagged: HashMap::new(),
            tasks_to_check: RefCell::new(Vec::new()),
            depths: Default::default(),
        }
    }

    pub fn get(&self, v: &V) -> R<Value> {
        match v {
            V::Val(x) => Ok(x.clone()),
            V::Ref(i) => self.built[*i as usize]
                .clone()
                .ok_or_else(|| bad("object used before it exists")),
        }
    }

    fn dict(&self, v: &V) -> R<Rc<DictObj>> {
        match self.get(v)? {
            Value::Dict(d) => Ok(d),
            _ => Err(bad("expected a dict")),
        }
    }

    fn str(&self, v: &V) -> R<Rc<StrObj>> {
        match self.get(v)? {
            Value::Str(s) => Ok(s),
            _ => Err(bad("expected a str")),
        }
    }

    fn class(&self, v: &V) -> R<Rc<ClassObj>> {
        match self.get(v)? {
            Value::Class(c) => Ok(c),
            _ => Err(bad("expected a class")),
        }
    }

    fn code(&self, v: &V) -> R<Rc<CodeObject>> {
        match self.get(v)? {
            Value::Code(c) => Ok(c),
            _ => Err(bad("expected a code object")),
        }
    }

    fn gen(&self, v: &V) -> R<Rc<GenObj>> {
        match self.get(v)? {
            Value::Generator(g) => Ok(g),
            _ => Err(bad("expected a generator")),
        }
    }

    fn native(&self, v: &V) -> R<Rc<NativeObj>> {
        match self.get(v)? {
            Value::Native(n) => Ok(n),
            _ => Err(bad("expected a native object")),
        }
    }

    fn vals(&self, vs: Span) -> R<Vec<Value>> {
        self.vals_in(&self.ir, vs)
    }

    fn vals_in(&self, ir: &Ir, vs: Span) -> R<Vec<Value>> {
        let vs = ir.vs(vs);
        let mut out = Vec::with_capacity(vs.len());
        for v in vs {
            out.push(self.get(v)?);
        }
        Ok(out)
    }

    /// Parse again a payload that starts at `at` in the input (checked
    /// once already), its lists into `sc`.
    fn payload<T>(
        &self,
        at: u32,
        sc: &mut Ir<'a>,
        f: impl FnOnce(&mut Parser<'a, '_>) -> R<T>,
    ) -> R<T> {
        sc.vals.clear();
        let data = self
            .bytes
            .get(at as usize..)
            .ok_or_else(|| bad("payload beyond the end"))?;
        let mut r = Reader::new(data);
        let mut p = Parser {
            r: &mut r,
            base: at as usize,
            count: self.built.len() as u32,
            ir: sc,
        };
        f(&mut p)
    }

    fn opt(&self, v: &Option<V>) -> R<Option<Value>> {
        v.as_ref().map(|v| self.get(v)).transpose()
    }

    /// Make every object, each after what it needs.
    pub fn build_all(&mut self) -> R<()> {
        let n = self.ir.entries.len();
        let mut progress = vec![false; n];
        let mut stack: Vec<(u32, bool)> = Vec::new();
        for start in 0..n {
            if self.built[start].is_some() {
                continue;
            }
            stack.push((start as u32, false));
            while let Some((i, expanded)) = stack.pop() {
                let iu = i as usize;
                if self.built[iu].is_some() {
                    continue;
                }
                if !expanded {
                    if progress[iu] {
                        return Err(bad("cycle through immutable objects"));
                    }
                    progress[iu] = true;
                    stack.push((i, true));
                    let before = stack.len();
                    let built = &self.built;
                    deps(&self.ir, iu, |d| {
                        if built[d as usize].is_none() {
                            stack.push((d, false));
                        }
                    });
                    if stack.len() != before {
                        continue;
                    }
                    stack.pop();
                }
                let v = self.make(iu)?;
                self.built[iu] = Some(v);
            }
        }
        Ok(())
    }

    fn known(&self, path: &str) -> R<Value> {
        self.known.by_path.get(path).cloned().ok_or_else(|| {
            SnapshotError::Mismatch(format!(
                "the snapshot refers to '{}', which this VM does not have",
                path
            ))
        })
    }

    fn make(&mut self, i: usize) -> R<Value> {
        let e = &self.ir.entries[i];
        Ok(match e {
            Entry::Known(p) => self.known(p)?,
            Entry::KnownDict(p, _) => match self.known(p)? {
                v @ Value::Dict(_) => v,
                _ => return Err(bad("known object is not a dict")),
            },
            Entry::KnownList(p, _) => match self.known(p)? {
                v @ Value::List(_) => v,
                _ => return Err(bad("known object is not a list")),
            },
            Entry::Str(s) => {
                let ident =
                    s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
                if ident {
                    Value::Str(self.vm.intern(s))
                } else {
                    Value::Str(Rc::new(StrObj::new(s)))
                }
            }
            Entry::Bytes(b) => Value::Bytes(Rc::new(crate::objects::BytesObj::new(b.to_vec()))),
            Entry::BigInt(b) => Value::from_bigint(num_bigint::BigInt::from_signed_bytes_le(b)),
            Entry::Complex(re, im) => crate::objects::complex::ComplexObj::value(*re, *im),
            Entry::Tuple(items) => {
                let items = self.vals(*items)?;
                Value::Tuple(Rc::new(TupleObj::new(items)))
            }
            Entry::List(_) => Value::List(Rc::new(ListObj::new(Vec::new()))),
            Entry::Dict(_) => Value::Dict(Rc::new(DictObj::new())),
            Entry::Set(frozen, _) => {
                let s = Rc::new(SetObj::new());
                if *frozen {
                    Value::FrozenSet(s)
                } else {
                    Value::Set(s)
                }
            }
            Entry::Range(a, b, c) => {
                if *c == 0 {
                    return Err(bad("range step is zero"));
                }
                Value::Range(Rc::new(crate::objects::RangeObj {
                    start: *a,
                    stop: *b,
                    step: *c,
                }))
            }
            Entry::Slice(abc) => Value::Slice(Rc::new(crate::objects::SliceObj {
                start: self.get(&abc[0])?,
                stop: self.get(&abc[1])?,
                step: self.get(&abc[2])?,
            })),
            Entry::Bound(s, f) => crate::objects::function::bound_method(BoundMethodObj {
                gc: Default::default(),
                self_: self.get(s)?,
                func: self.get(f)?,
            }),
            Entry::Code(u, s, flags) => {
                let (u, s, flags) = (*u, *s, *flags);
                let base = self
                    .units
                    .get(u as usize)
                    .and_then(|u| u.get(s as usize))
                    .cloned()
                    .flatten()
                    .ok_or_else(|| bad("unknown code object"))?;
                if base.flags == flags {
                    Value::Code(base)
                } else {
                    let c = self
                        .flagged
                        .entry((u, s, flags))
                        .or_insert_with(|| Rc::new(base.with_flags(flags)))
                        .clone();
                    Value::Code(c)
                }
            }
            Entry::Function(f) => {
                let code = self.code(&f.code)?;
                let cells = self
                    .ir
                    .vs(f.closure)
                    .iter()
                    .map(|c| match self.get(c)? {
                        Value::Cell(c) => Ok(c),
                        _ => Err(bad("expected a cell")),
                    })
                    .collect::<R<Vec<_>>>()?;
                if cells.len() != code.free_slots.len() {
                    return Err(bad("closure does not match its code"));
                }
                Value::Function(Rc::new(FunctionObj {
                    gc: Default::default(),
                    name: RefCell::new(code.name.clone()),
                    qualname: RefCell::new(code.qualname.clone()),
                    code,
                    globals: self.dict(&f.globals)?,
                    defaults: RefCell::new(Vec::new()),
                    kwdefaults: RefCell::new(None),
                    closure: cells.into_boxed_slice(),
                    dict: RefCell::new(None),
                    module: self.get(&f.module)?,
                    annotations: RefCell::new(None),
                }))
            }
            Entry::Class(c) => {
                let layout = layout_from(c.layout).ok_or_else(|| bad("bad class layout"))?;
                // Each instance allocates this many slots.
                if c.nslots > MAX_SLOTS {
                    return Err(bad("bad class layout"));
                }
                let name = self.str(&c.name)?;
                Value::Class(Rc::new(ClassObj {
                    gc: Default::default(),
                    qualname: RefCell::new(name.clone()),
                    name: RefCell::new(name),
                    bases: RefCell::new(Vec::new()),
                    mro: RefCell::new(Vec::new()),
                    dict: self.dict(&c.dict)?,
                    layout,
                    builtin: false,
                    metaclass: RefCell::new(None),
                    version: Cell::new(crate::objects::class::next_tag()),
                    subclasses: RefCell::new(Vec::new()),
                    custom_getattribute: Cell::new(c.custom_getattribute),
                    has_del: Cell::new(c.has_del),
                    nslots: Cell::new(c.nslots),
                    inst_dict: Cell::new(c.inst_dict),
                }))
            }
            Entry::Instance {
                finalized,
                dict,
                slots,
                ..
            } => Value::Instance(Rc::new(InstanceObj {
                gc: Default::default(),
                class: RefCell::new(self.vm.types.object.clone()),
                dict: dict.as_ref().map(|d| self.dict(d)).transpose()?,
                slots: (0..slots.len).map(|_| Cell::new(Value::Null)).collect(),
                base: RefCell::new(None),
                finalized: Cell::new(*finalized),
            })),
            Entry::Exception(_) => Value::Exception(Rc::new(ExceptionObj::new(
                self.vm.types.base_exception.clone(),
                Value::tuple(Vec::new()),
            ))),
            Entry::Module(n, d) => Value::Module(Rc::new(ModuleObj {
                gc: Default::default(),
                name: self.str(n)?,
                dict: self.dict(d)?,
            })),
            Entry::Gen { kind, code, .. } => {
                let code = self.code(code)?;
                let kind = match kind {
                    0 => GenKind::Generator,
                    1 => GenKind::Coroutine,
                    _ => GenKind::AsyncGenerator,
                };
                let g = GenObj::new(
                    kind,
                    code.clone(),
                    code.name.clone(),
                    code.qualname.clone(),
                    None,
                    Some(self.vm.gen_queues.clone()),
                );
                g.finished.set(true);
                g.started.set(true);
                Value::Generator(Rc::new(g))
            }
            Entry::Iter(_) => Value::Iter(Rc::new(IterObj::new(IterState::Exhausted("iterator")))),
            Entry::Cell(_) => Value::Cell(Rc::new(CellObj {
                gc: Default::default(),
                value: RefCell::new(None),
            })),
            Entry::Native { class, dict, data } => {
                let class = self.class(class)?;
                let dict = match dict {
                    Some(d) => Some(self.dict(d)?),
                    None => None,
                };
                let data = match data {
                    NativeIr::Host(bytes) => {
                        let name = class.name().as_str().to_string();
                        let load = self
                            .vm
                            .embed
                            .host_serializers
                            .get(&name)
                            .map(|s| s.load.clone())
                            .ok_or_else(|| {
                                SnapshotError::Mismatch(format!(
                                    "host type '{}' has no snapshot serializer registered",
                                    name
                                ))
                            })?;
                        let obj = load(bytes).ok_or_else(|| {
                            SnapshotError::Restore(format!(
                                "host type '{}' rejected its data",
                                name
                            ))
                        })?;
                        NativeData::Host(obj)
                    }
                    d => self.native_shell(d)?,
                };
                Value::Native(Rc::new(NativeObj {
                    gc: Default::default(),
                    class,
                    data,
                    dict,
                }))
            }
        })
    }

    fn native_shell(&self, d: &NativeIr) -> R<NativeData> {
        use crate::asyncio::future::FutureData;
        use crate::objects::asyncgen::{AgAwaitable, AgOp, AnextDefault};
        Ok(match d {
            NativeIr::Property(p) => NativeData::Property {
                fget: self.get(&p.0[0])?,
                fset: self.get(&p.0[1])?,
                fdel: self.get(&p.0[2])?,
                doc: self.get(&p.0[3])?,
                name: RefCell::new(None),
            },
            NativeIr::One(tag, v) => match *tag {
                N_STATICMETHOD => NativeData::StaticMethod(self.get(v)?),
                N_CLASSMETHOD => NativeData::ClassMethod(self.get(v)?),
                N_TRACEBACK => match self.get(v)? {
                    Value::Exception(e) => NativeData::Traceback(e),
                    _ => return Err(bad("expected an exception")),
                },
                _ => NativeData::CoroWrapper(self.gen(v)?),
            },
            NativeIr::Super(abc) => NativeData::Super {
                this_class: self.class(&abc[0])?,
                obj: self.get(&abc[1])?,
                obj_type: self.class(&abc[2])?,
            },
            NativeIr::Slots(_) => NativeData::Slots(RefCell::new(Vec::new())),
            NativeIr::Member(index, name, _) => NativeData::Member {
                name: self.str(name)?,
                index: *index,
                owner: RefCell::new(std::rc::Weak::new()),
            },
            NativeIr::DictView(view, d) => NativeData::DictView {
                dict: self.dict(d)?,
                view: view_from(*view),
            },
            NativeIr::StdStream(fd) => NativeData::StdStream(*fd),
            NativeIr::AgAwaitable(state, op, x, g) => {
                let op = match (op, x) {
                    (0, Some(x)) => AgOp::Send(self.get(x)?),
                    (1, Some(x)) => AgOp::Throw(self.get(x)?),
                    _ => AgOp::Close,
                };
                NativeData::AgAwaitable(AgAwaitable {
                    gen: self.gen(g)?,
                    op,
                    state: Cell::new((*state).min(2)),
                })
            }
            NativeIr::AnextDefault(_, d) => NativeData::AnextDefault(AnextDefault {
                awaitable: RefCell::new(Value::None),
                default: self.get(d)?,
            }),
            NativeIr::Future(_) => {
                NativeData::Future(RefCell::new(FutureData::new(Value::None, None)))
            }
            NativeIr::Loop(l) => NativeData::Loop(RefCell::new(
                crate::asyncio::event_loop::LoopData::new(l.virtual_now),
            )),
            NativeIr::Handle(h) => {
                let h = &self.ir.handles[*h as usize];
                NativeData::Handle(crate::asyncio::handle::HandleData {
                    kind: RefCell::new(crate::asyncio::handle::HandleKind::Done),
                    cancelled: Cell::new(h.cancelled),
                    is_timer: h.is_timer,
                    when: h.when,
                    context: self.get(&h.context)?,
                    timer_cancelled: None,
                    loop_owned: Default::default(),
                })
            }
            NativeIr::Sleep0(b) => NativeData::Sleep0(Cell::new(*b)),
            NativeIr::Deque(maxlen, state, _) => {
                let d = crate::objects::deque::DequeData::new(*maxlen);
                d.state.set(*state);
                NativeData::Deque(d)
            }
            NativeIr::DequeIter(pos, state, reverse, d) => {
                NativeData::DequeIter(crate::objects::deque::DequeIter {
                    deque: self.native(d)?,
                    pos: Cell::new(*pos),
                    state: *state,
                    reverse: *reverse,
                })
            }
            NativeIr::Host(_) => return Err(bad("host object without its class")),
            NativeIr::Array(code, b) => {
                NativeData::Array(crate::objects::array::ArrayData::new(*code, b.to_vec()))
            }
            NativeIr::ByteArray(b) => {
                NativeData::ByteArray(crate::objects::bytearray::ByteArrayData {
                    data: RefCell::new(b.to_vec()),
                    exports: Cell::new(0),
                })
            }
            NativeIr::Random(index, words) => {
                let mut mt = crate::builtins::random_mt::Mt19937::from_i64_seed(0);
                mt.setstate(&crate::builtins::random_mt::MtState {
                    words: words.clone(),
                    index: *index,
                })
                .map_err(|e| bad(&e))?;
                NativeData::Random(Box::new(RefCell::new(mt)))
            }
        })
    }

    /// Fill in every part that could wait. Dicts and sets come last
    /// (`fill_tables`), since hashing a key may need other objects whole.
    pub fn fill_all(&mut self) -> R<()> {
        for i in 0..self.ir.entries.len() {
            self.fill(i)?;
        }
        Ok(())
    }

    fn fill(&mut self, i: usize) -> R<()> {
        let obj = self.built[i].clone().ok_or_else(|| bad("missing object"))?;
        match (&self.ir.entries[i], &obj) {
            (Entry::List(items), Value::List(l)) | (Entry::KnownList(_, items), Value::List(l)) => {
                let items = self.vals(*items)?;
                *l.borrow_mut() = items;
            }
            (Entry::Function(e), Value::Function(f)) => {
                *f.name.borrow_mut() = self.str(&e.name)?;
                *f.qualname.borrow_mut() = self.str(&e.qualname)?;
                *f.defaults.borrow_mut() = self.vals(e.defaults)?;
                *f.kwdefaults.borrow_mut() = match &e.kwdefaults {
                    Some(d) => Some(self.dict(d)?),
                    None => None,
                };
                *f.dict.borrow_mut() = match &e.dict {
                    Some(d) => Some(self.dict(d)?),
                    None => None,
                };
                *f.annotations.borrow_mut() = self.opt(&e.annotations)?;
            }
            (Entry::Class(e), Value::Class(c)) => {
                *c.qualname.borrow_mut() = self.str(&e.qualname)?;
                let bases: Vec<Rc<ClassObj>> = self
                    .ir
                    .vs(e.bases)
                    .iter()
                    .map(|b| self.class(b))
                    .collect::<R<_>>()?;
                for b in &bases {
                    b.subclasses.borrow_mut().push(Rc::downgrade(c));
                }
                *c.bases.borrow_mut() = bases;
                *c.mro.borrow_mut() = self
                    .ir
                    .vs(e.mro)
                    .iter()
                    .map(|b| self.class(b))
                    .collect::<R<_>>()?;
                *c.metaclass.borrow_mut() = match &e.meta {
                    Some(m) => Some(self.class(m)?),
                    None => None,
                };
            }
            (
                Entry::Instance {
                    class, base, slots, ..
                },
                Value::Instance(o),
            ) => {
                *o.class.borrow_mut() = self.class(class)?;
                *o.base.borrow_mut() = self.opt(base)?;
                for (i, v) in self.vals(*slots)?.into_iter().enumerate() {
                    drop(o.set_slot(i, v));
                }
            }
            (Entry::Exception(x), Value::Exception(e)) => {
                e.suppress_context.set(x.suppress);
                let mut entries = Vec::with_capacity(x.tb.len());
                for (c, line, p0, p1) in &x.tb {
                    entries.push(crate::objects::exception::TbEntry {
                        code: self.code(c)?,
                        line: *line,
                        pos: (*p0, *p1),
                    });
                }
                *e.traceback.borrow_mut() = entries;
                *e.class.borrow_mut() = self.class(&x.class)?;
                let args = self.get(&x.args)?;
                if !matches!(args, Value::Tuple(_)) {
                    return Err(bad("exception args are not a tuple"));
                }
                *e.args.borrow_mut() = args;
                *e.cause.borrow_mut() = self.get(&x.cause)?;
                *e.context.borrow_mut() = self.get(&x.context)?;
                *e.dict.borrow_mut() = match &x.dict {
                    Some(d) => Some(self.dict(d)?),
                    None => None,
                };
            }
            (
                Entry::Gen {
                    flags,
                    name,
                    qualname,
                    frame,
                    ..
                },
                Value::Generator(g),
            ) => {
                g.name.set(self.str(name)?);
                g.qualname.set(self.str(qualname)?);
                g.finished.set(flags[0]);
                g.started.set(flags[1]);
                g.ag_running.set(flags[2]);
                g.warn_unawaited.set(flags[3]);
                if let Some(at) = frame {
                    let mut sc = self.scratch.borrow_mut();
                    let fi = self.payload(*at, &mut sc, |p| p.frame())?;
                    let f = self.frame_as(&fi, &sc, false)?;
                    if !Rc::ptr_eq(&f.code, &g.code) && f.code.serial != g.code.serial {
                        return Err(bad("generator frame runs other code"));
                    }
                    *g.frame.borrow_mut() = Some(f);
                }
            }
            (Entry::Iter(st), Value::Iter(it)) => {
                let st = self.iter_state(st)?;
                *it.state.borrow_mut() = st;
            }
            (Entry::Cell(x), Value::Cell(c)) => {
                *c.value.borrow_mut() = self.opt(x)?;
            }
            (Entry::Native { data, .. }, Value::Native(n)) => self.fill_native(n, data)?,
            _ => {}
        }
        Ok(())
    }

    /// A running frame waiting for the call it made to return.
    pub fn frame_waiting(&self, f: &FrameIr) -> R<Box<Frame>> {
        self.frame_as(f, &self.ir, true)
    }

    /// A frame whose lists are in `ir`; `waiting`: a running one waiting
    /// for the call it made to return, else a suspended generator's.
    fn frame_as(&self, f: &FrameIr, ir: &Ir, waiting: bool) -> R<Box<Frame>> {
        let code = self.code(&f.code)?;
        if f.ip > code.ops.len() {
            return Err(bad("instruction position out of range"));
        }
        if f.locals.len as usize != code.nlocals() {
            return Err(bad("frame locals do not match its code"));
        }
        super::verify::check_stack(&self.depths, &code, f.ip, f.stack.len as usize, waiting)?;
        let resume = match f.resume.0 {
            R_NATIVE => Resume::Native,
            R_CALL => Resume::Call,
            R_INIT => Resume::Init(
                f.resume
                    .1
                    .as_ref()
                    .map(|v| self.get(v))
                    .transpose()?
                    .unwrap_or_default(),
            ),
            R_FORITER | R_SEND => {
                let t = f.resume.2;
                if t as usize > code.ops.len() {
                    return Err(bad("jump target out of range"));
                }
                if f.resume.0 == R_FORITER {
                    Resume::ForIter(t)
                } else {
                    Resume::Send(t)
                }
            }
            R_CALLGEN => Resume::CallGen,
            _ => Resume::SendClose,
        };
        let mut stack = Vec::with_capacity(code.stacksize as usize);
        for v in ir.vs(f.stack) {
            stack.push(self.get(v)?);
        }
        Ok(Box::new(Frame {
            ip: f.ip,
            locals: self.vals_in(ir, f.locals)?,
            stack,
            globals: self.dict(&f.globals)?,
            builtins: self.dict(&f.builtins)?,
            namespace: match &f.namespace {
                Some(d) => Some(self.dict(d)?),
                None => None,
            },
            handled: self.get(&f.handled)?,
            gen: match &f.gen {
                Some(g) => Some(self.gen(g)?),
                None => None,
            },
            resume,
            code,
        }))
    }

    fn iter_state(&self, st: &IterIr) -> R<IterState> {
        Ok(match st {
            IterIr::Seq(tag, index, v) => {
                let index = *index;
                match (*tag, self.get(v)?) {
                    (I_LIST, Value::List(list)) => IterState::List { list, index },
                    (I_LISTREV, Value::List(list)) => IterState::ListReverse { list, index },
                    (I_TUPLE, Value::Tuple(tuple)) => IterState::Tuple { tuple, index },
                    (I_STR, Value::Str(s)) => {
                        if !s.as_str().is_char_boundary(index) {
                            return Err(bad("string position inside a character"));
                        }
                        IterState::Str { s, byte_pos: index }
                    }
                    (I_BYTES, Value::Bytes(b)) => IterState::Bytes { b, index },
                    _ => return Err(bad("iterator over the wrong type")),
                }
            }
            IterIr::Range(next, stop, step) => {
                if *step == 0 {
                    return Err(bad("range step is zero"));
                }
                IterState::Range {
                    next: *next,
                    stop: *stop,
                    step: *step,
                }
            }
            IterIr::Dict(tag, pos, len, view, d) => {
                let dict = self.dict(d)?;
                let (pos, len, view) = (*pos, *len, view_from(*view));
                if *tag == I_DICT {
                    IterState::Dict {
                        dict,
                        pos,
                        len,
                        view,
                    }
                } else {
                    IterState::DictReverse {
                        dict,
                        pos,
                        len,
                        view,
                    }
                }
            }
            IterIr::Set(slot, len, s) => match self.get(s)? {
                Value::Set(set) | Value::FrozenSet(set) => IterState::Set {
                    set,
                    slot: *slot,
                    len: *len,
                },
                _ => return Err(bad("expected a set")),
            },
            IterIr::Two(tag, a, b) => {
                let (a, b) = (self.get(a)?, self.get(b)?);
                match *tag {
                    I_ENUMERATE => IterState::Enumerate { iter: a, count: b },
                    I_FILTER => IterState::Filter { func: a, iter: b },
                    _ => IterState::Callable {
                        func: a,
                        sentinel: b,
                    },
                }
            }
            IterIr::Zip(strict, its) => IterState::Zip {
                iters: self.vals(*its)?,
                strict: *strict,
            },
            IterIr::Map(f, its) => IterState::Map {
                func: self.get(f)?,
                iters: self.vals(*its)?,
            },
            IterIr::SeqIndex(tag, index, s) => {
                let seq = self.get(s)?;
                if *tag == I_SEQ {
                    IterState::SeqIter { seq, index: *index }
                } else {
                    IterState::SeqReverse { seq, index: *index }
                }
            }
            IterIr::Exhausted(name) => IterState::Exhausted(static_iter_name(name)),
        })
    }

    fn fill_native(&self, n: &Rc<NativeObj>, d: &NativeIr) -> R<()> {
        use crate::asyncio::future::{FutState, TaskData};
        use crate::asyncio::handle::HandleKind;
        match (d, &n.data) {
            (NativeIr::Property(p), NativeData::Property { name: slot, .. }) => {
                if let Some(name) = &p.1 {
                    *slot.borrow_mut() = Some(self.str(name)?);
                }
            }
            (NativeIr::Member(_, _, owner), NativeData::Member { owner: o, .. }) => {
                *o.borrow_mut() = Rc::downgrade(&self.class(owner)?);
            }
            (NativeIr::Slots(items), NativeData::Slots(s)) => {
                *s.borrow_mut() = self.vals(*items)?
            }
            (NativeIr::AnextDefault(a, _), NativeData::AnextDefault(x)) => {
                *x.awaitable.borrow_mut() = self.get(a)?
            }
            (NativeIr::Deque(_, _, items), NativeData::Deque(dq)) => {
                *dq.items.borrow_mut() = self.vals(*items)?.into_iter().collect();
            }
            (NativeIr::Future(at), NativeData::Future(cell)) => {
                let mut sc = self.scratch.borrow_mut();
                let f = self.payload(*at, &mut sc, |p| p.future())?;
                let mut fd = cell.borrow_mut();
                fd.state = match f.state {
                    0 => FutState::Pending,
                    1 => FutState::Cancelled,
                    _ => FutState::Finished,
                };
                fd.blocking = f.blocking;
                fd.log_traceback = f.log_traceback;
                if f.reports {
                    fd.reports = Some(self.vm.ext.asyncio.reports.clone());
                }
                fd.result = self.get(&f.vals[0])?;
                fd.exception = self.get(&f.vals[1])?;
                fd.loop_ = self.get(&f.vals[2])?;
                fd.cancel_message = self.get(&f.vals[3])?;
                fd.cancelled_exc = self.get(&f.vals[4])?;
                let mut callbacks = Vec::with_capacity(f.callbacks.len as usize / 2);
                for (a, b) in sc.pairs(f.callbacks) {
                    callbacks.push((self.get(a)?, self.get(b)?));
                }
                fd.callbacks = callbacks;
                fd.task = match &f.task {
                    None => None,
                    Some((must_cancel, num, log, v)) => Some(TaskData {
                        coro: self.get(&v[0])?,
                        name: self.get(&v[1])?,
                        fut_waiter: self.get(&v[2])?,
                        must_cancel: *must_cancel,
                        num_cancels_requested: *num,
                        log_destroy_pending: *log,
                        context: self.get(&v[3])?,
                    }),
                };
            }
            (NativeIr::Loop(lir), NativeData::Loop(cell)) => {
                let LoopIr {
                    flags,
                    ready,
                    timers,
                    seq,
                    exception_handler,
                    current_task,
                    ..
                } = &**lir;
                let mut l = cell.borrow_mut();
                l.running = flags[0];
                l.closed = flags[1];
                l.stopping = flags[2];
                l.debug = flags[3];
                use crate::asyncio::handle::Ready;
                for (tag, a, b) in ready {
                    let r = match tag {
                        0 => {
                            let h = self.native(a)?;
                            if !matches!(h.data, NativeData::Handle(_)) {
                                return Err(bad("ready queue holds a non-handle"));
                            }
                            Ready::Handle(h)
                        }
                        1 => Ready::TaskStep(self.task(a)?, self.get(b)?),
                        2 => Ready::TaskWakeup(self.task(a)?, self.get(b)?),
                        _ => Ready::Callback(self.get(a)?, self.get(b)?),
                    };
                    l.ready.push_back(r);
                }
                let mut max_seq = 0;
                for (when, s, h) in timers {
                    let h = self.native(h)?;
                    let NativeData::Handle(hd) = &h.data else {
                        return Err(bad("timer heap holds a non-handle"));
                    };
                    if hd.when.is_nan() || when.is_nan() {
                        return Err(bad("timer deadline is not a number"));
                    }
                    max_seq = max_seq.max(*s);
                    l.timers.push(crate::asyncio::event_loop::Timer {
                        when: *when,
                        seq: *s,
                        handle: h,
                    });
                }
                l.seq = (*seq).max(max_seq.saturating_add(1));
                l.exception_handler = self.get(exception_handler)?;
                l.current_task = self.get(current_task)?;
            }
            (NativeIr::Handle(hi), NativeData::Handle(h)) => {
                let k = match &self.ir.handles[*hi as usize].kind {
                    (0, Some(cb), _, args) => HandleKind::Call {
                        callback: self.get(cb)?,
                        args: self.vals(*args)?.into(),
                    },
                    (1, Some(t), Some(e), _) => HandleKind::TaskStep(self.task(t)?, self.get(e)?),
                    (2, Some(t), Some(f), _) => HandleKind::TaskWakeup(self.task(t)?, self.get(f)?),
                    _ => HandleKind::Done,
                };
                *h.kind.borrow_mut() = k;
            }
            _ => {}
        }
        Ok(())
    }

    /// A task (checked once every object is filled: `check_tasks`).
    fn task(&self, v: &V) -> R<Rc<NativeObj>> {
        let t = self.native(v)?;
        match &t.data {
            NativeData::Future(_) => {
                self.tasks_to_check.borrow_mut().push(t.clone());
                Ok(t)
            }
            _ => Err(bad("expected a task")),
        }
    }

    pub fn check_tasks(&self) -> R<()> {
        for t in self.tasks_to_check.borrow().iter() {
            let ok = match &t.data {
                NativeData::Future(f) => f.try_borrow().is_ok_and(|f| f.task.is_some()),
                _ => false,
            };
            if !ok {
                return Err(bad("expected a task"));
            }
        }
        Ok(())
    }

    /// Dicts and sets, with every key hashed in this process (identity
    /// hashes differ from the saving one's; a key's `__hash__` may run).
    pub fn fill_tables(&mut self) -> R<()> {
        // Inner containers were numbered after the outer ones that reached
        // them: filling from the last makes frozensets whole before they
        // are hashed as keys.
        let ir = std::mem::take(&mut self.ir);
        let r = self.fill_tables_of(&ir);
        self.ir = ir;
        r
    }

    fn fill_tables_of(&mut self, ir: &Ir) -> R<()> {
        for i in (0..ir.entries.len()).rev() {
            match &ir.entries[i] {
                Entry::Dict(pairs) | Entry::KnownDict(_, pairs) => {
                    let Some(Value::Dict(d)) = self.built[i].clone() else {
                        continue;
                    };
                    let mut items = Vec::with_capacity(pairs.len as usize / 2);
                    for (k, v) in ir.pairs(*pairs) {
                        let k = self.get(k)?;
                        let h = self.hash(&k)?;
                        items.push((h, k, self.get(v)?));
                    }
                    let t = crate::objects::dict_table::DictTable::from_distinct(items);
                    let old = std::mem::replace(&mut *d.borrow_mut(), t);
                    drop(old);
                }
                Entry::Set(_, slots) => {
                    let Some(Value::Set(s) | Value::FrozenSet(s)) = self.built[i].clone() else {
                        continue;
                    };
                    let slots = ir.slots(*slots);
                    let mut layout = Vec::with_capacity(slots.len());
                    let mut hashes = Vec::with_capacity(slots.len());
                    for sl in slots {
                        match sl {
                            SlotIr::Empty => {
                                layout.push(Slot::Empty);
                                hashes.push(0);
                            }
                            SlotIr::Dummy => {
                                layout.push(Slot::Dummy);
                                hashes.push(0);
                            }
                            SlotIr::Active(saved, k) => {
                                let k = self.get(k)?;
                                hashes.push(self.hash(&k)?);
                                layout.push(Slot::Active {
                                    hash: *saved,
                                    key: k,
                                });
                            }
                        }
                    }
                    *s.borrow_mut() = SetTable::from_layout(layout, hashes);
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn hash(&mut self, k: &Value) -> R<i64> {
        self.vm.hash(k).map_err(|e| {
            SnapshotError::Restore(format!("hashing a key failed: {}", super::describe(&e)))
        })
    }
}

fn view_from(v: u8) -> DictView {
    match v {
        0 => DictView::Keys,
        1 => DictView::Values,
        _ => DictView::Items,
    }
}

fn static_iter_name(n: &str) -> &'static str {
    const NAMES: &[&str] = &[
        "list_iterator",
        "list_reverseiterator",
        "tuple_iterator",
        "range_iterator",
        "str_ascii_iterator",
        "str_iterator",
        "bytes_iterator",
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "dict_reversekeyiterator",
        "dict_reversevalueiterator",
        "dict_reverseitemiterator",
        "set_iterator",
        "enumerate",
        "zip",
        "map",
        "filter",
        "reversed",
        "iterator",
        "callable_iterator",
    ];
    NAMES
        .iter()
        .find(|x| **x == n)
        .copied()
        .unwrap_or("iterator")
}

/// The references entry `i` needs to exist before it can be made.
fn deps(ir: &Ir, i: usize, mut add: impl FnMut(u32)) {
    let mut v = |v: &V| {
        if let V::Ref(r) = v {
            add(*r);
        }
    };
    match &ir.entries[i] {
        Entry::Tuple(items) => ir.vs(*items).iter().for_each(&mut v),
        Entry::Slice(abc) => abc.iter().for_each(&mut v),
        Entry::Bound(a, b) | Entry::Module(a, b) => {
            v(a);
            v(b);
        }
        Entry::Function(f) => {
            v(&f.code);
            v(&f.globals);
            ir.vs(f.closure).iter().for_each(&mut v);
            v(&f.module);
        }
        Entry::Class(c) => {
            v(&c.name);
            v(&c.dict);
        }
        Entry::Instance { dict: Some(d), .. } => v(d),
        Entry::Gen { code, .. } => v(code),
        Entry::Native { class, dict, data } => {
            v(class);
            if let Some(d) = dict {
                v(d);
            }
            match data {
                NativeIr::Property(p) => p.0.iter().for_each(&mut v),
                NativeIr::One(_, x) | NativeIr::DictView(_, x) | NativeIr::Member(_, x, _) => v(x),
                NativeIr::Super(abc) => abc.iter().for_each(&mut v),
                NativeIr::AgAwaitable(_, _, x, g) => {
                    if let Some(x) = x {
                        v(x);
                    }
                    v(g);
                }
                NativeIr::AnextDefault(_, d) => v(d),
                NativeIr::Handle(h) => v(&ir.handles[*h as usize].context),
                NativeIr::DequeIter(_, _, _, d) => v(d),
                _ => {}
            }
        }
        _ => {}
    }
}
