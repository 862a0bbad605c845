//! `_io` (file objects for `open()`) and `_os` (file-system and
//! environment access). Everything here checks the VM's capabilities:
//! with `caps.files` or `caps.env` off, the calls raise PermissionError.
//!
//! A file's contents live in memory while it is open: reading modes load
//! the file at open, writes go to the buffer and reach the disk on
//! flush(), close() or when the object is dropped.

use std::cell::RefCell;
use std::rc::Rc;

use super::args;
use super::modules::make_module;
use crate::objects::class::{new_class, Layout};
use crate::objects::function::{BuiltinKind, KwArgs};
use crate::objects::{BytesObj, ClassObj, DictObj, NativeData, NativeObj, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub struct FileState {
    name: Value,
    path: String,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    append: bool,
    data: Vec<u8>,
    pos: usize,
    dirty: bool,
    closed: bool,
    /// What a written '\n' becomes (newline='\r' or '\r\n').
    newline_out: Option<String>,
}

impl FileState {
    fn flush_to_disk(&mut self) -> std::io::Result<()> {
        if self.dirty {
            std::fs::write(&self.path, &self.data)?;
            self.dirty = false;
        }
        Ok(())
    }
}

impl Drop for FileState {
    fn drop(&mut self) {
        // An unclosed file still saves what was written, as CPython's
        // finalizer flushes it.
        let _ = self.flush_to_disk();
    }
}

pub fn build_io(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(vm, "_io", &[("open", io_open)]);
    for name in [
        "TextIOWrapper",
        "BufferedReader",
        "BufferedWriter",
        "BufferedRandom",
    ] {
        let c = file_class(vm, name);
        m.dict.set_str_text(name, Value::Class(c));
    }
    Ok(Value::Module(m))
}

fn file_class(vm: &mut Vm, name: &'static str) -> Rc<ClassObj> {
    let key: &'static str = match name {
        "TextIOWrapper" => "_io.TextIOWrapper",
        "BufferedReader" => "_io.BufferedReader",
        "BufferedWriter" => "_io.BufferedWriter",
        _ => "_io.BufferedRandom",
    };
    if let Some(c) = vm.types.iterators.borrow().get(key) {
        return c.clone();
    }
    let n = vm.intern(name);
    let object = vm.types.object.clone();
    let c = new_class(
        n,
        vec![object.clone()],
        Rc::new(DictObj::new()),
        Layout::Other,
        true,
    )
    .unwrap_or(object);
    super::add_methods(
        vm,
        &c,
        name,
        BuiltinKind::Method,
        &[
            ("read", f_read),
            ("readline", f_readline),
            ("readlines", f_readlines),
            ("write", f_write),
            ("writelines", f_writelines),
            ("close", f_close),
            ("flush", f_flush),
            ("seek", f_seek),
            ("tell", f_tell),
            ("truncate", f_truncate),
            ("readable", f_readable),
            ("writable", f_writable),
            ("seekable", f_seekable),
            ("isatty", f_isatty),
            ("__enter__", f_enter),
            ("__exit__", f_exit),
            ("__iter__", f_enter),
            ("__next__", f_next),
            ("__repr__", f_repr),
            ("__getattr__", f_getattr),
        ],
    );
    super::set_class_attr(vm, &c, "__module__", Value::str("_io"));
    vm.types.iterators.borrow_mut().insert(key, c.clone());
    c
}

fn no_files(vm: &mut Vm) -> PyErr {
    let c = vm.types.permission_error.clone();
    vm.new_error(&c, "file access is disabled in this VM")
}

/// An OSError subclass built like CPython's: args (errno, strerror, filename).
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    use std::io::ErrorKind::*;
    let errno = match (e.raw_os_error(), e.kind()) {
        (Some(n), _) => n as i64,
        (None, NotFound) => 2,
        (None, PermissionDenied) => 13,
        (None, AlreadyExists) => 17,
        (None, BrokenPipe) => 32,
        (None, _) => 5,
    };
    let cls = super::exceptions::os_error_subclass(errno).unwrap_or("OSError");
    let text = strerror(errno);
    let text = text.as_str();
    let class = vm
        .builtin_class(cls)
        .unwrap_or_else(|| vm.types.os_error.clone());
    // As CPython: args are (errno, strerror); the filename is an attribute.
    let err = vm.new_exception(&class, vec![Value::Int(errno), Value::str(text)]);
    if let Some(f) = filename {
        err.0.attr_dict().set_str_text("filename", f.clone());
    }
    err
}

/// The C library's message for an errno, as CPython shows it.
fn strerror(errno: i64) -> String {
    let text = std::io::Error::from_raw_os_error(errno as i32).to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

fn path_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b.as_bytes()).into_owned()),
        other => {
            let name = vm.intern("__fspath__");
            if let Some(Value::Str(s)) = vm.call_special(other, &name, &[])? {
                return Ok(s.as_str().to_string());
            }
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                tn
            )))
        }
    }
}

fn io_open(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !vm.caps.files {
        return Err(no_files(vm));
    }
    args::only_kwargs(
        vm,
        "open",
        kw,
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
    )?;
    let Some(file) = args::arg_or_kw(a, 0, kw, "file") else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let mode = match args::arg_or_kw(a, 1, kw, "mode") {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("open() argument 'mode' must be str, not {}", tn)));
        }
    };
    if let Some(Value::Str(enc)) = args::arg_or_kw(a, 3, kw, "encoding") {
        let e = enc.as_str().to_ascii_lowercase().replace('_', "-");
        if !matches!(
            e.as_str(),
            "utf-8" | "utf8" | "ascii" | "us-ascii" | "utf-8-sig"
        ) {
            return Err(
                vm.error_by_name("LookupError", format!("unknown encoding: {}", enc.as_str()))
            );
        }
    }
    // None: universal newlines; '' and '\n': no translation; '\r' and
    // '\r\n': '\n' written as them.
    let newline = match args::arg_or_kw(a, 6, kw, "newline") {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) if matches!(s.as_str(), "" | "\n" | "\r" | "\r\n") => {
            Some(s.as_str().to_string())
        }
        Some(Value::Str(s)) => {
            return Err(vm.value_error(format!("illegal newline value: {}", s.as_str())))
        }
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!(
                "open() argument 'newline' must be str or None, not {}",
                tn
            )));
        }
    };
    let path = path_arg(vm, &file)?;
    // Errors name a PathLike by its path, as CPython's do.
    let shown = match &file {
        Value::Str(_) | Value::Bytes(_) => file.clone(),
        _ => Value::string(path.clone()),
    };
    let mut kinds = 0;
    let (mut read, mut write, mut append, mut create_new, mut plus, mut binary, mut text) =
        (false, false, false, false, false, false, false);
    for ch in mode.chars() {
        let dup = match ch {
            'r' => std::mem::replace(&mut read, true),
            'w' => std::mem::replace(&mut write, true),
            'a' => std::mem::replace(&mut append, true),
            'x' => std::mem::replace(&mut create_new, true),
            '+' => std::mem::replace(&mut plus, true),
            'b' => std::mem::replace(&mut binary, true),
            't' => std::mem::replace(&mut text, true),
            _ => true,
        };
        if dup {
            return Err(vm.value_error(format!("invalid mode: '{}'", mode)));
        }
        if matches!(ch, 'r' | 'w' | 'a' | 'x') {
            kinds += 1;
        }
    }
    if binary && text {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if kinds != 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if std::path::Path::new(&path).is_dir() {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(vm, &e, Some(&shown)));
    }
    let mut data = Vec::new();
    if read || append {
        match std::fs::read(&path) {
            Ok(d) => data = d,
            Err(e) if append && e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(os_error(vm, &e, Some(&shown))),
        }
    }
    if create_new && std::path::Path::new(&path).exists() {
        let e = std::io::Error::from(std::io::ErrorKind::AlreadyExists);
        return Err(os_error(vm, &e, Some(&shown)));
    }
    let writable = write || append || create_new || plus;
    if write || create_new || (append && data.is_empty()) {
        // Create (or truncate) the file now, as open() does.
        if let Err(e) = std::fs::write(&path, b"") {
            return Err(os_error(vm, &e, Some(&shown)));
        }
    }
    if !binary && read {
        if std::str::from_utf8(&data).is_err() {
            let bad = match std::str::from_utf8(&data) {
                Err(e) => e.valid_up_to(),
                Ok(_) => 0,
            };
            let byte = data.get(bad).copied().unwrap_or(0);
            return Err(vm.error_by_name(
                "UnicodeDecodeError",
                format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    byte, bad
                ),
            ));
        }
        // Universal newlines: \r\n and \r read as \n. Only for a file
        // opened for reading alone: the whole file is written back from
        // memory, so a writable one keeps its bytes as they are.
        let writable_text = write || append || create_new || plus;
        if newline.is_none() && !writable_text && data.contains(&b'\r') {
            let mut out = Vec::with_capacity(data.len());
            let mut i = 0;
            while i < data.len() {
                if data[i] == b'\r' {
                    out.push(b'\n');
                    if data.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                } else {
                    out.push(data[i]);
                }
                i += 1;
            }
            data = out;
        }
    }
    let pos = if append { data.len() } else { 0 };
    let class_name = if !binary {
        "TextIOWrapper"
    } else if plus {
        "BufferedRandom"
    } else if read {
        "BufferedReader"
    } else {
        "BufferedWriter"
    };
    let cls = file_class(vm, class_name);
    let st = FileState {
        name: file.clone(),
        path,
        mode,
        binary,
        readable: read || plus,
        writable,
        append,
        data,
        pos,
        dirty: false,
        closed: false,
        newline_out: newline.filter(|n| n == "\r" || n == "\r\n"),
    };
    Ok(Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::File(RefCell::new(st)),
        dict: None,
    })))
}

fn state<'a>(vm: &mut Vm, a: &'a [Value]) -> PyResult<&'a RefCell<FileState>> {
    if let Some(Value::Native(n)) = a.first() {
        if let NativeData::File(f) = &n.data {
            return Ok(f);
        }
    }
    Err(vm.type_error("descriptor requires a file object"))
}

fn open_state<'a>(vm: &mut Vm, a: &'a [Value]) -> PyResult<&'a RefCell<FileState>> {
    let f = state(vm, a)?;
    if f.borrow().closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(f)
}

fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    // io.UnsupportedOperation lives in io.py; OSError is its base here.
    let c = vm.types.os_error.clone();
    vm.new_error(&c, what.to_string())
}

fn readable<'a>(vm: &mut Vm, a: &'a [Value]) -> PyResult<&'a RefCell<FileState>> {
    let f = open_state(vm, a)?;
    if !f.borrow().readable {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(f)
}

fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.to_index(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

/// The bytes from the position to `end`, as str or bytes.
fn take(st: &mut FileState, end: usize) -> Value {
    let end = end.min(st.data.len()).max(st.pos.min(st.data.len()));
    let start = st.pos.min(st.data.len());
    let chunk = &st.data[start..end];
    st.pos = end;
    if st.binary {
        Value::Bytes(Rc::new(BytesObj::new(chunk.to_vec())))
    } else {
        Value::string(String::from_utf8_lossy(chunk).into_owned())
    }
}

/// Byte offset after `n` characters (text) or bytes (binary) from pos.
fn advance(st: &FileState, n: usize) -> usize {
    if st.binary {
        return st.pos.saturating_add(n).min(st.data.len());
    }
    let rest = &st.data[st.pos.min(st.data.len())..];
    let s = String::from_utf8_lossy(rest);
    let bytes: usize = s.chars().take(n).map(|c| c.len_utf8()).sum();
    st.pos + bytes
}

fn f_read(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = readable(vm, a)?;
    args::check(vm, "read", &a[1..], 0, 1)?;
    let size = size_arg(vm, a.get(1))?;
    let mut st = f.borrow_mut();
    let end = match size {
        None => st.data.len(),
        Some(n) => advance(&st, n),
    };
    Ok(take(&mut st, end))
}

fn line_end(st: &FileState, limit: Option<usize>) -> usize {
    let start = st.pos.min(st.data.len());
    let nl = st.data[start..].iter().position(|&b| b == b'\n');
    let end = match nl {
        Some(i) => start + i + 1,
        None => st.data.len(),
    };
    match limit {
        Some(n) => end.min(advance(st, n)),
        None => end,
    }
}

fn f_readline(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = readable(vm, a)?;
    args::check(vm, "readline", &a[1..], 0, 1)?;
    let size = size_arg(vm, a.get(1))?;
    let mut st = f.borrow_mut();
    let end = line_end(&st, size);
    Ok(take(&mut st, end))
}

fn f_readlines(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = readable(vm, a)?;
    let mut st = f.borrow_mut();
    let mut out = Vec::new();
    while st.pos < st.data.len() {
        let end = line_end(&st, None);
        out.push(take(&mut st, end));
    }
    Ok(Value::list(out))
}

fn f_next(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = readable(vm, a)?;
    let mut st = f.borrow_mut();
    if st.pos >= st.data.len() {
        drop(st);
        return Err(vm.stop_iteration(Value::None));
    }
    let end = line_end(&st, None);
    Ok(take(&mut st, end))
}

fn write_bytes(st: &mut FileState, bytes: &[u8]) {
    if st.append {
        st.pos = st.data.len();
    }
    let pos = st.pos.min(st.data.len());
    let end = pos + bytes.len();
    if end > st.data.len() {
        st.data.resize(end, 0);
    }
    st.data[pos..end].copy_from_slice(bytes);
    st.pos = end;
    st.dirty = true;
}

fn f_write(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = open_state(vm, a)?;
    args::check(vm, "write", &a[1..], 1, 1)?;
    if !f.borrow().writable {
        return Err(unsupported(vm, "not writable"));
    }
    let binary = f.borrow().binary;
    match (&a[1], binary) {
        (Value::Str(s), false) => {
            let nl = f.borrow().newline_out.clone();
            match nl {
                Some(nl) if s.as_str().contains('\n') => {
                    let text = s.as_str().replace('\n', &nl);
                    write_bytes(&mut f.borrow_mut(), text.as_bytes());
                }
                _ => write_bytes(&mut f.borrow_mut(), s.as_str().as_bytes()),
            }
            Ok(Value::Int(s.char_len() as i64))
        }
        (Value::Bytes(b), true) => {
            write_bytes(&mut f.borrow_mut(), b.as_bytes());
            Ok(Value::Int(b.len() as i64))
        }
        (other, false) => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("write() argument must be str, not {}", tn)))
        }
        // Any other buffer (bytearray, memoryview, array) writes its bytes.
        (other, true) => match crate::objects::bytearray::bytes_like(other) {
            Some(b) => {
                write_bytes(&mut f.borrow_mut(), &b);
                Ok(Value::Int(b.len() as i64))
            }
            None => {
                let tn = vm.type_name(other);
                Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)))
            }
        },
    }
}

fn f_writelines(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "writelines", &a[1..], 1, 1)?;
    for line in vm.iterate(&a[1])? {
        f_write(vm, &[a[0].clone(), line], &[])?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, f: &RefCell<FileState>) -> PyResult<()> {
    let r = f.borrow_mut().flush_to_disk();
    if let Err(e) = r {
        let name = f.borrow().name.clone();
        return Err(os_error(vm, &e, Some(&name)));
    }
    Ok(())
}

fn f_close(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = state(vm, a)?;
    if f.borrow().closed {
        return Ok(Value::None);
    }
    flush(vm, f)?;
    let mut st = f.borrow_mut();
    st.closed = true;
    st.data = Vec::new();
    Ok(Value::None)
}

fn f_flush(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = open_state(vm, a)?;
    flush(vm, f)?;
    Ok(Value::None)
}

fn f_seek(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = open_state(vm, a)?;
    args::check(vm, "seek", &a[1..], 1, 2)?;
    let off = vm.to_index(&a[1])?;
    let whence = match a.get(2) {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    let mut st = f.borrow_mut();
    let base = match whence {
        0 => 0,
        1 => st.pos as i64,
        2 => st.data.len() as i64,
        _ => {
            drop(st);
            return Err(vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence)));
        }
    };
    let p = base.saturating_add(off);
    if p < 0 {
        drop(st);
        return Err(vm.value_error(format!("negative seek position {}", off)));
    }
    st.pos = p as usize;
    Ok(Value::Int(p))
}

fn f_tell(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = open_state(vm, a)?;
    let p = f.borrow().pos;
    Ok(Value::Int(p as i64))
}

fn f_truncate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = open_state(vm, a)?;
    let size = size_arg(vm, a.get(1))?;
    let (n, len) = {
        let st = f.borrow();
        (size.unwrap_or(st.pos), st.data.len())
    };
    if n > len {
        // Growing by a size the script chose: checked, and fallible.
        let mut grown = std::mem::take(&mut f.borrow_mut().data);
        let r = vm.try_reserve(&mut grown, n - len);
        f.borrow_mut().data = grown;
        r?;
    }
    let mut st = f.borrow_mut();
    st.data.resize(n, 0);
    st.dirty = true;
    Ok(Value::Int(n as i64))
}

fn f_readable(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = open_state(vm, a)?;
    let r = f.borrow().readable;
    Ok(Value::Bool(r))
}

fn f_writable(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = open_state(vm, a)?;
    let w = f.borrow().writable;
    Ok(Value::Bool(w))
}

fn f_seekable(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    open_state(vm, a)?;
    Ok(Value::Bool(true))
}

fn f_isatty(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    open_state(vm, a)?;
    Ok(Value::Bool(false))
}

fn f_enter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    open_state(vm, a)?;
    Ok(a[0].clone())
}

fn f_exit(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    f_close(vm, &a[..1.min(a.len())], &[])?;
    Ok(Value::None)
}

fn f_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = state(vm, a)?;
    let (name, mode, binary, closed) = {
        let st = f.borrow();
        (st.name.clone(), st.mode.clone(), st.binary, st.closed)
    };
    let cls = vm.type_name(&a[0]);
    if closed {
        return Ok(Value::string(format!("<_io.{} [closed]>", cls)));
    }
    let n = vm.repr(&name)?;
    Ok(Value::string(if binary {
        format!("<_io.{} name={}>", cls, n.as_str())
    } else {
        format!(
            "<_io.{} name={} mode='{}' encoding='UTF-8'>",
            cls,
            n.as_str(),
            mode
        )
    }))
}

/// `name`, `mode`, `closed`, `encoding`: computed attributes.
fn f_getattr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = state(vm, a)?;
    args::check(vm, "__getattr__", &a[1..], 1, 1)?;
    let attr = match &a[1] {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    let st = f.borrow();
    let v = match attr.as_str() {
        "name" => st.name.clone(),
        "mode" => Value::str(&st.mode),
        "closed" => Value::Bool(st.closed),
        "encoding" if !st.binary => Value::str("UTF-8"),
        "errors" if !st.binary => Value::str("strict"),
        "newlines" => Value::None,
        _ => {
            drop(st);
            let tn = vm.type_name(&a[0]);
            return Err(
                vm.attribute_error(format!("'_io.{}' object has no attribute '{}'", tn, attr))
            );
        }
    };
    Ok(v)
}

// ---------------------------------------------------------------- _os

pub fn build_os(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "_os",
        &[
            ("getcwd", os_getcwd),
            ("exists", os_exists),
            ("isdir", os_isdir),
            ("isfile", os_isfile),
            ("environ", os_environ),
            ("putenv", os_putenv),
            ("unsetenv", os_unsetenv),
            ("getpid", os_getpid),
            ("uname", os_uname),
            ("_exit", os_exit),
        ],
    );
    super::os_fs::extend(vm, &m);
    Ok(Value::Module(m))
}

pub(crate) fn files_on(vm: &mut Vm) -> PyResult<()> {
    if vm.caps.files {
        Ok(())
    } else {
        Err(no_files(vm))
    }
}

/// `os.uname()` as a 5-tuple of strings (the os module wraps it); host
/// identity, so it needs the environment capability.
fn os_uname(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    env_on(vm)?;
    args::check(vm, "uname", a, 0, 0)?;
    // SAFETY: `utsname` is plain old data; zeroed is a valid value and
    // uname fills it with NUL-terminated strings.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid, writable utsname.
    if unsafe { libc::uname(&mut u) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_error(vm, &e, None));
    }
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        Value::string(String::from_utf8_lossy(&bytes).into_owned())
    };
    Ok(Value::tuple(vec![
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ]))
}

fn env_on(vm: &mut Vm) -> PyResult<()> {
    if vm.caps.env {
        Ok(())
    } else {
        let c = vm.types.permission_error.clone();
        Err(vm.new_error(&c, "environment access is disabled in this VM"))
    }
}

fn one_path(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<String> {
    files_on(vm)?;
    args::check(vm, name, a, 1, 1)?;
    path_arg(vm, &a[0])
}

fn os_getcwd(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    files_on(vm)?;
    match std::env::current_dir() {
        Ok(p) => Ok(Value::string(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn os_exists(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = one_path(vm, a, "exists")?;
    Ok(Value::Bool(std::path::Path::new(&p).exists()))
}

fn os_isdir(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = one_path(vm, a, "isdir")?;
    Ok(Value::Bool(std::path::Path::new(&p).is_dir()))
}

fn os_isfile(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = one_path(vm, a, "isfile")?;
    Ok(Value::Bool(std::path::Path::new(&p).is_file()))
}

fn os_environ(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    env_on(vm)?;
    let d = Rc::new(DictObj::new());
    let mut vars: Vec<(String, String)> = std::env::vars_os()
        .map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                v.to_string_lossy().into_owned(),
            )
        })
        .collect();
    vars.sort();
    for (k, v) in vars {
        vm.dict_set(&d, Value::string(k), Value::string(v))?;
    }
    Ok(Value::Dict(d))
}

fn os_putenv(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    env_on(vm)?;
    args::check(vm, "putenv", a, 2, 2)?;
    let k = args::str_arg(vm, &a[0], "putenv() argument 1")?;
    let v = args::str_arg(vm, &a[1], "putenv() argument 2")?;
    if k.as_str().is_empty()
        || k.as_str().contains('=')
        || k.as_str().contains('\0')
        || v.as_str().contains('\0')
    {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::set_var(k.as_str(), v.as_str());
    Ok(Value::None)
}

fn os_unsetenv(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    env_on(vm)?;
    args::check(vm, "unsetenv", a, 1, 1)?;
    let k = args::str_arg(vm, &a[0], "unsetenv() argument")?;
    if k.as_str().is_empty() || k.as_str().contains('=') || k.as_str().contains('\0') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::remove_var(k.as_str());
    Ok(Value::None)
}

/// `os._exit(status)`: end the run at once, without handlers, `finally`
/// blocks or atexit callbacks (`Vm::hard_exit`). An embedded VM stops its
/// host call with SystemExit(status) instead of ending the process.
fn os_exit(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "_exit", kw)?;
    if a.is_empty() {
        return Err(vm.type_error("_exit() missing required argument 'status' (pos 1)"));
    }
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "_exit() takes at most 1 argument ({} given)",
            a.len()
        )));
    }
    let code = match vm.to_int_value(&a[0])? {
        Value::Int(i) => i32::try_from(i).ok(),
        _ => None,
    };
    let Some(code) = code else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    Err(vm.hard_exit(code))
}

fn os_getpid(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}
