//! The file-system primitives of `_os` that `os`, `os.path`, `pathlib`,
//! `shutil`, `glob` and `tempfile` build on: stat with every field,
//! directory scans, links, permissions, times, raw file descriptors.
//!
//! Every call that touches the file system checks `caps.files` first
//! (PermissionError without it), as `open()` does. Errors are CPython's:
//! the errno's OSError subclass with the path as `filename` (and the
//! second path as `filename2` for two-path calls).

use std::ffi::CString;
use std::os::unix::fs::{DirBuilderExt, DirEntryExt, MetadataExt, PermissionsExt};
use std::rc::Rc;

use super::args;
use super::io_mod::{files_on, os_error};
use super::module_func;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::instance::InstanceObj;
use crate::objects::{BytesObj, ModuleObj, StrObj, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Key of the registered `os.stat_result` class in `vm.types.iterators`.
const STAT_RESULT: &str = "os.stat_result";
/// Key of the registered `os.DirEntry` class.
const DIR_ENTRY: &str = "os.DirEntry";

pub fn extend(vm: &mut Vm, m: &Rc<ModuleObj>) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("stat", os_stat),
        ("lstat", os_lstat),
        ("scandir", os_scandir),
        ("mkdir", os_mkdir),
        ("remove", os_remove),
        ("unlink", os_unlink),
        ("replace", os_replace),
        ("listdir", os_listdir),
        ("chdir", os_chdir),
        ("rmdir", os_rmdir),
        ("rename", os_rename),
        ("symlink", os_symlink),
        ("link", os_link),
        ("readlink", os_readlink),
        ("chmod", os_chmod),
        ("chown", os_chown),
        ("utime", os_utime),
        ("access", os_access),
        ("truncate", os_truncate),
        ("open", os_open),
        ("close", os_close),
        ("read", os_read),
        ("write", os_write),
        ("lseek", os_lseek),
        ("fsync", os_fsync),
        ("statvfs", os_statvfs),
        ("get_terminal_size", os_get_terminal_size),
        ("urandom", os_urandom),
        ("umask", os_umask),
        ("getuid", os_getuid),
        ("getgid", os_getgid),
        ("scandir_entries", os_scandir_entries),
        ("_register", os_register),
        ("getpw", os_getpw),
        ("getgr", os_getgr),
    ];
    for (n, f) in fns {
        let key = vm.intern(n);
        m.dict.set_str(key, module_func("_os", n, *f));
    }
    let consts: &[(&str, i64)] = &[
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_SYNC", libc::O_SYNC as i64),
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
    ];
    for (n, v) in consts {
        m.dict.set_str_text(n, Value::Int(*v));
    }
}

/// A path argument: its text, and the value errors name as `filename`
/// (str and bytes as given, a PathLike as its `__fspath__()`).
struct FsPath {
    text: String,
    shown: Value,
    bytes: bool,
}

/// What a path parameter takes besides str, bytes and PathLike, for the
/// TypeError's wording.
#[derive(Clone, Copy)]
enum Takes {
    Path,
    PathOrFd,
    PathFdOrNone,
}

fn fs_path(vm: &mut Vm, v: &Value, func: &str, arg: &str) -> PyResult<FsPath> {
    fs_path_as(vm, v, func, arg, Takes::Path)
}

fn fs_path_as(vm: &mut Vm, v: &Value, func: &str, arg: &str, takes: Takes) -> PyResult<FsPath> {
    let (text, shown, bytes) = match v {
        Value::Str(s) => (s.as_str().to_string(), v.clone(), false),
        Value::Bytes(b) => (
            String::from_utf8_lossy(b.as_bytes()).into_owned(),
            v.clone(),
            true,
        ),
        other => {
            let name = vm.intern("__fspath__");
            match vm.call_special(other, &name, &[])? {
                Some(r @ Value::Str(_)) | Some(r @ Value::Bytes(_)) => {
                    return fs_path_as(vm, &r, func, arg, takes)
                }
                Some(r) => {
                    let (tn, rn) = (vm.type_name(other), vm.type_name(&r));
                    return Err(vm.type_error(format!(
                        "expected {}.__fspath__() to return str or bytes, not {}",
                        tn, rn
                    )));
                }
                None => {
                    let tn = vm.type_name(other);
                    let what = match takes {
                        Takes::Path => "string, bytes or os.PathLike",
                        Takes::PathOrFd => "string, bytes, os.PathLike or integer",
                        Takes::PathFdOrNone => "string, bytes, os.PathLike, integer or None",
                    };
                    return Err(
                        vm.type_error(format!("{}: {} should be {}, not {}", func, arg, what, tn))
                    );
                }
            }
        }
    };
    if text.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(FsPath { text, shown, bytes })
}

fn err_at(vm: &mut Vm, e: &std::io::Error, p: &FsPath) -> PyErr {
    os_error(vm, e, Some(&p.shown))
}

fn err_two(vm: &mut Vm, e: &std::io::Error, a: &FsPath, b: &FsPath) -> PyErr {
    let err = os_error(vm, e, Some(&a.shown));
    err.0.attr_dict().set_str_text("filename2", b.shown.clone());
    err
}

/// A name read from the file system, as str or (for bytes paths) bytes.
fn name_value(name: &std::ffi::OsStr, bytes: bool) -> Value {
    use std::os::unix::ffi::OsStrExt;
    if bytes {
        Value::Bytes(Rc::new(BytesObj::new(name.as_bytes().to_vec())))
    } else {
        Value::string(name.to_string_lossy().into_owned())
    }
}

fn flag(vm: &mut Vm, kw: KwArgs, name: &str, default: bool) -> PyResult<bool> {
    match args::kwarg(kw, name) {
        Some(v) => vm.is_true(&v),
        None => Ok(default),
    }
}

fn no_dir_fd(vm: &mut Vm, kw: KwArgs) -> PyResult<()> {
    match args::kwarg(kw, "dir_fd") {
        None | Some(Value::None) => Ok(()),
        Some(_) => {
            Err(vm.error_by_name("NotImplementedError", "dir_fd unavailable on this platform"))
        }
    }
}

// ------------------------------------------------------------ stat

/// The fields of a stat call, whichever way it was made.
struct StatFields {
    mode: u32,
    ino: u64,
    dev: u64,
    nlink: u64,
    uid: u32,
    gid: u32,
    size: i64,
    times: [(i64, i64); 3],
    blksize: i64,
    blocks: i64,
    rdev: u64,
}

impl StatFields {
    fn from_metadata(md: &std::fs::Metadata) -> StatFields {
        StatFields {
            mode: md.mode(),
            ino: md.ino(),
            dev: md.dev(),
            nlink: md.nlink(),
            uid: md.uid(),
            gid: md.gid(),
            size: md.size() as i64,
            times: [
                (md.atime(), md.atime_nsec()),
                (md.mtime(), md.mtime_nsec()),
                (md.ctime(), md.ctime_nsec()),
            ],
            blksize: md.blksize() as i64,
            blocks: md.blocks() as i64,
            rdev: md.rdev(),
        }
    }

    fn from_libc(st: &libc::stat) -> StatFields {
        StatFields {
            mode: st.st_mode,
            ino: st.st_ino,
            dev: st.st_dev,
            nlink: st.st_nlink,
            uid: st.st_uid,
            gid: st.st_gid,
            size: st.st_size,
            times: [
                (st.st_atime, st.st_atime_nsec),
                (st.st_mtime, st.st_mtime_nsec),
                (st.st_ctime, st.st_ctime_nsec),
            ],
            blksize: st.st_blksize,
            blocks: st.st_blocks,
            rdev: st.st_rdev,
        }
    }
}

fn uint(n: u64) -> Value {
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(n.into()),
    }
}

fn wide(n: i128) -> Value {
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(n.into()),
    }
}

/// The names of the attributes native code fills in: the 19 of
/// `stat_result` in order, then DirEntry's six.
const KEY_NAMES: [&str; 25] = [
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
    "name",
    "path",
    "_kind",
    "_ino",
    "_stat",
    "_lstat",
    "",
    "",
    "",
];
const K_DIRENTRY: usize = 16;

/// A class `os` registered (`key`), or after a snapshot restored the
/// `os` module without re-running it, the one the module holds.
fn registered(vm: &mut Vm, key: &'static str) -> Option<Rc<crate::objects::ClassObj>> {
    if let Some(c) = vm.types.iterators.borrow().get(key) {
        return Some(c.clone());
    }
    let attr = key.strip_prefix("os.")?;
    let Some(Value::Module(m)) = vm.sys_modules.get_str_text("os") else {
        return None;
    };
    let Some(Value::Class(c)) = m.dict.get_str_text(attr) else {
        return None;
    };
    vm.types.iterators.borrow_mut().insert(key, c.clone());
    Some(c)
}

/// The interned keys, taken out of the VM for the caller to put back
/// with `put_keys` (so filling many objects interns nothing).
fn take_keys(vm: &mut Vm) -> Vec<Rc<StrObj>> {
    let mut keys = std::mem::take(&mut vm.ext.os_keys);
    if keys.is_empty() {
        keys = KEY_NAMES.iter().map(|n| vm.intern(n)).collect();
    }
    keys
}

/// An `os.stat_result`: the registered tuple subclass wrapping the ten
/// visible fields, with every named field (the float times and the
/// nanosecond ones included) in its dict, so attribute reads cost a dict
/// lookup and nothing runs in weft. Before `os` registers the class, a
/// plain tuple.
fn stat_value(vm: &mut Vm, f: &StatFields) -> Value {
    let secs: Vec<Value> = f.times.iter().map(|t| Value::Int(t.0)).collect();
    let seq = vec![
        Value::Int(f.mode as i64),
        uint(f.ino),
        uint(f.dev),
        uint(f.nlink),
        Value::Int(f.uid as i64),
        Value::Int(f.gid as i64),
        Value::Int(f.size),
        secs[0].clone(),
        secs[1].clone(),
        secs[2].clone(),
    ];
    let cls = registered(vm, STAT_RESULT);
    let Some(cls) = cls else {
        return Value::tuple(seq);
    };
    let keys = take_keys(vm);
    let (inst, d) = InstanceObj::with_dict(cls);
    for (k, v) in keys.iter().zip(seq.iter().take(7)) {
        d.set_str(k.clone(), v.clone());
    }
    for (i, (s, ns)) in f.times.iter().enumerate() {
        let fl = *s as f64 + *ns as f64 * 1e-9;
        d.set_str(keys[7 + i].clone(), Value::Float(fl));
        d.set_str(
            keys[10 + i].clone(),
            wide(*s as i128 * 1_000_000_000 + *ns as i128),
        );
    }
    d.set_str(keys[13].clone(), Value::Int(f.blksize));
    d.set_str(keys[14].clone(), Value::Int(f.blocks));
    d.set_str(keys[15].clone(), uint(f.rdev));
    vm.ext.os_keys = keys;
    *inst.base.borrow_mut() = Some(Value::tuple(seq));
    let v = Value::Instance(Rc::new(inst));
    crate::gc::track(&v);
    v
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let n = vm.to_index(v)?;
    libc::c_int::try_from(n).map_err(|_| {
        if n < 0 {
            vm.overflow_error("fd is less than minimum")
        } else {
            vm.overflow_error("fd is greater than maximum")
        }
    })
}

fn last_os_error() -> std::io::Error {
    std::io::Error::last_os_error()
}

fn do_stat(vm: &mut Vm, a: &[Value], kw: KwArgs, name: &str, follow: bool) -> PyResult<Value> {
    files_on(vm)?;
    args::only_kwargs(vm, name, kw, &["path", "dir_fd", "follow_symlinks"])?;
    no_dir_fd(vm, kw)?;
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "{}() takes exactly 1 positional argument ({} given)",
            name,
            a.len()
        )));
    }
    let Some(p) = args::arg_or_kw(a, 0, kw, "path") else {
        return Err(vm.type_error(format!(
            "{}() missing required argument 'path' (pos 1)",
            name
        )));
    };
    let follow = follow && flag(vm, kw, "follow_symlinks", true)?;
    if let Value::Int(_) | Value::Bool(_) = p {
        let fd = fd_arg(vm, &p)?;
        // SAFETY: an all-zero `stat` is a valid value for fstat to fill.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        // SAFETY: `st` is a live, writable stat buffer.
        if unsafe { libc::fstat(fd, &mut st) } != 0 {
            return Err(os_error(vm, &last_os_error(), None));
        }
        return Ok(stat_value(vm, &StatFields::from_libc(&st)));
    }
    let takes = if follow { Takes::PathOrFd } else { Takes::Path };
    let fp = fs_path_as(vm, &p, name, "path", takes)?;
    let md = if follow {
        std::fs::metadata(&fp.text)
    } else {
        std::fs::symlink_metadata(&fp.text)
    };
    match md {
        Ok(md) => Ok(stat_value(vm, &StatFields::from_metadata(&md))),
        Err(e) => Err(err_at(vm, &e, &fp)),
    }
}

fn os_stat(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    do_stat(vm, a, kw, "stat", true)
}

fn os_lstat(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    do_stat(vm, a, kw, "lstat", false)
}

/// `_register(name, cls)`: the classes whose instances the native calls
/// make, `stat_result` and `DirEntry`, defined in weft by `os`.
fn os_register(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "_register", a, 2, 2)?;
    let key = match &a[0] {
        Value::Str(s) if s.as_str() == "stat_result" => STAT_RESULT,
        Value::Str(s) if s.as_str() == "DirEntry" => DIR_ENTRY,
        _ => return Err(vm.value_error("_register(): unknown name")),
    };
    match &a[1] {
        Value::Class(c) => {
            vm.types.iterators.borrow_mut().insert(key, c.clone());
            Ok(Value::None)
        }
        _ => Err(vm.type_error("_register() needs a class")),
    }
}

// ------------------------------------------------------------ directories

fn dir_arg(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<FsPath> {
    files_on(vm)?;
    args::check(vm, name, a, 0, 1)?;
    match a.first() {
        None | Some(Value::None) => Ok(FsPath {
            text: ".".into(),
            shown: Value::str("."),
            bytes: false,
        }),
        Some(v) => fs_path_as(vm, v, name, "path", Takes::PathFdOrNone),
    }
}

/// `scandir(path)`: a list of `(name, kind, inode)`, kind 1 for a
/// directory, 2 a regular file, 3 a symbolic link, 0 anything else
/// (from the directory entry itself: no stat per entry).
fn os_scandir(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let fp = dir_arg(vm, a, "scandir")?;
    let rd = std::fs::read_dir(&fp.text).map_err(|e| err_at(vm, &e, &fp))?;
    let mut out = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| err_at(vm, &e, &fp))?;
        vm.charge_native(1)?;
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => 3,
            Ok(t) if t.is_dir() => 1,
            Ok(t) if t.is_file() => 2,
            _ => 0,
        };
        let name = name_value(&entry.file_name(), fp.bytes);
        out.push(Value::tuple(vec![
            name,
            Value::Int(kind),
            uint(entry.ino()),
        ]));
    }
    Ok(Value::list(out))
}

/// `scandir_entries(path)`: `os.DirEntry` objects (the registered class,
/// filled in here: `name`, `path`, `_kind` as scandir's, `_ino`, and no
/// cached stat results yet).
fn os_scandir_entries(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let fp = dir_arg(vm, a, "scandir")?;
    let Some(cls) = registered(vm, DIR_ENTRY) else {
        return Err(vm.type_error("os.DirEntry is not registered"));
    };
    let mut prefix: Vec<u8> = match a.first() {
        None | Some(Value::None) => b"./".to_vec(),
        _ => fp.text.as_bytes().to_vec(),
    };
    if !prefix.ends_with(b"/") {
        prefix.push(b'/');
    }
    if let Value::Bytes(b) = &fp.shown {
        // The bytes as given, not their lossy text.
        prefix = b.as_bytes().to_vec();
        if !prefix.ends_with(b"/") {
            prefix.push(b'/');
        }
    }
    let rd = std::fs::read_dir(&fp.text).map_err(|e| err_at(vm, &e, &fp))?;
    let keys = take_keys(vm);
    let r = fill_entries(vm, rd, &fp, &prefix, &cls, &keys);
    vm.ext.os_keys = keys;
    Ok(Value::list(r?))
}

fn fill_entries(
    vm: &mut Vm,
    rd: std::fs::ReadDir,
    fp: &FsPath,
    prefix: &[u8],
    cls: &Rc<crate::objects::ClassObj>,
    keys: &[Rc<StrObj>],
) -> PyResult<Vec<Value>> {
    use std::os::unix::ffi::OsStrExt;
    let mut out = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| err_at(vm, &e, fp))?;
        vm.charge_native(1)?;
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => 3,
            Ok(t) if t.is_dir() => 1,
            Ok(t) if t.is_file() => 2,
            _ => 0,
        };
        let file_name = entry.file_name();
        let mut full = prefix.to_vec();
        full.extend_from_slice(file_name.as_bytes());
        let path = if fp.bytes {
            Value::Bytes(Rc::new(BytesObj::new(full)))
        } else {
            Value::string(String::from_utf8_lossy(&full).into_owned())
        };
        let (inst, d) = InstanceObj::with_dict(cls.clone());
        let k = &keys[K_DIRENTRY..];
        d.set_str(k[0].clone(), name_value(&file_name, fp.bytes));
        d.set_str(k[1].clone(), path);
        d.set_str(k[2].clone(), Value::Int(kind));
        d.set_str(k[3].clone(), uint(entry.ino()));
        d.set_str(k[4].clone(), Value::None);
        d.set_str(k[5].clone(), Value::None);
        let v = Value::Instance(Rc::new(inst));
        crate::gc::track(&v);
        out.push(v);
    }
    Ok(out)
}

/// `listdir(path='.')`: the names in a directory, bytes for a bytes path.
fn os_listdir(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let fp = dir_arg(vm, a, "listdir")?;
    let rd = std::fs::read_dir(&fp.text).map_err(|e| err_at(vm, &e, &fp))?;
    let mut out = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| err_at(vm, &e, &fp))?;
        vm.charge_native(1)?;
        out.push(name_value(&entry.file_name(), fp.bytes));
    }
    Ok(Value::list(out))
}

fn one(vm: &mut Vm, a: &[Value], kw: KwArgs, name: &str) -> PyResult<FsPath> {
    files_on(vm)?;
    no_dir_fd(vm, kw)?;
    let Some(p) = args::arg_or_kw(a, 0, kw, "path") else {
        return Err(vm.type_error(format!(
            "{}() missing required argument 'path' (pos 1)",
            name
        )));
    };
    fs_path(vm, &p, name, "path")
}

/// A path, or a file descriptor for the calls that also take one.
enum PathOrFd {
    Path(FsPath),
    Fd(libc::c_int),
}

fn one_or_fd(vm: &mut Vm, a: &[Value], kw: KwArgs, name: &str) -> PyResult<PathOrFd> {
    files_on(vm)?;
    no_dir_fd(vm, kw)?;
    let Some(p) = args::arg_or_kw(a, 0, kw, "path") else {
        return Err(vm.type_error(format!(
            "{}() missing required argument 'path' (pos 1)",
            name
        )));
    };
    if let Value::Int(_) | Value::Bool(_) = p {
        return Ok(PathOrFd::Fd(fd_arg(vm, &p)?));
    }
    Ok(PathOrFd::Path(fs_path_as(
        vm,
        &p,
        name,
        "path",
        Takes::PathOrFd,
    )?))
}

/// A libc call's failure: on a path, the error names it.
fn check_rc(vm: &mut Vm, rc: libc::c_int, p: &PathOrFd) -> PyResult<Value> {
    if rc == 0 {
        return Ok(Value::None);
    }
    let e = last_os_error();
    Err(match p {
        PathOrFd::Path(fp) => err_at(vm, &e, fp),
        PathOrFd::Fd(_) => os_error(vm, &e, None),
    })
}

fn c_path(vm: &mut Vm, p: &FsPath) -> PyResult<CString> {
    CString::new(p.text.as_bytes()).map_err(|_| vm.value_error("embedded null byte"))
}

fn two(vm: &mut Vm, a: &[Value], kw: KwArgs, name: &str) -> PyResult<(FsPath, FsPath)> {
    files_on(vm)?;
    no_dir_fd(vm, kw)?;
    let (Some(s), Some(d)) = (
        args::arg_or_kw(a, 0, kw, "src"),
        args::arg_or_kw(a, 1, kw, "dst"),
    ) else {
        return Err(vm.type_error(format!(
            "{}() missing required argument 'src' or 'dst'",
            name
        )));
    };
    let s = fs_path(vm, &s, name, "src")?;
    let d = fs_path(vm, &d, name, "dst")?;
    Ok((s, d))
}

fn os_chdir(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = one_or_fd(vm, a, kw, "chdir")?;
    match &p {
        PathOrFd::Fd(fd) => {
            // SAFETY: fchdir on a descriptor number; a wrong one fails.
            let rc = unsafe { libc::fchdir(*fd) };
            check_rc(vm, rc, &p)
        }
        PathOrFd::Path(fp) => {
            std::env::set_current_dir(&fp.text).map_err(|e| err_at(vm, &e, fp))?;
            Ok(Value::None)
        }
    }
}

fn os_mkdir(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = one(vm, a, kw, "mkdir")?;
    let mode = match args::arg_or_kw(a, 1, kw, "mode") {
        Some(v) => vm.to_index(&v)? as u32,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&p.text)
        .map_err(|e| err_at(vm, &e, &p))?;
    Ok(Value::None)
}

fn remove_as(vm: &mut Vm, a: &[Value], kw: KwArgs, name: &str) -> PyResult<Value> {
    let p = one(vm, a, kw, name)?;
    std::fs::remove_file(&p.text).map_err(|e| err_at(vm, &e, &p))?;
    Ok(Value::None)
}

fn os_remove(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    remove_as(vm, a, kw, "remove")
}

fn os_unlink(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    remove_as(vm, a, kw, "unlink")
}

fn os_rmdir(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = one(vm, a, kw, "rmdir")?;
    std::fs::remove_dir(&p.text).map_err(|e| err_at(vm, &e, &p))?;
    Ok(Value::None)
}

/// rename and replace: POSIX rename(2) replaces an existing target.
fn rename_as(vm: &mut Vm, a: &[Value], kw: KwArgs, name: &str) -> PyResult<Value> {
    let (s, d) = two(vm, a, kw, name)?;
    std::fs::rename(&s.text, &d.text).map_err(|e| err_two(vm, &e, &s, &d))?;
    Ok(Value::None)
}

fn os_rename(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    rename_as(vm, a, kw, "rename")
}

fn os_replace(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    rename_as(vm, a, kw, "replace")
}

fn os_symlink(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (s, d) = two(vm, a, kw, "symlink")?;
    std::os::unix::fs::symlink(&s.text, &d.text).map_err(|e| err_two(vm, &e, &s, &d))?;
    Ok(Value::None)
}

fn os_link(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (s, d) = two(vm, a, kw, "link")?;
    std::fs::hard_link(&s.text, &d.text).map_err(|e| err_two(vm, &e, &s, &d))?;
    Ok(Value::None)
}

fn os_readlink(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = one(vm, a, kw, "readlink")?;
    let t = std::fs::read_link(&p.text).map_err(|e| err_at(vm, &e, &p))?;
    Ok(name_value(t.as_os_str(), p.bytes))
}

fn os_chmod(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = one_or_fd(vm, a, kw, "chmod")?;
    let Some(mode) = args::arg_or_kw(a, 1, kw, "mode") else {
        return Err(vm.type_error("chmod() missing required argument 'mode' (pos 2)"));
    };
    let mode = vm.to_index(&mode)? as libc::mode_t;
    let fp = match p {
        PathOrFd::Fd(fd) => {
            // SAFETY: fchmod on a descriptor number; a wrong one fails.
            let rc = unsafe { libc::fchmod(fd, mode) };
            return check_rc(vm, rc, &p);
        }
        PathOrFd::Path(ref fp) => fp,
    };
    if !flag(vm, kw, "follow_symlinks", true)? {
        let is_link = std::fs::symlink_metadata(&fp.text)
            .map(|m| m.file_type().is_symlink())
            .unwrap_or(false);
        if is_link {
            return Err(vm.error_by_name(
                "NotImplementedError",
                "chmod: follow_symlinks unavailable on this platform",
            ));
        }
    }
    std::fs::set_permissions(&fp.text, std::fs::Permissions::from_mode(mode as u32))
        .map_err(|e| err_at(vm, &e, fp))?;
    Ok(Value::None)
}

/// `chown(path, uid, gid, *, follow_symlinks=True)`; -1 leaves an id.
fn os_chown(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = one_or_fd(vm, a, kw, "chown")?;
    let (Some(uid), Some(gid)) = (
        args::arg_or_kw(a, 1, kw, "uid"),
        args::arg_or_kw(a, 2, kw, "gid"),
    ) else {
        return Err(vm.type_error("chown() missing required argument 'uid' or 'gid'"));
    };
    let uid = vm.to_index(&uid)? as libc::uid_t;
    let gid = vm.to_index(&gid)? as libc::gid_t;
    let follow = flag(vm, kw, "follow_symlinks", true)?;
    let rc = match &p {
        // SAFETY: fchown on a descriptor number; a wrong one fails.
        PathOrFd::Fd(fd) => unsafe { libc::fchown(*fd, uid, gid) },
        PathOrFd::Path(fp) => {
            let c = c_path(vm, fp)?;
            // SAFETY: `c` is a NUL-terminated path.
            unsafe {
                if follow {
                    libc::chown(c.as_ptr(), uid, gid)
                } else {
                    libc::lchown(c.as_ptr(), uid, gid)
                }
            }
        }
    };
    check_rc(vm, rc, &p)
}

fn timespec_from_float(vm: &mut Vm, v: &Value) -> PyResult<libc::timespec> {
    let (s, ns) = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => (vm.to_index(v)?, 0),
        _ => {
            let f = vm.to_f64(v)?;
            if !f.is_finite() || f.abs() > 9.2e18 {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            let s = f.floor();
            (s as i64, ((f - s) * 1e9).round().min(999_999_999.0) as i64)
        }
    };
    Ok(libc::timespec {
        tv_sec: s as libc::time_t,
        tv_nsec: ns as _,
    })
}

fn pair(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<(Value, Value)> {
    match v {
        Value::Tuple(t) if t.len() == 2 => Ok((t.as_slice()[0].clone(), t.as_slice()[1].clone())),
        _ => Err(vm.type_error(msg.to_string())),
    }
}

fn os_utime(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = one_or_fd(vm, a, kw, "utime")?;
    let times = args::arg_or_kw(a, 1, kw, "times").filter(|v| !v.is_none());
    let ns = args::kwarg(kw, "ns");
    let follow = flag(vm, kw, "follow_symlinks", true)?;
    let now = libc::timespec {
        tv_sec: 0,
        tv_nsec: libc::UTIME_NOW,
    };
    let ts = match (times, ns) {
        (Some(_), Some(_)) => {
            return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"))
        }
        (Some(t), None) => {
            let (at, mt) = pair(
                vm,
                &t,
                "utime: 'times' must be either a tuple of two ints or None",
            )?;
            [timespec_from_float(vm, &at)?, timespec_from_float(vm, &mt)?]
        }
        (None, Some(n)) => {
            let (at, mt) = pair(vm, &n, "utime: 'ns' must be a tuple of two ints")?;
            let mut out = [now, now];
            for (i, v) in [at, mt].iter().enumerate() {
                let big = vm.to_bigint(v)?;
                let n = num_traits::ToPrimitive::to_i128(&big).unwrap_or(0);
                out[i] = libc::timespec {
                    tv_sec: n.div_euclid(1_000_000_000) as libc::time_t,
                    tv_nsec: n.rem_euclid(1_000_000_000) as _,
                };
            }
            out
        }
        (None, None) => [now, now],
    };
    let rc = match &p {
        PathOrFd::Fd(fd) => {
            // SAFETY: `ts` holds two valid timespecs; a wrong fd fails.
            unsafe { libc::futimens(*fd, ts.as_ptr()) }
        }
        PathOrFd::Path(fp) => {
            let c = c_path(vm, fp)?;
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: `c` is a NUL-terminated path and `ts` two valid timespecs.
            unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ts.as_ptr(), flags) }
        }
    };
    if rc != 0 {
        // As CPython: utime's errors carry no filename.
        return Err(os_error(vm, &last_os_error(), None));
    }
    Ok(Value::None)
}

fn os_access(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = one(vm, a, kw, "access")?;
    let Some(mode) = args::arg_or_kw(a, 1, kw, "mode") else {
        return Err(vm.type_error("access() missing required argument 'mode' (pos 2)"));
    };
    let mode = vm.to_index(&mode)? as libc::c_int;
    let c = c_path(vm, &p)?;
    // SAFETY: `c` is a NUL-terminated path.
    Ok(Value::Bool(unsafe { libc::access(c.as_ptr(), mode) } == 0))
}

fn os_truncate(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = one_or_fd(vm, a, kw, "truncate")?;
    let Some(len) = args::arg_or_kw(a, 1, kw, "length") else {
        return Err(vm.type_error("truncate() missing required argument 'length' (pos 2)"));
    };
    let len = vm.to_index(&len)? as libc::off_t;
    let rc = match &p {
        // SAFETY: ftruncate on a descriptor number; a wrong one fails.
        PathOrFd::Fd(fd) => unsafe { libc::ftruncate(*fd, len) },
        PathOrFd::Path(fp) => {
            let c = c_path(vm, fp)?;
            // SAFETY: `c` is a NUL-terminated path.
            unsafe { libc::truncate(c.as_ptr(), len) }
        }
    };
    check_rc(vm, rc, &p)
}

// ------------------------------------------------------------ descriptors

fn os_open(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = one(vm, a, kw, "open")?;
    let Some(flags) = args::arg_or_kw(a, 1, kw, "flags") else {
        return Err(vm.type_error("open() missing required argument 'flags' (pos 2)"));
    };
    let flags = vm.to_index(&flags)? as libc::c_int;
    let mode = match args::arg_or_kw(a, 2, kw, "mode") {
        Some(v) => vm.to_index(&v)? as libc::c_uint,
        None => 0o777,
    };
    let c = c_path(vm, &p)?;
    // SAFETY: `c` is a NUL-terminated path; the mode is passed as the
    // variadic argument open(2) reads with O_CREAT.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
    if fd < 0 {
        return Err(err_at(vm, &last_os_error(), &p));
    }
    Ok(Value::Int(fd as i64))
}

fn fd_only(vm: &mut Vm, a: &[Value], name: &str, n: usize) -> PyResult<libc::c_int> {
    files_on(vm)?;
    args::check(vm, name, a, n, n)?;
    fd_arg(vm, &a[0])
}

fn os_close(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let fd = fd_only(vm, a, "close", 1)?;
    // SAFETY: closing a descriptor number the script owns; a wrong one
    // fails with EBADF.
    if unsafe { libc::close(fd) } != 0 {
        return Err(os_error(vm, &last_os_error(), None));
    }
    Ok(Value::None)
}

fn os_fsync(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let fd = fd_only(vm, a, "fsync", 1)?;
    // SAFETY: fsync on a descriptor number; a wrong one fails with EBADF.
    if unsafe { libc::fsync(fd) } != 0 {
        return Err(os_error(vm, &last_os_error(), None));
    }
    Ok(Value::None)
}

fn os_read(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let fd = fd_only(vm, a, "read", 2)?;
    let n = vm.to_index(&a[1])?;
    if n < 0 {
        return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None));
    }
    let mut buf: Vec<u8> = vm.try_vec(n as usize)?;
    buf.resize(n as usize, 0);
    // SAFETY: `buf` has room for `n` bytes.
    let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if got < 0 {
        return Err(os_error(vm, &last_os_error(), None));
    }
    buf.truncate(got as usize);
    vm.charge_native(buf.len() / 32)?;
    Ok(Value::Bytes(Rc::new(BytesObj::new(buf))))
}

fn os_write(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let fd = fd_only(vm, a, "write", 2)?;
    let Some(data) = crate::objects::bytearray::bytes_like(&a[1]) else {
        let tn = vm.type_name(&a[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)));
    };
    vm.charge_native(data.len() / 32)?;
    // SAFETY: `data` is a live buffer of `data.len()` bytes.
    let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    if n < 0 {
        return Err(os_error(vm, &last_os_error(), None));
    }
    Ok(Value::Int(n as i64))
}

fn os_lseek(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let fd = fd_only(vm, a, "lseek", 3)?;
    let pos = vm.to_index(&a[1])?;
    let how = vm.to_index(&a[2])? as libc::c_int;
    // SAFETY: lseek on a descriptor number; a wrong one fails with EBADF.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, how) };
    if r < 0 {
        return Err(os_error(vm, &last_os_error(), None));
    }
    Ok(Value::Int(r as i64))
}

// ------------------------------------------------------------ the rest

/// `(f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree,
/// f_favail, f_flag, f_namemax)`.
fn os_statvfs(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = one_or_fd(vm, a, kw, "statvfs")?;
    // SAFETY: an all-zero `statvfs` is a valid value for the call to fill.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let rc = match &p {
        // SAFETY: `st` is a writable buffer; a wrong fd fails.
        PathOrFd::Fd(fd) => unsafe { libc::fstatvfs(*fd, &mut st) },
        PathOrFd::Path(fp) => {
            let c = c_path(vm, fp)?;
            // SAFETY: `c` is a NUL-terminated path, `st` a writable buffer.
            unsafe { libc::statvfs(c.as_ptr(), &mut st) }
        }
    };
    check_rc(vm, rc, &p)?;
    let f = [
        st.f_bsize as u64,
        st.f_frsize as u64,
        st.f_blocks as u64,
        st.f_bfree as u64,
        st.f_bavail as u64,
        st.f_files as u64,
        st.f_ffree as u64,
        st.f_favail as u64,
        st.f_flag as u64,
        st.f_namemax as u64,
    ];
    Ok(Value::tuple(f.iter().map(|n| uint(*n)).collect()))
}

/// `(columns, lines)` of the terminal on a descriptor.
fn os_get_terminal_size(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    files_on(vm)?;
    args::check(vm, "get_terminal_size", a, 0, 1)?;
    let fd = match a.first() {
        Some(v) => fd_arg(vm, v)?,
        None => 1,
    };
    // SAFETY: an all-zero winsize is valid for ioctl to fill.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one winsize into `ws`.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Err(os_error(vm, &last_os_error(), None));
    }
    Ok(Value::tuple(vec![
        Value::Int(ws.ws_col as i64),
        Value::Int(ws.ws_row as i64),
    ]))
}

fn os_urandom(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "urandom", a, 1, 1)?;
    let n = vm.to_index(&a[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf: Vec<u8> = vm.try_vec(n as usize)?;
    buf.resize(n as usize, 0);
    let mut filled = 0;
    while filled < buf.len() {
        vm.charge_native(64)?;
        let rest = &mut buf[filled..];
        // SAFETY: `rest` is a writable buffer of `rest.len()` bytes.
        let got = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if got < 0 {
            let e = last_os_error();
            if e.raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return Err(os_error(vm, &e, None));
        }
        filled += got as usize;
    }
    Ok(Value::Bytes(Rc::new(BytesObj::new(buf))))
}

fn os_umask(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    files_on(vm)?;
    args::check(vm, "umask", a, 1, 1)?;
    let m = vm.to_index(&a[0])? as libc::mode_t;
    // SAFETY: umask only swaps the process's mask.
    Ok(Value::Int(unsafe { libc::umask(m) } as i64))
}

fn os_getuid(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // SAFETY: getuid cannot fail.
    Ok(Value::Int(unsafe { libc::getuid() } as i64))
}

fn os_getgid(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // SAFETY: getgid cannot fail.
    Ok(Value::Int(unsafe { libc::getgid() } as i64))
}

// ------------------------------------------------------------ users and groups

fn cstr_value(p: *const libc::c_char) -> Value {
    if p.is_null() {
        return Value::str("");
    }
    // SAFETY: the C library returned a NUL-terminated string that lives in
    // the buffer we passed, which outlives this call.
    let s = unsafe { std::ffi::CStr::from_ptr(p) };
    Value::string(s.to_string_lossy().into_owned())
}

/// The buffer the reentrant user and group lookups fill, grown while
/// the C library says it is too small. The record's strings point into
/// it: the caller keeps it until they are read.
fn lookup_with_buffer(
    mut call: impl FnMut(&mut Vec<libc::c_char>) -> libc::c_int,
) -> Option<Vec<libc::c_char>> {
    let mut buf: Vec<libc::c_char> = vec![0; 1024];
    loop {
        match call(&mut buf) {
            libc::ERANGE if buf.len() < (1 << 20) => {
                let n = buf.len() * 2;
                buf.resize(n, 0);
            }
            0 => return Some(buf),
            _ => return None,
        }
    }
}

/// The key of a `getpw`/`getgr` lookup: a name (as a C string) or a
/// numeric id; None for an id no system can hold (the lookup finds nothing).
fn user_or_group_key(vm: &mut Vm, key: &Value) -> PyResult<Option<(Option<CString>, i64)>> {
    if let Value::Str(s) = key {
        let name = CString::new(s.as_str().as_bytes())
            .map_err(|_| vm.value_error("embedded null byte"))?;
        return Ok(Some((Some(name), 0)));
    }
    let id = vm.to_index(key)?;
    Ok(u32::try_from(id).is_ok().then_some((None, id)))
}

/// `getpw(uid_or_name)`: `(name, passwd, uid, gid, gecos, dir, shell)`,
/// or None when there is no such user.
fn os_getpw(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    files_on(vm)?;
    args::check(vm, "getpw", a, 1, 1)?;
    let Some((name, uid)) = user_or_group_key(vm, &a[0])? else {
        return Ok(Value::None);
    };
    // SAFETY: an all-zero passwd is a valid value for the call to fill.
    let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
    let mut out: *mut libc::passwd = std::ptr::null_mut();
    let buf = lookup_with_buffer(|buf| {
        // SAFETY: `pw`, `buf` and `out` are live and writable; `name` is
        // NUL-terminated.
        unsafe {
            match &name {
                Some(n) => {
                    libc::getpwnam_r(n.as_ptr(), &mut pw, buf.as_mut_ptr(), buf.len(), &mut out)
                }
                None => libc::getpwuid_r(
                    uid as libc::uid_t,
                    &mut pw,
                    buf.as_mut_ptr(),
                    buf.len(),
                    &mut out,
                ),
            }
        }
    });
    if buf.is_none() || out.is_null() {
        return Ok(Value::None);
    }
    let r = Value::tuple(vec![
        cstr_value(pw.pw_name),
        cstr_value(pw.pw_passwd),
        Value::Int(pw.pw_uid as i64),
        Value::Int(pw.pw_gid as i64),
        cstr_value(pw.pw_gecos),
        cstr_value(pw.pw_dir),
        cstr_value(pw.pw_shell),
    ]);
    drop(buf);
    Ok(r)
}

/// `getgr(gid_or_name)`: `(name, passwd, gid, [members])`, or None.
fn os_getgr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    files_on(vm)?;
    args::check(vm, "getgr", a, 1, 1)?;
    let Some((name, gid)) = user_or_group_key(vm, &a[0])? else {
        return Ok(Value::None);
    };
    // SAFETY: an all-zero group is a valid value for the call to fill.
    let mut gr: libc::group = unsafe { std::mem::zeroed() };
    let mut out: *mut libc::group = std::ptr::null_mut();
    let mut members = Vec::new();
    let buf = lookup_with_buffer(|buf| {
        // SAFETY: `gr`, `buf` and `out` are live and writable; `name` is
        // NUL-terminated.
        unsafe {
            match &name {
                Some(n) => {
                    libc::getgrnam_r(n.as_ptr(), &mut gr, buf.as_mut_ptr(), buf.len(), &mut out)
                }
                None => libc::getgrgid_r(
                    gid as libc::gid_t,
                    &mut gr,
                    buf.as_mut_ptr(),
                    buf.len(),
                    &mut out,
                ),
            }
        }
    });
    if buf.is_none() || out.is_null() {
        return Ok(Value::None);
    }
    let mut p = gr.gr_mem;
    // SAFETY: gr_mem is a NULL-terminated array of C strings in the buffer.
    while !p.is_null() && unsafe { !(*p).is_null() } {
        vm.charge_native(1)?;
        // SAFETY: as above; `p` stays within the array until its NULL.
        unsafe {
            members.push(cstr_value(*p));
            p = p.add(1);
        }
    }
    let r = Value::tuple(vec![
        cstr_value(gr.gr_name),
        cstr_value(gr.gr_passwd),
        Value::Int(gr.gr_gid as i64),
        Value::list(members),
    ]);
    drop(buf);
    Ok(r)
}
