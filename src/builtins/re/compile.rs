//! Parsed patterns to programs for the backtracking matcher.

use super::ast::*;
use super::chars::{fold, SetMatcher};

/// What one character position is tested against.
#[derive(Clone, Copy, Debug)]
pub enum Item {
    Char(u32),
    /// The fold of a literal (see `chars::fold`); true for ASCII-only.
    Fold(u32, bool),
    /// `.` without DOTALL.
    AnyButNewline,
    Any,
    Set(u32),
}

#[derive(Clone, Copy, Debug)]
pub enum Inst {
    One(Item),
    Anchor(Anchor),
    /// Record the position in capture slot n.
    Save(u32),
    /// Try the first target, backtrack to the second.
    Split(u32, u32),
    Jmp(u32),
    /// A repeat of one character position.
    RepOne {
        item: Item,
        min: u32,
        max: u32,
        kind: RepKind,
    },
    /// A general repeat, on counter `r`: RepStart, then RepLoop deciding
    /// whether to run another iteration (RepIter, body, RepEnd) or exit.
    RepStart(u32),
    RepLoop {
        r: u32,
        min: u32,
        max: u32,
        lazy: bool,
        exit: u32,
    },
    RepIter(u32),
    RepEnd {
        r: u32,
        lp: u32,
    },
    /// A lookaround whose body (ending in SubMatch) follows; `behind`
    /// holds the width for a lookbehind.
    Look {
        behind: Option<u32>,
        negate: bool,
        end: u32,
    },
    /// An atomic group whose body (ending in SubMatch) follows.
    Atomic {
        end: u32,
    },
    Backref {
        group: u32,
        icase: bool,
        ascii: bool,
    },
    /// `(?(group)yes|no)`: continue if the group matched, else jump.
    Cond {
        group: u32,
        no: u32,
    },
    SubMatch,
    Match,
}

#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<SetMatcher>,
    pub groups: usize,
    pub counters: usize,
    /// Every match starts with a character this item accepts.
    pub first: Option<Item>,
    /// Every match starts at the string's start (`\A`, `^`).
    pub anchored: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<SetMatcher>,
    counters: usize,
}

pub fn compile(node: &Node, groups: usize) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        counters: 0,
    };
    c.emit(node);
    c.insts.push(Inst::Match);
    let mut first = None;
    let mut anchored = false;
    // Captures opening first do not consume: look past them.
    let lead = c.insts.iter().find(|i| !matches!(i, Inst::Save(_)));
    match lead {
        Some(Inst::One(item)) => first = Some(*item),
        Some(Inst::RepOne { item, min, .. }) if *min > 0 => first = Some(*item),
        Some(Inst::Anchor(Anchor::Start)) => anchored = true,
        _ => {}
    }
    Program {
        insts: c.insts,
        sets: c.sets,
        groups,
        counters: c.counters,
        first,
        anchored,
    }
}

impl Compiler {
    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    fn push(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    /// The single-position item a node is, if it is one.
    fn item(&mut self, node: &Node) -> Option<Item> {
        Some(match node {
            Node::Char { c, icase, ascii } => {
                let (c, ascii) = (*c, *ascii);
                let cased = if ascii {
                    c < 128 && (c as u8).is_ascii_alphabetic()
                } else {
                    // Any non-ASCII character may have partners ('ß', 'ẞ').
                    c >= 128 || (c as u8).is_ascii_alphabetic()
                };
                if *icase && cased {
                    Item::Fold(fold(c, ascii), ascii)
                } else {
                    Item::Char(c)
                }
            }
            Node::Any(all) => {
                if *all {
                    Item::Any
                } else {
                    Item::AnyButNewline
                }
            }
            Node::Set(s) => {
                self.sets.push(SetMatcher::new((**s).clone()));
                Item::Set(self.sets.len() as u32 - 1)
            }
            Node::Group(None, n) => return self.item(n),
            // `a|b|c` is the set [abc]: one position, no choice points.
            Node::Alt(v) => {
                let Some(Node::Char { icase, ascii, .. }) = v.first() else {
                    return None;
                };
                let (icase, ascii) = (*icase, *ascii);
                let mut items = Vec::with_capacity(v.len());
                for n in v {
                    match n {
                        Node::Char {
                            c,
                            icase: i,
                            ascii: a,
                        } if *i == icase && *a == ascii => items.push(SetItem::Range(*c, *c)),
                        _ => return None,
                    }
                }
                self.sets.push(SetMatcher::new(CharSet {
                    items,
                    negated: false,
                    icase,
                    ascii,
                }));
                Item::Set(self.sets.len() as u32 - 1)
            }
            _ => return None,
        })
    }

    fn emit(&mut self, node: &Node) {
        if let Some(item) = self.item(node) {
            self.push(Inst::One(item));
            return;
        }
        match node {
            Node::Empty | Node::Char { .. } | Node::Any(_) | Node::Set(_) => {}
            Node::Cat(v) => v.iter().for_each(|n| self.emit(n)),
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, n) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.push(Inst::Split(0, 0));
                        self.emit(n);
                        jumps.push(self.push(Inst::Jmp(0)));
                        self.insts[split] = Inst::Split(split as u32 + 1, self.pc());
                    } else {
                        self.emit(n);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group(Some(g), n) => {
                self.push(Inst::Save(2 * *g as u32));
                self.emit(n);
                self.push(Inst::Save(2 * *g as u32 + 1));
            }
            Node::Group(None, n) => self.emit(n),
            Node::Repeat {
                node,
                min,
                max,
                kind,
            } => self.repeat(node, *min, *max, *kind),
            Node::Anchor(a) => {
                self.push(Inst::Anchor(*a));
            }
            Node::Look {
                behind,
                negate,
                node,
            } => {
                let w = behind.then(|| node.width().0.min(u32::MAX as u64) as u32);
                let at = self.push(Inst::Atomic { end: 0 });
                self.emit(node);
                self.push(Inst::SubMatch);
                self.insts[at] = Inst::Look {
                    behind: w,
                    negate: *negate,
                    end: self.pc(),
                };
            }
            Node::Atomic(n) => self.atomic(n),
            Node::Backref {
                group,
                icase,
                ascii,
                ..
            } => {
                self.push(Inst::Backref {
                    group: *group as u32,
                    icase: *icase,
                    ascii: *ascii,
                });
            }
            Node::Cond { group, yes, no } => {
                let at = self.push(Inst::Cond {
                    group: *group as u32,
                    no: 0,
                });
                self.emit(yes);
                let j = self.push(Inst::Jmp(0));
                let no_pc = self.pc();
                self.emit(no);
                self.insts[j] = Inst::Jmp(self.pc());
                self.insts[at] = Inst::Cond {
                    group: *group as u32,
                    no: no_pc,
                };
            }
        }
    }

    fn atomic(&mut self, n: &Node) {
        let at = self.push(Inst::Atomic { end: 0 });
        self.emit(n);
        self.push(Inst::SubMatch);
        self.insts[at] = Inst::Atomic { end: self.pc() };
    }

    fn repeat(&mut self, node: &Node, min: u32, max: u32, kind: RepKind) {
        if let Some(item) = self.item(node) {
            self.push(Inst::RepOne {
                item,
                min,
                max,
                kind,
            });
            return;
        }
        if kind == RepKind::Possessive {
            let r = Node::Repeat {
                node: Box::new(node.clone()),
                min,
                max,
                kind: RepKind::Greedy,
            };
            self.atomic(&r);
            return;
        }
        if min == 1 && max == 1 {
            self.emit(node);
            return;
        }
        let r = self.counters as u32;
        self.counters += 1;
        self.push(Inst::RepStart(r));
        let lp = self.push(Inst::RepLoop {
            r,
            min,
            max,
            lazy: false,
            exit: 0,
        });
        self.push(Inst::RepIter(r));
        self.emit(node);
        self.push(Inst::RepEnd { r, lp: lp as u32 });
        self.insts[lp] = Inst::RepLoop {
            r,
            min,
            max,
            lazy: kind == RepKind::Lazy,
            exit: self.pc(),
        };
    }
}
