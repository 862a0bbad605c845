//! The parsed form of a pattern. Flags that change how an item matches
//! (case, dot, anchors, classes) are resolved per item at parse time, so
//! scoped flags `(?i:...)` need nothing at match time.

/// Flag bits, with CPython's values.
pub const F_IGNORECASE: u32 = 2;
pub const F_LOCALE: u32 = 4;
pub const F_MULTILINE: u32 = 8;
pub const F_DOTALL: u32 = 16;
pub const F_UNICODE: u32 = 32;
pub const F_VERBOSE: u32 = 64;
pub const F_ASCII: u32 = 256;

/// The largest repeat count plus one (CPython's MAXREPEAT): "unbounded".
pub const MAXREPEAT: u32 = u32::MAX;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassKind {
    Digit,
    Word,
    Space,
}

/// A member of a character set.
#[derive(Clone, Debug)]
pub enum SetItem {
    Range(u32, u32),
    /// A class escape (`\d`, `\W`...): kind, negated, ASCII-only.
    Class(ClassKind, bool, bool),
}

#[derive(Clone, Debug)]
pub struct CharSet {
    pub items: Vec<SetItem>,
    pub negated: bool,
    /// Case-insensitive; `ascii` limits folding to ASCII letters.
    pub icase: bool,
    pub ascii: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// `\A`, and `^` without MULTILINE.
    Start,
    /// `^` with MULTILINE.
    LineStart,
    /// `\Z`.
    End,
    /// `$` without MULTILINE: the end, or before a final newline.
    EndOrFinalNewline,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\b`, `\B`; the flag is ASCII-only.
    Boundary(bool),
    NotBoundary(bool),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    /// A literal; `icase` with `ascii` folds ASCII letters only.
    Char {
        c: u32,
        icase: bool,
        ascii: bool,
    },
    /// `.`; true matches newlines too (DOTALL).
    Any(bool),
    Set(Box<CharSet>),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    Group(Option<usize>, Box<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        kind: RepKind,
    },
    Anchor(Anchor),
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    /// `width` is the referenced group's, as CPython measures it.
    Backref {
        group: usize,
        icase: bool,
        ascii: bool,
        width: (u64, u64),
    },
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

impl Node {
    /// The least and most characters the node can match (MAXREPEAT for
    /// "unbounded").
    pub fn width(&self) -> (u64, u64) {
        const INF: u64 = MAXREPEAT as u64;
        match self {
            Node::Empty | Node::Anchor(_) | Node::Look { .. } => (0, 0),
            Node::Char { .. } | Node::Any(_) | Node::Set(_) => (1, 1),
            Node::Cat(v) => v.iter().fold((0, 0), |(a, b), n| {
                let (x, y) = n.width();
                ((a + x).min(INF), (b + y).min(INF))
            }),
            Node::Alt(v) => {
                let mut lo = INF;
                let mut hi = 0;
                for n in v {
                    let (x, y) = n.width();
                    lo = lo.min(x);
                    hi = hi.max(y);
                }
                (lo, hi)
            }
            Node::Group(_, n) | Node::Atomic(n) => n.width(),
            Node::Repeat { node, min, max, .. } => {
                let (x, y) = node.width();
                let hi = if *max == MAXREPEAT && y > 0 {
                    INF
                } else {
                    (y * *max as u64).min(INF)
                };
                ((x * *min as u64).min(INF), hi)
            }
            Node::Backref { width, .. } => *width,
            Node::Cond { yes, no, .. } => {
                let (a, b) = yes.width();
                let (c, d) = no.width();
                (a.min(c), b.max(d))
            }
        }
    }
}
