//! The byte encoding: little-endian varints and length-prefixed bytes.
//! The reader checks every length against what is left of the input, so a
//! hostile snapshot cannot make it allocate more than its own size.

use super::SnapshotError;

#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, b: u8) {
        self.buf.push(b);
    }

    pub fn uv(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.buf.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.buf.push(n as u8);
    }

    pub fn iv(&mut self, n: i64) {
        self.uv(((n << 1) ^ (n >> 63)) as u64);
    }

    pub fn f64(&mut self, x: f64) {
        self.buf.extend_from_slice(&x.to_bits().to_le_bytes());
    }

    pub fn bytes(&mut self, b: &[u8]) {
        self.uv(b.len() as u64);
        self.buf.extend_from_slice(b);
    }

    pub fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    pub fn bool(&mut self, b: bool) {
        self.u8(b as u8);
    }
}

pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

pub type R<T> = Result<T, SnapshotError>;

pub fn corrupt(what: &str) -> SnapshotError {
    SnapshotError::Corrupt(what.to_string())
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8]) -> Reader<'a> {
        Reader { data, pos: 0 }
    }

    /// Bytes read so far.
    pub fn pos(&self) -> usize {
        self.pos
    }

    pub fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    pub fn at_end(&self) -> bool {
        self.pos == self.data.len()
    }

    pub fn u8(&mut self) -> R<u8> {
        match self.data.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
            None => Err(corrupt("truncated")),
        }
    }

    pub fn uv(&mut self) -> R<u64> {
        let mut n: u64 = 0;
        let mut shift = 0;
        loop {
            let b = self.u8()?;
            if shift >= 64 || (shift == 63 && b > 1) {
                return Err(corrupt("varint too long"));
            }
            n |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
            shift += 7;
        }
    }

    pub fn iv(&mut self) -> R<i64> {
        let u = self.uv()?;
        Ok(((u >> 1) as i64) ^ -((u & 1) as i64))
    }

    pub fn u32(&mut self) -> R<u32> {
        u32::try_from(self.uv()?).map_err(|_| corrupt("number out of range"))
    }

    pub fn usize(&mut self) -> R<usize> {
        usize::try_from(self.uv()?).map_err(|_| corrupt("number out of range"))
    }

    /// A count of items that each take at least one byte.
    pub fn count(&mut self) -> R<usize> {
        let n = self.usize()?;
        if n > self.remaining() {
            return Err(corrupt("length beyond the end of the data"));
        }
        Ok(n)
    }

    pub fn f64(&mut self) -> R<f64> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_bits(u64::from_le_bytes(a)))
    }

    fn take(&mut self, n: usize) -> R<&'a [u8]> {
        if n > self.remaining() {
            return Err(corrupt("truncated"));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    pub fn bytes(&mut self) -> R<&'a [u8]> {
        let n = self.usize()?;
        self.take(n)
    }

    pub fn str(&mut self) -> R<&'a str> {
        std::str::from_utf8(self.bytes()?).map_err(|_| corrupt("invalid UTF-8"))
    }

    pub fn bool(&mut self) -> R<bool> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(corrupt("invalid flag")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip() {
        let mut w = Writer::default();
        let nums = [0i64, 1, -1, 63, -64, 1 << 40, i64::MIN, i64::MAX];
        for n in nums {
            w.iv(n);
        }
        w.uv(u64::MAX);
        let mut r = Reader::new(&w.buf);
        for n in nums {
            assert_eq!(r.iv().unwrap(), n);
        }
        assert_eq!(r.uv().unwrap(), u64::MAX);
        assert!(r.at_end());
    }

    #[test]
    fn lengths_are_bounded_by_the_input() {
        let mut w = Writer::default();
        w.uv(1 << 40);
        let mut r = Reader::new(&w.buf);
        assert!(r.bytes().is_err());
        let mut r = Reader::new(&[0xff; 11]);
        assert!(r.uv().is_err());
    }
}
