//! Character predicates and case folding as CPython's `re` applies them:
//! Unicode meanings for str patterns, ASCII ones for bytes and re.ASCII.

use super::ast::{CharSet, ClassKind, SetItem};

fn to_char(c: u32) -> Option<char> {
    char::from_u32(c)
}

/// Simple (one code point) lowercase mapping.
pub fn lower(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    let Some(ch) = to_char(c) else { return c };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        // U+0130's full mapping is "i\u{307}"; its simple one is 'i'.
        (Some(l), Some(_)) if c == 0x130 => l as u32,
        _ => c,
    }
}

/// Simple (one code point) uppercase mapping.
pub fn upper(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    let Some(ch) = to_char(c) else { return c };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

/// The representative of c's case-insensitive class: characters match
/// each other under IGNORECASE when their folds are equal (this also
/// pairs 'ſ' with 's', 'K' (Kelvin) with 'k', 'ı' with 'i').
#[inline]
pub fn fold(c: u32, ascii: bool) -> u32 {
    if c < 128 || ascii {
        if (b'A' as u32..=b'Z' as u32).contains(&c) {
            return c + 32;
        }
        return c;
    }
    lower(upper(c))
}

pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    !ascii && to_char(c).is_some_and(|ch| ch.is_alphanumeric())
}

fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    !ascii && to_char(c).is_some_and(|ch| crate::format::unicode_decimal(ch).is_some())
}

fn is_space(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return matches!(c as u8, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
            || (!ascii && (0x1c..=0x1f).contains(&c));
    }
    !ascii && to_char(c).is_some_and(crate::format::is_python_space)
}

pub fn class_has(kind: ClassKind, c: u32, ascii: bool) -> bool {
    match kind {
        ClassKind::Digit => is_digit(c, ascii),
        ClassKind::Word => is_word(c, ascii),
        ClassKind::Space => is_space(c, ascii),
    }
}

/// A set ready for matching: members below 128 in a bitmap.
#[derive(Debug)]
pub struct SetMatcher {
    bits: [u64; 2],
    set: CharSet,
}

impl SetMatcher {
    pub fn new(set: CharSet) -> SetMatcher {
        let mut m = SetMatcher { bits: [0; 2], set };
        for c in 0..128u32 {
            if m.slow(c) {
                m.bits[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        m
    }

    fn raw(&self, c: u32) -> bool {
        self.set.items.iter().any(|it| match *it {
            SetItem::Range(lo, hi) => lo <= c && c <= hi,
            SetItem::Class(k, neg, ascii) => class_has(k, c, ascii) != neg,
        })
    }

    fn slow(&self, c: u32) -> bool {
        let s = &self.set;
        let mut hit = self.raw(c);
        if !hit && s.icase {
            if s.ascii {
                if c < 128 {
                    let b = c as u8;
                    hit = self.raw(b.to_ascii_lowercase() as u32)
                        || self.raw(b.to_ascii_uppercase() as u32);
                }
            } else {
                let (l, u) = (lower(c), upper(c));
                hit = self.raw(l) || self.raw(u) || self.raw(lower(u));
                if !hit {
                    // A member whose fold is c's (the set holds 'K', the
                    // text has 'k').
                    let f = fold(c, false);
                    hit = s.items.iter().any(|it| match *it {
                        SetItem::Range(lo, hi) if hi - lo < 64 => {
                            (lo..=hi).any(|m| fold(m, false) == f)
                        }
                        _ => false,
                    });
                }
            }
        }
        hit != s.negated
    }

    #[inline]
    pub fn has(&self, c: u32) -> bool {
        if c < 128 {
            return self.bits[(c >> 6) as usize] & (1 << (c & 63)) != 0;
        }
        self.slow(c)
    }
}
