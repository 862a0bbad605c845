//! `dict`: an insertion-ordered mapping. The table lives in `dict_table`;
//! this wrapper adds interior mutability and shortcuts for string keys.

use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

use super::dict_table::DictTable;
use super::{StrObj, Value};

#[derive(Default)]
pub struct DictObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    table: RefCell<DictTable>,
}

impl Drop for DictObj {
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
        let t = std::mem::take(self.table.get_mut());
        if t.is_empty() {
            return;
        }
        crate::gc::deep_drop::guarded(t, |t, out| {
            for e in t.iter() {
                out.push(e.key.clone());
                out.push(e.value.clone());
            }
        });
    }
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj::default()
    }

    pub fn from_table(t: DictTable) -> DictObj {
        DictObj {
            gc: Default::default(),
            table: RefCell::new(t),
        }
    }

    #[inline]
    pub fn borrow(&self) -> Ref<'_, DictTable> {
        self.table.borrow()
    }

    /// For the collector, which must not panic on an object in use.
    pub fn try_borrow(&self) -> Result<Ref<'_, DictTable>, std::cell::BorrowError> {
        self.table.try_borrow()
    }

    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, DictTable>, std::cell::BorrowMutError> {
        self.table.try_borrow_mut()
    }

    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, DictTable> {
        self.table.borrow_mut()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Lookup by string key (namespaces: globals, instance and class dicts).
    #[inline]
    pub fn get_str(&self, key: &Rc<StrObj>) -> Option<Value> {
        self.table.borrow().get_str(key).cloned()
    }

    pub fn get_str_text(&self, key: &str) -> Option<Value> {
        let k = Rc::new(StrObj::new(key));
        self.get_str(&k)
    }

    #[inline]
    pub fn set_str(&self, key: Rc<StrObj>, value: Value) {
        let h = key.hash();
        self.table
            .borrow_mut()
            .insert_fast(h, Value::Str(key), value);
    }

    pub fn set_str_text(&self, key: &str, value: Value) {
        self.set_str(Rc::new(StrObj::new(key)), value);
    }

    pub fn del_str(&self, key: &Rc<StrObj>) -> Option<Value> {
        let k = Value::Str(key.clone());
        self.table
            .borrow_mut()
            .remove_fast(key.hash(), &k)
            .map(|e| e.value)
    }

    pub fn contains_str(&self, key: &Rc<StrObj>) -> bool {
        self.get_str(key).is_some()
    }
}

// ---------------------------------------------------------------- methods

use super::function::{BuiltinKind, KwArgs};
use super::iter::DictView;
use super::{NativeData, NativeObj};
use crate::builtins::{add_methods, args};
use crate::vm::{PyResult, Vm};

pub fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<DictObj>> {
    match args.first().map(|v| vm.unwrap_builtin(v)) {
        Some(Value::Dict(d)) => Ok(d),
        _ => Err(vm.type_error(format!("descriptor '{}' requires a 'dict' object", name))),
    }
}

fn dict_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let dc = vm.types.dict.clone();
    let (cls, exact) = super::int::new_cls(vm, args, &dc)?;
    let d = Value::Dict(Rc::new(DictObj::new()));
    crate::gc::track(&d);
    Ok(if exact {
        d
    } else {
        super::int::subclass_instance(vm, &cls, d)
    })
}

impl Vm {
    /// `d.update(arg, **kw)` (also `dict(arg, **kw)`).
    pub fn dict_update_from(
        &mut self,
        d: &DictObj,
        arg: Option<&Value>,
        kw: KwArgs,
    ) -> PyResult<()> {
        if let Some(a) = arg {
            match a {
                Value::Dict(_) => self.dict_merge(d, a, false)?,
                _ => {
                    let keys = self.intern("keys");
                    if self.has_attr(a, &keys)? {
                        self.dict_merge(d, a, false)?;
                    } else {
                        let it = self.get_iter(a)?;
                        let mut i = 0;
                        while let Some(pair) = self.next(&it)? {
                            let items = match &pair {
                                Value::Tuple(t) => t.as_slice().to_vec(),
                                Value::List(l) => l.to_vec(),
                                other => {
                                    if !self.has_iter(other) {
                                        return Err(self.type_error(format!(
                                            "cannot convert dictionary update sequence element #{} to a sequence",
                                            i
                                        )));
                                    }
                                    self.iterate(other)?
                                }
                            };
                            if items.len() != 2 {
                                return Err(self.value_error(format!(
                                    "dictionary update sequence element #{} has length {}; 2 is required",
                                    i,
                                    items.len()
                                )));
                            }
                            let mut it2 = items.into_iter();
                            if let (Some(k), Some(v)) = (it2.next(), it2.next()) {
                                self.dict_set(d, k, v)?;
                            }
                            i += 1;
                        }
                    }
                }
            }
        }
        for (k, v) in kw {
            d.set_str(k.clone(), v.clone());
        }
        Ok(())
    }
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__init__")?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    vm.dict_update_from(&d, args.get(1), kw)?;
    Ok(Value::None)
}

fn view(vm: &mut Vm, args: &[Value], name: &str, v: DictView) -> PyResult<Value> {
    let d = this(vm, args, name)?;
    let cls_name = match v {
        DictView::Keys => "dict_keys",
        DictView::Values => "dict_values",
        DictView::Items => "dict_items",
    };
    let cls = vm.view_class(cls_name);
    Ok(Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::DictView { dict: d, view: v },
        dict: None,
    })))
}

fn keys(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view(vm, args, "keys", DictView::Keys)
}

fn values(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view(vm, args, "values", DictView::Values)
}

fn items(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view(vm, args, "items", DictView::Items)
}

fn get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "get")?;
    args::check(vm, "get", &args[1..], 1, 2)?;
    Ok(vm
        .dict_get(&d, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "pop")?;
    args::check(vm, "pop", &args[1..], 1, 2)?;
    match vm.dict_del(&d, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dv) => Ok(dv.clone()),
            None => Err(vm.key_error(args[1].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "popitem")?;
    let e = d.borrow_mut().pop_last();
    match e {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => {
            let c = vm.types.key_error.clone();
            Err(vm.new_error(&c, "popitem(): dictionary is empty"))
        }
    }
}

fn setdefault(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "setdefault")?;
    args::check(vm, "setdefault", &args[1..], 1, 2)?;
    if let Some(v) = vm.dict_get(&d, &args[1])? {
        return Ok(v);
    }
    let dv = args.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, args[1].clone(), dv.clone())?;
    Ok(dv)
}

fn update(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "update")?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    vm.dict_update_from(&d, args.get(1), kw)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "clear")?;
    let old = std::mem::take(&mut *d.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "copy")?;
    let t = d.borrow().clone();
    Ok(Value::Dict(Rc::new(DictObj::from_table(t))))
}

fn fromkeys(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "fromkeys", &args[1..], 1, 2)?;
    let keys = vm.iterate(&args[1])?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let target = match &args[0] {
        Value::Class(c) if !std::ptr::eq(&**c, &*vm.types.dict) => {
            vm.call_value(args[0].clone(), &[])?
        }
        _ => Value::Dict(Rc::new(DictObj::new())),
    };
    for k in keys {
        vm.set_item(&target, k, value.clone())?;
    }
    Ok(target)
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__reversed__")?;
    let pos = d.borrow().raw_len();
    let len = d.len();
    Ok(Value::Iter(Rc::new(super::IterObj::new(
        super::iter::IterState::DictReverse {
            dict: d,
            pos,
            len,
            view: DictView::Keys,
        },
    ))))
}

fn ior(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__ior__")?;
    args::check(vm, "__ior__", &args[1..], 1, 1)?;
    vm.dict_update_from(&d, Some(&args[1]), &[])?;
    Ok(args[0].clone())
}

// Views.

fn view_parts(vm: &mut Vm, args: &[Value]) -> PyResult<(Rc<DictObj>, DictView)> {
    if let Some(Value::Native(n)) = args.first() {
        if let NativeData::DictView { dict, view } = &n.data {
            return Ok((dict.clone(), *view));
        }
    }
    Err(vm.type_error("descriptor requires a dict view"))
}

fn view_items(vm: &mut Vm, d: &DictObj, v: DictView) -> Vec<Value> {
    let _ = vm;
    let t = d.borrow();
    match v {
        DictView::Keys => t.keys(),
        DictView::Values => t.values(),
        DictView::Items => t
            .items()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    }
}

fn view_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, _) = view_parts(vm, args)?;
    Ok(Value::Int(d.len() as i64))
}

fn view_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    match vm.native_iter(&v)? {
        Some(it) => Ok(it),
        None => Err(vm.type_error("not a dict view")),
    }
}

fn view_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, v) = view_parts(vm, args)?;
    args::check(vm, "__contains__", &args[1..], 1, 1)?;
    match v {
        DictView::Keys => Ok(Value::Bool(vm.dict_get(&d, &args[1])?.is_some())),
        DictView::Values => {
            // As iterating the dict: no borrow across `__eq__`, and a
            // comparison that resizes the dict ends the search.
            let size = d.len();
            let mut pos = 0;
            loop {
                let x = {
                    let t = d.borrow();
                    if pos >= t.raw_len() {
                        return Ok(Value::Bool(false));
                    }
                    t.entry(pos).map(|e| e.value.clone())
                };
                pos += 1;
                let Some(x) = x else { continue };
                if vm.eq(&x, &args[1])? {
                    return Ok(Value::Bool(true));
                }
                if d.len() != size {
                    return Err(vm.runtime_error("dictionary changed size during iteration"));
                }
            }
        }
        DictView::Items => {
            let Value::Tuple(t) = &args[1] else {
                return Ok(Value::Bool(false));
            };
            if t.len() != 2 {
                return Ok(Value::Bool(false));
            }
            match vm.dict_get(&d, &t.as_slice()[0])? {
                Some(val) => vm.eq(&val, &t.as_slice()[1]).map(Value::Bool),
                None => Ok(Value::Bool(false)),
            }
        }
    }
}

fn view_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, v) = view_parts(vm, args)?;
    let items = view_items(vm, &d, v);
    let inner = vm.repr(&Value::list(items))?;
    let name = match v {
        DictView::Keys => "dict_keys",
        DictView::Values => "dict_values",
        DictView::Items => "dict_items",
    };
    Ok(Value::string(format!("{}({})", name, inner.as_str())))
}

fn view_set_op(vm: &mut Vm, args: &[Value], op: crate::bytecode::BinOp) -> PyResult<Value> {
    let (d, v) = view_parts(vm, args)?;
    let mine = view_items(vm, &d, v);
    let a = vm.new_set(mine)?;
    let other = vm.iterate(&args[1])?;
    let b = vm.new_set(other)?;
    vm.binary_op(a, b, op)
}

fn view_and(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_set_op(vm, args, crate::bytecode::BinOp::And)
}

fn view_or(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_set_op(vm, args, crate::bytecode::BinOp::Or)
}

fn view_sub(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_set_op(vm, args, crate::bytecode::BinOp::Sub)
}

fn view_xor(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_set_op(vm, args, crate::bytecode::BinOp::Xor)
}

fn view_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, v) = view_parts(vm, args)?;
    if v == DictView::Values {
        return Ok(Value::Bool(args[0].is(&args[1])));
    }
    let mine = view_items(vm, &d, v);
    let a = vm.new_set(mine)?;
    let b = match &args[1] {
        Value::Set(_) | Value::FrozenSet(_) => args[1].clone(),
        Value::Native(n) if matches!(n.data, NativeData::DictView { .. }) => {
            let items = vm.iterate(&args[1])?;
            vm.new_set(items)?
        }
        _ => return Ok(Value::NotImplemented),
    };
    vm.compare(a, b, crate::bytecode::CmpOp::Eq)
}

fn view_reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, v) = view_parts(vm, args)?;
    let pos = d.borrow().raw_len();
    let len = d.len();
    Ok(Value::Iter(Rc::new(super::IterObj::new(
        super::iter::IterState::DictReverse {
            dict: d,
            pos,
            len,
            view: v,
        },
    ))))
}

impl Vm {
    /// The class of a dict view kind, made on first use.
    pub fn view_class(&mut self, name: &'static str) -> Rc<super::ClassObj> {
        if let Some(c) = self.types.iterators.borrow().get(name) {
            return c.clone();
        }
        let c = super::class::new_class(
            self.intern(name),
            vec![self.types.object.clone()],
            Rc::new(DictObj::new()),
            super::class::Layout::Other,
            true,
        )
        .unwrap_or_else(|_| self.types.object.clone());
        add_methods(
            self,
            &c,
            name,
            BuiltinKind::Method,
            &[
                ("__len__", view_len),
                ("__iter__", view_iter),
                ("__contains__", view_contains),
                ("__repr__", view_repr),
                ("__reversed__", view_reversed),
            ],
        );
        // Keys and items views are set-like (and so unhashable); a values
        // view compares and hashes by identity, as CPython's.
        if name != "dict_values" {
            add_methods(
                self,
                &c,
                name,
                BuiltinKind::Method,
                &[
                    ("__and__", view_and),
                    ("__or__", view_or),
                    ("__sub__", view_sub),
                    ("__xor__", view_xor),
                    ("__eq__", view_eq),
                ],
            );
            let h = self.names.hash.clone();
            c.dict.set_str(h, Value::None);
        }
        c.invalidate();
        self.types.iterators.borrow_mut().insert(name, c.clone());
        c
    }
}

pub fn register(vm: &mut Vm) {
    let dc = vm.types.dict.clone();
    add_methods(
        vm,
        &dc,
        "dict",
        BuiltinKind::StaticMethod,
        &[("__new__", dict_new)],
    );
    add_methods(
        vm,
        &dc,
        "dict",
        BuiltinKind::Method,
        &[
            ("__init__", dict_init),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("get", get),
            ("pop", pop),
            ("popitem", popitem),
            ("setdefault", setdefault),
            ("update", update),
            ("clear", clear),
            ("copy", copy),
            ("__reversed__", reversed),
            ("__ior__", ior),
        ],
    );
    add_methods(
        vm,
        &dc,
        "dict",
        BuiltinKind::ClassMethod,
        &[("fromkeys", fromkeys)],
    );
}
