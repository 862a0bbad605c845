//! Scope analysis: which names are local, global, free or cells in each
//! scope, and which scopes are generators or coroutines.
//!
//! Two passes: `collect` walks the tree recording what each scope binds,
//! uses and declares; `resolve` then decides every name top-down, marking
//! cells in the scopes whose locals nested functions capture.

/// The compiler's tables hash short names: ahash, not SipHash.
type HashMap<K, V> = std::collections::HashMap<K, V, ahash::RandomState>;
type HashSet<K> = std::collections::HashSet<K, ahash::RandomState>;

use crate::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// How code in a scope reaches a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// A fast local slot.
    Local,
    /// A local captured by a nested scope: lives in a cell.
    Cell,
    /// A variable of an enclosing function, reached through the closure.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible: globals, then builtins.
    GlobalImplicit,
    /// Module and class bodies: the namespace dict.
    Name,
}

const DEF_LOCAL: u32 = 1;
const DEF_PARAM: u32 = 2;
const DEF_GLOBAL: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;
/// A walrus target inside a comprehension: binds in the enclosing scope.
const DEF_COMP_TARGET: u32 = 32;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Names in first-seen order with their flags.
    pub order: Vec<String>,
    flags: HashMap<String, u32>,
    /// Final resolution, filled by `resolve`.
    pub resolved: HashMap<String, NameScope>,
    /// Parameter names in slot order.
    pub params: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Class scopes: a method uses `super` or `__class__`.
    pub needs_class_cell: bool,
    /// Names that are cells, in first-seen order.
    pub cells: Vec<String>,
    /// Names that are free, in first-seen order.
    pub frees: Vec<String>,
    /// Where each name was first declared global/nonlocal (for errors).
    decl_pos: HashMap<String, Span>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            children: Vec::new(),
            order: Vec::new(),
            flags: HashMap::default(),
            resolved: HashMap::default(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            cells: Vec::new(),
            frees: Vec::new(),
            decl_pos: HashMap::default(),
        }
    }

    fn add(&mut self, name: &str, flag: u32) {
        match self.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                self.flags.insert(name.to_string(), flag);
                self.order.push(name.to_string());
            }
        }
    }

    fn has(&self, name: &str, flag: u32) -> bool {
        self.flags.get(name).is_some_and(|f| f & flag != 0)
    }

    fn binds(&self, name: &str) -> bool {
        self.has(name, DEF_LOCAL | DEF_PARAM)
            && !self.has(name, DEF_GLOBAL | DEF_NONLOCAL | DEF_COMP_TARGET)
    }

    pub fn lookup(&self, name: &str) -> NameScope {
        if let Some(s) = self.resolved.get(name) {
            return *s;
        }
        match self.kind {
            ScopeKind::Module | ScopeKind::Class => NameScope::Name,
            _ => NameScope::GlobalImplicit,
        }
    }
}

/// A scope-analysis error: message and where.
#[derive(Debug)]
pub struct ScopeError {
    pub msg: String,
    pub span: Span,
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Scope id per scope-creating node, keyed by the node's address.
    by_node: HashMap<usize, usize>,
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&node_key(node)).copied()
    }

    pub fn build(module: &Module) -> Result<SymbolTable, ScopeError> {
        let mut b = Builder {
            table: SymbolTable {
                scopes: vec![Scope::new(ScopeKind::Module, None)],
                by_node: HashMap::default(),
            },
            cur: 0,
        };
        b.table.by_node.insert(node_key(module), 0);
        for s in &module.body {
            b.stmt(s)?;
        }
        let mut table = b.table;
        resolve(&mut table, 0, &HashSet::default())?;
        Ok(table)
    }
}

struct Builder {
    table: SymbolTable,
    cur: usize,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.cur]
    }

    fn push_scope<T>(&mut self, kind: ScopeKind, node: &T) -> usize {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, Some(self.cur)));
        self.table.scopes[self.cur].children.push(id);
        self.table.by_node.insert(node_key(node), id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn bind(&mut self, name: &str, span: Span) -> Result<(), ScopeError> {
        let _ = span;
        self.scope().add(name, DEF_LOCAL);
        Ok(())
    }

    fn use_name(&mut self, name: &str) {
        self.scope().add(name, USE);
        if name == "super" && self.scope().kind.is_function_like() {
            self.scope().add("__class__", USE);
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), ScopeError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn declare(&mut self, names: &[Ident], span: Span, global: bool) -> Result<(), ScopeError> {
        let kind = self.scope().kind;
        let word = if global { "global" } else { "nonlocal" };
        if !global && kind == ScopeKind::Module {
            return Err(ScopeError {
                msg: "nonlocal declaration not allowed at module level".into(),
                span,
            });
        }
        for n in names {
            let sc = self.scope();
            if sc.has(n, DEF_PARAM) {
                return Err(ScopeError {
                    msg: format!("name '{}' is parameter and {}", n, word),
                    span,
                });
            }
            // CPython points at the first of the two declarations.
            if (global && sc.has(n, DEF_NONLOCAL)) || (!global && sc.has(n, DEF_GLOBAL)) {
                return Err(ScopeError {
                    msg: format!("name '{}' is nonlocal and global", n),
                    span: sc.decl_pos.get(n.as_str()).copied().unwrap_or(span),
                });
            }
            if sc.has(n, USE) && !sc.has(n, DEF_GLOBAL | DEF_NONLOCAL) {
                return Err(ScopeError {
                    msg: format!("name '{}' is used prior to {} declaration", n, word),
                    span,
                });
            }
            if sc.has(n, DEF_LOCAL) && !sc.has(n, DEF_GLOBAL | DEF_NONLOCAL) {
                return Err(ScopeError {
                    msg: format!("name '{}' is assigned to before {} declaration", n, word),
                    span,
                });
            }
            sc.add(n, if global { DEF_GLOBAL } else { DEF_NONLOCAL });
            sc.decl_pos.entry(n.clone()).or_insert(span);
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.param_defaults(&f.params)?;
                self.param_annotations(&f.params)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name, f.span)?;
                let prev = self.push_scope(ScopeKind::Function, &**f);
                self.scope().is_coroutine = f.is_async;
                self.params(&f.params);
                self.stmts(&f.body)?;
                self.cur = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name, c.span)?;
                let prev = self.push_scope(ScopeKind::Class, &**c);
                self.stmts(&c.body)?;
                self.cur = prev;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &a.target {
                    self.use_name(&n.id);
                }
                self.target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                if let Expr::Name(n) = &a.target {
                    let sc = self.scope();
                    if sc.has(&n.id, DEF_GLOBAL | DEF_NONLOCAL) && a.simple {
                        let word = if sc.has(&n.id, DEF_GLOBAL) {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(ScopeError {
                            msg: format!("annotated name '{}' can't be {}", n.id, word),
                            span: a.span,
                        });
                    }
                }
                // Annotations are evaluated only in module and class bodies.
                if !self.scope().kind.is_function_like() {
                    self.expr(&a.annotation)?;
                }
                if a.value.is_some() || matches!(a.target, Expr::Name(_)) {
                    self.target(&a.target)?;
                } else {
                    self.target_subexprs(&a.target)?;
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n, h.span)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for c in &m.cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&bound, a.span)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            return Err(ScopeError {
                                msg: "import * only allowed at module level".into(),
                                span: i.span,
                            });
                        }
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.bind(&bound, a.span)?;
                }
            }
            Stmt::Global(g) => self.declare(&g.names, g.span, true)?,
            Stmt::Nonlocal(n) => self.declare(&n.names, n.span, false)?,
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
        Ok(())
    }

    fn param_defaults(&mut self, p: &Parameters) -> Result<(), ScopeError> {
        for a in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn param_annotations(&mut self, p: &Parameters) -> Result<(), ScopeError> {
        for a in all_params(p) {
            if let Some(an) = &a.annotation {
                self.expr(an)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, p: &Parameters) {
        let mut names = Vec::new();
        for a in p.posonly.iter().chain(&p.args) {
            names.push(a.name.clone());
        }
        for a in &p.kwonly {
            names.push(a.name.clone());
        }
        if let Some(v) = &p.vararg {
            names.push(v.name.clone());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.clone());
        }
        for n in &names {
            self.scope().add(n, DEF_PARAM);
        }
        self.scope().params = names;
    }

    /// An assignment or deletion target.
    /// A pattern binds its capture names and evaluates its values, class
    /// names and mapping keys.
    fn pattern(&mut self, p: &Pattern) -> Result<(), ScopeError> {
        match &*p.kind {
            PatternKind::Value(e) => self.expr(e)?,
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(v) | PatternKind::Or(v) => {
                for q in v {
                    self.pattern(q)?;
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k)?;
                }
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(n) = rest {
                    self.bind(n, p.span)?;
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.bind(n, p.span)?;
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.bind(n, p.span)?;
                }
            }
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), ScopeError> {
        match t {
            Expr::Name(n) => self.bind(&n.id, n.span),
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.target(e)?;
                }
                Ok(())
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.target(e)?;
                }
                Ok(())
            }
            Expr::Starred(s) => self.target(&s.value),
            other => self.target_subexprs(other),
        }
    }

    /// Attribute and subscript targets only read names.
    fn target_subexprs(&mut self, t: &Expr) -> Result<(), ScopeError> {
        match t {
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)
            }
            Expr::Name(n) => {
                self.use_name(&n.id);
                Ok(())
            }
            other => self.expr(other),
        }
    }

    fn comprehension<T>(
        &mut self,
        node: &T,
        gens: &[Comprehension],
        elts: &[&Expr],
        is_genexp: bool,
    ) -> Result<(), ScopeError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.expr(&first.iter)?;
        }
        let prev = self.push_scope(ScopeKind::Comprehension, node);
        self.scope().params = vec![".0".to_string()];
        self.scope().add(".0", DEF_PARAM);
        if is_genexp {
            self.scope().is_generator = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
            if g.is_async {
                self.scope().is_coroutine = true;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.cur = prev;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), ScopeError> {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                if let Expr::Name(t) = &*n.target {
                    self.walrus_target(&t.id, n.span)?;
                }
            }
            Expr::BinOp(b) => {
                // Left-leaning chains (`a+b+c+...`) can be very long: walk
                // the left spine iteratively.
                let mut cur: &ExprBinOp = b;
                let mut rights = vec![&*cur.right];
                while let Expr::BinOp(inner) = &*cur.left {
                    cur = inner;
                    rights.push(&*cur.right);
                }
                self.expr(&cur.left)?;
                for r in rights.into_iter().rev() {
                    self.expr(r)?;
                }
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                self.param_defaults(&l.params)?;
                let prev = self.push_scope(ScopeKind::Lambda, l);
                self.params(&l.params);
                self.expr(&l.body)?;
                self.cur = prev;
            }
            Expr::IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for (k, v) in d.keys.iter().zip(&d.values) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            Expr::Set(s) => {
                for x in &s.elts {
                    self.expr(x)?;
                }
            }
            Expr::ListComp(c) => self.comprehension(c, &c.generators, &[&c.elt], false)?,
            Expr::SetComp(c) => self.comprehension(c, &c.generators, &[&c.elt], false)?,
            Expr::DictComp(c) => {
                self.comprehension(c, &c.generators, &[&c.key, &c.value], false)?
            }
            Expr::GeneratorExp(c) => self.comprehension(c, &c.generators, &[&c.elt], true)?,
            Expr::Await(a) => {
                self.expr(&a.value)?;
                if self.scope().kind == ScopeKind::Comprehension {
                    self.scope().is_coroutine = true;
                }
            }
            Expr::Yield(y) => {
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
                self.scope().is_generator = true;
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.scope().is_generator = true;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for x in &c.comparators {
                    self.expr(x)?;
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in &c.args {
                    self.expr(a)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.expr(s)?;
                }
            }
            Expr::JoinedStr(j) => {
                for v in &j.values {
                    self.expr(v)?;
                }
            }
            Expr::Constant(_) => {}
            Expr::Attribute(a) => {
                // Attribute chains (`a.b.c.d`) are walked iteratively too.
                let mut cur: &Expr = &a.value;
                while let Expr::Attribute(inner) = cur {
                    cur = &inner.value;
                }
                self.expr(cur)?;
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => self.use_name(&n.id),
            Expr::List(l) => {
                for x in &l.elts {
                    self.expr(x)?;
                }
            }
            Expr::Tuple(t) => {
                for x in &t.elts {
                    self.expr(x)?;
                }
            }
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    /// `(x := v)`: inside comprehensions the name binds in the nearest
    /// enclosing non-comprehension scope.
    fn walrus_target(&mut self, name: &str, span: Span) -> Result<(), ScopeError> {
        if self.scope().kind != ScopeKind::Comprehension {
            return self.bind(name, span);
        }
        let mut id = self.cur;
        while self.table.scopes[id].kind == ScopeKind::Comprehension {
            self.table.scopes[id].add(name, DEF_COMP_TARGET | USE);
            match self.table.scopes[id].parent {
                Some(p) => id = p,
                None => break,
            }
        }
        if self.table.scopes[id].kind == ScopeKind::Class {
            return Err(ScopeError {
                msg: "assignment expression within a comprehension cannot be used in a class body"
                    .into(),
                span,
            });
        }
        self.table.scopes[id].add(name, DEF_LOCAL);
        Ok(())
    }
}

pub fn all_params(p: &Parameters) -> impl Iterator<Item = &Param> {
    p.posonly
        .iter()
        .chain(&p.args)
        .chain(p.vararg.iter())
        .chain(&p.kwonly)
        .chain(p.kwarg.iter())
}

/// Decide every name of scope `id`, given the names bound by enclosing
/// function scopes; returns the names this scope needs from outside.
fn resolve(
    table: &mut SymbolTable,
    id: usize,
    enclosing: &HashSet<String>,
) -> Result<HashSet<String>, ScopeError> {
    let kind = table.scopes[id].kind;
    let mut free: HashSet<String> = HashSet::default();
    {
        let sc = &mut table.scopes[id];
        for name in sc.order.clone() {
            let f = sc.flags[&name];
            let scope = if f & DEF_GLOBAL != 0 {
                NameScope::GlobalExplicit
            } else if f & DEF_NONLOCAL != 0 {
                if !enclosing.contains(&name) {
                    let span = sc.decl_pos.get(&name).copied().unwrap_or_default();
                    return Err(ScopeError {
                        msg: format!("no binding for nonlocal '{}' found", name),
                        span,
                    });
                }
                free.insert(name.clone());
                NameScope::Free
            } else if f & DEF_COMP_TARGET != 0 {
                if enclosing.contains(&name) {
                    free.insert(name.clone());
                    NameScope::Free
                } else {
                    NameScope::GlobalExplicit
                }
            } else if f & (DEF_LOCAL | DEF_PARAM) != 0 {
                if kind.is_function_like() {
                    NameScope::Local
                } else {
                    NameScope::Name
                }
            } else if enclosing.contains(&name) && kind != ScopeKind::Module {
                free.insert(name.clone());
                NameScope::Free
            } else if kind.is_function_like() {
                NameScope::GlobalImplicit
            } else {
                NameScope::Name
            };
            sc.resolved.insert(name, scope);
        }
    }
    // What nested scopes can see: function locals join the enclosing set;
    // class bodies add only their implicit `__class__` cell; module names
    // are globals and reached by name.
    let mut inner = match kind {
        ScopeKind::Module => HashSet::default(),
        ScopeKind::Class => enclosing.clone(),
        _ => {
            let mut s = enclosing.clone();
            for (n, sc) in &table.scopes[id].resolved {
                if matches!(sc, NameScope::Local | NameScope::Free) {
                    s.insert(n.clone());
                }
            }
            for n in &table.scopes[id].params {
                s.insert(n.clone());
            }
            s
        }
    };
    if kind == ScopeKind::Class {
        inner.insert("__class__".to_string());
    }
    let children = table.scopes[id].children.clone();
    for child in children {
        let needed = resolve(table, child, &inner)?;
        let mut sorted: Vec<String> = needed.into_iter().collect();
        sorted.sort();
        for name in sorted {
            let sc = &mut table.scopes[id];
            if kind == ScopeKind::Class && name == "__class__" {
                sc.needs_class_cell = true;
                continue;
            }
            match sc.resolved.get(&name).copied() {
                Some(NameScope::Local) => {
                    sc.resolved.insert(name.clone(), NameScope::Cell);
                }
                Some(NameScope::Cell) | Some(NameScope::Free) => {}
                _ => {
                    // Passing through: this scope holds the variable only to
                    // hand it on to the nested scope.
                    if kind == ScopeKind::Class {
                        // A class body reaches an enclosing function's
                        // variable through its own closure as well.
                        if !sc.resolved.contains_key(&name) || sc.resolved[&name] == NameScope::Name
                        {
                            if !sc.flags.contains_key(&name) {
                                sc.order.push(name.clone());
                                sc.flags.insert(name.clone(), USE);
                            }
                            if !sc.binds(&name) {
                                sc.resolved.insert(name.clone(), NameScope::Free);
                            } else {
                                // Bound in the class body but also an
                                // enclosing local: the class keeps its own
                                // name, the closure passes through.
                                sc.frees.push(name.clone());
                            }
                        }
                    } else {
                        if !sc.flags.contains_key(&name) {
                            sc.order.push(name.clone());
                            sc.flags.insert(name.clone(), USE);
                        }
                        sc.resolved.insert(name.clone(), NameScope::Free);
                    }
                    free.insert(name);
                }
            }
        }
    }
    let sc = &mut table.scopes[id];
    let order = sc.order.clone();
    for name in order {
        match sc.resolved.get(&name) {
            Some(NameScope::Cell) => sc.cells.push(name),
            Some(NameScope::Free) if !sc.frees.contains(&name) => sc.frees.push(name),
            _ => {}
        }
    }
    if sc.needs_class_cell {
        sc.cells.push("__class__".to_string());
    }
    Ok(free)
}
