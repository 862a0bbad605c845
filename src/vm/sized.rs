//! Allocations whose size a script chooses (`[0] * n`, `s.ljust(n)`,
//! `list(range(n))`, padding widths): checked against the memory budget
//! before the allocator is asked, and made fallibly, so a size the system
//! cannot give is MemoryError, as in CPython, never an abort.

use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// Growth steps below this many bytes skip the checks: the budget's
/// regular checks catch them, and the system failing such a small request
/// is out of memory anyway.
pub const LARGE: usize = 1 << 20;

impl Vm {
    /// An empty vector with room for `n` items.
    pub fn try_vec<T>(&mut self, n: usize) -> PyResult<Vec<T>> {
        let mut v = Vec::new();
        self.try_reserve(&mut v, n)?;
        Ok(v)
    }

    /// An empty string with room for `bytes` bytes.
    pub fn try_string(&mut self, bytes: usize) -> PyResult<String> {
        self.check_alloc(bytes)?;
        let mut s = String::new();
        if s.try_reserve_exact(bytes).is_err() {
            return Err(self.memory_error());
        }
        Ok(s)
    }

    /// Room for `extra` more items in `v`, exactly.
    pub fn try_reserve<T>(&mut self, v: &mut Vec<T>, extra: usize) -> PyResult<()> {
        if v.capacity() - v.len() >= extra {
            return Ok(());
        }
        let bytes = match v
            .len()
            .checked_add(extra)
            .and_then(|n| n.checked_mul(std::mem::size_of::<T>()))
        {
            Some(b) => b,
            None => return Err(self.memory_error()),
        };
        self.check_alloc(bytes)?;
        if v.try_reserve_exact(extra).is_err() {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// Append to a vector a native loop is filling, growing it fallibly
    /// (and charging the item as native work).
    #[inline]
    pub fn push_item(&mut self, v: &mut Vec<Value>, x: Value) -> PyResult<()> {
        if v.len() == v.capacity() {
            self.grow_for_push(v)?;
        }
        v.push(x);
        self.charge_native(1)
    }

    #[cold]
    fn grow_for_push<T>(&mut self, v: &mut Vec<T>) -> PyResult<()> {
        let extra = v.capacity().max(4);
        if (v.len() + extra).saturating_mul(std::mem::size_of::<T>()) < LARGE {
            v.reserve(extra);
            return Ok(());
        }
        self.try_reserve(v, extra)
    }

    /// The length of `len` repeated `n` times, MemoryError past what any
    /// system could hold (`[0] * 2**62`).
    pub fn repeat_len(&mut self, len: usize, n: usize, item_size: usize) -> PyResult<usize> {
        match len.checked_mul(n) {
            Some(t)
                if t.checked_mul(item_size)
                    .is_some_and(|b| b <= isize::MAX as usize) =>
            {
                Ok(t)
            }
            _ => Err(self.memory_error()),
        }
    }

    /// `items` repeated `n` times, as a vector (list and tuple `*`).
    pub fn repeat_values(&mut self, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
        let total = self.repeat_len(items.len(), n, std::mem::size_of::<Value>())?;
        let mut v = self.try_vec(total)?;
        for _ in 0..n {
            v.extend(items.iter().cloned());
            self.charge_native(items.len() / 8 + 1)?;
        }
        Ok(v)
    }

    /// `s` repeated `n` times (str and bytes `*`), built in steps that
    /// answer to the limits.
    pub fn repeat_bytes(&mut self, s: &[u8], n: usize) -> PyResult<Vec<u8>> {
        let total = self.repeat_len(s.len(), n, 1)?;
        let mut v = self.try_vec(total)?;
        if s.len() == 1 {
            self.fill_bytes(&mut v, s[0], n)?;
            return Ok(v);
        }
        for _ in 0..n {
            v.extend_from_slice(s);
            self.charge_native(s.len() / 64 + 1)?;
        }
        Ok(v)
    }

    /// Append `n` copies of `b`, charging as it goes (a few MB at a time).
    pub fn fill_bytes(&mut self, v: &mut Vec<u8>, b: u8, mut n: usize) -> PyResult<()> {
        self.try_reserve(v, n)?;
        while n > 0 {
            let k = n.min(1 << 22);
            v.resize(v.len() + k, b);
            n -= k;
            self.charge_native(k / 64 + 1)?;
        }
        Ok(())
    }

    /// Before code that cannot allocate fallibly (a library, the format
    /// renderer) builds something of about `bytes` bytes: the budget check,
    /// and for large sizes a trial allocation, so a size the system cannot
    /// give is MemoryError here rather than an abort there.
    pub fn probe_alloc(&mut self, bytes: usize) -> PyResult<()> {
        self.check_alloc(bytes)?;
        if bytes >= LARGE {
            let mut v: Vec<u8> = Vec::new();
            if v.try_reserve_exact(bytes).is_err() {
                return Err(self.memory_error());
            }
        }
        Ok(())
    }

    /// Append to a list; a growth large enough to fail is probed first.
    #[inline]
    pub fn list_push(&mut self, l: &crate::objects::ListObj, v: Value) -> PyResult<()> {
        match l.push_unless_large(v) {
            Ok(()) => Ok(()),
            Err((v, bytes)) => {
                self.probe_alloc(bytes)?;
                l.push(v);
                Ok(())
            }
        }
    }

    /// Before a list grows by `extra` items at once (extend, insert).
    pub fn before_list_growth(
        &mut self,
        l: &crate::objects::ListObj,
        extra: usize,
    ) -> PyResult<()> {
        let (len, cap) = {
            let items = l.borrow();
            (items.len(), items.capacity())
        };
        if cap - len >= extra {
            return Ok(());
        }
        let bytes = len
            .saturating_add(extra)
            .max(cap.saturating_mul(2))
            .saturating_mul(std::mem::size_of::<Value>());
        if bytes >= LARGE {
            self.probe_alloc(bytes)?;
        }
        Ok(())
    }

    /// Before a table that may grow takes one more key.
    #[inline]
    pub fn before_table_growth(&mut self, bytes: usize) -> PyResult<()> {
        if bytes >= LARGE {
            self.probe_alloc(bytes)?;
        }
        Ok(())
    }

    /// Append `n` copies of `c` to `s` (padding), checked and charged.
    pub fn pad_str(&mut self, s: &mut String, c: char, n: usize) -> PyResult<()> {
        let bytes = match n.checked_mul(c.len_utf8()) {
            Some(b) => b,
            None => return Err(self.memory_error()),
        };
        self.check_alloc(bytes)?;
        if s.try_reserve(bytes).is_err() {
            return Err(self.memory_error());
        }
        if c.is_ascii() {
            // SAFETY: an ASCII byte appended to a String keeps it UTF-8.
            let v = unsafe { s.as_mut_vec() };
            return self.fill_bytes(v, c as u8, n);
        }
        let mut left = n;
        while left > 0 {
            let k = left.min(1 << 20);
            s.extend(std::iter::repeat_n(c, k));
            left -= k;
            self.charge_native(k / 16 + 1)?;
        }
        Ok(())
    }
}
