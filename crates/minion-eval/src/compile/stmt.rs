//! Code generation for statements.

use minion_parser::ast::{self, Ranged};

use super::code::{CodeKind, Instr};
use super::scope::key_of;
use super::{CompileError, Compiler, FBlock};

type CResult = Result<(), CompileError>;

impl<'a> Compiler<'a> {
    /// A top-level statement; the last one reports its value as the run's output.
    pub(super) fn stmt_top(&mut self, s: &'a ast::Stmt, last: bool) -> CResult {
        if !last {
            return self.stmt(s);
        }
        self.set_line(s);
        match s {
            ast::Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Instr::SetOutput);
                Ok(())
            }
            ast::Stmt::Assign(a) => {
                self.expr(&a.value)?;
                self.emit(Instr::Dup);
                self.emit(Instr::SetOutput);
                self.assign_targets(&a.targets)
            }
            ast::Stmt::AnnAssign(a) if a.value.is_some() => self.ann_assign(a, true),
            ast::Stmt::AugAssign(a) => self.aug_assign(a, true),
            _ => self.stmt(s),
        }
    }

    pub(super) fn stmts(&mut self, body: &'a [ast::Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a ast::Stmt) -> CResult {
        use ast::Stmt::*;
        self.set_line(s);
        match s {
            Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Instr::Pop);
            }
            Assign(a) => {
                self.expr(&a.value)?;
                self.assign_targets(&a.targets)?;
            }
            AugAssign(a) => self.aug_assign(a, false)?,
            AnnAssign(a) => self.ann_assign(a, false)?,
            FunctionDef(f) => self.function_def(
                s,
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                false,
            )?,
            AsyncFunctionDef(f) => self.function_def(
                s,
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                true,
            )?,
            Return(r) => {
                if self.unit.kind == CodeKind::Module {
                    return Err(self.error("'return' outside function", s));
                }
                if self.unit.kind == CodeKind::AsyncGenerator && r.value.is_some() {
                    return Err(self.error("'return' with value in async generator", s));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Instr::LoadConst(0));
                    }
                }
                self.unwind_all()?;
                self.emit(Instr::Return);
            }
            Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            If(i) => {
                self.expr(&i.test)?;
                let jf = self.emit(Instr::PopJumpIfFalse(0));
                self.stmts(&i.body)?;
                if i.orelse.is_empty() {
                    self.patch(jf);
                } else {
                    let je = self.emit(Instr::Jump(0));
                    self.patch(jf);
                    self.stmts(&i.orelse)?;
                    self.patch(je);
                }
            }
            While(w) => {
                let start = self.here();
                self.expr(&w.test)?;
                let jf = self.emit(Instr::PopJumpIfFalse(0));
                self.unit.fblocks.push(FBlock::Loop {
                    is_for: false,
                    start,
                    breaks: vec![],
                });
                self.stmts(&w.body)?;
                self.emit(Instr::Jump(start));
                let Some(FBlock::Loop { breaks, .. }) = self.unit.fblocks.pop() else {
                    unreachable!("loop block pushed above")
                };
                self.patch(jf);
                self.stmts(&w.orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            For(f) => self.for_loop(&f.iter, &f.target, &f.body, &f.orelse, false)?,
            Break(_) => self.break_continue(s, true)?,
            Continue(_) => self.break_continue(s, false)?,
            Pass(_) | Global(_) | Nonlocal(_) => {}
            Raise(r) => match (&r.exc, &r.cause) {
                (None, _) => {
                    self.emit(Instr::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Instr::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Instr::Raise(2));
                }
            },
            Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody)?,
            Assert(a) => {
                self.expr(&a.test)?;
                let jt = self.emit(Instr::PopJumpIfTrue(0));
                let ty =
                    self.add_const(crate::value::Value::Type(crate::types::Ty::AssertionError));
                self.emit(Instr::LoadConst(ty));
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.patch(jt);
            }
            Import(i) => {
                for a in &i.names {
                    // `import a.b` loads `a.b` and binds `a`; `import a.b as c` binds
                    // the submodule.
                    let sym = self.sym(a.name.as_str());
                    self.emit(Instr::ImportName(sym));
                    match &a.asname {
                        Some(n) => self.store_name(n.as_str()),
                        None => {
                            let first = a.name.as_str().split('.').next().unwrap_or("");
                            if first != a.name.as_str() {
                                self.emit(Instr::Pop);
                                let top = self.sym(first);
                                self.emit(Instr::ImportName(top));
                            }
                            self.store_name(first);
                        }
                    }
                }
            }
            ImportFrom(i) => {
                let level = i.level.map_or(0, |l| l.to_u32()) as usize;
                let name = i.module.as_ref().map_or("", |m| m.as_str());
                let full = format!("{}{name}", ".".repeat(level));
                let sym = self.sym(&full);
                self.emit(Instr::ImportName(sym));
                if i.names.iter().any(|a| a.name.as_str() == "*") {
                    if self.unit.kind != CodeKind::Module {
                        return Err(self.error("import * only allowed at module level", s));
                    }
                    self.emit(Instr::ImportStar);
                } else {
                    for a in &i.names {
                        let attr = self.sym(a.name.as_str());
                        self.emit(Instr::ImportFrom(attr));
                        let target = a.asname.as_ref().unwrap_or(&a.name);
                        self.store_name(target.as_str());
                    }
                    self.emit(Instr::Pop);
                }
            }
            ClassDef(c) => self.class_def(s, c)?,
            AsyncFor(f) => {
                if !self.unit.can_await {
                    return Err(self.error("'async for' outside async function", s));
                }
                self.for_loop(&f.iter, &f.target, &f.body, &f.orelse, true)?;
            }
            AsyncWith(w) => {
                if !self.unit.can_await {
                    return Err(self.error("'async with' outside async function", s));
                }
                self.with_stmt(&w.items, &w.body, true)?;
            }
            With(w) => self.with_stmt(&w.items, &w.body, false)?,
            Match(m) => self.match_stmt(m)?,
            TryStar(_) => self.unsupported("'except*'")?,
            TypeAlias(_) => self.unsupported("the 'type' statement")?,
        }
        Ok(())
    }

    pub(super) fn unsupported(&mut self, what: &str) -> CResult {
        let i = self.str_const(what);
        self.emit(Instr::Unsupported(i));
        Ok(())
    }

    fn assign_targets(&mut self, targets: &'a [ast::Expr]) -> CResult {
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Instr::Dup);
            }
            self.store(t)?;
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign, report: bool) -> CResult {
        let op = super::expr::bin_op(a.op);
        match &*a.target {
            ast::Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                if report {
                    self.emit(Instr::Dup);
                    self.emit(Instr::SetOutput);
                }
                self.store_name(n.id.as_str());
            }
            ast::Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Dup);
                let sym = self.sym(at.attr.as_str());
                self.emit(Instr::LoadAttr(sym));
                self.expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                if report {
                    self.emit(Instr::Dup);
                    self.emit(Instr::SetOutput);
                }
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(sym));
            }
            ast::Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(Instr::Dup2);
                self.emit(Instr::Subscript);
                self.expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                if report {
                    self.emit(Instr::Dup);
                    self.emit(Instr::SetOutput);
                }
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            other => {
                return Err(self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    other,
                ))
            }
        }
        Ok(())
    }

    /// Stores the value on top of the stack into `target`.
    pub(super) fn store(&mut self, target: &'a ast::Expr) -> CResult {
        use ast::Expr::*;
        match target {
            Name(n) => self.store_name(n.id.as_str()),
            Attribute(a) => {
                self.expr(&a.value)?;
                let sym = self.sym(a.attr.as_str());
                self.emit(Instr::StoreAttr(sym));
            }
            Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Tuple(ast::ExprTuple { elts, .. }) | List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Starred(_)));
                match star {
                    None => {
                        self.emit(Instr::UnpackSequence(elts.len() as u32));
                    }
                    Some(i) => {
                        if elts.iter().filter(|e| matches!(e, Starred(_))).count() > 1 {
                            return Err(
                                self.error("multiple starred expressions in assignment", target)
                            );
                        }
                        self.emit(Instr::UnpackEx(i as u16, (elts.len() - i - 1) as u16));
                    }
                }
                for e in elts {
                    match e {
                        Starred(s) => self.store(&s.value)?,
                        _ => self.store(e)?,
                    }
                }
            }
            Starred(_) => {
                return Err(self.error(
                    "starred assignment target must be in a list or tuple",
                    target,
                ))
            }
            other => {
                let what = super::expr::describe(other);
                return Err(self.error(format!("cannot assign to {what}"), other));
            }
        }
        Ok(())
    }

    fn delete(&mut self, target: &'a ast::Expr) -> CResult {
        use ast::Expr::*;
        match target {
            Name(n) => self.delete_name(n.id.as_str()),
            Attribute(a) => {
                self.expr(&a.value)?;
                let sym = self.sym(a.attr.as_str());
                self.emit(Instr::DeleteAttr(sym));
            }
            Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Tuple(ast::ExprTuple { elts, .. }) | List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            other => {
                let what = super::expr::describe(other);
                return Err(self.error(format!("cannot delete {what}"), other));
            }
        }
        Ok(())
    }

    fn function_def(
        &mut self,
        s: &'a ast::Stmt,
        name: &str,
        args: &'a ast::Arguments,
        body: &'a [ast::Stmt],
        decorators: &'a [ast::Expr],
        is_async: bool,
    ) -> CResult {
        for d in decorators {
            self.expr(d)?;
        }
        self.make_function(key_of(s), name, args, FnBody::Stmts(body), s, is_async)?;
        for _ in decorators {
            self.emit(Instr::Call(1));
        }
        self.store_name(name);
        Ok(())
    }

    /// Emits the code that creates a function object (defaults, closure, code).
    pub(super) fn make_function(
        &mut self,
        key: super::scope::ScopeKey,
        name: &str,
        args: &'a ast::Arguments,
        body: FnBody<'a>,
        node: &impl Ranged,
        is_async: bool,
    ) -> CResult {
        let mut flags = 0;
        let positional: Vec<&ast::ArgWithDefault> =
            args.posonlyargs.iter().chain(&args.args).collect();
        let defaults: Vec<&ast::Expr> = positional
            .iter()
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &ast::Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                self.load_str(n);
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        let table = self.table;
        let is_gen = table.get(key).is_generator;
        let kind = match (is_async, is_gen) {
            (true, true) => CodeKind::AsyncGenerator,
            (true, false) => CodeKind::Coroutine,
            (false, true) => CodeKind::Generator,
            (false, false) => CodeKind::Function,
        };
        let parent = self.begin_child(key, kind, name);
        self.unit.can_await = is_async;
        self.unit.first_line = self.lines.line(u32::from(node.range().start()));
        match body {
            FnBody::Stmts(stmts) => {
                self.stmts(stmts)?;
                self.emit(Instr::LoadConst(0));
                self.emit(Instr::Return);
            }
            FnBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Instr::Return);
            }
        }
        let (nfree, _) = self.end_child(
            parent,
            positional.len() as u32,
            args.posonlyargs.len() as u32,
            args.kwonlyargs.len() as u32,
            args.vararg.is_some(),
            args.kwarg.is_some(),
        );
        if nfree > 0 {
            flags |= 4;
        }
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    fn break_continue(&mut self, s: &'a ast::Stmt, is_break: bool) -> CResult {
        let Some(loop_at) = self
            .unit
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.error(msg, s));
        };
        self.unwind_to(loop_at + 1, false)?;
        let FBlock::Loop { is_for, start, .. } = self.unit.fblocks[loop_at] else {
            unreachable!("rposition found a loop")
        };
        if is_break {
            if is_for {
                self.emit(Instr::Pop);
            }
            let j = self.emit(Instr::Jump(0));
            if let FBlock::Loop { breaks, .. } = &mut self.unit.fblocks[loop_at] {
                breaks.push(j);
            }
        } else {
            self.emit(Instr::Jump(start));
        }
        Ok(())
    }

    fn unwind_all(&mut self) -> CResult {
        self.unwind_to(0, true)
    }

    /// Emits the cleanup for leaving every block above `depth` (innermost first).
    /// `preserve_tos`: a return value sits on top of the stack.
    fn unwind_to(&mut self, depth: usize, preserve_tos: bool) -> CResult {
        let mut i = self.unit.fblocks.len();
        while i > depth {
            i -= 1;
            match &self.unit.fblocks[i] {
                FBlock::Loop { .. } => {
                    // A `for` iterator stays below a return value; the frame drops it.
                }
                FBlock::TryExcept => {
                    self.emit(Instr::PopBlock);
                }
                FBlock::FinallyTry(body) => {
                    let body: &'a [ast::Stmt] = body;
                    self.emit(Instr::PopBlock);
                    // The finally body runs outside its own block.
                    let saved = self.unit.fblocks.split_off(i);
                    let r = self.stmts(body);
                    let mut saved = saved;
                    self.unit.fblocks.append(&mut saved);
                    r?;
                }
                FBlock::FinallyEnd => {
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::Pop);
                    self.emit(Instr::PopExcept);
                }
                FBlock::With { is_async } => {
                    let is_async = *is_async;
                    self.emit(Instr::PopBlock);
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    self.exit_none(is_async)?;
                }
                FBlock::Handler(name) => {
                    let name = name.clone();
                    self.emit(Instr::PopExcept);
                    if let Some(n) = name {
                        self.emit(Instr::LoadConst(0));
                        self.store_name(&n);
                        self.delete_name(&n);
                    }
                }
            }
        }
        Ok(())
    }

    fn try_stmt(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
        finalbody: &'a [ast::Stmt],
    ) -> CResult {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit.fblocks.push(FBlock::FinallyTry(finalbody));
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit.fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(finalbody)?;
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        self.unit.fblocks.push(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.unit.fblocks.pop();
        self.emit(Instr::Reraise);
        self.patch(end);
        Ok(())
    }

    /// `target: annotation [= value]`. As CPython: the value is stored first; at module
    /// and class level the annotation is then evaluated and, for a plain name,
    /// recorded in `__annotations__` (made by `setup_annotations`); in functions the
    /// annotation is not evaluated.
    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign, output: bool) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            if output {
                self.emit(Instr::Dup);
                self.emit(Instr::SetOutput);
            }
            self.store(&a.target)?;
        }
        if !matches!(self.unit.kind, CodeKind::Module | CodeKind::ClassBody) {
            return Ok(());
        }
        self.expr(&a.annotation)?;
        match &*a.target {
            ast::Expr::Name(n) if a.simple => {
                self.load_name("__annotations__");
                self.load_str(n.id.as_str());
                self.emit(Instr::StoreSubscr);
            }
            _ => {
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }

    /// `SETUP_ANNOTATIONS`: a module or class body with annotated assignments starts
    /// with an empty `__annotations__` dict.
    pub(super) fn setup_annotations(&mut self, body: &'a [ast::Stmt]) {
        if has_annotations(body) {
            self.emit(Instr::BuildMap(0));
            self.store_name("__annotations__");
        }
    }

    /// `class Name(bases): body`, decorated: the body is a function of the namespace
    /// (slot 0) that returns it; `BuildClass` makes the class from bases and namespace.
    ///
    /// ```text
    /// decorators; bases; BuildTuple(n); MakeFunction(body); NewNamespace; Call(1);
    /// BuildClass(name); Call(1) per decorator; store name
    /// ```
    fn class_def(&mut self, s: &'a ast::Stmt, c: &'a ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        // `metaclass=` goes to `BuildClassKw` with the other keywords (only
        // `abc.ABCMeta` and `type` are accepted there).
        if c.keywords.iter().any(|k| k.arg.is_none()) {
            return self.unsupported("**kwargs in class definitions");
        }
        for b in &c.bases {
            if matches!(b, ast::Expr::Starred(_)) {
                return self.unsupported("starred class bases");
            }
            self.expr(b)?;
        }
        self.emit(Instr::BuildTuple(c.bases.len() as u32));
        for k in &c.keywords {
            let name = k.arg.as_ref().map_or("", |a| a.as_str());
            self.load_str(name);
            self.expr(&k.value)?;
        }
        if !c.keywords.is_empty() {
            self.emit(Instr::BuildMap(c.keywords.len() as u32));
        }
        let name = c.name.as_str();
        let parent = self.begin_child(key_of(s), CodeKind::ClassBody, name);
        self.unit.first_line = self.lines.line(u32::from(s.range().start()));
        let module = self.str_const("__main__");
        self.emit(Instr::LoadConst(module));
        self.store_name("__module__");
        let qualname = self.unit.qualname.clone();
        let q = self.str_const(&qualname);
        self.emit(Instr::LoadConst(q));
        self.store_name("__qualname__");
        if let Some(ast::Stmt::Expr(e)) = c.body.first() {
            if let ast::Expr::Constant(k) = &*e.value {
                if let ast::Constant::Str(doc) = &k.value {
                    let d = self.str_const(doc);
                    self.emit(Instr::LoadConst(d));
                    self.store_name("__doc__");
                }
            }
        }
        self.setup_annotations(&c.body);
        self.stmts(&c.body)?;
        if self
            .unit
            .scope
            .is_some_and(|sc| sc.cells.contains("__class__"))
        {
            let cell = self.slot("__class__");
            self.emit(Instr::LoadClosure(cell));
            let sym = self.sym("__classcell__");
            self.emit(Instr::StoreName(sym));
        }
        self.emit(Instr::LoadFast(0));
        self.emit(Instr::Return);
        let (nfree, _) = self.end_child(parent, 1, 0, 0, false, false);
        self.emit(Instr::MakeFunction(if nfree > 0 { 4 } else { 0 }));
        self.emit(Instr::NewNamespace);
        self.emit(Instr::Call(1));
        let sym = self.sym(name);
        self.emit(if c.keywords.is_empty() {
            Instr::BuildClass(sym)
        } else {
            Instr::BuildClassKw(sym)
        });
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(name);
        Ok(())
    }

    /// `for` (`ForIter`) or `async for` (`AsyncForIter`, over an async generator).
    fn for_loop(
        &mut self,
        iter: &'a ast::Expr,
        target: &'a ast::Expr,
        body: &'a [ast::Stmt],
        orelse: &'a [ast::Stmt],
        is_async: bool,
    ) -> CResult {
        self.iter_expr(iter)?;
        self.emit(if is_async {
            Instr::GetAiter
        } else {
            Instr::GetIter
        });
        let start = self.here();
        let fi = self.emit(if is_async {
            Instr::AsyncForIter(0)
        } else {
            Instr::ForIter(0)
        });
        self.unit.fblocks.push(FBlock::Loop {
            is_for: true,
            start,
            breaks: vec![],
        });
        self.store(target)?;
        self.stmts(body)?;
        self.emit(Instr::Jump(start));
        let Some(FBlock::Loop { breaks, .. }) = self.unit.fblocks.pop() else {
            unreachable!("loop block pushed above")
        };
        self.patch(fi);
        self.stmts(orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    /// `with a as x, b: body` and `async with` (as nested single-item statements).
    ///
    /// ```text
    /// [mgr] Dup LoadAttr(__exit__) Rot2 CallMethod(__enter__) (Await) -> [exit, value]
    /// store x | Pop; SetupExcept(handler); body; PopBlock; exit(None, None, None)
    /// handler: [exit, exc] -> exit(type(exc), exc, None) (awaited); true: swallow,
    /// else re-raise
    /// ```
    fn with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        is_async: bool,
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&item.context_expr)?;
        self.emit(Instr::Dup);
        let (exit, enter) = if is_async {
            (self.sym("__aexit__"), self.sym("__aenter__"))
        } else {
            (self.sym("__exit__"), self.sym("__enter__"))
        };
        self.emit(Instr::LoadExit(exit));
        self.emit(Instr::Rot2);
        self.emit(Instr::CallMethod(enter, 0));
        if is_async {
            self.emit(Instr::Await);
        }
        match &item.optional_vars {
            Some(t) => self.store(t)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit.fblocks.push(FBlock::With { is_async });
        self.with_stmt(rest, body, is_async)?;
        self.unit.fblocks.pop();
        self.emit(Instr::PopBlock);
        self.exit_none(is_async)?;
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        // [exit, exc]
        self.emit(Instr::Dup2);
        self.emit(Instr::Dup);
        let ty = self.add_const(crate::value::Value::Type(crate::types::Ty::Type));
        self.emit(Instr::LoadConst(ty));
        self.emit(Instr::Rot2);
        self.emit(Instr::Call(1));
        self.emit(Instr::Rot2);
        self.emit(Instr::LoadConst(0));
        self.emit(Instr::Call(3));
        if is_async {
            self.emit(Instr::Await);
        }
        let swallow = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Reraise);
        self.patch(swallow);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.emit(Instr::Pop);
        self.patch(end);
        Ok(())
    }

    /// `[exit] -> []`: calls (and for `async with` awaits) `exit(None, None, None)`.
    fn exit_none(&mut self, is_async: bool) -> CResult {
        for _ in 0..3 {
            self.emit(Instr::LoadConst(0));
        }
        self.emit(Instr::Call(3));
        if is_async {
            self.emit(Instr::Await);
        }
        self.emit(Instr::Pop);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
    ) -> CResult {
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit.fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit.fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        let mut ends = vec![self.emit(Instr::Jump(0))];
        self.patch(setup);
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h);
            let mut next = None;
            match &h.type_ {
                Some(t) => {
                    // CheckExcMatch keeps the exception below its result.
                    self.expr(t)?;
                    self.emit(Instr::CheckExcMatch);
                    next = Some(self.emit(Instr::PopJumpIfFalse(0)));
                }
                None if i + 1 < handlers.len() => {
                    return Err(self.error("default 'except:' must be last", h));
                }
                None => {}
            }
            let name = h.name.as_ref().map(|n| n.as_str().to_string());
            match &name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.unit.fblocks.push(FBlock::Handler(name.clone()));
            self.stmts(&h.body)?;
            self.unit.fblocks.pop();
            self.emit(Instr::PopExcept);
            if let Some(n) = &name {
                self.emit(Instr::LoadConst(0));
                self.store_name(n);
                self.delete_name(n);
            }
            ends.push(self.emit(Instr::Jump(0)));
            if let Some(n) = next {
                self.patch(n);
            }
        }
        self.emit(Instr::Reraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }
}

/// The body of a function being compiled.
pub(super) enum FnBody<'a> {
    Stmts(&'a [ast::Stmt]),
    Expr(&'a ast::Expr),
}

/// Whether `body` has an annotated assignment outside nested functions and classes
/// (CPython's `find_ann`).
fn has_annotations(body: &[ast::Stmt]) -> bool {
    use ast::Stmt::*;
    body.iter().any(|s| match s {
        AnnAssign(_) => true,
        For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        AsyncFor(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        With(w) => has_annotations(&w.body),
        AsyncWith(w) => has_annotations(&w.body),
        Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}
