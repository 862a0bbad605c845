//! The key cache: object keys recently made by the decoder, kept per VM so
//! that documents repeating the same keys (one document's list of records,
//! or many documents of one shape) share one str per key and skip making
//! and hashing it again. CPython memoizes keys within one document; this
//! also spans documents. Direct-mapped and small, so it stays cheap and
//! holds little memory.

use std::rc::Rc;

use crate::objects::str::hash_bytes;
use crate::objects::StrObj;

const SLOTS: usize = 512;
/// Longer keys are rare and costly to compare; they are not kept.
const MAX_LEN: usize = 40;

#[derive(Default)]
pub struct KeyCache {
    slots: Vec<Option<Rc<StrObj>>>,
}

impl KeyCache {
    /// The shared str for `text`, which is all ASCII when `ascii`.
    pub fn get(&mut self, text: &str, ascii: bool) -> Rc<StrObj> {
        let make = || {
            Rc::new(if ascii {
                StrObj::ascii(text)
            } else {
                StrObj::new(text)
            })
        };
        if text.len() > MAX_LEN {
            return make();
        }
        if self.slots.is_empty() {
            self.slots.resize(SLOTS, None);
        }
        let slot = (hash_bytes(text.as_bytes()) as usize) & (SLOTS - 1);
        if let Some(k) = &self.slots[slot] {
            if k.as_str() == text {
                return k.clone();
            }
        }
        let k = make();
        self.slots[slot] = Some(k.clone());
        k
    }
}
