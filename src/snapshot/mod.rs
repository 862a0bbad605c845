//! Snapshots: everything a program can reach, saved to bytes between two
//! event-loop iterations and restored in another VM, possibly in another
//! process.
//!
//! Layout, inside the envelope of `seal` (a magic and the file's length
//! before, a CRC-64 of everything after): a header (format, weft version,
//! build id, stdlib hash), the
//! native modules the program imported, the compilation units (user
//! source in full, stdlib files by path and hash), the object entries, the
//! VM's roots, then the weak references (event loops' task lists).

pub mod ir;
pub mod known;
pub mod load;
pub mod save;
pub mod seal;
pub mod suspend;
pub mod tags;
pub mod units;
pub mod verify;
pub mod wire;

use std::rc::Rc;

use crate::objects::Value;
use crate::vm::Vm;
use wire::{corrupt, Reader, Writer};

/// 2: the first format inside `seal`'s envelope.
const FORMAT: u64 = 2;
/// How many values `save` writes as roots.
const ROOTS: usize = 8;
const BUILD_ID: &str = env!("WEFT_BUILD_ID");

/// Why a snapshot could not be taken or restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnapshotError {
    /// Script code is running (a snapshot is taken between loop iterations).
    NotIdle(String),
    /// Something reachable cannot travel; the message names it and its path.
    Unsupported(String),
    /// The bytes are not what was written: the checksum or the length
    /// recorded with them does not match.
    Damaged(String),
    /// The bytes are not a well-formed snapshot.
    Corrupt(String),
    /// The snapshot was made by another weft, or needs what this VM lacks.
    Mismatch(String),
    /// Rebuilding failed in the program's own code (a key's `__hash__`).
    Restore(String),
}

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SnapshotError::NotIdle(m) | SnapshotError::Unsupported(m) => f.write_str(m),
            SnapshotError::Damaged(m) => write!(f, "snapshot is damaged ({})", m),
            SnapshotError::Corrupt(m) => write!(f, "corrupt snapshot: {}", m),
            SnapshotError::Mismatch(m) => write!(f, "snapshot does not match this weft: {}", m),
            SnapshotError::Restore(m) => write!(f, "restoring the snapshot failed: {}", m),
        }
    }
}

impl std::error::Error for SnapshotError {}

/// "TypeError: message", for errors from script code run while restoring.
pub fn describe(e: &crate::vm::PyErr) -> String {
    let name = e.class().name().as_str().to_string();
    match &*e.0.args.borrow() {
        Value::Tuple(t) => match t.iter().next() {
            Some(Value::Str(s)) => format!("{}: {}", name, s.as_str()),
            _ => name,
        },
        _ => name,
    }
}

pub fn fnv(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

pub fn stdlib_source(path: &str) -> Option<&'static str> {
    crate::vm::import::STDLIB_FILES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, s)| *s)
}

fn stdlib_hash() -> u64 {
    let mut all = Vec::new();
    for (p, s) in crate::vm::import::STDLIB_FILES {
        all.extend_from_slice(p.as_bytes());
        all.extend_from_slice(&fnv(s.as_bytes()).to_le_bytes());
    }
    fnv(&all)
}

/// Save everything `vm`'s program can reach. Only between event-loop
/// iterations: no script frame may be running.
pub fn save(vm: &mut Vm) -> Result<Vec<u8>, SnapshotError> {
    save_with(vm, false)
}

/// Check that the running frames can be saved: script frames waiting on
/// calls, entered once from the host, below one event-loop run.
fn check_suspendable(vm: &Vm) -> Result<(), SnapshotError> {
    let not_here = |why: &str| {
        Err(SnapshotError::NotIdle(format!(
            "cannot snapshot here: {}",
            why
        )))
    };
    if vm.ext.asyncio.runs.len() != 1 {
        return not_here("the event loop is not running exactly once");
    }
    for (i, f) in vm.frames.iter().enumerate() {
        let native = matches!(f.resume, crate::vm::frame::Resume::Native);
        if native != (i == 0) {
            return not_here("the event loop runs inside a native call");
        }
        if f.gen.is_some() {
            return not_here("the event loop runs inside a generator");
        }
        if !verify::after_call(&f.code, f.ip) {
            return not_here("a frame is not waiting on a call");
        }
    }
    Ok(())
}

pub fn save_with(vm: &mut Vm, running: bool) -> Result<Vec<u8>, SnapshotError> {
    if !vm.frames.is_empty() && !running {
        return Err(SnapshotError::NotIdle(
            "cannot snapshot while script code is running (take it between event loop iterations)"
                .into(),
        ));
    }
    if running && !vm.frames.is_empty() {
        check_suspendable(vm)?;
    }
    // The clock as the program last saw it: the time spent saving is not
    // the program's.
    let clock = vm.monotonic();
    // Garbage need not travel, and pending finalizers must run first.
    vm.gc_collect(2);
    vm.safe_point();
    let frames = std::mem::take(&mut vm.frames);
    let r = save_frames(vm, &frames, clock);
    vm.frames = frames;
    r
}

fn save_frames(
    vm: &mut Vm,
    frames: &[Box<crate::vm::frame::Frame>],
    clock: f64,
) -> Result<Vec<u8>, SnapshotError> {
    let natives: Vec<&'static str> = known::native_module_names(vm)
        .into_iter()
        .filter(|n| vm.sys_modules.get_str_text(n).is_some())
        .collect();
    let aio = &vm.ext.asyncio;
    let roots: Vec<(&'static str, Value)> = vec![
        ("sys.modules", Value::Dict(vm.sys_modules.clone())),
        ("builtins", Value::Dict(vm.builtins.clone())),
        ("sys.path", Value::List(vm.sys_path.clone())),
        ("running loop", aio.running_loop.clone()),
        ("event loop", aio.event_loop.clone()),
        // Registered by the stdlib asyncio package (script objects).
        (
            "asyncio",
            aio.cancelled_error
                .clone()
                .map(Value::Class)
                .unwrap_or_default(),
        ),
        (
            "asyncio",
            aio.invalid_state_error
                .clone()
                .map(Value::Class)
                .unwrap_or_default(),
        ),
        ("asyncio", aio.wrap_awaitable.clone()),
    ];
    let queue_fast = aio.queue_fast.as_ref().and_then(|q| q.registration());
    let scalars = (
        aio.set_called,
        aio.task_counter,
        aio.virtual_time,
        clock,
        vm.recursion_limit,
    );
    let asyncgens: Vec<(Value, Value)> = aio
        .asyncgens
        .iter()
        .filter_map(|(l, g)| Some((Value::Native(l.upgrade()?), Value::Generator(g.upgrade()?))))
        .collect();
    let random = vm.ext.random.as_ref().map(|r| r.getstate());
    let run = match (frames.is_empty(), vm.ext.asyncio.runs.last()) {
        (false, Some(r)) => Some((
            Value::Native(r.loop_.clone()),
            r.prev_running.clone(),
            r.target
                .as_ref()
                .map(|t| (t.fut.clone(), t.new_task, t.is_native)),
        )),
        _ => None,
    };
    let mut tokens: Vec<(u64, Value)> = vm
        .embed
        .futures
        .iter()
        .map(|(k, v)| (*k, v.clone()))
        .collect();
    tokens.sort_by_key(|(k, _)| *k);
    let next_token = vm.embed.next_id;

    let mut s = save::Saver::new(vm);
    let mut rw = Writer::default();
    for (name, v) in &roots {
        s.root(&mut rw, name, v);
    }
    match &queue_fast {
        None => rw.u8(0),
        Some((q, e, n)) => {
            rw.u8(1);
            s.root(&mut rw, "asyncio.Queue", q);
            s.root(&mut rw, "asyncio.Event", e);
            s.root(&mut rw, "asyncio.queues", n);
        }
    }
    rw.uv(next_token);
    rw.uv(tokens.len() as u64);
    for (k, v) in &tokens {
        rw.uv(*k);
        s.root(&mut rw, "host future", v);
    }
    match &run {
        None => rw.u8(0),
        Some((l, prev, target)) => {
            rw.u8(1);
            rw.uv(frames.len() as u64);
            for f in frames {
                s.frame_into(&mut rw, f);
            }
            s.root(&mut rw, "running loop", l);
            s.root(&mut rw, "running loop", prev);
            match target {
                None => rw.u8(0),
                Some((fut, new_task, is_native)) => {
                    rw.u8(1);
                    s.root(&mut rw, "run_until_complete", fut);
                    rw.bool(*new_task);
                    rw.bool(*is_native);
                }
            }
        }
    }
    let weak = s.drain()?;
    let mut out = Writer { buf: seal::start() };
    out.uv(FORMAT);
    out.str(env!("CARGO_PKG_VERSION"));
    out.str(BUILD_ID);
    out.uv(stdlib_hash());
    out.uv(natives.len() as u64);
    for n in &natives {
        out.str(n);
    }
    s.write_units(&mut out);
    out.uv(s.count() as u64);
    out.buf.extend_from_slice(s.objects());
    out.buf.extend_from_slice(&rw.buf);
    out.bool(scalars.0);
    out.uv(scalars.1);
    out.bool(scalars.2);
    out.f64(scalars.3);
    out.uv(scalars.4 as u64);
    match random {
        None => out.u8(0),
        Some(st) => {
            out.u8(1);
            out.uv(st.index as u64);
            out.uv(st.words.len() as u64);
            for w in st.words {
                out.uv(w as u64);
            }
        }
    }
    let pairs: Vec<(u64, u64)> = asyncgens
        .iter()
        .filter_map(|(l, g)| Some((s.id_of(l)? as u64, s.id_of(g)? as u64)))
        .collect();
    out.uv(pairs.len() as u64);
    for (l, g) in pairs {
        out.uv(l);
        out.uv(g);
    }
    out.buf.extend_from_slice(&weak);
    seal::finish(&mut out.buf);
    Ok(out.buf)
}

/// Rebuild a saved program inside `vm`, which should be freshly built (with
/// the host's functions registered) and have run nothing yet.
pub fn restore(vm: &mut Vm, bytes: &[u8]) -> Result<(), SnapshotError> {
    if !vm.frames.is_empty() {
        return Err(SnapshotError::NotIdle(
            "cannot restore while script code is running".into(),
        ));
    }
    // Positions in `bytes` are positions in the file: the parts read
    // later by position need no offset.
    let bytes = seal::open(bytes)?;
    let mut r = Reader::new(bytes);
    for _ in 0..seal::HEAD {
        r.u8()?;
    }
    let format = r.uv()?;
    if format != FORMAT {
        return Err(SnapshotError::Mismatch(format!(
            "snapshot format {} (this weft reads format {})",
            format, FORMAT
        )));
    }
    let version = r.str()?;
    if version != env!("CARGO_PKG_VERSION") {
        return Err(SnapshotError::Mismatch(format!(
            "made by weft {}, this is weft {}",
            version,
            env!("CARGO_PKG_VERSION")
        )));
    }
    let build = r.str()?;
    if build != BUILD_ID {
        return Err(SnapshotError::Mismatch(format!(
            "made by a weft build whose compiler differs (build {}, this is build {})",
            build, BUILD_ID
        )));
    }
    let std_hash = r.uv()?;
    let n = r.count()?;
    for _ in 0..n {
        let name = r.str()?;
        if !vm.native_modules.contains_key(name) {
            return Err(SnapshotError::Mismatch(format!(
                "the program uses native module '{}', which this VM does not allow",
                name
            )));
        }
        vm.import(name).map_err(|e| {
            SnapshotError::Restore(format!("importing '{}': {}", name, describe(&e)))
        })?;
    }
    // Compilation units: recompiled here, so code objects match this weft.
    let n = r.count()?;
    let mut unit_codes = Vec::with_capacity(n);
    for _ in 0..n {
        let mode = units::mode_from(r.u8()?).ok_or_else(|| corrupt("bad compile mode"))?;
        let filename = r.str()?.to_string();
        let source: String = if r.bool()? {
            let h = r.uv()?;
            let path = filename.strip_prefix("<stdlib>/").unwrap_or(&filename);
            match stdlib_source(path) {
                Some(s) if fnv(s.as_bytes()) == h => s.to_string(),
                _ => {
                    let _ = std_hash;
                    return Err(SnapshotError::Mismatch(format!(
                        "stdlib module {} differs from the one the snapshot was made with",
                        path
                    )));
                }
            }
        } else {
            r.str()?.to_string()
        };
        let code = vm.compile_source(&source, &filename, mode).map_err(|e| {
            SnapshotError::Restore(format!("compiling {}: {}", filename, describe(&e)))
        })?;
        unit_codes.push(units::by_serial(&code));
    }
    known::prime_lazy_classes(vm);
    let known = known::build(vm);
    let count = r.count()?;
    let count32 = u32::try_from(count).map_err(|_| corrupt("too many objects"))?;
    let mut ir = ir::Ir::default();
    ir.entries.reserve(count);
    {
        let mut p = ir::Parser {
            r: &mut r,
            base: 0,
            count: count32,
            ir: &mut ir,
        };
        for _ in 0..count {
            let e = p.entry()?;
            p.ir.entries.push(e);
        }
    }
    let mut roots = Vec::new();
    {
        let mut p = ir::Parser {
            r: &mut r,
            base: 0,
            count: count32,
            ir: &mut ir,
        };
        for _ in 0..ROOTS {
            roots.push(p.v()?);
        }
    }
    let queue_fast = if r.bool()? {
        let mut p = ir::Parser {
            r: &mut r,
            base: 0,
            count: count32,
            ir: &mut ir,
        };
        Some([p.v()?, p.v()?, p.v()?])
    } else {
        None
    };
    let next_token = r.uv()?;
    let ntokens = r.count()?;
    let mut tokens = Vec::with_capacity(ntokens);
    for _ in 0..ntokens {
        let k = r.uv()?;
        let mut p = ir::Parser {
            r: &mut r,
            base: 0,
            count: count32,
            ir: &mut ir,
        };
        tokens.push((k, p.v()?));
    }
    let suspended = if r.bool()? {
        let mut p = ir::Parser {
            r: &mut r,
            base: 0,
            count: count32,
            ir: &mut ir,
        };
        let n = p.r.count()?;
        let mut frames = Vec::with_capacity(n);
        for _ in 0..n {
            frames.push(p.frame()?);
        }
        if frames.is_empty() {
            return Err(corrupt("a suspended program without frames"));
        }
        let l = p.v()?;
        let prev = p.v()?;
        let target = if p.r.bool()? {
            let fut = p.v()?;
            Some((fut, p.r.bool()?, p.r.bool()?))
        } else {
            None
        };
        Some((frames, l, prev, target))
    } else {
        None
    };
    let set_called = r.bool()?;
    let task_counter = r.uv()?;
    let virtual_time = r.bool()?;
    let clock = r.f64()?;
    let recursion_limit = r.usize()?;
    let random = if r.bool()? {
        let index = r.u32()?;
        let n = r.count()?;
        let mut words = Vec::with_capacity(n);
        for _ in 0..n {
            words.push(r.u32()?);
        }
        Some(crate::builtins::random_mt::MtState { words, index })
    } else {
        None
    };
    let npairs = r.count()?;
    let mut pairs = Vec::with_capacity(npairs);
    for _ in 0..npairs {
        pairs.push((r.u32()?, r.u32()?));
    }
    let nloops = r.count()?;
    let mut loops = Vec::with_capacity(nloops);
    for _ in 0..nloops {
        let l = r.u32()?;
        let n = r.count()?;
        let mut tasks = Vec::with_capacity(n);
        for _ in 0..n {
            tasks.push(r.u32()?);
        }
        loops.push((l, tasks));
    }
    if !r.at_end() {
        return Err(corrupt("trailing bytes"));
    }
    if !clock.is_finite() {
        return Err(corrupt("clock is not a number"));
    }

    let mut ld = load::Loader::new(vm, bytes, ir, known, unit_codes);
    ld.build_all()?;
    ld.fill_all()?;
    ld.check_tasks()?;
    ld.fill_tables()?;
    let root_vals: Vec<Value> = roots.iter().map(|v| ld.get(v)).collect::<Result<_, _>>()?;
    let native_at =
        |ld: &load::Loader, i: u32| -> Result<Rc<crate::objects::NativeObj>, SnapshotError> {
            match ld.built.get(i as usize).cloned().flatten() {
                Some(Value::Native(n)) => Ok(n),
                _ => Err(corrupt("expected a native object")),
            }
        };
    let mut gens = Vec::new();
    for (l, g) in pairs {
        let l = native_at(&ld, l)?;
        let g = match ld.built.get(g as usize).cloned().flatten() {
            Some(Value::Generator(g)) => g,
            _ => return Err(corrupt("expected an async generator")),
        };
        gens.push((Rc::downgrade(&l), Rc::downgrade(&g)));
    }
    for (l, tasks) in loops {
        let l = native_at(&ld, l)?;
        let crate::objects::NativeData::Loop(cell) = &l.data else {
            return Err(corrupt("expected an event loop"));
        };
        let mut weak = Vec::with_capacity(tasks.len());
        for t in tasks {
            weak.push(Rc::downgrade(&native_at(&ld, t)?));
        }
        cell.borrow_mut().tasks = weak;
    }
    let queue_fast = match queue_fast {
        Some(vs) => Some([ld.get(&vs[0])?, ld.get(&vs[1])?, ld.get(&vs[2])?]),
        None => None,
    };
    let mut token_vals = Vec::with_capacity(tokens.len());
    for (k, v) in &tokens {
        token_vals.push((*k, ld.get(v)?));
    }
    let pending = match suspended {
        None => None,
        Some((frames, l, prev, target)) => {
            let mut fs = Vec::with_capacity(frames.len());
            for (i, f) in frames.iter().enumerate() {
                let frame = ld.frame_waiting(f)?;
                let native = matches!(frame.resume, crate::vm::frame::Resume::Native);
                if native != (i == 0) || frame.gen.is_some() {
                    return Err(corrupt("suspended frames are not a plain call chain"));
                }
                fs.push(frame);
            }
            let loop_ = match ld.get(&l)? {
                Value::Native(n) if matches!(n.data, crate::objects::NativeData::Loop(_)) => n,
                _ => return Err(corrupt("the suspended run has no event loop")),
            };
            let target = match target {
                None => None,
                Some((fut, new_task, is_native)) => {
                    let fut = ld.get(&fut)?;
                    if crate::asyncio::future::fut_of(&fut).is_none() {
                        return Err(corrupt("run_until_complete target is not a future"));
                    }
                    Some(crate::asyncio::event_loop::RunTarget {
                        fut,
                        new_task,
                        is_native,
                    })
                }
            };
            Some((
                fs,
                crate::asyncio::event_loop::LoopRun {
                    loop_,
                    prev_running: ld.get(&prev)?,
                    target,
                },
            ))
        }
    };
    // Every entry was built (build_all fails otherwise).
    let built = std::mem::take(&mut ld.built);
    drop(ld);
    vm.embed.next_id = vm.embed.next_id.max(next_token);
    for (k, v) in token_vals {
        vm.embed.futures.insert(k, v);
    }
    vm.ext.asyncio.pending_resume = pending;
    if let Some(args) = queue_fast {
        crate::asyncio::queue::queue_register(vm, &args, Default::default())
            .map_err(|e| SnapshotError::Restore(describe(&e)))?;
    }
    vm.suspend.iterations = 0;
    let aio = &mut vm.ext.asyncio;
    aio.running_loop = root_vals[3].clone();
    aio.event_loop = root_vals[4].clone();
    aio.cancelled_error = match &root_vals[5] {
        Value::Class(c) => Some(c.clone()),
        _ => None,
    };
    aio.invalid_state_error = match &root_vals[6] {
        Value::Class(c) => Some(c.clone()),
        _ => None,
    };
    aio.wrap_awaitable = root_vals[7].clone();
    aio.set_called = set_called;
    aio.task_counter = task_counter;
    aio.virtual_time = virtual_time;
    aio.asyncgens = gens;
    vm.recursion_limit = recursion_limit.clamp(1, 1 << 20);
    if let Some(st) = random {
        let mut mt = crate::builtins::random_mt::Mt19937::from_i64_seed(0);
        mt.setstate(&st).map_err(|e| corrupt(&e))?;
        vm.ext.random = Some(mt);
    }
    vm.ext.start_instant = Some(std::time::Instant::now());
    vm.ext.clock_base = clock - 1000.0;
    for v in built.iter().flatten() {
        crate::gc::track(v);
    }
    Ok(())
}
