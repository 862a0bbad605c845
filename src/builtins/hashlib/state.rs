//! The running state of one hash computation, for every algorithm
//! `hashlib` offers. The algorithms are RustCrypto's crates; BLAKE2 is
//! driven through its core so that key, salt, person and any digest size
//! can be set at run time, as CPython's `blake2b(...)` allows.

use blake2::{Blake2bVarCore, Blake2sVarCore};
use digest::core_api::{Block, Buffer, UpdateCore, VariableOutputCore};
use digest::{Digest, ExtendableOutput, Update};

/// One of the fixed-size digests.
#[derive(Clone)]
pub enum Fixed {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha512_224(sha2::Sha512_224),
    Sha512_256(sha2::Sha512_256),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
}

/// A BLAKE2 core with its own block buffer (the crate's run-time-sized
/// wrapper cannot take a key, salt or person). One struct per variant:
/// the crate's generic bounds are not worth spelling out for two types.
macro_rules! blake_state {
    ($name:ident, $core:ty) => {
        #[derive(Clone)]
        pub struct $name {
            core: $core,
            buf: Buffer<$core>,
            out_len: usize,
        }

        impl $name {
            fn new(p: &BlakeParams) -> Self {
                let core = <$core>::new_with_params(p.salt, p.person, p.key.len(), p.digest_size);
                let mut b = $name {
                    core,
                    buf: Default::default(),
                    out_len: p.digest_size,
                };
                // A keyed hash starts with the key, zero-padded to a block.
                if !p.key.is_empty() {
                    let mut block: Block<$core> = Default::default();
                    block[..p.key.len()].copy_from_slice(p.key);
                    b.update(&block);
                }
                b
            }

            fn update(&mut self, data: &[u8]) {
                let core = &mut self.core;
                self.buf
                    .digest_blocks(data, |blocks| core.update_blocks(blocks));
            }

            fn finish(&self) -> Vec<u8> {
                let mut core = self.core.clone();
                let mut buf = self.buf.clone();
                let mut out = Default::default();
                core.finalize_variable_core(&mut buf, &mut out);
                // BLAKE2 truncates on the right: the digest is the start.
                let full: &[u8] = &out;
                full[..self.out_len].to_vec()
            }
        }
    };
}

blake_state!(Blake2bState, Blake2bVarCore);
blake_state!(Blake2sState, Blake2sVarCore);

/// The parameters of a BLAKE2 hash, checked by the caller against the
/// variant's limits.
pub struct BlakeParams<'a> {
    pub digest_size: usize,
    pub key: &'a [u8],
    pub salt: &'a [u8],
    pub person: &'a [u8],
}

#[derive(Clone)]
pub enum HashState {
    Fixed(Fixed),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Blake2bState),
    Blake2s(Blake2sState),
}

/// The names `hashlib.new` accepts (lower-cased first), as CPython's.
pub const GUARANTEED: &[&str] = &[
    "blake2b",
    "blake2s",
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "sha512",
    "shake_128",
    "shake_256",
];
pub const AVAILABLE_EXTRA: &[&str] = &["sha512_224", "sha512_256"];

impl HashState {
    /// A fresh state for `name` (`blake2b`/`blake2s` with default
    /// parameters), or None for an unknown name.
    pub fn by_name(name: &str) -> Option<HashState> {
        let f = match name {
            "md5" => Fixed::Md5(Default::default()),
            "sha1" => Fixed::Sha1(Default::default()),
            "sha224" => Fixed::Sha224(Default::default()),
            "sha256" => Fixed::Sha256(Default::default()),
            "sha384" => Fixed::Sha384(Default::default()),
            "sha512" => Fixed::Sha512(Default::default()),
            "sha512_224" => Fixed::Sha512_224(Default::default()),
            "sha512_256" => Fixed::Sha512_256(Default::default()),
            "sha3_224" => Fixed::Sha3_224(Default::default()),
            "sha3_256" => Fixed::Sha3_256(Default::default()),
            "sha3_384" => Fixed::Sha3_384(Default::default()),
            "sha3_512" => Fixed::Sha3_512(Default::default()),
            "shake_128" => return Some(HashState::Shake128(Default::default())),
            "shake_256" => return Some(HashState::Shake256(Default::default())),
            "blake2b" => {
                return Some(Self::blake2b(&BlakeParams {
                    digest_size: 64,
                    key: &[],
                    salt: &[],
                    person: &[],
                }))
            }
            "blake2s" => {
                return Some(Self::blake2s(&BlakeParams {
                    digest_size: 32,
                    key: &[],
                    salt: &[],
                    person: &[],
                }))
            }
            _ => return None,
        };
        Some(HashState::Fixed(f))
    }

    /// BLAKE2b; the parameters must be within its limits (64-byte digest
    /// and key, 16-byte salt and person).
    pub fn blake2b(p: &BlakeParams) -> HashState {
        HashState::Blake2b(Blake2bState::new(p))
    }

    /// BLAKE2s; limits are half of BLAKE2b's.
    pub fn blake2s(p: &BlakeParams) -> HashState {
        HashState::Blake2s(Blake2sState::new(p))
    }

    pub fn name(&self) -> &'static str {
        match self {
            HashState::Fixed(f) => match f {
                Fixed::Md5(_) => "md5",
                Fixed::Sha1(_) => "sha1",
                Fixed::Sha224(_) => "sha224",
                Fixed::Sha256(_) => "sha256",
                Fixed::Sha384(_) => "sha384",
                Fixed::Sha512(_) => "sha512",
                Fixed::Sha512_224(_) => "sha512_224",
                Fixed::Sha512_256(_) => "sha512_256",
                Fixed::Sha3_224(_) => "sha3_224",
                Fixed::Sha3_256(_) => "sha3_256",
                Fixed::Sha3_384(_) => "sha3_384",
                Fixed::Sha3_512(_) => "sha3_512",
            },
            HashState::Shake128(_) => "shake_128",
            HashState::Shake256(_) => "shake_256",
            HashState::Blake2b(_) => "blake2b",
            HashState::Blake2s(_) => "blake2s",
        }
    }

    /// The digest size in bytes (0 for the extendable-output SHAKEs, as
    /// CPython reports).
    pub fn digest_size(&self) -> usize {
        match self {
            HashState::Fixed(f) => match f {
                Fixed::Md5(_) => 16,
                Fixed::Sha1(_) => 20,
                Fixed::Sha224(_) | Fixed::Sha512_224(_) | Fixed::Sha3_224(_) => 28,
                Fixed::Sha256(_) | Fixed::Sha512_256(_) | Fixed::Sha3_256(_) => 32,
                Fixed::Sha384(_) | Fixed::Sha3_384(_) => 48,
                Fixed::Sha512(_) | Fixed::Sha3_512(_) => 64,
            },
            HashState::Shake128(_) | HashState::Shake256(_) => 0,
            HashState::Blake2b(b) => b.out_len,
            HashState::Blake2s(b) => b.out_len,
        }
    }

    /// The internal block size in bytes (the HMAC pad length).
    pub fn block_size(&self) -> usize {
        match self {
            HashState::Fixed(f) => match f {
                Fixed::Md5(_) | Fixed::Sha1(_) | Fixed::Sha224(_) | Fixed::Sha256(_) => 64,
                Fixed::Sha384(_)
                | Fixed::Sha512(_)
                | Fixed::Sha512_224(_)
                | Fixed::Sha512_256(_) => 128,
                Fixed::Sha3_224(_) => 144,
                Fixed::Sha3_256(_) => 136,
                Fixed::Sha3_384(_) => 104,
                Fixed::Sha3_512(_) => 72,
            },
            HashState::Shake128(_) => 168,
            HashState::Shake256(_) => 136,
            HashState::Blake2b(_) => 128,
            HashState::Blake2s(_) => 64,
        }
    }

    pub fn is_xof(&self) -> bool {
        matches!(self, HashState::Shake128(_) | HashState::Shake256(_))
    }

    pub fn update(&mut self, data: &[u8]) {
        match self {
            HashState::Fixed(f) => match f {
                Fixed::Md5(h) => Digest::update(h, data),
                Fixed::Sha1(h) => Digest::update(h, data),
                Fixed::Sha224(h) => Digest::update(h, data),
                Fixed::Sha256(h) => Digest::update(h, data),
                Fixed::Sha384(h) => Digest::update(h, data),
                Fixed::Sha512(h) => Digest::update(h, data),
                Fixed::Sha512_224(h) => Digest::update(h, data),
                Fixed::Sha512_256(h) => Digest::update(h, data),
                Fixed::Sha3_224(h) => Digest::update(h, data),
                Fixed::Sha3_256(h) => Digest::update(h, data),
                Fixed::Sha3_384(h) => Digest::update(h, data),
                Fixed::Sha3_512(h) => Digest::update(h, data),
            },
            HashState::Shake128(h) => Update::update(h, data),
            HashState::Shake256(h) => Update::update(h, data),
            HashState::Blake2b(b) => b.update(data),
            HashState::Blake2s(b) => b.update(data),
        }
    }

    /// The digest of what was fed so far; the state stays usable.
    /// `xof_len` is the length asked of a SHAKE (ignored by the others).
    pub fn digest(&self, xof_len: usize) -> Vec<u8> {
        fn fin<D: Digest + Clone>(h: &D) -> Vec<u8> {
            h.clone().finalize().to_vec()
        }
        match self {
            HashState::Fixed(f) => match f {
                Fixed::Md5(h) => fin(h),
                Fixed::Sha1(h) => fin(h),
                Fixed::Sha224(h) => fin(h),
                Fixed::Sha256(h) => fin(h),
                Fixed::Sha384(h) => fin(h),
                Fixed::Sha512(h) => fin(h),
                Fixed::Sha512_224(h) => fin(h),
                Fixed::Sha512_256(h) => fin(h),
                Fixed::Sha3_224(h) => fin(h),
                Fixed::Sha3_256(h) => fin(h),
                Fixed::Sha3_384(h) => fin(h),
                Fixed::Sha3_512(h) => fin(h),
            },
            HashState::Shake128(h) => {
                let mut out = vec![0u8; xof_len];
                h.clone().finalize_xof_into(&mut out);
                out
            }
            HashState::Shake256(h) => {
                let mut out = vec![0u8; xof_len];
                h.clone().finalize_xof_into(&mut out);
                out
            }
            HashState::Blake2b(b) => b.finish(),
            HashState::Blake2s(b) => b.finish(),
        }
    }
}
