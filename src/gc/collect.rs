//! Running a collection, and the safe points where the VM does the work
//! destructors cannot (finalizers, `__del__`, collections that are due).

use std::rc::Rc;
use std::time::Instant;

use super::slot::DETACHED;
use super::{analyze, key, strong_count, trace, PtrHasher, PtrMap, GC, PENDING};
use crate::objects::{GenObj, InstanceObj, Value};
use crate::vm::Vm;

impl Vm {
    /// Do the work queued for the next safe point. Never fails: errors in
    /// finalizers are reported as "Exception ignored in", as CPython does.
    #[cold]
    #[inline(never)]
    pub fn safe_point(&mut self) {
        PENDING.with(|p| p.set(false));
        if self.in_safe_point {
            // A finalizer's own code reached a safe point: the outer call
            // is still draining the queues and will pick up the new work.
            return;
        }
        self.in_safe_point = true;
        loop {
            let mut did = false;
            if self.has_pending_finalizers() {
                self.run_finalizers();
                did = true;
            }
            while let Some(inst) = super::next_del() {
                self.call_del(&inst);
                did = true;
            }
            if !self.ext.asyncio.reports.borrow().is_empty() {
                self.report_zombies();
                did = true;
            }
            if super::take_due() {
                if let Some(g) = super::generation_to_collect() {
                    let older = GC.with(|s| s.borrow().promote_to(g));
                    self.gc_collect_to(g, older);
                }
                did = true;
            }
            PENDING.with(|p| p.set(false));
            if !did {
                break;
            }
        }
        self.in_safe_point = false;
    }

    /// Call an instance's `__del__`; it is marked finalized first, so the
    /// call happens once even if the object is resurrected.
    fn call_del(&mut self, inst: &Rc<InstanceObj>) {
        inst.finalized.set(true);
        let v = Value::Instance(inst.clone());
        let name = self.intern("__del__");
        let cls = inst.class();
        if let Err(e) = self.call_special(&v, &name, &[]) {
            let f = cls.lookup(&name).unwrap_or(Value::None);
            let desc = match self.repr(&f) {
                Ok(s) => s.as_str().to_string(),
                Err(_) => self.default_repr(&f),
            };
            self.report_unraisable(&format!("Exception ignored in: {}", desc), &e);
        }
    }

    /// Close a generator found in a dead cycle, as its finalizer would.
    fn finalize_generator(&mut self, g: &Rc<GenObj>) {
        if let Err(e) = self.gen_close(g) {
            let desc = self.default_repr(&Value::Generator(g.clone()));
            self.report_unraisable(&format!("Exception ignored in: {}", desc), &e);
        }
        // A finalizer runs once: if the generator yielded again instead of
        // closing, its frame is just dropped when the generator dies.
        if g.has_frame() {
            g.finished.set(true);
        }
    }

    /// Collect generations 0..=`gen`; returns the number of unreachable
    /// objects found (what `gc.collect()` returns).
    pub fn gc_collect(&mut self, gen: usize) -> usize {
        self.gc_collect_to(gen, (gen + 1).min(2))
    }

    /// Collect generations 0..=`gen`, moving survivors to `older`.
    fn gc_collect_to(&mut self, gen: usize, older: usize) -> usize {
        let already = GC.with(|g| std::mem::replace(&mut g.borrow_mut().collecting, true));
        if already {
            return 0;
        }
        let start = Instant::now();
        if gen == 2 {
            crate::objects::class::flush_attr_cache();
        }
        super::track_escaped();
        let (garbage, moved) = GC.with(|g| g.borrow_mut().collect_in_place(gen, older));
        let mut garbage = super::with_owned_coros(garbage);
        let mut reachable = Vec::new();
        if self.defer_finalizers && garbage.iter().any(needs_finalizer) {
            // Native code asked for memory back at a point where script
            // code must not run: dead objects that want a finalizer keep
            // the whole group for a later collection at a safe point.
            reachable = std::mem::take(&mut garbage);
        }

        // Finalizers run while every dead object is still intact.
        let mut finalized = false;
        for o in &garbage {
            finalized |= self.finalize_one(o);
        }
        let count = if finalized {
            // What a finalizer made reachable again stays; what it freed
            // (a closed generator dropping its frame) is not counted, as
            // reference counting would have freed it on the spot.
            let second = analyze(garbage);
            reachable.extend(second.reachable);
            garbage = second.unreachable;
            count_unfreed(&garbage)
        } else {
            garbage.len()
        };
        // CPython keeps a function's closure in a tuple of its own.
        let count = count
            + detached_dying(&garbage)
            + garbage
                .iter()
                .filter(|o| matches!(o, Value::Function(f) if !f.closure.is_empty()))
                .count();

        for o in &garbage {
            trace::clear(o);
        }
        let released = GC.with(|g| {
            let mut g = g.borrow_mut();
            if older == 2 && gen < 2 {
                g.long_lived_pending += moved + reachable.len();
            }
            if gen == 2 {
                g.long_lived_pending = 0;
            }
            let released = g.relist_owned(older, reachable);
            if gen == 2 {
                g.long_lived_total = g.live_len(2);
                g.full_growth = if count * 4 >= g.long_lived_total {
                    1
                } else {
                    2
                };
            }
            // Garbage that something still holds after its references were
            // cleared (a resurrecting finalizer's doing) stays tracked.
            let kept: Vec<Value> = garbage
                .iter()
                .filter(|o| strong_count(o) > 1)
                .cloned()
                .collect();
            g.relist(older, &kept);
            for i in 0..=gen {
                g.counts[i] = 0;
            }
            if gen < 2 {
                g.counts[gen + 1] += 1;
            }
            g.collections[gen] += 1;
            g.collected[gen] += count;
            g.adapt_middle(gen, count);
            released
        });
        drop(released);
        super::deep_drop::drop_all(garbage);
        // Coroutines found held elsewhere meanwhile are tracked now, not
        // kept alive by the list until the next collection.
        super::track_escaped();
        let pause = start.elapsed().as_secs_f64();
        GC.with(|g| {
            let mut g = g.borrow_mut();
            g.collecting = false;
            g.total_pause[gen] += pause;
            if pause > g.max_pause {
                g.max_pause = pause;
            }
        });
        count
    }
}

/// Whether collecting `o` would run script code (the cases
/// `finalize_one` handles; a future counts whether or not it reports).
fn needs_finalizer(o: &Value) -> bool {
    match o {
        Value::Generator(g) => g.started.get() && !g.finished.get() && g.has_frame(),
        Value::Native(n) => matches!(n.data, crate::objects::NativeData::Future(_)),
        Value::Instance(i) => !i.finalized.get() && i.class().has_del.get(),
        _ => false,
    }
}

/// Of a dead group, how many objects are still held by another (the rest
/// reference counting frees as soon as the collector lets go).
fn count_unfreed(objs: &[Value]) -> usize {
    let mut index = PtrMap::default();
    for (i, o) in objs.iter().enumerate() {
        index.insert(key(o), i as u32);
    }
    let mut refs: Vec<isize> = objs.iter().map(|o| strong_count(o) as isize - 1).collect();
    let mut freed = vec![false; objs.len()];
    let mut work: Vec<usize> = (0..objs.len()).filter(|&i| refs[i] <= 0).collect();
    while let Some(i) = work.pop() {
        if freed[i] {
            continue;
        }
        freed[i] = true;
        trace::children(&objs[i], &mut |c| {
            if let Some(&j) = index.get(&key(c)) {
                let j = j as usize;
                refs[j] -= 1;
                if refs[j] <= 0 && !freed[j] {
                    work.push(j);
                }
            }
        });
    }
    freed.iter().filter(|f| !**f).count()
}

/// Detached lists (see `slot::DETACHED`) that nothing but `garbage`
/// holds: they die with it, and CPython, whose lists are always tracked,
/// counts them among the objects found.
fn detached_dying(garbage: &[Value]) -> usize {
    let mut held: std::collections::HashMap<usize, (usize, usize), _> =
        std::collections::HashMap::with_hasher(
            std::hash::BuildHasherDefault::<PtrHasher>::default(),
        );
    for o in garbage {
        trace::children(o, &mut |c| {
            if let Value::List(l) = c {
                if l.gc.get() == DETACHED {
                    held.entry(key(c)).or_insert((0, Rc::strong_count(l))).0 += 1;
                }
            }
        });
    }
    held.values()
        .filter(|(refs, strong)| refs == strong)
        .count()
}

impl Vm {
    /// Interpreter exit, as CPython tears down `__main__`: the module's
    /// globals die together, so every object only they keep alive is
    /// finalized (generators closed, `__del__` called) in the collector's
    /// order, oldest first; then the globals are released and a full
    /// collection frees what is left in cycles.
    pub fn finalize_main(&mut self, m: &Rc<crate::objects::ModuleObj>) {
        self.safe_point();
        let globals: Vec<Value> = m.dict.borrow().iter().map(|e| e.value.clone()).collect();
        let candidates: Vec<Value> = GC.with(|g| {
            let g = g.borrow();
            (0..3).rev().flat_map(|gen| g.live(gen)).collect()
        });
        // Each global is held by the dict and by `globals`.
        let dying = super::analyze_excluding(candidates, &globals, 2).unreachable;
        let dying = super::with_owned_coros(dying);
        drop(globals);
        for o in &dying {
            self.finalize_one(o);
        }
        drop(dying);
        let keys: Vec<Rc<crate::objects::StrObj>> = m
            .dict
            .borrow()
            .iter()
            .filter_map(|e| match &e.key {
                Value::Str(s) if s.as_str() != "__builtins__" => Some(s.clone()),
                _ => None,
            })
            .collect();
        for k in keys {
            let prev = m.dict.get_str(&k);
            m.dict.set_str(k, Value::None);
            drop(prev);
            self.safe_point();
        }
        self.gc_collect(2);
        self.safe_point();
    }

    /// Run an object's finalizer if it has one that has not run; returns
    /// whether one ran.
    fn finalize_one(&mut self, o: &Value) -> bool {
        match o {
            Value::Generator(g) => {
                let suspended =
                    g.started.get() && !g.finished.get() && !g.running.get() && g.has_frame();
                if suspended {
                    self.finalize_generator(g);
                }
                suspended
            }
            Value::Native(n) if matches!(n.data, crate::objects::NativeData::Future(_)) => {
                self.finalize_future(n)
            }
            Value::Instance(i) if !i.finalized.get() && i.class().has_del.get() => {
                self.call_del(i);
                true
            }
            _ => false,
        }
    }
}
