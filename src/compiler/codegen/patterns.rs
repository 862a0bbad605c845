//! `match` statements (PEP 634): each case's pattern compiles to tests
//! that leave the captured values on the stack, bound to their names only
//! once the whole pattern has matched, as CPython binds them.
//!
//! While a pattern is matched the stack holds, above the statement's own
//! items: the values captured so far (`PatCtx::stores`, bottom first),
//! then `on_top` working items (the parts of enclosing sequence, mapping
//! and class patterns still to be matched), then the subject of the
//! pattern being compiled, which that pattern consumes. A failing test
//! jumps to `fail_pop[n]`, which pops the n items above the case's base
//! and goes on to the next case (or alternative).

use super::*;
use crate::ast_dump::constant_repr;
use crate::objects::complex::ComplexObj;

struct PatCtx {
    stores: Vec<String>,
    on_top: usize,
    /// Whether a pattern that always matches is allowed here (the last
    /// case, a guarded one, the last alternative of those, or any
    /// sub-pattern).
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    /// The pattern compiled last: where CPython's compile errors point.
    span: Span,
}

impl PatCtx {
    fn new(allow_irrefutable: bool, span: Span) -> PatCtx {
        PatCtx {
            stores: Vec::new(),
            on_top: 0,
            allow_irrefutable,
            fail_pop: Vec::new(),
            span,
        }
    }
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        *p.kind,
        PatternKind::As {
            pattern: None,
            name: None
        } | PatternKind::Star(None)
    )
}

/// A literal mapping key, as far as equality goes (`1`, `1.0` and `True`
/// are the same key), and its repr for the duplicate-key message.
fn literal_key(e: &Expr) -> Option<(String, String)> {
    fn number(c: &Constant, negate: bool) -> Option<(String, String)> {
        let sign = if negate { "-" } else { "" };
        let repr = format!("{}{}", sign, constant_repr(c));
        let id = match c {
            Constant::Bool(b) => format!("n{}", u8::from(*b)),
            Constant::Int(i) if *i == 0 => "n0".to_string(),
            Constant::Int(i) => format!("n{}{}", sign, i),
            Constant::BigInt(b) => format!("n{}{}", sign, b),
            Constant::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => {
                let v = if negate { -f } else { *f } as i64;
                format!("n{}", v)
            }
            Constant::Float(f) => format!("f{}", if negate { -f } else { *f }),
            Constant::Imag(f) if *f == 0.0 => "n0".to_string(),
            Constant::Imag(f) => format!("c0:{}", if negate { -f } else { *f }),
            _ => return None,
        };
        Some((id, repr))
    }
    match e {
        Expr::Constant(c) => match &c.value {
            Constant::Str(s) => Some((format!("s{}", s), constant_repr(&c.value))),
            Constant::Bytes(b) => Some((format!("b{:?}", b), constant_repr(&c.value))),
            Constant::None => Some(("None".into(), "None".into())),
            other => number(other, false),
        },
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => match &*u.operand {
            Expr::Constant(c) => number(&c.value, true),
            _ => None,
        },
        Expr::BinOp(b) => {
            let real = |e: &Expr| -> Option<f64> {
                let (c, neg) = match e {
                    Expr::Constant(c) => (&c.value, false),
                    Expr::UnaryOp(u) => match &*u.operand {
                        Expr::Constant(c) => (&c.value, true),
                        _ => return None,
                    },
                    _ => return None,
                };
                let v = match c {
                    Constant::Int(i) => *i as f64,
                    Constant::Float(f) => *f,
                    Constant::BigInt(_) => return None,
                    _ => return None,
                };
                Some(if neg { -v } else { v })
            };
            let re = real(&b.left)?;
            let Expr::Constant(ExprConstant {
                value: Constant::Imag(im),
                ..
            }) = &*b.right
            else {
                return None;
            };
            let im = if b.op == Operator::Sub { -im } else { *im };
            let repr = ComplexObj::new(re, im).repr();
            if im == 0.0 {
                return Some((format!("f{}", re), repr));
            }
            Some((format!("c{}:{}", re, im), repr))
        }
        _ => None,
    }
}

impl<'ast> Compiler<'_, 'ast> {
    pub(super) fn match_stmt(&mut self, m: &'ast StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let last = i + 1 == n;
            let span = case.pattern.span;
            self.set_line(span);
            self.unit().pos = (span.start, span.end);
            if !last {
                self.emit(Op::Dup);
            }
            // The depth below the pattern's subject: where failures end.
            let base = self.unit().depth - 1;
            let mut pc = PatCtx::new(case.guard.is_some() || last, span);
            self.pattern(&case.pattern, &mut pc)?;
            // Bind in the order the names were captured, as CPython does
            // (a namespace dict keeps that order).
            let k = pc.stores.len();
            for (i, name) in pc.stores.iter().enumerate() {
                self.rotate_up(k - i);
                self.store_name(name);
            }
            if let Some(g) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(g, false, fail)?;
            }
            if !last {
                self.emit(Op::Pop);
            }
            self.stmts(&case.body)?;
            if !self.unit().dead {
                self.jump(Op::Jump, end);
            }
            self.fail_pops(&pc, base);
        }
        self.bind(end);
        Ok(())
    }

    fn fail_label(&mut self, pc: &mut PatCtx, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    /// A conditional jump to the failure path, popping everything this
    /// pattern has on the stack.
    fn jump_fail(&mut self, pc: &mut PatCtx, make: fn(u32) -> Op) {
        let n = pc.stores.len() + pc.on_top;
        let l = self.fail_label(pc, n);
        self.jump(make, l);
    }

    /// The failure paths: `fail_pop[n]` pops n items and falls through to
    /// `fail_pop[0]`, which is left bound at depth `base`.
    fn fail_pops(&mut self, pc: &PatCtx, base: i32) {
        if pc.fail_pop.is_empty() {
            self.unit().depth = base;
            return;
        }
        for k in (0..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[k]);
            self.unit().depth = base + k as i32;
            if k > 0 {
                self.emit(Op::Pop);
            }
        }
    }

    /// Move the top of the stack down to depth n (1 = the top).
    fn rotate_down(&mut self, n: usize) {
        for k in (2..=n).rev() {
            self.emit(Op::Swap(k as u32));
        }
    }

    /// Bring the item at depth n to the top, the others keeping their order.
    fn rotate_up(&mut self, n: usize) {
        for k in 2..=n {
            self.emit(Op::Swap(k as u32));
        }
    }

    /// The subject on top becomes the value captured for `name`.
    fn capture(&mut self, name: &str, pc: &mut PatCtx) -> CResult {
        if pc.stores.iter().any(|s| s == name) {
            return err(
                format!("multiple assignments to name '{}' in pattern", name),
                pc.span,
            );
        }
        self.rotate_down(pc.on_top + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn subpattern(&mut self, p: &Pattern, pc: &mut PatCtx) -> CResult {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = match &*p.kind {
            PatternKind::Star(Some(name)) => {
                pc.span = p.span;
                self.capture(name, pc)
            }
            PatternKind::Star(None) => {
                self.emit(Op::Pop);
                Ok(())
            }
            _ => self.pattern(p, pc),
        };
        pc.allow_irrefutable = saved;
        r
    }

    fn pattern(&mut self, p: &Pattern, pc: &mut PatCtx) -> CResult {
        pc.span = p.span;
        self.unit().pos = (p.span.start, p.span.end);
        match &*p.kind {
            PatternKind::Value(e) => {
                self.expr(e)?;
                self.emit(Op::Compare(CmpOp::Eq));
                self.jump_fail(pc, Op::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::Singleton(c) => {
                let v = self.constant(c);
                self.load_const(v);
                self.emit(Op::Is(false));
                self.jump_fail(pc, Op::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::As {
                pattern: None,
                name,
            } => {
                if !pc.allow_irrefutable {
                    let msg = match name {
                        Some(n) => {
                            format!("name capture '{}' makes remaining patterns unreachable", n)
                        }
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return err(msg, p.span);
                }
                match name {
                    Some(n) => self.capture(n, pc),
                    None => {
                        self.emit(Op::Pop);
                        Ok(())
                    }
                }
            }
            PatternKind::As {
                pattern: Some(inner),
                name,
            } => {
                self.emit(Op::Dup);
                pc.on_top += 1;
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                match name {
                    Some(n) => self.capture(n, pc),
                    None => {
                        self.emit(Op::Pop);
                        Ok(())
                    }
                }
            }
            PatternKind::Star(_) => err("can't use starred name here", p.span),
            PatternKind::Sequence(items) => self.sequence_pattern(items, p.span, pc),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(keys, patterns, rest.as_deref(), p.span, pc),
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::Or(alts) => self.or_pattern(alts, pc),
        }
    }

    fn sequence_pattern(&mut self, items: &[Pattern], span: Span, pc: &mut PatCtx) -> CResult {
        let mut star = None;
        for (i, item) in items.iter().enumerate() {
            if matches!(*item.kind, PatternKind::Star(_)) {
                if star.is_some() {
                    return err("multiple starred names in sequence pattern", span);
                }
                star = Some(i);
            }
        }
        let size = items.len();
        pc.on_top += 1;
        self.emit(Op::MatchSequence);
        self.jump_fail(pc, Op::PopJumpIfFalse);
        let min_len = if star.is_some() { size - 1 } else { size };
        if star.is_none() || min_len > 0 {
            self.emit(Op::GetLen);
            self.load_const(Value::Int(min_len as i64));
            let cmp = if star.is_some() { CmpOp::Ge } else { CmpOp::Eq };
            self.emit(Op::Compare(cmp));
            self.jump_fail(pc, Op::PopJumpIfFalse);
        }
        pc.on_top -= 1;
        if items.iter().all(is_wildcard) {
            self.emit(Op::Pop);
            return Ok(());
        }
        let star_wildcard = star.is_some_and(|i| is_wildcard(&items[i]));
        if star_wildcard {
            // Index the items the pattern needs (the subject may not support
            // negative indexes, so those after the star count from its
            // length) rather than unpacking the whole subject.
            let star = star.unwrap_or(0);
            pc.on_top += 1;
            for (i, item) in items.iter().enumerate() {
                if is_wildcard(item) {
                    continue;
                }
                self.emit(Op::Copy(1));
                if i < star {
                    self.load_const(Value::Int(i as i64));
                } else {
                    self.emit(Op::GetLen);
                    self.load_const(Value::Int((size - i) as i64));
                    self.emit(Op::Binary(BinOp::Sub));
                }
                self.emit(Op::Subscr);
                self.subpattern(item, pc)?;
            }
            pc.on_top -= 1;
            self.emit(Op::Pop);
            return Ok(());
        }
        match star {
            None => self.emit(Op::UnpackSequence(size as u32)),
            Some(i) => {
                let Ok(before) = u8::try_from(i) else {
                    return err(
                        "too many expressions in star-unpacking sequence pattern",
                        span,
                    );
                };
                self.emit(Op::UnpackEx(before, (size - i - 1) as u32));
            }
        }
        pc.on_top += size;
        for item in items {
            pc.on_top -= 1;
            self.subpattern(item, pc)?;
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        keys: &[Expr],
        patterns: &[Pattern],
        rest: Option<&str>,
        span: Span,
        pc: &mut PatCtx,
    ) -> CResult {
        pc.on_top += 1;
        self.emit(Op::MatchMapping);
        self.jump_fail(pc, Op::PopJumpIfFalse);
        if keys.is_empty() && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Op::Pop);
            return Ok(());
        }
        let size = keys.len();
        if size > 0 {
            self.emit(Op::GetLen);
            self.load_const(Value::Int(size as i64));
            self.emit(Op::Compare(CmpOp::Ge));
            self.jump_fail(pc, Op::PopJumpIfFalse);
        }
        let mut seen: Vec<String> = Vec::new();
        for k in keys {
            if let Some((id, repr)) = literal_key(k) {
                if seen.contains(&id) {
                    return err(
                        format!("mapping pattern checks duplicate key ({})", repr),
                        span,
                    );
                }
                seen.push(id);
            } else if !matches!(k, Expr::Attribute(_)) {
                return err(
                    "mapping pattern keys may only match literals and attribute lookups",
                    k.span(),
                );
            }
        }
        for k in keys {
            self.expr(k)?;
        }
        self.unit().pos = (span.start, span.end);
        self.emit(Op::BuildTuple(size as u32));
        self.emit(Op::MatchKeys);
        // [subject, keys, values]
        pc.on_top += 2;
        self.emit(Op::Copy(1));
        self.jump_fail(pc, Op::PopJumpIfNone);
        self.emit(Op::UnpackSequence(size as u32));
        pc.on_top += size;
        pc.on_top -= 1;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // [subject, keys]: what follows consumes both.
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                // rest = dict(subject) without the matched keys.
                self.emit(Op::BuildMap(0));
                self.emit(Op::Swap(3));
                self.emit(Op::DictUpdate(2));
                self.emit(Op::UnpackSequence(size as u32));
                for left in (1..=size).rev() {
                    self.emit(Op::Copy(left as u32 + 1));
                    self.emit(Op::Swap(2));
                    self.emit(Op::DeleteSubscr);
                }
                self.capture(name, pc)
            }
            None => {
                self.emit(Op::Pop);
                self.emit(Op::Pop);
                Ok(())
            }
        }
    }

    fn class_pattern(
        &mut self,
        cls: &Expr,
        patterns: &[Pattern],
        kwd_attrs: &[Ident],
        kwd_patterns: &[Pattern],
        pc: &mut PatCtx,
    ) -> CResult {
        for (i, a) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].contains(a) {
                let at = kwd_patterns.get(i).map_or(pc.span, |p| p.span);
                return err(
                    format!("attribute name repeated in class pattern: {}", a),
                    at,
                );
            }
        }
        let span = pc.span;
        self.expr(cls)?;
        let names: Vec<Value> = kwd_attrs
            .iter()
            .map(|a| Value::Str(self.intern(a)))
            .collect();
        self.load_const(Value::tuple(names));
        self.unit().pos = (span.start, span.end);
        self.emit(Op::MatchClass(patterns.len() as u32));
        pc.on_top += 1;
        self.emit(Op::Copy(1));
        self.jump_fail(pc, Op::PopJumpIfNone);
        let total = patterns.len() + kwd_patterns.len();
        if total == 0 {
            pc.on_top -= 1;
            self.emit(Op::Pop);
            return Ok(());
        }
        self.emit(Op::UnpackSequence(total as u32));
        pc.on_top += total;
        pc.on_top -= 1;
        for p in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, alts: &[Pattern], pc: &mut PatCtx) -> CResult {
        let end = self.new_label();
        // The depth with the subject on top: each alternative matches a copy.
        let with_subject = self.unit().depth;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            let last = i + 1 == alts.len();
            let mut sub = PatCtx::new(last && pc.allow_irrefutable, pc.span);
            self.emit(Op::Copy(1));
            self.pattern(alt, &mut sub)?;
            pc.span = sub.span;
            let names = match &control {
                None => {
                    control = Some(sub.stores.clone());
                    sub.stores.clone()
                }
                Some(c) => {
                    let same =
                        c.len() == sub.stores.len() && c.iter().all(|n| sub.stores.contains(n));
                    if !same {
                        return err("alternative patterns bind different names", sub.span);
                    }
                    c.clone()
                }
            };
            // Put this alternative's captures in the first one's order.
            let mut order = sub.stores.clone();
            let k = order.len();
            let reordered = order != names;
            for name in names.iter().filter(|_| reordered) {
                let at = order.iter().position(|n| n == name).unwrap_or(0);
                self.rotate_up(k - at);
                let moved = order.remove(at);
                order.push(moved);
            }
            // Drop the subject below the captures.
            self.rotate_up(k + 1);
            self.emit(Op::Pop);
            self.jump(Op::Jump, end);
            self.fail_pops(&sub, with_subject);
        }
        // No alternative matched.
        self.emit(Op::Pop);
        self.jump_fail(pc, Op::Jump);
        self.bind(end);
        let names = control.unwrap_or_default();
        self.unit().depth = with_subject - 1 + names.len() as i32;
        for name in &names {
            if pc.stores.contains(name) {
                return err(
                    format!("multiple assignments to name '{}' in pattern", name),
                    pc.span,
                );
            }
        }
        // The captures go below the working items, keeping their order.
        let k = names.len();
        if k > 0 {
            for _ in 0..pc.on_top {
                self.rotate_up(k + pc.on_top);
            }
        }
        pc.stores.extend(names);
        Ok(())
    }
}
