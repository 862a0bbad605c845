//! Trial deletion over generations 0..=g where they lie. A tracked
//! object's slot already says which list holds it and where, so its index
//! among the candidates is known without writing anything to it first:
//! one pass over the objects finds the references candidates hold to each
//! other, and survivors of the oldest generation are not touched again.

use super::{slot_of, strong_count, trace, GcState, Tracked};
use crate::objects::Value;

use super::slot::TAKEN;

impl GcState {
    /// Split generations 0..=`gen` into survivors and garbage. Garbage
    /// leaves its list (its slot says TAKEN) and is returned; survivors of
    /// the younger generations move to `older`, those of `older` itself
    /// stay where they are. Returns the garbage and how many survivors
    /// moved.
    pub fn collect_in_place(&mut self, gen: usize, older: usize) -> (Vec<Value>, usize) {
        let mut base = [0usize; 3];
        let mut total = 0;
        for (i, b) in base.iter_mut().enumerate().take(gen + 1) {
            *b = total;
            total += self.lists[i].len();
        }
        let index_of = |c: &Value| -> Option<usize> {
            let (cg, idx) = slot_of(c)?.position()?;
            (cg <= gen).then(|| base[cg] + idx)
        };
        // refs[i]: references to candidate i not explained by candidates.
        let mut refs = vec![0isize; total];
        let mut live = vec![false; total];
        let mut starts: Vec<u32> = Vec::with_capacity(total + 1);
        let mut edges: Vec<u32> = Vec::with_capacity(total);
        for (g, &b) in base.iter().enumerate().take(gen + 1) {
            for (idx, t) in self.lists[g].iter().enumerate() {
                let i = b + idx;
                starts.push(edges.len() as u32);
                let Some(v) = t.upgrade() else { continue };
                live[i] = true;
                // One of the strong references is our own `v`.
                refs[i] += strong_count(&v) as isize - 1;
                trace::children(&v, &mut |c| {
                    if let Some(j) = index_of(c) {
                        refs[j] -= 1;
                        edges.push(j as u32);
                    }
                });
            }
        }
        starts.push(edges.len() as u32);
        // Dead places have no references and no edges: never alive.
        let alive = super::mark_alive(&refs, &starts, &edges);
        drop((refs, starts, edges));
        let mut garbage = Vec::new();
        for (g, &b) in base.iter().enumerate().take(gen + 1) {
            for idx in 0..self.lists[g].len() {
                let i = b + idx;
                if !live[i] || alive[i] {
                    continue;
                }
                if let Some(v) = self.lists[g][idx].upgrade() {
                    if let Some(s) = slot_of(&v) {
                        s.set(TAKEN);
                    }
                    self.lists[g][idx] = Tracked::Dead;
                    self.dead[g] += 1;
                    garbage.push(v);
                }
            }
        }
        let mut moved = 0;
        for g in 0..=gen {
            if g == older {
                continue;
            }
            self.dead[g] = 0;
            for t in std::mem::take(&mut self.lists[g]) {
                if let Some(v) = t.upgrade() {
                    if let Some(s) = slot_of(&v) {
                        s.place(older, self.lists[older].len());
                        self.lists[older].push(t);
                        moved += 1;
                    }
                }
            }
        }
        self.trim(older);
        (garbage, moved)
    }

    /// Drop trailing dead places and compact a list that is mostly dead.
    pub(super) fn trim(&mut self, gen: usize) {
        let list = &mut self.lists[gen];
        while matches!(list.last(), Some(Tracked::Dead)) {
            list.pop();
            self.dead[gen] -= 1;
        }
        if self.dead[gen] > 64 && self.dead[gen] * 2 > self.lists[gen].len() {
            self.compact(gen);
        }
    }
}
