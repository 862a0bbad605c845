//! Classes (type objects): built-in types and user classes alike.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{DictObj, StrObj, Value};

/// Which native representation instances of a class have. A user class
/// inherits the layout of its built-in base (`class E(Exception)` makes
/// exception objects; `class L(list)` makes instances wrapping a list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Exception,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    /// asyncio.Future and Task: native objects that script classes may extend.
    Future,
    /// Built-in types whose instances cannot be made by calling a subclass.
    Other,
}

pub struct ClassObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    pub name: RefCell<Rc<StrObj>>,
    pub qualname: RefCell<Rc<StrObj>>,
    pub bases: RefCell<Vec<Rc<ClassObj>>>,
    /// The method resolution order after the class itself (the class is
    /// left out so the class does not own a reference to itself).
    pub mro: RefCell<Vec<Rc<ClassObj>>>,
    pub dict: Rc<DictObj>,
    pub layout: Layout,
    /// True for the built-in types (immutable from scripts).
    pub builtin: bool,
    /// The metaclass when it is not `type`.
    pub metaclass: RefCell<Option<Rc<ClassObj>>>,
    /// Bumped whenever this class's dict changes, to invalidate caches.
    pub version: Cell<u64>,
    /// Direct subclasses (for `__subclasses__()`).
    pub subclasses: RefCell<Vec<std::rc::Weak<ClassObj>>>,
    /// A class in the MRO defines `__getattribute__` in script code: every
    /// instance attribute access must go through it.
    pub custom_getattribute: Cell<bool>,
    /// The class or a base defines `__del__` (kept current by `invalidate`).
    pub has_del: Cell<bool>,
    /// Length of its instances' slot array (`__slots__` of the class and
    /// its bases).
    pub nslots: Cell<u32>,
    /// Its instances have an attribute dict (false when the whole MRO
    /// declares `__slots__` without `__dict__`, and for built-in types).
    pub inst_dict: Cell<bool>,
}

impl ClassObj {
    pub fn name(&self) -> Rc<StrObj> {
        self.name.borrow().clone()
    }

    /// Find an attribute along the MRO (the class first), through the
    /// attribute cache.
    #[inline]
    pub fn lookup(&self, name: &Rc<StrObj>) -> Option<Value> {
        let tag = self.version.get();
        let key = Rc::as_ptr(name) as usize;
        let idx = ((tag as usize).wrapping_mul(0x9E37_79B1) ^ (key >> 4)) & (CACHE_SIZE - 1);
        let hit = ATTR_CACHE.with(|c| {
            let c = c.borrow();
            let e = &c[idx];
            if e.tag == tag && e.name.as_ref().is_some_and(|n| Rc::ptr_eq(n, name)) {
                Some(e.value.clone())
            } else {
                None
            }
        });
        if let Some(v) = hit {
            return v;
        }
        let v = self.lookup_uncached(name);
        ATTR_CACHE.with(|c| {
            if let Ok(mut c) = c.try_borrow_mut() {
                c[idx] = CacheEntry {
                    tag,
                    name: Some(name.clone()),
                    value: v.clone(),
                };
            }
        });
        v
    }

    /// The MRO walk behind `lookup`.
    pub fn lookup_uncached(&self, name: &Rc<StrObj>) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for c in self.mro.borrow().iter() {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// The class's attributes changed: give it and every subclass a new
    /// version tag, so cached lookups are not reused.
    pub fn invalidate(&self) {
        self.version.set(next_tag());
        self.refresh_has_del();
        let subs: Vec<Rc<ClassObj>> = self
            .subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        for s in subs {
            s.invalidate();
        }
    }

    fn refresh_has_del(&self) {
        if self.builtin {
            return;
        }
        let found = self.dict.get_str_text("__del__").is_some()
            || self
                .mro
                .borrow()
                .iter()
                .any(|c| c.dict.get_str_text("__del__").is_some());
        self.has_del.set(found);
    }

    /// Like `lookup`, also telling which class defined it.
    pub fn lookup_with_owner(self: &Rc<Self>, name: &Rc<StrObj>) -> Option<(Value, Rc<ClassObj>)> {
        if let Some(v) = self.dict.get_str(name) {
            return Some((v, self.clone()));
        }
        for c in self.mro.borrow().iter() {
            if let Some(v) = c.dict.get_str(name) {
                return Some((v, c.clone()));
            }
        }
        None
    }

    /// `issubclass(self, other)`.
    pub fn is_subclass(&self, other: &ClassObj) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        self.mro.borrow().iter().any(|c| std::ptr::eq(&**c, other))
    }

    /// The full MRO including the class itself.
    pub fn full_mro(self: &Rc<Self>) -> Vec<Rc<ClassObj>> {
        let mut v = vec![self.clone()];
        v.extend(self.mro.borrow().iter().cloned());
        v
    }
}

const CACHE_SIZE: usize = 4096;

#[derive(Default, Clone)]
struct CacheEntry {
    tag: u64,
    name: Option<Rc<StrObj>>,
    value: Option<Value>,
}

thread_local! {
    /// A global cache of class attribute lookups keyed by (class version
    /// tag, name), as CPython's type attribute cache.
    static ATTR_CACHE: RefCell<Vec<CacheEntry>> = RefCell::new(vec![CacheEntry::default(); CACHE_SIZE]);
}

static NEXT_TAG: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

pub(crate) fn next_tag() -> u64 {
    NEXT_TAG.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// C3 linearization of `bases`: the MRO of a new class, without the class
/// itself. Errors with CPython's message when no consistent order exists.
pub fn compute_mro(bases: &[Rc<ClassObj>]) -> Result<Vec<Rc<ClassObj>>, String> {
    let mut seqs: Vec<Vec<Rc<ClassObj>>> = bases.iter().map(|b| b.full_mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<ClassObj>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        match found {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if Rc::ptr_eq(&s[0], &c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                // CPython names the distinct heads still waiting to merge.
                let mut heads: Vec<&Rc<ClassObj>> = Vec::new();
                for h in seqs.iter().filter_map(|s| s.first()) {
                    if !heads.iter().any(|x| Rc::ptr_eq(x, h)) {
                        heads.push(h);
                    }
                }
                let names: Vec<String> = heads
                    .iter()
                    .map(|b| b.name().as_str().to_string())
                    .collect();
                return Err(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ));
            }
        }
    }
}

/// Build a class object (built-in or user) with its MRO.
pub fn new_class(
    name: Rc<StrObj>,
    bases: Vec<Rc<ClassObj>>,
    dict: Rc<DictObj>,
    layout: Layout,
    builtin: bool,
) -> Result<Rc<ClassObj>, String> {
    let mro = compute_mro(&bases)?;
    // A subclass starts with its bases' layout; `__slots__` in a class
    // statement adjusts both (see `builtins/class_slots.rs`).
    let nslots = bases.iter().map(|b| b.nslots.get()).max().unwrap_or(0);
    let inst_dict = !builtin;
    let custom_getattribute = !builtin
        && (dict.get_str_text("__getattribute__").is_some()
            || mro.iter().any(|c| c.custom_getattribute.get()));
    Ok(Rc::new(ClassObj {
        gc: Default::default(),
        qualname: RefCell::new(name.clone()),
        name: RefCell::new(name),
        bases: RefCell::new(bases),
        mro: RefCell::new(mro),
        dict,
        layout,
        builtin,
        metaclass: RefCell::new(None),
        version: Cell::new(next_tag()),
        subclasses: RefCell::new(Vec::new()),
        custom_getattribute: Cell::new(custom_getattribute),
        has_del: Cell::new(false),
        nslots: Cell::new(nslots),
        inst_dict: Cell::new(inst_dict),
    }))
    .inspect(|c| {
        c.refresh_has_del();
        if !c.builtin {
            crate::gc::track(&Value::Class(c.clone()));
        }
    })
}

/// Empty the class attribute cache. Stale entries hold their values
/// strongly, which would keep a dead class's methods (and through a
/// `super()` cell, the class) alive; full collections start here.
pub fn flush_attr_cache() {
    let _ = ATTR_CACHE.try_with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            for e in c.iter_mut() {
                if e.tag != 0 {
                    *e = CacheEntry::default();
                }
            }
        }
    });
}

impl Drop for ClassObj {
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
    }
}
