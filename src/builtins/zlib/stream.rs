//! A safe owner of one zlib stream (`z_stream`), deflating or inflating.
//! zlib keeps a pointer back to the stream it was initialised with, so the
//! stream lives in a Box and never moves; it is ended when dropped.

use std::ffi::{c_int, c_void, CStr};
use std::ptr::null_mut;

use libz_sys as z;

use crate::vm::{PyResult, Vm};

pub const Z_OK: c_int = 0;
pub const Z_STREAM_END: c_int = 1;
pub const Z_NEED_DICT: c_int = 2;
pub const Z_STREAM_ERROR: c_int = -2;
pub const Z_BUF_ERROR: c_int = -5;
pub const Z_NO_FLUSH: c_int = 0;
pub const Z_FINISH: c_int = 4;

// zlib's allocation hooks; the C library's allocator, as zlib's default.
unsafe extern "C" fn zalloc(_opaque: *mut c_void, items: z::uInt, size: z::uInt) -> *mut c_void {
    // SAFETY: calloc accepts any counts and returns null on failure,
    // which zlib reports as Z_MEM_ERROR.
    unsafe { libc::calloc(items as usize, size as usize) }
}

unsafe extern "C" fn zfree(_opaque: *mut c_void, p: *mut c_void) {
    // SAFETY: zlib frees only what `zalloc` returned.
    unsafe { libc::free(p) }
}

fn blank() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: null_mut(),
        state: null_mut(),
        zalloc,
        zfree,
        opaque: null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

#[derive(Clone, Copy, PartialEq)]
pub enum Dir {
    Deflate,
    Inflate,
}

pub struct ZStream {
    strm: Box<z::z_stream>,
    pub dir: Dir,
    /// False once ended (after a finishing flush) or if init failed.
    live: bool,
}

/// The outcome of one `run`: zlib's last return code and how much of the
/// input it consumed.
pub struct Ran {
    pub code: c_int,
    pub consumed: usize,
}

fn version() -> *const std::ffi::c_char {
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    unsafe { z::zlibVersion() }
}

/// The linked zlib's version string.
pub fn version_string() -> String {
    // SAFETY: as `version`; the string is static and NUL-terminated.
    unsafe { CStr::from_ptr(version()) }
        .to_string_lossy()
        .into_owned()
}

const STREAM_SIZE: c_int = std::mem::size_of::<z::z_stream>() as c_int;

impl ZStream {
    pub fn deflate(
        level: c_int,
        method: c_int,
        wbits: c_int,
        mem_level: c_int,
        strategy: c_int,
    ) -> Result<ZStream, c_int> {
        let mut strm = blank();
        // SAFETY: `strm` is a fully initialised z_stream at a stable
        // (boxed) address; the version and size are this library's.
        let r = unsafe {
            z::deflateInit2_(
                &mut *strm,
                level,
                method,
                wbits,
                mem_level,
                strategy,
                version(),
                STREAM_SIZE,
            )
        };
        if r != Z_OK {
            return Err(r);
        }
        Ok(ZStream {
            strm,
            dir: Dir::Deflate,
            live: true,
        })
    }

    pub fn inflate(wbits: c_int) -> Result<ZStream, c_int> {
        let mut strm = blank();
        // SAFETY: as in `deflate`.
        let r = unsafe { z::inflateInit2_(&mut *strm, wbits, version(), STREAM_SIZE) };
        if r != Z_OK {
            return Err(r);
        }
        Ok(ZStream {
            strm,
            dir: Dir::Inflate,
            live: true,
        })
    }

    pub fn is_live(&self) -> bool {
        self.live
    }

    /// zlib's message for the last error, if it left one.
    pub fn msg(&self) -> Option<String> {
        if self.strm.msg.is_null() {
            return None;
        }
        // SAFETY: zlib sets `msg` to a static NUL-terminated string.
        Some(
            unsafe { CStr::from_ptr(self.strm.msg) }
                .to_string_lossy()
                .into_owned(),
        )
    }

    pub fn set_dictionary(&mut self, dict: &[u8]) -> c_int {
        if !self.live {
            return Z_STREAM_ERROR;
        }
        let Ok(len) = z::uInt::try_from(dict.len()) else {
            return Z_STREAM_ERROR;
        };
        // SAFETY: the stream is initialised; zlib only reads `len` bytes
        // of `dict` during the call.
        unsafe {
            match self.dir {
                Dir::Deflate => z::deflateSetDictionary(&mut *self.strm, dict.as_ptr(), len),
                Dir::Inflate => z::inflateSetDictionary(&mut *self.strm, dict.as_ptr(), len),
            }
        }
    }

    /// An independent copy of the stream's state.
    pub fn copy(&self) -> Result<ZStream, c_int> {
        if !self.live {
            return Err(Z_STREAM_ERROR);
        }
        let mut dest = blank();
        let src = &*self.strm as *const z::z_stream as *mut z::z_stream;
        // SAFETY: `src` is a live stream; zlib's copy reads it and
        // initialises `dest` (boxed, stable) without writing to `src`.
        let r = unsafe {
            match self.dir {
                Dir::Deflate => z::deflateCopy(&mut *dest, src),
                Dir::Inflate => z::inflateCopy(&mut *dest, src),
            }
        };
        if r != Z_OK {
            return Err(r);
        }
        Ok(ZStream {
            strm: dest,
            dir: self.dir,
            live: true,
        })
    }

    /// Feed `input` with `flush`, appending output to `out`. Stops when
    /// the input is used up and zlib has no more output for this flush
    /// mode, at the end of the stream, on an error, or once `out` holds
    /// `max_out` bytes (0: no limit). The output grows within the VM's
    /// memory budget and the work is charged to its instruction budget.
    pub fn run(
        &mut self,
        vm: &mut Vm,
        input: &[u8],
        flush: c_int,
        out: &mut Vec<u8>,
        max_out: usize,
    ) -> PyResult<Ran> {
        if !self.live {
            return Ok(Ran {
                code: Z_STREAM_ERROR,
                consumed: 0,
            });
        }
        let mut pos = 0usize;
        loop {
            let chunk = (input.len() - pos).min(z::uInt::MAX as usize);
            let last_chunk = pos + chunk == input.len();
            let mode = if last_chunk { flush } else { Z_NO_FLUSH };
            // Doubling growth, at least half the input's size.
            let room_wanted = (chunk / 2).clamp(256, 1 << 20).max(out.len());
            let mut room = room_wanted.max(out.capacity() - out.len());
            if max_out > 0 {
                room = room.min(max_out - out.len());
            }
            room = room.min(z::uInt::MAX as usize);
            vm.try_reserve(out, room)?;
            let start = out.len();
            self.strm.next_in = input[pos..].as_ptr() as *mut u8;
            self.strm.avail_in = chunk as z::uInt;
            self.strm.next_out = out.spare_capacity_mut().as_mut_ptr().cast();
            self.strm.avail_out = room as z::uInt;
            // SAFETY: next_in/avail_in describe readable input and
            // next_out/avail_out writable spare capacity of `out`; both
            // outlive the call, and the stream is live.
            let code = unsafe {
                match self.dir {
                    Dir::Deflate => z::deflate(&mut *self.strm, mode),
                    Dir::Inflate => z::inflate(&mut *self.strm, mode),
                }
            };
            let produced = room - self.strm.avail_out as usize;
            // SAFETY: zlib wrote `produced` bytes into the spare capacity.
            unsafe { out.set_len(start + produced) };
            let used = chunk - self.strm.avail_in as usize;
            pos += used;
            self.strm.next_in = null_mut();
            self.strm.next_out = null_mut();
            vm.charge_native((produced + used) / 64 + 1)?;
            let full = self.strm.avail_out == 0;
            if code == Z_STREAM_END || (code != Z_OK && code != Z_BUF_ERROR) {
                return Ok(Ran {
                    code,
                    consumed: pos,
                });
            }
            if max_out > 0 && out.len() >= max_out {
                return Ok(Ran {
                    code,
                    consumed: pos,
                });
            }
            if !full && pos == input.len() {
                // zlib had room left and all the input: it is done for now.
                return Ok(Ran {
                    code,
                    consumed: pos,
                });
            }
            if code == Z_BUF_ERROR && !full && used == 0 {
                return Ok(Ran {
                    code,
                    consumed: pos,
                });
            }
        }
    }

    /// End the stream now (after a finishing flush), releasing zlib's state.
    pub fn end(&mut self) {
        if !self.live {
            return;
        }
        // SAFETY: the stream is live and ended once.
        unsafe {
            match self.dir {
                Dir::Deflate => z::deflateEnd(&mut *self.strm),
                Dir::Inflate => z::inflateEnd(&mut *self.strm),
            };
        }
        self.live = false;
    }
}

impl Drop for ZStream {
    fn drop(&mut self) {
        self.end();
    }
}

/// zlib's CRC-32 of `data`, continuing from `start`.
pub fn crc32(start: u32, data: &[u8]) -> u32 {
    let mut c = start as z::uLong;
    for part in data.chunks(1 << 30) {
        // SAFETY: `part` is readable for its length, which fits a uInt.
        c = unsafe { z::crc32(c, part.as_ptr(), part.len() as z::uInt) };
    }
    c as u32
}

/// zlib's Adler-32 of `data`, continuing from `start`.
pub fn adler32(start: u32, data: &[u8]) -> u32 {
    let mut c = start as z::uLong;
    for part in data.chunks(1 << 30) {
        // SAFETY: as in `crc32`.
        c = unsafe { z::adler32(c, part.as_ptr(), part.len() as z::uInt) };
    }
    c as u32
}
