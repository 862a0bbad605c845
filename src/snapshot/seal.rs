//! The envelope around a snapshot: a magic, the file's length, and a
//! trailing CRC-64 of everything before it.
//!
//! Every later format must keep this envelope: integrity is checked before
//! the format, version and build are read, so that once they are read they
//! are known to be the ones written, and "made by another weft" is never
//! said of a damaged file (nor "damaged" of a foreign one).
//!
//! Why CRC-64/XZ (ECMA-182): its generator polynomial is divisible by
//! x + 1, so every error of an odd number of bits is caught whatever the
//! size, and the order of x modulo it is 8,589,606,914, so every 2-bit
//! error spanning fewer bits than that is caught: all 1-, 2- and 3-bit
//! errors in files of up to 1,073,700,864 bytes, as the tests below prove.
//! (Beyond that, only two flips exactly a multiple of that many bits apart
//! could pass.)
//! Like any CRC it also catches every burst of up to 64 bits, and other
//! damage passes with probability 2^-64. CRC-32 would not do: IEEE's
//! polynomial only guarantees 3-bit errors up to ~11 KB, and any 32-bit
//! check lets one in 4 billion random damages through. A 64-bit hash
//! (xxh3) has the same odds on random damage but no such guarantees.
//! The length is recorded in the head, which truncating or extending
//! leaves in place, so those are always caught too, and named.

use super::SnapshotError;

/// The first bytes of every snapshot since format 2, the first with this
/// envelope. It differs from format 1's `WEFTSNAP` in 8 bits, so no
/// damage of a few bits makes a new snapshot look like an old one.
pub const MAGIC: &[u8; 8] = b"weftsnap";
/// Format 1 snapshots (no checksum) began with this, then their format.
pub const MAGIC_V1: &[u8; 8] = b"WEFTSNAP";
/// The magic, then the whole file's length as a little-endian u64.
pub const HEAD: usize = 16;
/// The CRC of everything before it, as a little-endian u64.
pub const TAIL: usize = 8;

/// CRC-64/XZ of `bytes`. crc64fast folds with carry-less multiplication
/// where the processor has it (about 14 GB/s here, ten times a 16-table
/// lookup), so even a snapshot made mostly of raw bytes pays little.
fn crc64(bytes: &[u8]) -> u64 {
    let mut d = crc64fast::Digest::new();
    d.write(bytes);
    d.sum64()
}

/// A writer's buffer starting with the head, its length not yet known.
pub fn start() -> Vec<u8> {
    let mut buf = Vec::with_capacity(4096);
    buf.extend_from_slice(MAGIC);
    buf.extend_from_slice(&[0; 8]);
    buf
}

/// Fill in the length and append the checksum to a buffer begun by `start`.
pub fn finish(buf: &mut Vec<u8>) {
    let len = (buf.len() + TAIL) as u64;
    buf[MAGIC.len()..HEAD].copy_from_slice(&len.to_le_bytes());
    let sum = crc64(buf);
    buf.extend_from_slice(&sum.to_le_bytes());
}

fn damaged(why: String) -> SnapshotError {
    SnapshotError::Damaged(why)
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    let mut a = [0u8; 8];
    if let Some(s) = bytes.get(at..at + 8) {
        a.copy_from_slice(s);
    }
    u64::from_le_bytes(a)
}

/// The snapshot's contents without the checksum (positions in it are
/// positions in the file), once the envelope shows it is what was written.
pub fn open(bytes: &[u8]) -> Result<&[u8], SnapshotError> {
    if bytes.starts_with(MAGIC_V1) {
        let mut r = super::wire::Reader::new(&bytes[MAGIC_V1.len()..]);
        let format = r.uv().unwrap_or(1);
        return Err(SnapshotError::Mismatch(format!(
            "snapshot format {} (this weft reads format {})",
            format,
            super::FORMAT
        )));
    }
    // A magic a few bits away from ours is ours, damaged: the checksum
    // below says so. Anything further away was never a snapshot.
    let distance: u32 = bytes
        .iter()
        .zip(MAGIC)
        .map(|(a, b)| (a ^ b).count_ones())
        .sum();
    if distance > 3 {
        return Err(SnapshotError::Corrupt("not a weft snapshot".into()));
    }
    if bytes.len() < HEAD + TAIL {
        return Err(damaged(format!("truncated to {} bytes", bytes.len())));
    }
    let written = u64_at(bytes, MAGIC.len());
    if written != bytes.len() as u64 {
        let how = if written > bytes.len() as u64 {
            "truncated"
        } else {
            "extended"
        };
        return Err(damaged(format!(
            "{}: {} bytes where {} were written",
            how,
            bytes.len(),
            written
        )));
    }
    let (body, tail) = bytes.split_at(bytes.len() - TAIL);
    if crc64(body) != u64_at(tail, 0) {
        return Err(damaged("checksum mismatch".into()));
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CRC-64/XZ's generator without its x^64 term.
    const POLY: u64 = 0x42F0_E1EB_A9EA_3693;

    fn mul_mod(a: u64, b: u64) -> u64 {
        let mut r = 0u64;
        for i in (0..64).rev() {
            let carry = r >> 63;
            r <<= 1;
            if carry == 1 {
                r ^= POLY;
            }
            if (b >> i) & 1 == 1 {
                r ^= a;
            }
        }
        r
    }

    fn x_pow(mut e: u64) -> u64 {
        let (mut r, mut base) = (1u64, 2u64);
        while e > 0 {
            if e & 1 == 1 {
                r = mul_mod(r, base);
            }
            base = mul_mod(base, base);
            e >>= 1;
        }
        r
    }

    #[test]
    fn the_crc_catches_every_error_of_three_bits_or_fewer_up_to_a_gigabyte() {
        assert_eq!(crc64(b"123456789"), 0x995D_C9BB_DF19_39FA);
        // Even weight (with the x^64 term): x + 1 divides the generator,
        // so no error of an odd number of bits is a multiple of it.
        assert_eq!((POLY.count_ones() + 1) % 2, 0);
        // Two flipped bits d apart go unseen only if the generator divides
        // x^d + 1, that is if the order of x modulo it divides d. That
        // order is N exactly: x^N = 1, and no x^(N/q) for a prime q | N is.
        let n: u64 = 8_589_606_914;
        let primes = [2u64, 7, 31, 151, 131_071];
        assert_eq!(primes.iter().product::<u64>(), n);
        assert_eq!(x_pow(n), 1);
        for q in primes {
            assert_ne!(x_pow(n / q), 1, "x^(N/{}) is 1", q);
        }
        // So in every file of up to N / 8 bytes (1,073,700,864), checksum
        // included, all 1-, 2- and 3-bit errors are caught.
        assert!(n / 8 > 1_000_000_000);
    }

    fn sealed(body: &[u8]) -> Vec<u8> {
        let mut b = start();
        b.extend_from_slice(body);
        finish(&mut b);
        b
    }

    #[test]
    fn every_one_and_two_bit_error_in_a_small_snapshot_is_caught() {
        let mut b = sealed(b"\x02\x05weft!the contents of a small snapshot");
        assert_eq!(open(&b).map(|body| body.len()), Ok(b.len() - TAIL));
        let bits = b.len() * 8;
        let flip = |b: &mut Vec<u8>, i: usize| b[i / 8] ^= 1 << (i % 8);
        for i in 0..bits {
            flip(&mut b, i);
            assert!(
                matches!(open(&b), Err(SnapshotError::Damaged(_))),
                "bit {}",
                i
            );
            for j in i + 1..bits {
                flip(&mut b, j);
                assert!(
                    matches!(open(&b), Err(SnapshotError::Damaged(_))),
                    "bits {} and {}",
                    i,
                    j
                );
                flip(&mut b, j);
            }
            flip(&mut b, i);
        }
        assert!(open(&b).is_ok());
    }

    #[test]
    fn truncation_extension_and_foreign_files_are_told_apart() {
        let good = sealed(b"contents");
        for n in 0..good.len() {
            let e = open(&good[..n]).unwrap_err();
            assert!(matches!(e, SnapshotError::Damaged(_)), "{} bytes: {}", n, e);
        }
        let mut longer = good.clone();
        longer.push(0);
        assert_eq!(
            open(&longer),
            Err(SnapshotError::Damaged(format!(
                "extended: {} bytes where {} were written",
                good.len() + 1,
                good.len()
            )))
        );
        assert_eq!(
            open(b"#!/bin/sh\necho not a snapshot\n"),
            Err(SnapshotError::Corrupt("not a weft snapshot".into()))
        );
        assert_eq!(
            open(b"WEFTSNAP\x01\x050.1.0"),
            Err(SnapshotError::Mismatch(
                "snapshot format 1 (this weft reads format 2)".into()
            ))
        );
    }
}
