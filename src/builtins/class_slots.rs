//! `__slots__` at class creation: reading the declaration, CPython's
//! checks, the instance layout (slot count, whether instances keep a
//! dict) and the member descriptors put in the class dict; and the
//! `member_descriptor` type's methods.

use std::rc::Rc;

use super::args;
use crate::objects::class::Layout;
use crate::objects::function::{BuiltinKind, KwArgs};
use crate::objects::{ClassObj, DictObj, StrObj, Value};
use crate::vm::member::member_of;
use crate::vm::{PyResult, Vm};

/// What a class statement's `__slots__` asked for, read before the class
/// object exists.
pub struct SlotPlan {
    /// The member descriptors added to the class dict (their owner is set
    /// once the class is made).
    members: Vec<Value>,
    /// Slot count of instances.
    nslots: u32,
    /// Instances keep an attribute dict.
    inst_dict: bool,
}

pub fn install(vm: &mut Vm) {
    let md = vm.types.member_descriptor.clone();
    super::add_methods(
        vm,
        &md,
        "member_descriptor",
        BuiltinKind::Method,
        &[
            ("__get__", member_get),
            ("__set__", member_set),
            ("__delete__", member_delete),
            ("__repr__", member_repr),
        ],
    );
    md.dict.set_str_text("__doc__", Value::None);
    let object = vm.types.object.clone();
    super::add_methods(
        vm,
        &object,
        "object",
        BuiltinKind::Method,
        &[("__getstate__", object_getstate)],
    );
}

fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric())
}

/// The class in `b`'s MRO whose slots fix `b`'s layout (the oldest class
/// with the same slot count).
fn solid_base(b: &Rc<ClassObj>) -> Rc<ClassObj> {
    let n = b.nslots.get();
    let mut best = b.clone();
    for c in b.mro.borrow().iter() {
        if c.nslots.get() == n {
            best = c.clone();
        }
    }
    best
}

/// Instances of a class made from these bases support weak references
/// (a base without `__slots__`, or one naming `__weakref__`).
fn weakrefable(vm: &mut Vm, bases: &[Rc<ClassObj>]) -> bool {
    let slots = vm.intern("__slots__");
    bases.iter().any(|b| {
        b.full_mro().iter().any(|c| {
            if c.builtin {
                return false;
            }
            match c.dict.get_str(&slots) {
                None => true,
                Some(Value::Str(s)) => s.as_str() == "__weakref__",
                Some(v) => match v {
                    Value::Tuple(t) => t
                        .as_slice()
                        .iter()
                        .any(|x| matches!(x, Value::Str(s) if s.as_str() == "__weakref__")),
                    Value::List(l) => l
                        .borrow()
                        .iter()
                        .any(|x| matches!(x, Value::Str(s) if s.as_str() == "__weakref__")),
                    _ => false,
                },
            }
        })
    })
}

impl Vm {
    /// The layout of a new class from its bases, and its `__slots__` if
    /// it declares them: CPython's errors, member descriptors added to
    /// `dict` (in sorted name order, as CPython adds them).
    pub fn plan_slots(
        &mut self,
        dict: &Rc<DictObj>,
        bases: &[Rc<ClassObj>],
        layout: Layout,
    ) -> PyResult<Option<SlotPlan>> {
        // The bases' slot layouts must nest.
        let best = bases
            .iter()
            .max_by_key(|b| b.nslots.get())
            .cloned()
            .filter(|b| b.nslots.get() > 0);
        if let Some(best) = &best {
            for b in bases.iter().filter(|b| b.nslots.get() > 0) {
                if !best.is_subclass(&solid_base(b)) {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
            }
        }
        let slots_name = self.intern("__slots__");
        let Some(decl) = dict.get_str(&slots_name) else {
            return Ok(None);
        };
        let items = match &decl {
            Value::Str(_) => vec![decl.clone()],
            other => self.iterate(other)?,
        };
        let mut names: Vec<Rc<StrObj>> = Vec::with_capacity(items.len());
        let base_dict = bases.iter().any(|b| b.inst_dict.get());
        let mut add_dict = false;
        let mut add_weakref = false;
        for it in &items {
            let Value::Str(s) = it else {
                let tn = self.type_name(it);
                return Err(
                    self.type_error(format!("__slots__ items must be strings, not '{}'", tn))
                );
            };
            if !is_identifier(s.as_str()) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            match s.as_str() {
                "__dict__" => {
                    if base_dict || add_dict {
                        return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                    }
                    add_dict = true;
                }
                "__weakref__" => {
                    if add_weakref || weakrefable(self, bases) {
                        return Err(self.type_error(
                            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                        ));
                    }
                    add_weakref = true;
                }
                // Not mangled: weft's compiler does not mangle private
                // names (`self.__x` stays `__x`), so neither do slots.
                _ => names.push(s.clone()),
            }
        }
        if !names.is_empty() && matches!(layout, Layout::Int | Layout::Tuple | Layout::Bytes) {
            let base = bases
                .iter()
                .find(|b| b.layout == layout)
                .map(|b| {
                    b.full_mro()
                        .into_iter()
                        .find(|c| c.builtin)
                        .unwrap_or_else(|| b.clone())
                })
                .map(|b| b.name().as_str().to_string())
                .unwrap_or_default();
            return Err(self.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                base
            )));
        }
        names.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        names.dedup_by(|a, b| a.as_str() == b.as_str());
        for n in &names {
            if dict.get_str(n).is_some() {
                return Err(self.value_error(format!(
                    "'{}' in __slots__ conflicts with class variable",
                    n.as_str()
                )));
            }
        }
        let start = best.as_ref().map_or(0, |b| b.nslots.get());
        let nslots = u32::try_from(names.len())
            .ok()
            .and_then(|n| n.checked_add(start))
            .ok_or_else(|| self.overflow_error("too many __slots__"))?;
        let placeholder = self.types.object.clone();
        let mut members = Vec::with_capacity(names.len());
        for (i, n) in names.into_iter().enumerate() {
            let m = self.new_member(n.clone(), start + i as u32, &placeholder);
            dict.set_str(n, m.clone());
            members.push(m);
        }
        Ok(Some(SlotPlan {
            members,
            nslots,
            inst_dict: add_dict || base_dict,
        }))
    }

    /// The class exists: give it the planned layout and its members their
    /// owner.
    pub fn apply_slots(&mut self, cls: &Rc<ClassObj>, plan: SlotPlan) {
        cls.nslots.set(plan.nslots);
        cls.inst_dict.set(plan.inst_dict);
        for m in &plan.members {
            if let Value::Native(n) = m {
                if let crate::objects::NativeData::Member { owner, .. } = &n.data {
                    *owner.borrow_mut() = Rc::downgrade(cls);
                }
            }
        }
    }
}

fn desc_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<crate::vm::member::Member> {
    match args.first().and_then(member_of) {
        Some(m) => Ok(m),
        None => Err(vm.type_error(format!(
            "descriptor '{}' for 'member_descriptor' objects needs an argument",
            name
        ))),
    }
}

fn member_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__get__", args, 2, 3)?;
    let m = desc_arg(vm, args, "__get__")?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    vm.member_check(&m, &args[1])?;
    vm.member_get(&m, &args[1])
}

fn member_set(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__set__", args, 3, 3)?;
    let m = desc_arg(vm, args, "__set__")?;
    vm.member_check(&m, &args[1])?;
    vm.member_set(&m, &args[1], args[2].clone())?;
    Ok(Value::None)
}

fn member_delete(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__delete__", args, 2, 2)?;
    let m = desc_arg(vm, args, "__delete__")?;
    vm.member_check(&m, &args[1])?;
    vm.member_delete(&m, &args[1])?;
    Ok(Value::None)
}

fn member_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = desc_arg(vm, args, "__repr__")?;
    let owner = m
        .owner
        .as_ref()
        .map(|o| o.name().as_str().to_string())
        .unwrap_or_default();
    Ok(Value::string(format!(
        "<member '{}' of '{}' objects>",
        m.name.as_str(),
        owner
    )))
}

/// `object.__getstate__()`: the instance dict (None when empty or
/// absent), paired with a dict of the set slots when there are any.
fn object_getstate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__getstate__", args, 1, 1)?;
    let obj = args[0].clone();
    let dict_name = vm.names.dict.clone();
    let d = match &obj {
        Value::Instance(i) => i.dict.clone().map(Value::Dict),
        _ => vm.get_attr_opt(&obj, &dict_name).ok().flatten(),
    };
    let d = match d {
        Some(Value::Dict(d)) if d.is_empty() => Value::None,
        Some(d) => d,
        None => Value::None,
    };
    let Value::Instance(inst) = &obj else {
        return Ok(d);
    };
    if inst.slots.is_empty() {
        return Ok(d);
    }
    let slots = DictObj::new();
    let slots_name = vm.intern("__slots__");
    for c in inst.class().full_mro() {
        if c.builtin {
            continue;
        }
        let Some(decl) = c.dict.get_str(&slots_name) else {
            continue;
        };
        let names = match &decl {
            Value::Str(_) => vec![decl.clone()],
            other => vm.iterate(other)?,
        };
        for n in names {
            let Value::Str(s) = n else { continue };
            let key = s;
            if let Some(m) = c.dict.get_str(&key).as_ref().and_then(member_of) {
                if let Some(v) = inst.slot(m.index) {
                    slots.set_str(key, v);
                }
            }
        }
    }
    if slots.is_empty() {
        return Ok(d);
    }
    Ok(Value::tuple(vec![d, Value::Dict(Rc::new(slots))]))
}
