//! Scope analysis: which names of each function are locals, cells, free variables or
//! globals, computed before code generation (CPython's symtable pass).
//!
//! Pass 1 walks the AST and records, per scope, its parameters, the names it binds and
//! loads, and its `global`/`nonlocal` declarations. Pass 2 resolves free variables top
//! down: a name a scope needs but does not bind is free if an enclosing *function*
//! scope binds it (that scope then holds it in a cell), global otherwise.

use hashbrown::{HashMap, HashSet};
use minion_parser::ast::{self, Ranged};

/// Identifies a scope by the source range of the node that opens it.
pub type ScopeKey = (u32, u32);

/// The key of an AST node.
pub fn key_of(node: &impl Ranged) -> ScopeKey {
    let r = node.range();
    (u32::from(r.start()), u32::from(r.end()))
}

/// What opened a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module.
    Module,
    /// `def` or `lambda`.
    Function,
    /// A list/set/dict comprehension or generator expression.
    Comprehension,
    /// A class body: its names live in the class namespace and are not visible to
    /// the functions defined in it.
    Class,
}

/// The analysis result for one scope.
#[derive(Debug, Default)]
pub struct Scope {
    /// Parameters in slot order.
    pub params: Vec<String>,
    /// Bound names in first-binding order (parameters included).
    pub locals: Vec<String>,
    /// Names declared `global`.
    pub globals: HashSet<String>,
    /// Names declared `nonlocal`.
    pub nonlocals: HashSet<String>,
    /// Locals that inner scopes capture (stored in cells).
    pub cells: HashSet<String>,
    /// Names captured from enclosing scopes, in slot order.
    pub frees: Vec<String>,
    /// Whether the body contains `yield`.
    pub is_generator: bool,
    /// Whether the body contains `await`, `async for` or `async with` (a generator
    /// expression that does is an async generator).
    pub has_await: bool,
    kind: Option<ScopeKind>,
    used: HashSet<String>,
    children: Vec<ScopeKey>,
    /// Names needed from outside (computed bottom-up).
    needs: HashSet<String>,
}

impl Scope {
    fn bind(&mut self, name: &str) {
        if !self.locals.iter().any(|n| n == name) {
            self.locals.push(name.to_string());
        }
    }

    /// Whether `name` is a local (fast or cell) of this scope.
    pub fn is_local(&self, name: &str) -> bool {
        !self.globals.contains(name)
            && !self.nonlocals.contains(name)
            && self.locals.iter().any(|n| n == name)
    }

    /// The scope kind.
    pub fn kind(&self) -> ScopeKind {
        self.kind.unwrap_or(ScopeKind::Module)
    }
}

/// A scope-analysis error (reported as `SyntaxError`), with the byte offset it is at.
#[derive(Debug)]
pub struct ScopeError {
    /// Message in CPython's words.
    pub message: String,
    /// Byte offset.
    pub offset: u32,
}

/// Every scope of a module, by key; the module itself is under `(0, 0)`... see `MODULE`.
#[derive(Debug, Default)]
pub struct ScopeTable {
    /// Scopes by key.
    pub scopes: HashMap<ScopeKey, Scope>,
}

/// The key of the module scope.
pub const MODULE: ScopeKey = (u32::MAX, u32::MAX);

impl ScopeTable {
    /// Analyses a module body.
    pub fn analyze(body: &[ast::Stmt]) -> Result<ScopeTable, ScopeError> {
        let mut b = Builder {
            table: ScopeTable::default(),
            stack: vec![],
            error: None,
        };
        b.push(MODULE, ScopeKind::Module);
        for s in body {
            b.stmt(s);
        }
        b.pop();
        if let Some(e) = b.error {
            return Err(e);
        }
        let mut table = b.table;
        table.compute_needs(MODULE);
        table.resolve(MODULE, &HashSet::new())?;
        Ok(table)
    }

    /// The scope opened by the node with `key`.
    pub fn get(&self, key: ScopeKey) -> &Scope {
        &self.scopes[&key]
    }

    fn compute_needs(&mut self, key: ScopeKey) -> HashSet<String> {
        let children = self.scopes[&key].children.clone();
        let mut needs: HashSet<String> = HashSet::new();
        for c in children {
            needs.extend(self.compute_needs(c));
        }
        let s = self.scopes.get_mut(&key).expect("scope exists");
        if s.kind() == ScopeKind::Class {
            // The class body's own names do not serve the functions inside it: what
            // they need passes through, plus what the body reads and does not bind.
            needs.remove("__class__");
            for n in &s.used {
                if !s.is_local(n) && !s.globals.contains(n) {
                    needs.insert(n.clone());
                }
            }
            needs.extend(s.nonlocals.iter().cloned());
            s.needs = needs.clone();
            return needs;
        }
        needs.extend(s.used.iter().cloned());
        needs.extend(s.nonlocals.iter().cloned());
        let s_ref = &*s;
        let needs: HashSet<String> = needs
            .into_iter()
            .filter(|n| {
                s_ref.kind() == ScopeKind::Module
                    || s_ref.nonlocals.contains(n)
                    || (!s_ref.is_local(n) && !s_ref.globals.contains(n))
            })
            .collect();
        s.needs = needs.clone();
        if s.kind() == ScopeKind::Module {
            HashSet::new()
        } else {
            needs
        }
    }

    /// `enclosing`: names bound by enclosing function scopes.
    fn resolve(&mut self, key: ScopeKey, enclosing: &HashSet<String>) -> Result<(), ScopeError> {
        let (children, inner_env) = {
            let s = self.scopes.get_mut(&key).expect("scope exists");
            if s.kind() != ScopeKind::Module {
                let mut frees: Vec<String> = s
                    .needs
                    .iter()
                    .filter(|n| enclosing.contains(*n))
                    .cloned()
                    .collect();
                frees.sort();
                for n in &s.nonlocals {
                    if !enclosing.contains(n) {
                        return Err(ScopeError {
                            message: format!("no binding for nonlocal '{n}' found"),
                            offset: key.0,
                        });
                    }
                }
                s.frees = frees;
            }
            let mut env = enclosing.clone();
            if s.kind() == ScopeKind::Class {
                // Only the implicit `__class__` cell reaches the methods.
                env.insert("__class__".to_string());
            } else if s.kind() != ScopeKind::Module {
                for n in &s.locals {
                    if s.is_local(n) {
                        env.insert(n.clone());
                    }
                }
                // Globals declared here shadow outer bindings for inner scopes.
                for n in &s.globals {
                    env.remove(n);
                }
            }
            (s.children.clone(), env)
        };
        for c in &children {
            self.resolve(*c, &inner_env)?;
        }
        // A local that a child captures becomes a cell.
        let mut captured = HashSet::new();
        for c in &children {
            captured.extend(self.scopes[c].frees.iter().cloned());
        }
        let s = self.scopes.get_mut(&key).expect("scope exists");
        if s.kind() == ScopeKind::Class {
            s.frees.retain(|n| n != "__class__");
            if captured.contains("__class__") {
                s.cells.insert("__class__".to_string());
            }
        } else if s.kind() != ScopeKind::Module {
            let cells: HashSet<String> = s
                .locals
                .iter()
                .filter(|n| captured.contains(*n) && s.is_local(n))
                .cloned()
                .collect();
            s.cells = cells;
        }
        Ok(())
    }
}

struct Builder {
    table: ScopeTable,
    stack: Vec<ScopeKey>,
    error: Option<ScopeError>,
}

impl Builder {
    fn push(&mut self, key: ScopeKey, kind: ScopeKind) {
        if let Some(parent) = self.stack.last() {
            self.table
                .scopes
                .get_mut(parent)
                .expect("parent scope exists")
                .children
                .push(key);
        }
        self.table.scopes.insert(
            key,
            Scope {
                kind: Some(kind),
                ..Scope::default()
            },
        );
        self.stack.push(key);
    }

    fn pop(&mut self) {
        self.stack.pop();
    }

    fn cur(&mut self) -> &mut Scope {
        let k = *self.stack.last().expect("a scope is open");
        self.table.scopes.get_mut(&k).expect("scope exists")
    }

    fn fail(&mut self, message: String, offset: u32) {
        if self.error.is_none() {
            self.error = Some(ScopeError { message, offset });
        }
    }

    fn bind(&mut self, name: &str) {
        self.cur().bind(name);
    }

    /// Whether the innermost scope is a function directly inside a class body.
    fn in_method(&self) -> bool {
        let n = self.stack.len();
        n >= 2
            && self.table.scopes[&self.stack[n - 1]].kind() == ScopeKind::Function
            && self.table.scopes[&self.stack[n - 2]].kind() == ScopeKind::Class
    }

    fn use_name(&mut self, name: &str) {
        self.cur().used.insert(name.to_string());
    }

    fn stmts(&mut self, body: &[ast::Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn args_defaults(&mut self, args: &ast::Arguments) {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(d) = &a.default {
                self.expr(d);
            }
            if let Some(ann) = &a.def.annotation {
                self.expr(ann);
            }
        }
    }

    fn function(&mut self, key: ScopeKey, args: &ast::Arguments, body: FnBody) {
        self.push(key, ScopeKind::Function);
        let mut params = vec![];
        for a in args.posonlyargs.iter().chain(&args.args) {
            params.push(a.def.arg.to_string());
        }
        for a in &args.kwonlyargs {
            params.push(a.def.arg.to_string());
        }
        if let Some(a) = &args.vararg {
            params.push(a.arg.to_string());
        }
        if let Some(a) = &args.kwarg {
            params.push(a.arg.to_string());
        }
        for p in &params {
            self.bind(p);
        }
        self.cur().params = params;
        match body {
            FnBody::Stmts(b) => self.stmts(b),
            FnBody::Expr(e) => self.expr(e),
        }
        self.pop();
    }

    fn stmt(&mut self, s: &ast::Stmt) {
        use ast::Stmt::*;
        match s {
            FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.args_defaults(&f.args);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.bind(f.name.as_str());
                self.function(key_of(s), &f.args, FnBody::Stmts(&f.body));
            }
            AsyncFunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.args_defaults(&f.args);
                self.bind(f.name.as_str());
                self.function(key_of(s), &f.args, FnBody::Stmts(&f.body));
            }
            ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.bind(c.name.as_str());
                self.push(key_of(s), ScopeKind::Class);
                // Slot 0 of the class body holds its namespace.
                self.bind(".ns");
                self.cur().params = vec![".ns".into()];
                self.stmts(&c.body);
                self.pop();
            }
            Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Delete(d) => {
                for t in &d.targets {
                    self.target(t);
                }
            }
            Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.target(t);
                }
            }
            AugAssign(a) => {
                self.expr(&a.value);
                if let ast::Expr::Name(n) = &*a.target {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target);
            }
            AnnAssign(a) => {
                // Evaluated at module and class level (see `Compiler::ann_assign`).
                self.expr(&a.annotation);
                if let Some(v) = &a.value {
                    self.expr(v);
                    self.target(&a.target);
                } else if let ast::Expr::Name(n) = &*a.target {
                    // `x: int` binds nothing at runtime but makes `x` local in functions.
                    self.bind(n.id.as_str());
                } else {
                    self.target(&a.target);
                }
            }
            For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            AsyncFor(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(e) = &r.cause {
                    self.expr(e);
                }
            }
            Try(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            TryStar(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Import(i) => {
                for a in &i.names {
                    let name = a.asname.as_ref().unwrap_or(&a.name);
                    let first = name.as_str().split('.').next().unwrap_or("");
                    self.bind(first);
                }
            }
            ImportFrom(i) => {
                for a in &i.names {
                    let name = a.asname.as_ref().unwrap_or(&a.name);
                    if name.as_str() != "*" {
                        self.bind(name.as_str());
                    }
                }
            }
            Global(g) => {
                let offset = u32::from(g.range.start());
                for n in &g.names {
                    let n = n.as_str();
                    if self.cur().locals.iter().any(|l| l == n) {
                        let is_param = self.cur().params.iter().any(|p| p == n);
                        let msg = if is_param {
                            format!("name '{n}' is parameter and global")
                        } else {
                            format!("name '{n}' is assigned to before global declaration")
                        };
                        self.fail(msg, offset);
                    }
                    self.cur().globals.insert(n.to_string());
                }
            }
            Nonlocal(g) => {
                let offset = u32::from(g.range.start());
                if self.cur().kind() == ScopeKind::Module {
                    self.fail(
                        "nonlocal declaration not allowed at module level".into(),
                        offset,
                    );
                }
                for n in &g.names {
                    let n = n.as_str();
                    if self.cur().params.iter().any(|p| p == n) {
                        self.fail(format!("name '{n}' is parameter and nonlocal"), offset);
                    } else if self.cur().locals.iter().any(|l| l == n) {
                        self.fail(
                            format!("name '{n}' is assigned to before nonlocal declaration"),
                            offset,
                        );
                    }
                    self.cur().nonlocals.insert(n.to_string());
                }
            }
            Expr(e) => self.expr(&e.value),
            Pass(_) | Break(_) | Continue(_) => {}
            TypeAlias(_) => {}
        }
    }

    fn try_parts(
        &mut self,
        body: &[ast::Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[ast::Stmt],
        finalbody: &[ast::Stmt],
    ) {
        self.stmts(body);
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(t) = &h.type_ {
                self.expr(t);
            }
            if let Some(n) = &h.name {
                self.bind(n.as_str());
            }
            self.stmts(&h.body);
        }
        self.stmts(orelse);
        self.stmts(finalbody);
    }

    /// A `case` pattern: captures bind names, value patterns, mapping keys and class
    /// names are loads (recursion is bounded by the parser's bracket-depth guard).
    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern::*;
        match p {
            MatchValue(v) => self.expr(&v.value),
            MatchSingleton(_) => {}
            MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(r) = &m.rest {
                    self.bind(r.as_str());
                }
            }
            MatchClass(c) => {
                self.expr(&c.cls);
                c.patterns.iter().for_each(|p| self.pattern(p));
                c.kwd_patterns.iter().for_each(|p| self.pattern(p));
            }
            MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.as_str());
                }
            }
            MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.bind(n.as_str());
                }
            }
            MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn target(&mut self, t: &ast::Expr) {
        use ast::Expr::*;
        match t {
            Name(n) => self.bind(n.id.as_str()),
            Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            List(t) => t.elts.iter().for_each(|e| self.target(e)),
            Starred(s) => self.target(&s.value),
            Attribute(a) => self.expr(&a.value),
            Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            other => self.expr(other),
        }
    }

    fn comprehension(
        &mut self,
        node: &ast::Expr,
        gens: &[ast::Comprehension],
        elts: &[&ast::Expr],
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(g) = gens.first() {
            self.expr(&g.iter);
        }
        self.push(key_of(node), ScopeKind::Comprehension);
        if gens.iter().any(|g| g.is_async) {
            self.cur().has_await = true;
        }
        self.bind(".0");
        self.cur().params = vec![".0".into()];
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        if matches!(node, ast::Expr::GeneratorExp(_)) {
            self.cur().is_generator = true;
        }
        self.pop();
    }

    fn expr(&mut self, e: &ast::Expr) {
        use ast::Expr::*;
        match e {
            BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            NamedExpr(n) => {
                self.expr(&n.value);
                if let Name(name) = &*n.target {
                    // PEP 572: inside a comprehension the target binds in the nearest
                    // enclosing non-comprehension scope.
                    let name = name.id.as_str().to_string();
                    let mut depth = self.stack.len() - 1;
                    while depth > 0
                        && self.table.scopes[&self.stack[depth]].kind() == ScopeKind::Comprehension
                    {
                        depth -= 1;
                    }
                    let owner = self.stack[depth];
                    let owner_kind = self.table.scopes[&owner].kind();
                    for k in &self.stack[depth + 1..] {
                        let s = self.table.scopes.get_mut(k).expect("scope exists");
                        if owner_kind == ScopeKind::Module {
                            s.globals.insert(name.clone());
                        } else {
                            s.nonlocals.insert(name.clone());
                        }
                    }
                    self.table
                        .scopes
                        .get_mut(&owner)
                        .expect("scope exists")
                        .bind(&name);
                }
            }
            BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            UnaryOp(u) => self.expr(&u.operand),
            Lambda(l) => {
                self.args_defaults(&l.args);
                self.function(key_of(e), &l.args, FnBody::Expr(&l.body));
            }
            IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k);
                }
                d.values.iter().for_each(|v| self.expr(v));
            }
            Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            ListComp(c) => self.comprehension(e, &c.generators, &[&c.elt]),
            SetComp(c) => self.comprehension(e, &c.generators, &[&c.elt]),
            DictComp(c) => self.comprehension(e, &c.generators, &[&c.key, &c.value]),
            GeneratorExp(c) => self.comprehension(e, &c.generators, &[&c.elt]),
            Await(a) => {
                self.cur().has_await = true;
                self.expr(&a.value)
            }
            Yield(y) => {
                self.cur().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            YieldFrom(y) => {
                self.cur().is_generator = true;
                self.expr(&y.value);
            }
            Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Call(c) => {
                self.expr(&c.func);
                c.args.iter().for_each(|v| self.expr(v));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            FormattedValue(f) => {
                self.expr(&f.value);
                if let Some(s) = &f.format_spec {
                    self.expr(s);
                }
            }
            JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v)),
            Constant(_) => {}
            Attribute(a) => self.expr(&a.value),
            Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Starred(s) => self.expr(&s.value),
            Name(n) => {
                // Zero-argument `super()` reads the implicit `__class__` cell.
                if n.id.as_str() == "super" && self.in_method() {
                    self.use_name("__class__");
                }
                self.use_name(n.id.as_str())
            }
            List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Tuple(t) => t.elts.iter().for_each(|v| self.expr(v)),
            Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }
}

enum FnBody<'a> {
    Stmts(&'a [ast::Stmt]),
    Expr(&'a ast::Expr),
}
