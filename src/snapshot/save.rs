//! Writing a snapshot: a breadth-first walk from the VM's roots that gives
//! every object reached a number and writes one entry per object, in number
//! order. References between objects are those numbers, so sharing and
//! cycles come back as they were.

use std::collections::VecDeque;

use ahash::AHashMap as HashMap;
use std::rc::Rc;

use super::known::{self, host_fn_name, ptr_of, Known};
use super::tags::*;
use super::units::mode_tag;
use super::wire::Writer;
use super::SnapshotError;
use crate::bytecode::CodeObject;
use crate::objects::iter::{DictView, IterState};
use crate::objects::set_table::Slot;
use crate::objects::{NativeData, NativeObj, Value};
use crate::vm::frame::{Frame, Resume};
use crate::vm::Vm;

/// How an object was reached, for the path in an error message.
enum Edge {
    Root(&'static str),
    Field(&'static str),
    Index(usize),
    Key(Value),
    Local(Rc<CodeObject>, usize),
}

pub struct Saver<'a> {
    vm: &'a mut Vm,
    known: Known,
    objs: Writer,
    ids: HashMap<usize, u32>,
    queue: VecDeque<Value>,
    /// For each object: who reached it first, and how.
    parents: Vec<(u32, Edge)>,
    /// The object whose entry is being written.
    cur: u32,
    edge: Option<Edge>,
    /// One code object per unit (source address -> unit number).
    unit_ids: HashMap<usize, u32>,
    pub units: Vec<Rc<CodeObject>>,
    /// Loops whose weak task lists are written once every object has a number.
    loops: Vec<(u32, Rc<NativeObj>)>,
}

const NO_PARENT: u32 = u32::MAX;

impl<'a> Saver<'a> {
    pub fn new(vm: &'a mut Vm) -> Saver<'a> {
        known::prime_lazy_classes(vm);
        let known = known::build(vm);
        Saver {
            vm,
            known,
            objs: Writer::default(),
            ids: HashMap::new(),
            queue: VecDeque::new(),
            parents: Vec::new(),
            cur: NO_PARENT,
            edge: None,
            unit_ids: HashMap::new(),
            units: Vec::new(),
            loops: Vec::new(),
        }
    }

    pub fn id_of(&self, v: &Value) -> Option<u32> {
        self.ids.get(&ptr_of(v)?).copied()
    }

    pub fn count(&self) -> usize {
        self.parents.len()
    }

    pub fn objects(&self) -> &[u8] {
        &self.objs.buf
    }

    /// The number of `v`, giving it one (and queueing its entry) on first sight.
    fn id(&mut self, v: &Value) -> u32 {
        let p = ptr_of(v).unwrap_or(0);
        if let Some(&i) = self.ids.get(&p) {
            return i;
        }
        let i = self.parents.len() as u32;
        self.ids.insert(p, i);
        let edge = self.edge.take().unwrap_or(Edge::Field("?"));
        self.parents.push((self.cur, edge));
        self.queue.push_back(v.clone());
        i
    }

    pub fn root(&mut self, w: &mut Writer, what: &'static str, v: &Value) {
        self.cur = NO_PARENT;
        self.edge = Some(Edge::Root(what));
        self.val_into(w, v);
    }

    fn val_into(&mut self, w: &mut Writer, v: &Value) {
        match v {
            Value::None => w.u8(V_NONE),
            Value::Bool(true) => w.u8(V_TRUE),
            Value::Bool(false) => w.u8(V_FALSE),
            Value::Int(i) => {
                w.u8(V_INT);
                w.iv(*i);
            }
            Value::Float(f) => {
                w.u8(V_FLOAT);
                w.f64(*f);
            }
            Value::NotImplemented => w.u8(V_NOTIMPL),
            Value::Ellipsis => w.u8(V_ELLIPSIS),
            Value::Null => w.u8(V_NULL),
            _ => {
                let i = self.id(v);
                w.u8(V_REF);
                w.uv(i as u64);
            }
        }
        self.edge = None;
    }

    fn val(&mut self, v: &Value) {
        let mut w = std::mem::take(&mut self.objs);
        self.val_into(&mut w, v);
        self.objs = w;
    }

    fn field(&mut self, name: &'static str, v: &Value) {
        self.edge = Some(Edge::Field(name));
        self.val(v);
    }

    fn opt(&mut self, name: &'static str, v: Option<Value>) {
        match v {
            None => self.objs.u8(0),
            Some(v) => {
                self.objs.u8(1);
                self.field(name, &v);
            }
        }
    }

    fn items(&mut self, items: &[Value]) {
        self.objs.uv(items.len() as u64);
        for (i, x) in items.iter().enumerate() {
            self.edge = Some(Edge::Index(i));
            self.val(x);
        }
    }

    fn pairs(&mut self, pairs: &[(Value, Value)]) {
        self.objs.uv(pairs.len() as u64);
        for (k, x) in pairs {
            self.edge = Some(Edge::Field("key"));
            self.val(k);
            self.edge = Some(Edge::Key(k.clone()));
            self.val(x);
        }
    }

    /// Write every queued entry, then the weak references.
    pub fn drain(&mut self) -> Result<Vec<u8>, SnapshotError> {
        let mut next = 0u32;
        while let Some(v) = self.queue.pop_front() {
            self.cur = next;
            next += 1;
            self.entry(&v)?;
        }
        let mut w = Writer::default();
        w.uv(self.loops.len() as u64);
        for (id, l) in std::mem::take(&mut self.loops) {
            w.uv(id as u64);
            let tasks: Vec<u32> = crate::asyncio::event_loop::ld(&l)
                .borrow()
                .tasks
                .iter()
                .filter_map(|t| t.upgrade())
                .filter_map(|t| {
                    self.ids
                        .get(&(Rc::as_ptr(&t) as *const u8 as usize))
                        .copied()
                })
                .collect();
            w.uv(tasks.len() as u64);
            for t in tasks {
                w.uv(t as u64);
            }
        }
        Ok(w.buf)
    }

    fn code_ref(&mut self, c: &Rc<CodeObject>) {
        self.edge = Some(Edge::Field("code"));
        self.val(&Value::Code(c.clone()));
    }

    fn entry(&mut self, v: &Value) -> Result<(), SnapshotError> {
        let p = ptr_of(v).unwrap_or(0);
        if let Some(path) = self.known.by_ptr.get(&p).cloned() {
            return self.known_entry(&path, v);
        }
        let o = &mut self.objs;
        match v {
            Value::Str(s) => {
                o.u8(O_STR);
                o.str(s.as_str());
            }
            Value::Bytes(b) => {
                o.u8(O_BYTES);
                o.bytes(b.as_bytes());
            }
            Value::BigInt(b) => {
                o.u8(O_BIGINT);
                o.bytes(&b.to_signed_bytes_le());
            }
            Value::Complex(z) => {
                o.u8(O_COMPLEX);
                o.f64(z.re);
                o.f64(z.im);
            }
            Value::Tuple(t) => {
                o.u8(O_TUPLE);
                let items: Vec<Value> = t.iter().cloned().collect();
                self.items(&items);
            }
            Value::List(l) => {
                o.u8(O_LIST);
                let items = l.borrow().clone();
                self.items(&items);
            }
            Value::Dict(d) => {
                o.u8(O_DICT);
                let pairs = d.borrow().items();
                self.pairs(&pairs);
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                o.u8(if matches!(v, Value::Set(_)) {
                    O_SET
                } else {
                    O_FROZENSET
                });
                let layout: Vec<Option<Option<(i64, Value)>>> = s
                    .borrow()
                    .layout()
                    .iter()
                    .map(|s| match s {
                        Slot::Empty => None,
                        Slot::Dummy => Some(None),
                        Slot::Active { hash, key } => Some(Some((*hash, key.clone()))),
                    })
                    .collect();
                self.set_layout(&layout);
            }
            Value::Range(r) => {
                o.u8(O_RANGE);
                o.iv(r.start);
                o.iv(r.stop);
                o.iv(r.step);
            }
            Value::Slice(s) => {
                o.u8(O_SLICE);
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                self.field("start", &a);
                self.field("stop", &b);
                self.field("step", &c);
            }
            Value::Function(f) => {
                o.u8(O_FUNCTION);
                self.code_ref(&f.code);
                self.field("__globals__", &Value::Dict(f.globals.clone()));
                self.field("__name__", &Value::Str(f.name.borrow().clone()));
                self.field("__qualname__", &Value::Str(f.qualname.borrow().clone()));
                let defaults = f.defaults.borrow().clone();
                self.items(&defaults);
                let kw = f.kwdefaults.borrow().clone().map(Value::Dict);
                self.opt("__kwdefaults__", kw);
                self.objs.uv(f.closure.len() as u64);
                for c in f.closure.iter() {
                    self.field("__closure__", &Value::Cell(c.clone()));
                }
                let d = f.dict.borrow().clone().map(Value::Dict);
                self.opt("__dict__", d);
                self.field("__module__", &f.module.clone());
                let a = f.annotations.borrow().clone();
                self.opt("__annotations__", a);
            }
            Value::BoundMethod(b) => {
                o.u8(O_BOUND);
                let (s, f) = (b.self_.clone(), b.func.clone());
                self.field("__self__", &s);
                self.field("__func__", &f);
            }
            Value::Class(c) => {
                if c.builtin {
                    return Err(
                        self.unsupported(&format!("built-in class '{}'", c.name().as_str()))
                    );
                }
                o.u8(O_CLASS);
                o.u8(layout_tag(c.layout));
                o.bool(c.custom_getattribute.get());
                o.bool(c.has_del.get());
                o.bool(c.inst_dict.get());
                o.uv(c.nslots.get() as u64);
                self.field("__name__", &Value::Str(c.name.borrow().clone()));
                self.field("__qualname__", &Value::Str(c.qualname.borrow().clone()));
                self.field("__dict__", &Value::Dict(c.dict.clone()));
                let bases: Vec<Value> =
                    c.bases.borrow().iter().cloned().map(Value::Class).collect();
                self.items(&bases);
                let mro: Vec<Value> = c.mro.borrow().iter().cloned().map(Value::Class).collect();
                self.items(&mro);
                let meta = c.metaclass.borrow().clone().map(Value::Class);
                self.opt("metaclass", meta);
            }
            Value::Instance(i) => {
                o.u8(O_INSTANCE);
                o.bool(i.finalized.get());
                self.field("__class__", &Value::Class(i.class()));
                let d = i.dict.clone().map(Value::Dict);
                self.opt("__dict__", d);
                let b = i.base.borrow().clone();
                self.opt("base", b);
                let slots = i.slot_values();
                self.items(&slots);
            }
            Value::Exception(e) => {
                o.u8(O_EXCEPTION);
                o.bool(e.suppress_context.get());
                let tb: Vec<(Rc<CodeObject>, u32, (u32, u32))> = e
                    .traceback
                    .borrow()
                    .iter()
                    .map(|t| (t.code.clone(), t.line, t.pos))
                    .collect();
                o.uv(tb.len() as u64);
                for (c, line, pos) in tb {
                    self.code_ref(&c);
                    self.objs.uv(line as u64);
                    self.objs.uv(pos.0 as u64);
                    self.objs.uv(pos.1 as u64);
                }
                self.field("__class__", &Value::Class(e.class.borrow().clone()));
                let (a, c, x) = (
                    e.args.borrow().clone(),
                    e.cause.borrow().clone(),
                    e.context.borrow().clone(),
                );
                self.field("args", &a);
                self.field("__cause__", &c);
                self.field("__context__", &x);
                let d = e.dict.borrow().clone().map(Value::Dict);
                self.opt("__dict__", d);
            }
            Value::Module(m) => {
                o.u8(O_MODULE);
                self.field("__name__", &Value::Str(m.name.clone()));
                self.field("__dict__", &Value::Dict(m.dict.clone()));
            }
            Value::Generator(g) => {
                if g.running.get() {
                    return Err(self.unsupported("running generator"));
                }
                o.u8(O_GEN);
                o.u8(match g.kind {
                    crate::objects::generator::GenKind::Generator => 0,
                    crate::objects::generator::GenKind::Coroutine => 1,
                    crate::objects::generator::GenKind::AsyncGenerator => 2,
                });
                for b in [
                    g.finished.get(),
                    g.started.get(),
                    g.ag_running.get(),
                    g.warn_unawaited.get(),
                ] {
                    o.bool(b);
                }
                self.code_ref(&g.code);
                self.field("__name__", &Value::Str(g.name.get()));
                self.field("__qualname__", &Value::Str(g.qualname.get()));
                // A cold frame is saved as the full frame it stands for.
                let cold = g.has_cold();
                g.warm(&self.vm.builtins);
                let frame = g.frame.borrow();
                match &*frame {
                    None => self.objs.u8(0),
                    Some(f) => {
                        self.objs.u8(1);
                        self.frame(f);
                    }
                }
                drop(frame);
                if cold {
                    self.vm.compact_gen(g);
                }
            }
            Value::Iter(it) => {
                o.u8(O_ITER);
                let st = it.state.borrow();
                self.iter_state(&st);
            }
            Value::Cell(c) => {
                o.u8(O_CELL);
                let x = c.value.borrow().clone();
                self.opt("cell_contents", x);
            }
            Value::Code(c) => {
                o.u8(O_CODE);
                let unit = self.unit_of(c)?;
                self.objs.uv(unit as u64);
                self.objs.uv(c.serial as u64);
                self.objs.uv(c.flags as u64);
            }
            Value::Native(n) => {
                o.u8(O_NATIVE);
                self.native(v, n)?;
            }
            Value::Builtin(b) => {
                // Made after the table was built: name the original.
                match self.known.by_fn.get(&(b.func as usize, b.name)).cloned() {
                    Some(path) => {
                        o.u8(O_KNOWN);
                        o.str(&path);
                    }
                    None => {
                        return Err(self.unsupported(&format!("built-in function '{}'", b.name)))
                    }
                }
            }
            _ => return Err(self.unsupported("value")),
        }
        Ok(())
    }

    fn known_entry(&mut self, path: &str, v: &Value) -> Result<(), SnapshotError> {
        // The VM's own containers and native modules' namespaces change as
        // the program runs: their contents travel too.
        let mutable = path.starts_with("vm.") || path.ends_with(".__dict__");
        match v {
            Value::Dict(d) if mutable => {
                self.objs.u8(O_KNOWN_DICT);
                self.objs.str(path);
                let pairs = d.borrow().items();
                self.pairs(&pairs);
            }
            Value::List(l) if mutable => {
                self.objs.u8(O_KNOWN_LIST);
                self.objs.str(path);
                let items = l.borrow().clone();
                self.items(&items);
            }
            _ => {
                self.objs.u8(O_KNOWN);
                self.objs.str(path);
            }
        }
        Ok(())
    }

    fn set_layout(&mut self, layout: &[Option<Option<(i64, Value)>>]) {
        self.objs.uv(layout.len() as u64);
        for (i, s) in layout.iter().enumerate() {
            match s {
                None => self.objs.u8(S_EMPTY),
                Some(None) => self.objs.u8(S_DUMMY),
                Some(Some((h, k))) => {
                    self.objs.u8(S_ACTIVE);
                    self.objs.iv(*h);
                    self.edge = Some(Edge::Index(i));
                    self.val(k);
                }
            }
        }
    }

    fn unit_of(&mut self, c: &Rc<CodeObject>) -> Result<u32, SnapshotError> {
        let key = Rc::as_ptr(&c.source) as *const u8 as usize;
        if let Some(&u) = self.unit_ids.get(&key) {
            return Ok(u);
        }
        if self.vm.code_units.mode_of(c).is_none() {
            return Err(self.unsupported(&format!(
                "code object '{}' with no recorded source",
                c.qualname.as_str()
            )));
        }
        let u = self.units.len() as u32;
        self.unit_ids.insert(key, u);
        self.units.push(c.clone());
        Ok(u)
    }

    pub fn write_units(&self, w: &mut Writer) {
        w.uv(self.units.len() as u64);
        for c in &self.units {
            let mode = self
                .vm
                .code_units
                .mode_of(c)
                .unwrap_or(crate::compiler::Mode::Exec);
            w.u8(mode_tag(mode));
            w.str(&c.filename);
            match c.filename.strip_prefix("<stdlib>/") {
                Some(path) if super::stdlib_source(path) == Some(&*c.source) => {
                    w.u8(1);
                    w.uv(super::fnv(c.source.as_bytes()));
                }
                _ => {
                    w.u8(0);
                    w.str(&c.source);
                }
            }
        }
    }

    /// Write `f` into `w` (a running frame, saved with the roots).
    pub fn frame_into(&mut self, w: &mut Writer, f: &Frame) {
        self.cur = NO_PARENT;
        std::mem::swap(&mut self.objs, w);
        self.frame(f);
        std::mem::swap(&mut self.objs, w);
    }

    pub fn frame(&mut self, f: &Frame) {
        self.code_ref(&f.code);
        self.objs.uv(f.ip as u64);
        self.objs.uv(f.locals.len() as u64);
        for (i, x) in f.locals.iter().enumerate() {
            self.edge = Some(Edge::Local(f.code.clone(), i));
            self.val(x);
        }
        let stack = f.stack.clone();
        self.items(&stack);
        self.field("f_globals", &Value::Dict(f.globals.clone()));
        self.field("f_builtins", &Value::Dict(f.builtins.clone()));
        let ns = f.namespace.clone().map(Value::Dict);
        self.opt("f_locals", ns);
        let h = f.handled.clone();
        self.field("exception", &h);
        let g = f.gen.clone().map(Value::Generator);
        self.opt("generator", g);
        match &f.resume {
            Resume::Native => self.objs.u8(R_NATIVE),
            Resume::Call => self.objs.u8(R_CALL),
            Resume::Init(v) => {
                self.objs.u8(R_INIT);
                let v = v.clone();
                self.field("self", &v);
            }
            Resume::ForIter(t) => {
                self.objs.u8(R_FORITER);
                self.objs.uv(*t as u64);
            }
            Resume::Send(t) => {
                self.objs.u8(R_SEND);
                self.objs.uv(*t as u64);
            }
            Resume::CallGen => self.objs.u8(R_CALLGEN),
            Resume::SendClose => self.objs.u8(R_SENDCLOSE),
        }
    }

    fn iter_state(&mut self, st: &IterState) {
        let o = &mut self.objs;
        match st {
            IterState::List { list, index } => {
                o.u8(I_LIST);
                o.uv(*index as u64);
                self.field("list", &Value::List(list.clone()));
            }
            IterState::ListReverse { list, index } => {
                o.u8(I_LISTREV);
                o.uv(*index as u64);
                self.field("list", &Value::List(list.clone()));
            }
            IterState::Tuple { tuple, index } => {
                o.u8(I_TUPLE);
                o.uv(*index as u64);
                self.field("tuple", &Value::Tuple(tuple.clone()));
            }
            IterState::Range { next, stop, step } => {
                o.u8(I_RANGE);
                o.iv(*next);
                o.iv(*stop);
                o.iv(*step);
            }
            IterState::Str { s, byte_pos } => {
                o.u8(I_STR);
                o.uv(*byte_pos as u64);
                self.field("str", &Value::Str(s.clone()));
            }
            IterState::Bytes { b, index } => {
                o.u8(I_BYTES);
                o.uv(*index as u64);
                self.field("bytes", &Value::Bytes(b.clone()));
            }
            IterState::Dict {
                dict,
                pos,
                len,
                view,
            }
            | IterState::DictReverse {
                dict,
                pos,
                len,
                view,
            } => {
                o.u8(if matches!(st, IterState::Dict { .. }) {
                    I_DICT
                } else {
                    I_DICTREV
                });
                // Positions count live entries: the restored table has no holes.
                let live = dict.borrow().live_before(*pos);
                o.uv(live as u64);
                o.uv(*len as u64);
                o.u8(match view {
                    DictView::Keys => 0,
                    DictView::Values => 1,
                    DictView::Items => 2,
                });
                self.field("dict", &Value::Dict(dict.clone()));
            }
            IterState::Set { set, slot, len } => {
                o.u8(I_SET);
                o.uv(*slot as u64);
                o.uv(*len as u64);
                self.field("set", &Value::Set(set.clone()));
            }
            IterState::Enumerate { iter, count } => {
                o.u8(I_ENUMERATE);
                let (a, b) = (iter.clone(), count.clone());
                self.field("iter", &a);
                self.field("count", &b);
            }
            IterState::Zip { iters, strict } => {
                o.u8(I_ZIP);
                o.bool(*strict);
                let i = iters.clone();
                self.items(&i);
            }
            IterState::Map { func, iters } => {
                o.u8(I_MAP);
                let (f, i) = (func.clone(), iters.clone());
                self.field("func", &f);
                self.items(&i);
            }
            IterState::Filter { func, iter } => {
                o.u8(I_FILTER);
                let (f, i) = (func.clone(), iter.clone());
                self.field("func", &f);
                self.field("iter", &i);
            }
            IterState::SeqReverse { seq, index } | IterState::SeqIter { seq, index } => {
                o.u8(if matches!(st, IterState::SeqIter { .. }) {
                    I_SEQ
                } else {
                    I_SEQREV
                });
                o.iv(*index);
                let s = seq.clone();
                self.field("seq", &s);
            }
            IterState::Callable { func, sentinel } => {
                o.u8(I_CALLABLE);
                let (f, s) = (func.clone(), sentinel.clone());
                self.field("func", &f);
                self.field("sentinel", &s);
            }
            IterState::Exhausted(name) => {
                o.u8(I_EXHAUSTED);
                o.str(name);
            }
        }
    }

    fn native(&mut self, v: &Value, n: &Rc<NativeObj>) -> Result<(), SnapshotError> {
        if let NativeData::Host(b) = &n.data {
            if let Some(why) = b
                .downcast_ref::<crate::embed::host_fn::HostFnData>()
                .and_then(|d| d.stays.get())
            {
                return Err(self.unsupported(why));
            }
        }
        if let Some(name) = host_fn_name(v) {
            // A host function the table did not find: the restoring host
            // must register it under the same name.
            let o = &mut self.objs;
            // Undo the O_NATIVE tag: a host function is a named reference.
            o.buf.pop();
            o.u8(O_KNOWN);
            o.str(&format!("hostfn.{}", name));
            return Ok(());
        }
        self.field("__class__", &Value::Class(n.class.clone()));
        let d = n.dict.clone().map(Value::Dict);
        self.opt("__dict__", d);
        let o = &mut self.objs;
        match &n.data {
            NativeData::Property {
                fget,
                fset,
                fdel,
                doc,
                name,
            } => {
                o.u8(N_PROPERTY);
                for (f, x) in [
                    ("fget", fget),
                    ("fset", fset),
                    ("fdel", fdel),
                    ("__doc__", doc),
                ] {
                    let x = x.clone();
                    self.field(f, &x);
                }
                let nm = name.borrow().clone().map(Value::Str);
                self.opt("name", nm);
            }
            NativeData::Member { name, index, owner } => {
                o.u8(N_MEMBER);
                o.uv(*index as u64);
                let owner = owner.borrow().upgrade();
                let Some(owner) = owner else {
                    return Err(self.unsupported("member descriptor of a freed class"));
                };
                let nm = Value::Str(name.clone());
                self.field("__name__", &nm);
                self.field("__objclass__", &Value::Class(owner));
            }
            NativeData::StaticMethod(f) => {
                o.u8(N_STATICMETHOD);
                let f = f.clone();
                self.field("__func__", &f);
            }
            NativeData::ClassMethod(f) => {
                o.u8(N_CLASSMETHOD);
                let f = f.clone();
                self.field("__func__", &f);
            }
            NativeData::Super {
                this_class,
                obj,
                obj_type,
            } => {
                o.u8(N_SUPER);
                let (a, b, c) = (
                    Value::Class(this_class.clone()),
                    obj.clone(),
                    Value::Class(obj_type.clone()),
                );
                self.field("__thisclass__", &a);
                self.field("__self__", &b);
                self.field("__self_class__", &c);
            }
            NativeData::Slots(s) => {
                o.u8(N_SLOTS);
                let items = s.borrow().clone();
                self.items(&items);
            }
            NativeData::DictView { dict, view } => {
                o.u8(N_DICTVIEW);
                o.u8(match view {
                    DictView::Keys => 0,
                    DictView::Values => 1,
                    DictView::Items => 2,
                });
                self.field("mapping", &Value::Dict(dict.clone()));
            }
            NativeData::Traceback(e) => {
                o.u8(N_TRACEBACK);
                self.field("exception", &Value::Exception(e.clone()));
            }
            NativeData::StdStream(fd) => {
                o.u8(N_STDSTREAM);
                o.iv(*fd);
            }
            NativeData::AgAwaitable(a) => {
                o.u8(N_AGAWAITABLE);
                o.u8(a.state.get());
                match &a.op {
                    crate::objects::asyncgen::AgOp::Send(x) => {
                        self.objs.u8(0);
                        let x = x.clone();
                        self.field("value", &x);
                    }
                    crate::objects::asyncgen::AgOp::Throw(x) => {
                        self.objs.u8(1);
                        let x = x.clone();
                        self.field("value", &x);
                    }
                    crate::objects::asyncgen::AgOp::Close => self.objs.u8(2),
                }
                self.field("generator", &Value::Generator(a.gen.clone()));
            }
            NativeData::AnextDefault(a) => {
                o.u8(N_ANEXTDEFAULT);
                let (x, d) = (a.awaitable.borrow().clone(), a.default.clone());
                self.field("awaitable", &x);
                self.field("default", &d);
            }
            NativeData::CoroWrapper(g) => {
                o.u8(N_COROWRAPPER);
                self.field("coroutine", &Value::Generator(g.clone()));
            }
            NativeData::Future(f) => {
                o.u8(N_FUTURE);
                let f = f.borrow();
                self.future(&f);
            }
            NativeData::Loop(l) => {
                let _ = n;
                o.u8(N_LOOP);
                let d = l.borrow();
                let o = &mut self.objs;
                match d.virtual_now {
                    None => o.u8(0),
                    Some(t) => {
                        o.u8(1);
                        o.f64(t);
                    }
                }
                o.bool(d.running);
                o.bool(d.closed);
                o.bool(d.stopping);
                o.bool(d.debug);
                use crate::asyncio::handle::Ready;
                let ready: Vec<(u8, Value, Value)> = d
                    .ready
                    .iter()
                    .map(|r| match r {
                        Ready::Handle(h) => (0, Value::Native(h.clone()), Value::None),
                        Ready::TaskStep(t, e) => (1, Value::Native(t.clone()), e.clone()),
                        Ready::TaskWakeup(t, f) => (2, Value::Native(t.clone()), f.clone()),
                        Ready::Callback(c, a) => (3, c.clone(), a.clone()),
                    })
                    .collect();
                self.objs.uv(ready.len() as u64);
                for (tag, a, b) in ready {
                    self.objs.u8(tag);
                    self.field("ready", &a);
                    self.field("ready", &b);
                }
                let mut timers: Vec<(f64, u64, Value)> = d
                    .timers
                    .iter()
                    .map(|t| (t.when, t.seq, Value::Native(t.handle.clone())))
                    .collect();
                timers.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                self.objs.uv(timers.len() as u64);
                for (when, seq, h) in timers {
                    self.objs.f64(when);
                    self.objs.uv(seq);
                    self.field("timer", &h);
                }
                self.objs.uv(d.seq);
                let (eh, ct) = (d.exception_handler.clone(), d.current_task.clone());
                self.field("exception_handler", &eh);
                self.field("current_task", &ct);
                self.loops.push((self.cur, n.clone()));
            }
            NativeData::Handle(h) => {
                o.u8(N_HANDLE);
                o.bool(h.cancelled.get());
                o.bool(h.is_timer);
                // Deadlines stay absolute: the restored VM's clock resumes
                // from the saved reading, so the remaining delays are kept.
                o.f64(h.when);
                let c = h.context.clone();
                self.field("context", &c);
                self.handle_kind(&h.kind.borrow());
            }
            NativeData::Sleep0(c) => {
                o.u8(N_SLEEP0);
                o.bool(c.get());
            }
            NativeData::Deque(d) => {
                o.u8(N_DEQUE);
                match d.maxlen.get() {
                    None => o.u8(0),
                    Some(m) => {
                        o.u8(1);
                        o.uv(m as u64);
                    }
                }
                o.uv(d.state.get());
                let items: Vec<Value> = d.items.borrow().iter().cloned().collect();
                self.items(&items);
            }
            NativeData::DequeIter(it) => {
                o.u8(N_DEQUEITER);
                o.uv(it.pos.get() as u64);
                o.uv(it.state);
                o.bool(it.reverse);
                self.field("deque", &Value::Native(it.deque.clone()));
            }
            NativeData::Random(r) => {
                o.u8(N_RANDOM);
                let st = r.borrow().getstate();
                o.uv(st.index as u64);
                o.uv(st.words.len() as u64);
                for w in st.words {
                    o.uv(w as u64);
                }
            }
            NativeData::File(_) => return Err(self.unsupported("open file")),
            NativeData::ByteArray(b) => {
                o.u8(N_BYTEARRAY);
                o.bytes(&b.data.borrow());
            }
            NativeData::Array(a) => {
                o.u8(N_ARRAY);
                o.u8(a.code);
                o.bytes(&a.buf.data.borrow());
            }
            NativeData::MemoryView(_) => return Err(self.unsupported("memoryview")),
            NativeData::Zombie(_) => return Err(self.unsupported("destroyed future")),
            // The hash crates keep their running state private.
            NativeData::Hash(_) => return Err(self.unsupported("hash object")),
            NativeData::Zlib(_) => return Err(self.unsupported("zlib stream")),
            NativeData::Host(b) => {
                let name = n.class.name().as_str().to_string();
                let saved = self
                    .vm
                    .embed
                    .host_serializers
                    .get(&name)
                    .and_then(|s| (s.save)(b.as_ref()));
                match saved {
                    Some(bytes) => {
                        let o = &mut self.objs;
                        o.u8(N_HOST);
                        o.bytes(&bytes);
                    }
                    None => {
                        return Err(self.unsupported(&format!(
                            "host object '{}' (no snapshot serializer registered)",
                            name
                        )))
                    }
                }
            }
        }
        Ok(())
    }

    fn future(&mut self, f: &crate::asyncio::future::FutureData) {
        use crate::asyncio::future::FutState;
        let o = &mut self.objs;
        o.u8(match f.state {
            FutState::Pending => 0,
            FutState::Cancelled => 1,
            FutState::Finished => 2,
        });
        o.bool(f.blocking);
        o.bool(f.log_traceback);
        o.bool(f.reports.is_some());
        let vals = [
            ("result", f.result.clone()),
            ("exception", f.exception.clone()),
            ("loop", f.loop_.clone()),
            ("cancel_message", f.cancel_message.clone()),
            ("cancelled_exc", f.cancelled_exc.clone()),
        ];
        for (name, x) in vals {
            self.field(name, &x);
        }
        self.objs.uv(f.callbacks.len() as u64);
        for (cb, ctx) in f.callbacks.clone() {
            self.field("callback", &cb);
            self.field("context", &ctx);
        }
        match &f.task {
            None => self.objs.u8(0),
            Some(t) => {
                self.objs.u8(1);
                self.objs.bool(t.must_cancel);
                self.objs.uv(t.num_cancels_requested as u64);
                self.objs.bool(t.log_destroy_pending);
                let vals = [
                    ("coro", t.coro.clone()),
                    ("name", t.name.clone()),
                    ("fut_waiter", t.fut_waiter.clone()),
                    ("context", t.context.clone()),
                ];
                for (name, x) in vals {
                    self.field(name, &x);
                }
            }
        }
    }

    fn handle_kind(&mut self, k: &crate::asyncio::handle::HandleKind) {
        use crate::asyncio::handle::HandleKind;
        match k {
            HandleKind::Call { callback, args } => {
                self.objs.u8(0);
                let (c, a) = (callback.clone(), args.clone());
                self.field("callback", &c);
                self.items(&a);
            }
            HandleKind::TaskStep(t, e) => {
                self.objs.u8(1);
                let (t, e) = (Value::Native(t.clone()), e.clone());
                self.field("task", &t);
                self.field("exc", &e);
            }
            HandleKind::TaskWakeup(t, f) => {
                self.objs.u8(2);
                let (t, f) = (Value::Native(t.clone()), f.clone());
                self.field("task", &t);
                self.field("future", &f);
            }
            HandleKind::Done => self.objs.u8(3),
        }
    }

    /// An error naming what cannot be saved and how it was reached.
    fn unsupported(&self, what: &str) -> SnapshotError {
        let mut chain = Vec::new();
        let mut i = self.cur;
        let mut guard = 0;
        while i != NO_PARENT && (i as usize) < self.parents.len() && guard < 64 {
            let (parent, edge) = &self.parents[i as usize];
            chain.push(self.describe(edge));
            i = *parent;
            guard += 1;
        }
        chain.reverse();
        let path = chain
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" -> ");
        SnapshotError::Unsupported(format!("cannot snapshot {}: {}", what, path))
    }

    fn describe(&self, e: &Edge) -> String {
        match e {
            Edge::Root(r) => r.to_string(),
            Edge::Field(f) => format!(".{}", f),
            Edge::Index(i) => format!("[{}]", i),
            Edge::Key(k) => match k {
                Value::Str(s) => format!("'{}'", s.as_str()),
                Value::Int(i) => format!("[{}]", i),
                _ => "[key]".to_string(),
            },
            Edge::Local(c, i) => match c.varnames.get(*i) {
                Some(n) => format!("frame {}() local '{}'", c.qualname.as_str(), n.as_str()),
                None => format!("frame {}() stack", c.qualname.as_str()),
            },
        }
    }
}

fn layout_tag(l: crate::objects::class::Layout) -> u8 {
    use crate::objects::class::Layout::*;
    match l {
        Object => 0,
        Exception => 1,
        Type => 2,
        NoneType => 3,
        Bool => 4,
        Int => 5,
        Float => 6,
        Str => 7,
        Bytes => 8,
        Tuple => 9,
        List => 10,
        Dict => 11,
        Set => 12,
        FrozenSet => 13,
        Future => 14,
        Other => 15,
        Complex => 16,
    }
}

pub fn layout_from(t: u8) -> Option<crate::objects::class::Layout> {
    use crate::objects::class::Layout::*;
    Some(match t {
        0 => Object,
        1 => Exception,
        2 => Type,
        3 => NoneType,
        4 => Bool,
        5 => Int,
        6 => Float,
        7 => Str,
        8 => Bytes,
        9 => Tuple,
        10 => List,
        11 => Dict,
        12 => Set,
        13 => FrozenSet,
        14 => Future,
        15 => Other,
        16 => Complex,
        _ => return None,
    })
}
