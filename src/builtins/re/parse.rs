//! CPython's regular expression syntax, parsed into [`Node`]s, with its
//! error messages and positions.

use super::ast::*;

/// Which Python exception a failed parse becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrKind {
    Re,
    Overflow,
    Recursion,
}

#[derive(Debug, Clone)]
pub struct ParseError {
    pub kind: ErrKind,
    pub msg: String,
    pub pos: Option<usize>,
}

pub struct Parsed {
    pub node: Node,
    /// Capturing groups, group 0 not counted.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// The argument flags with the global inline flags added.
    pub flags: u32,
}

/// Nesting deeper than this is refused (CPython's parser runs out of
/// recursion somewhat later).
const MAX_DEPTH: usize = 200;

type R<T> = Result<T, ParseError>;

struct Parser<'a> {
    p: &'a [u32],
    i: usize,
    bytes: bool,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    widths: Vec<Option<(u64, u64)>>,
    cond_refs: Vec<(usize, usize)>,
    depth: usize,
    /// Inside a lookbehind: the groups defined before it.
    behind_from: Option<usize>,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> R<T> {
    Err(ParseError {
        kind: ErrKind::Re,
        msg: msg.into(),
        pos: Some(pos),
    })
}

/// An item of a character set as parsed, before ranges are formed.
enum SetAtom {
    Char(u32),
    Class(ClassKind, bool),
}

fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

fn is_octal(c: Option<u32>) -> bool {
    matches!(c, Some(d) if (b'0' as u32..=b'7' as u32).contains(&d))
}

fn is_digit(c: Option<u32>) -> bool {
    matches!(c, Some(d) if (b'0' as u32..=b'9' as u32).contains(&d))
}

fn hex_val(c: u32) -> Option<u32> {
    ch(c).to_digit(16)
}

/// A str's repr as Python writes it (for names in messages).
pub fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

pub fn is_identifier(name: &str, bytes: bool) -> bool {
    let mut it = name.chars();
    let Some(first) = it.next() else {
        return false;
    };
    if bytes && !name.is_ascii() {
        return false;
    }
    (first == '_' || first.is_alphabetic()) && it.all(|c| c == '_' || c.is_alphanumeric())
}

pub fn parse(p: &[u32], bytes: bool, flags: u32) -> R<Parsed> {
    let mut ps = Parser {
        p,
        i: 0,
        bytes,
        flags,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        widths: vec![Some((0, 0))],
        cond_refs: Vec::new(),
        depth: 0,
        behind_from: None,
    };
    let node = ps.parse_alt(flags, true)?;
    if ps.i < p.len() {
        // Only a stray ')' stops the top level early.
        return err("unbalanced parenthesis", ps.i);
    }
    for &(g, pos) in &ps.cond_refs {
        if g > ps.groups {
            return err(format!("invalid group reference {}", g), pos);
        }
    }
    Ok(Parsed {
        node,
        groups: ps.groups,
        names: ps.names,
        flags: ps.flags,
    })
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u32> {
        self.p.get(self.i).copied()
    }

    fn peek_is(&self, c: char) -> bool {
        self.peek() == Some(c as u32)
    }

    fn text(&self, a: usize, b: usize) -> String {
        self.p[a..b.min(self.p.len())]
            .iter()
            .map(|&c| ch(c))
            .collect()
    }

    fn ascii(&self, flags: u32) -> bool {
        self.bytes || flags & (F_ASCII | F_LOCALE) != 0
    }

    fn parse_alt(&mut self, flags: u32, top: bool) -> R<Node> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ParseError {
                kind: ErrKind::Recursion,
                msg: "maximum recursion depth exceeded".into(),
                pos: None,
            });
        }
        let mut branches = Vec::new();
        loop {
            let f = if top { self.flags } else { flags };
            let first = top && branches.is_empty();
            branches.push(self.parse_seq(f, first)?);
            if self.peek_is('|') {
                self.i += 1;
                continue;
            }
            break;
        }
        self.depth -= 1;
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(branches)
        })
    }

    fn skip_verbose(&mut self, flags: u32) {
        if flags & F_VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if c == '#' as u32 {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' as u32 {
                        break;
                    }
                }
            } else if matches!(ch(c), ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn parse_seq(&mut self, mut flags: u32, first: bool) -> R<Node> {
        let mut items: Vec<Node> = Vec::new();
        // Whether the last item is a repeat (a quantifier after it is an error).
        let mut last_repeat = false;
        loop {
            self.skip_verbose(flags);
            let Some(c) = self.peek() else { break };
            let c = ch(c);
            if c == '|' || c == ')' {
                break;
            }
            let start = self.i;
            if matches!(c, '*' | '+' | '?' | '{') {
                let Some((min, max)) = self.parse_quantifier()? else {
                    items.push(self.literal('{' as u32, flags));
                    last_repeat = false;
                    continue;
                };
                match items.last() {
                    None | Some(Node::Anchor(_)) => return err("nothing to repeat", start),
                    _ if last_repeat => return err("multiple repeat", start),
                    _ => {}
                }
                let kind = if self.peek_is('?') {
                    self.i += 1;
                    RepKind::Lazy
                } else if self.peek_is('+') {
                    self.i += 1;
                    RepKind::Possessive
                } else {
                    RepKind::Greedy
                };
                let node = items.pop().unwrap_or(Node::Empty);
                items.push(Node::Repeat {
                    node: Box::new(node),
                    min,
                    max,
                    kind,
                });
                last_repeat = true;
                continue;
            }
            last_repeat = false;
            match c {
                '(' => {
                    let at_start = first && items.is_empty();
                    if let Some(n) = self.parse_group(&mut flags, at_start)? {
                        items.push(n);
                    }
                }
                '[' => {
                    let s = self.parse_set(flags)?;
                    items.push(Node::Set(Box::new(s)));
                }
                '.' => {
                    self.i += 1;
                    items.push(Node::Any(flags & F_DOTALL != 0));
                }
                '^' => {
                    self.i += 1;
                    items.push(Node::Anchor(if flags & F_MULTILINE != 0 {
                        Anchor::LineStart
                    } else {
                        Anchor::Start
                    }));
                }
                '$' => {
                    self.i += 1;
                    items.push(Node::Anchor(if flags & F_MULTILINE != 0 {
                        Anchor::LineEnd
                    } else {
                        Anchor::EndOrFinalNewline
                    }));
                }
                '\\' => items.push(self.parse_escape(flags)?),
                _ => {
                    self.i += 1;
                    items.push(self.literal(c as u32, flags));
                }
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Cat(items),
        })
    }

    fn literal(&self, c: u32, flags: u32) -> Node {
        Node::Char {
            c,
            icase: flags & F_IGNORECASE != 0,
            ascii: self.ascii(flags),
        }
    }

    /// A quantifier at the cursor: `Some((min, max))`, or None for a `{`
    /// that does not start one (it is then a literal, consumed).
    fn parse_quantifier(&mut self) -> R<Option<(u32, u32)>> {
        let c = ch(self.p[self.i]);
        self.i += 1;
        match c {
            '*' => return Ok(Some((0, MAXREPEAT))),
            '+' => return Ok(Some((1, MAXREPEAT))),
            '?' => return Ok(Some((0, 1))),
            _ => {}
        }
        let here = self.i;
        let lo = self.digits();
        let mut hi = lo.clone();
        let comma = self.peek_is(',');
        if comma {
            self.i += 1;
            hi = self.digits();
        }
        // `{}` is literal text; `{,}` is `*`.
        if !self.peek_is('}') || (lo.is_empty() && !comma) {
            self.i = here;
            return Ok(None);
        }
        self.i += 1;
        let num = |s: &str, dflt: u32| -> R<u32> {
            if s.is_empty() {
                return Ok(dflt);
            }
            match s.parse::<u64>() {
                Ok(v) if v < MAXREPEAT as u64 => Ok(v as u32),
                _ => Err(ParseError {
                    kind: ErrKind::Overflow,
                    msg: "the repetition number is too large".into(),
                    pos: None,
                }),
            }
        };
        let min = num(&lo, 0)?;
        let max = num(&hi, MAXREPEAT)?;
        if max < min {
            return err("min repeat greater than max repeat", here);
        }
        Ok(Some((min, max)))
    }

    fn digits(&mut self) -> String {
        let mut s = String::new();
        while is_digit(self.peek()) {
            s.push(ch(self.p[self.i]));
            self.i += 1;
        }
        s
    }

    /// The text up to `end` (consumed), or None at the end of the pattern.
    /// A backslash takes the next character with it, as CPython reads.
    fn read_name(&mut self, end: char) -> R<Option<String>> {
        let start = self.i;
        while let Some(c) = self.peek() {
            self.i += 1;
            if c == end as u32 {
                return Ok(Some(self.text(start, self.i - 1)));
            }
            if c == '\\' as u32 {
                if self.peek().is_none() {
                    return err("bad escape (end of pattern)", self.i - 1);
                }
                self.i += 1;
            }
        }
        self.i = start;
        Ok(None)
    }

    /// The error for a name without its terminator.
    fn unterminated<T>(&self, name_pos: usize, end: char) -> R<T> {
        if name_pos >= self.p.len() {
            return err("missing group name", name_pos);
        }
        err(format!("missing {}, unterminated name", end), name_pos)
    }

    /// The char after `?` as CPython names it in "unknown extension"
    /// (an escape with its backslash).
    fn ext_char(&self, at: usize) -> String {
        let end = if self.p.get(at) == Some(&('\\' as u32)) {
            at + 2
        } else {
            at + 1
        };
        self.text(at, end)
    }

    fn check_name(&self, name: &str, pos: usize) -> R<()> {
        if name.is_empty() {
            return err("missing group name", pos);
        }
        if !is_identifier(name, self.bytes) {
            return err(
                format!("bad character in group name {}", py_repr(name)),
                pos,
            );
        }
        Ok(())
    }

    fn lookup_name(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }

    /// A group at the cursor (`(`); None for a comment or global flags.
    fn parse_group(&mut self, flags: &mut u32, at_start: bool) -> R<Option<Node>> {
        let start = self.i;
        self.i += 1;
        if !self.peek_is('?') {
            return self.capture(*flags, start, None).map(Some);
        }
        self.i += 1;
        let Some(c) = self.peek() else {
            return err("unexpected end of pattern", self.i);
        };
        let c = ch(c);
        match c {
            'P' => {
                self.i += 1;
                let Some(c2) = self.peek() else {
                    return err("unexpected end of pattern", self.i);
                };
                let name_pos = self.i + 1;
                match ch(c2) {
                    '<' => {
                        self.i += 1;
                        let Some(name) = self.read_name('>')? else {
                            return self.unterminated(name_pos, '>');
                        };
                        self.check_name(&name, name_pos)?;
                        self.capture(*flags, start, Some((name, name_pos)))
                            .map(Some)
                    }
                    '=' => {
                        self.i += 1;
                        let Some(name) = self.read_name(')')? else {
                            return self.unterminated(name_pos, ')');
                        };
                        self.check_name(&name, name_pos)?;
                        let Some(g) = self.lookup_name(&name) else {
                            return err(format!("unknown group name {}", py_repr(&name)), name_pos);
                        };
                        if self.open.contains(&g) {
                            return err("cannot refer to an open group", name_pos);
                        }
                        self.backref(g, *flags).map(Some)
                    }
                    _ => err(
                        format!("unknown extension ?P{}", self.ext_char(self.i)),
                        start + 1,
                    ),
                }
            }
            ':' => {
                self.i += 1;
                let n = self.parse_alt(*flags, false)?;
                self.close(start)?;
                Ok(Some(Node::Group(None, Box::new(n))))
            }
            '#' => {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == ')' as u32 {
                        return Ok(None);
                    }
                }
                err("missing ), unterminated comment", start)
            }
            '=' | '!' => {
                self.i += 1;
                let n = self.parse_alt(*flags, false)?;
                self.close(start)?;
                Ok(Some(Node::Look {
                    behind: false,
                    negate: c == '!',
                    node: Box::new(n),
                }))
            }
            '<' => {
                self.i += 1;
                let Some(c2) = self.peek() else {
                    return err("unexpected end of pattern", self.i);
                };
                let c2 = ch(c2);
                if c2 != '=' && c2 != '!' {
                    return err(
                        format!("unknown extension ?<{}", self.ext_char(self.i)),
                        start + 1,
                    );
                }
                self.i += 1;
                let outer = self.behind_from;
                if outer.is_none() {
                    self.behind_from = Some(self.groups);
                }
                let n = self.parse_alt(*flags, false)?;
                self.behind_from = outer;
                self.close(start)?;
                let (lo, hi) = n.width();
                if lo != hi {
                    return Err(ParseError {
                        kind: ErrKind::Re,
                        msg: "look-behind requires fixed-width pattern".into(),
                        pos: None,
                    });
                }
                Ok(Some(Node::Look {
                    behind: true,
                    negate: c2 == '!',
                    node: Box::new(n),
                }))
            }
            '>' => {
                self.i += 1;
                let n = self.parse_alt(*flags, false)?;
                self.close(start)?;
                Ok(Some(Node::Atomic(Box::new(n))))
            }
            '(' => self.parse_cond(*flags, start).map(Some),
            c if "aiLmsux-".contains(c) => self.parse_flags(flags, start, at_start),
            _ => err(
                format!("unknown extension ?{}", self.ext_char(self.i)),
                start + 1,
            ),
        }
    }

    fn close(&mut self, start: usize) -> R<()> {
        if !self.peek_is(')') {
            return err("missing ), unterminated subpattern", start);
        }
        self.i += 1;
        Ok(())
    }

    fn capture(&mut self, flags: u32, start: usize, name: Option<(String, usize)>) -> R<Node> {
        self.groups += 1;
        let g = self.groups;
        if let Some((name, pos)) = name {
            if let Some(old) = self.lookup_name(&name) {
                return err(
                    format!(
                        "redefinition of group name {} as group {}; was group {}",
                        py_repr(&name),
                        g,
                        old
                    ),
                    pos,
                );
            }
            self.names.push((name, g));
        }
        self.widths.push(None);
        self.open.push(g);
        let n = self.parse_alt(flags, false)?;
        self.close(start)?;
        self.open.pop();
        self.widths[g] = Some(n.width());
        Ok(Node::Group(Some(g), Box::new(n)))
    }

    /// Inside a lookbehind a reference needs a group closed before it.
    fn check_behind_ref(&self, g: usize) -> R<()> {
        if let Some(b) = self.behind_from {
            if g > self.groups || self.open.contains(&g) {
                return err("cannot refer to an open group", self.i);
            }
            if g > b {
                return err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    self.i,
                );
            }
        }
        Ok(())
    }

    fn backref(&self, g: usize, flags: u32) -> R<Node> {
        self.check_behind_ref(g)?;
        Ok(Node::Backref {
            group: g,
            icase: flags & F_IGNORECASE != 0,
            ascii: self.ascii(flags),
            width: self.widths.get(g).copied().flatten().unwrap_or((0, 0)),
        })
    }

    fn parse_cond(&mut self, flags: u32, start: usize) -> R<Node> {
        self.i += 1;
        let name_pos = self.i;
        let Some(name) = self.read_name(')')? else {
            return self.unterminated(name_pos, ')');
        };
        let group = if !name.is_empty() && name.bytes().all(|b| b.is_ascii_digit()) {
            let g: usize = name.parse().unwrap_or(usize::MAX);
            if g == 0 {
                return err("bad group number", name_pos);
            }
            if g >= 1 << 30 {
                return err(format!("invalid group reference {}", g), name_pos);
            }
            self.cond_refs.push((g, name_pos));
            g
        } else {
            self.check_name(&name, name_pos)?;
            match self.lookup_name(&name) {
                Some(g) => g,
                None => return err(format!("unknown group name {}", py_repr(&name)), name_pos),
            }
        };
        self.check_behind_ref(group)?;
        let yes = self.parse_seq(flags, false)?;
        let mut no = Node::Empty;
        if self.peek_is('|') {
            self.i += 1;
            no = self.parse_seq(flags, false)?;
            if self.peek_is('|') {
                return err("conditional backref with more than two branches", self.i);
            }
        }
        self.close(start)?;
        Ok(Node::Cond {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    fn flag_bit(c: char) -> u32 {
        match c {
            'a' => F_ASCII,
            'i' => F_IGNORECASE,
            'L' => F_LOCALE,
            'm' => F_MULTILINE,
            's' => F_DOTALL,
            'u' => F_UNICODE,
            'x' => F_VERBOSE,
            _ => 0,
        }
    }

    fn parse_flags(&mut self, flags: &mut u32, start: usize, at_start: bool) -> R<Option<Node>> {
        const TYPE: u32 = F_ASCII | F_LOCALE | F_UNICODE;
        let mut add = 0u32;
        while let Some(c) = self.peek() {
            let c = ch(c);
            let bit = Self::flag_bit(c);
            if bit == 0 {
                break;
            }
            self.i += 1;
            if c == 'L' && !self.bytes {
                return err(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    self.i,
                );
            }
            if c == 'u' && self.bytes {
                return err(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    self.i,
                );
            }
            add |= bit;
            if (add & TYPE).count_ones() > 1 {
                return err(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    self.i,
                );
            }
        }
        let Some(c) = self.peek() else {
            return err("missing -, : or )", self.i);
        };
        let mut del = 0u32;
        match ch(c) {
            ')' => {
                self.i += 1;
                if !at_start {
                    return err("global flags not at the start of the expression", start);
                }
                self.flags |= add;
                *flags |= add;
                return Ok(None);
            }
            ':' => {}
            '-' => {
                self.i += 1;
                while let Some(c) = self.peek() {
                    let c = ch(c);
                    let bit = Self::flag_bit(c);
                    if bit == 0 {
                        if c.is_alphabetic() {
                            return err("unknown flag", self.i);
                        }
                        break;
                    }
                    self.i += 1;
                    if bit & TYPE != 0 {
                        return err(
                            "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                            self.i,
                        );
                    }
                    del |= bit;
                }
                if del == 0 {
                    return err("missing flag", self.i);
                }
                if !self.peek_is(':') {
                    return err("missing :", self.i);
                }
                if add & del != 0 {
                    return err("bad inline flags: flag turned on and off", self.i);
                }
            }
            c if c.is_alphabetic() => return err("unknown flag", self.i),
            _ => return err("missing -, : or )", self.i),
        }
        self.i += 1;
        let mut inner = (*flags | add) & !del;
        if add & TYPE != 0 {
            inner = (inner & !TYPE) | (add & TYPE);
        }
        let n = self.parse_alt(inner, false)?;
        self.close(start)?;
        Ok(Some(Node::Group(None, Box::new(n))))
    }

    /// An escape outside a set.
    fn parse_escape(&mut self, flags: u32) -> R<Node> {
        let start = self.i;
        self.i += 1;
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        let ascii = self.ascii(flags);
        let c = ch(c);
        let anchor = match c {
            'A' => Some(Anchor::Start),
            'Z' => Some(Anchor::End),
            'b' => Some(Anchor::Boundary(ascii)),
            'B' => Some(Anchor::NotBoundary(ascii)),
            _ => None,
        };
        if let Some(a) = anchor {
            self.i += 1;
            return Ok(Node::Anchor(a));
        }
        if ('1'..='9').contains(&c) {
            return self.group_escape(flags, start);
        }
        match self.common_escape(start, false)? {
            SetAtom::Char(v) => Ok(self.literal(v, flags)),
            SetAtom::Class(kind, neg) => Ok(Node::Set(Box::new(CharSet {
                items: vec![SetItem::Class(kind, false, ascii)],
                negated: neg,
                icase: false,
                ascii,
            }))),
        }
    }

    /// `\1`..`\99` (or an octal escape of three digits).
    fn group_escape(&mut self, flags: u32, start: usize) -> R<Node> {
        let d1 = self.p[self.i];
        self.i += 1;
        let mut num = ch(d1).to_digit(10).unwrap_or(0) as usize;
        if is_digit(self.peek()) {
            let d2 = self.p[self.i];
            if is_octal(Some(d1)) && is_octal(Some(d2)) && is_octal(self.p.get(self.i + 1).copied())
            {
                let d3 = self.p[self.i + 1];
                self.i += 2;
                let v = [d1, d2, d3]
                    .iter()
                    .fold(0u32, |a, &d| a * 8 + (d - '0' as u32));
                if v > 0o377 {
                    return err(
                        format!(
                            "octal escape value {} outside of range 0-0o377",
                            self.text(start, self.i)
                        ),
                        start,
                    );
                }
                return Ok(self.literal(v, flags));
            }
            num = num * 10 + (d2 - '0' as u32) as usize;
            self.i += 1;
        }
        if num > self.groups {
            return err(format!("invalid group reference {}", num), start + 1);
        }
        if self.open.contains(&num) {
            return err("cannot refer to an open group", start);
        }
        self.backref(num, flags)
    }

    /// The escapes sets and plain sequences share; the cursor is after
    /// the backslash.
    fn common_escape(&mut self, start: usize, in_set: bool) -> R<SetAtom> {
        let c = ch(self.p[self.i]);
        self.i += 1;
        let simple = match c {
            'a' => Some(7),
            'f' => Some(12),
            'n' => Some(10),
            'r' => Some(13),
            't' => Some(9),
            'v' => Some(11),
            'b' if in_set => Some(8),
            _ => None,
        };
        if let Some(v) = simple {
            return Ok(SetAtom::Char(v));
        }
        let class = match c {
            'd' => Some((ClassKind::Digit, false)),
            'D' => Some((ClassKind::Digit, true)),
            'w' => Some((ClassKind::Word, false)),
            'W' => Some((ClassKind::Word, true)),
            's' => Some((ClassKind::Space, false)),
            'S' => Some((ClassKind::Space, true)),
            _ => None,
        };
        if let Some((k, n)) = class {
            return Ok(SetAtom::Class(k, n));
        }
        match c {
            'x' => self.hex_escape(start, 2),
            'u' if !self.bytes => self.hex_escape(start, 4),
            'U' if !self.bytes => self.hex_escape(start, 8),
            'N' if !self.bytes => {
                if !self.peek_is('{') {
                    return err("missing {", self.i);
                }
                self.i += 1;
                let name_pos = self.i;
                let Some(name) = self.read_name('}')? else {
                    return err("missing character name", name_pos);
                };
                if name.is_empty() {
                    return err("missing character name", name_pos);
                }
                match super::names::lookup(&name) {
                    Some(v) => Ok(SetAtom::Char(v)),
                    None => err(format!("undefined character name '{}'", name), start),
                }
            }
            '0' => {
                let mut v = 0u32;
                for _ in 0..2 {
                    if is_octal(self.peek()) {
                        v = v * 8 + (self.p[self.i] - '0' as u32);
                        self.i += 1;
                    }
                }
                Ok(SetAtom::Char(v))
            }
            '1'..='7' if in_set => {
                let mut v = c as u32 - '0' as u32;
                for _ in 0..2 {
                    if is_octal(self.peek()) {
                        v = v * 8 + (self.p[self.i] - '0' as u32);
                        self.i += 1;
                    }
                }
                if v > 0o377 {
                    return err(
                        format!(
                            "octal escape value {} outside of range 0-0o377",
                            self.text(start, self.i)
                        ),
                        start,
                    );
                }
                Ok(SetAtom::Char(v))
            }
            c if c.is_ascii_alphanumeric() => err(format!("bad escape \\{}", c), start),
            _ => Ok(SetAtom::Char(c as u32)),
        }
    }

    fn hex_escape(&mut self, start: usize, n: usize) -> R<SetAtom> {
        let mut v = 0u32;
        for _ in 0..n {
            match self.peek().and_then(hex_val) {
                Some(d) => {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    self.i += 1;
                }
                None => {
                    return err(
                        format!("incomplete escape {}", self.text(start, self.i)),
                        start,
                    )
                }
            }
        }
        if v > 0x10ffff || (self.bytes && v > 0xff) {
            return err(format!("bad escape {}", self.text(start, self.i)), start);
        }
        Ok(SetAtom::Char(v))
    }

    fn set_atom(&mut self, start: usize) -> R<SetAtom> {
        let Some(c) = self.peek() else {
            return err("unterminated character set", start);
        };
        if c != '\\' as u32 {
            self.i += 1;
            return Ok(SetAtom::Char(c));
        }
        let esc = self.i;
        self.i += 1;
        if self.peek().is_none() {
            return err("bad escape (end of pattern)", esc);
        }
        self.common_escape(esc, true)
    }

    fn parse_set(&mut self, flags: u32) -> R<CharSet> {
        let start = self.i;
        self.i += 1;
        let negated = self.peek_is('^');
        if negated {
            self.i += 1;
        }
        let ascii = self.ascii(flags);
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            if c == ']' as u32 && !first {
                self.i += 1;
                break;
            }
            first = false;
            let item_start = self.i;
            let a = self.set_atom(start)?;
            if self.peek_is('-') {
                self.i += 1;
                let Some(c2) = self.peek() else {
                    return err("unterminated character set", start);
                };
                if c2 == ']' as u32 {
                    items.push(self.set_item(a, ascii));
                    items.push(SetItem::Range('-' as u32, '-' as u32));
                    continue;
                }
                let b = self.set_atom(start)?;
                let bad = || format!("bad character range {}", self.text(item_start, self.i));
                match (a, b) {
                    (SetAtom::Char(lo), SetAtom::Char(hi)) => {
                        if lo > hi {
                            return err(bad(), item_start);
                        }
                        items.push(SetItem::Range(lo, hi));
                    }
                    _ => return err(bad(), item_start),
                }
            } else {
                items.push(self.set_item(a, ascii));
            }
        }
        Ok(CharSet {
            items,
            negated,
            icase: flags & F_IGNORECASE != 0,
            ascii,
        })
    }

    fn set_item(&self, a: SetAtom, ascii: bool) -> SetItem {
        match a {
            SetAtom::Char(c) => SetItem::Range(c, c),
            SetAtom::Class(k, n) => SetItem::Class(k, n, ascii),
        }
    }
}
