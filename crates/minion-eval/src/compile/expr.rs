//! Code generation for expressions.

use minion_parser::ast::{self, Constant};
use num_traits::ToPrimitive;

use super::code::{BinOp, CmpOp, CodeKind, Instr, UnOp};
use super::scope::key_of;
use super::stmt::FnBody;
use super::{CompileError, Compiler};
use crate::objects::Obj;
use crate::value::Value;

type CResult = Result<(), CompileError>;

/// The VM operator for an AST operator.
pub(super) fn bin_op(op: ast::Operator) -> BinOp {
    use ast::Operator::*;
    match op {
        Add => BinOp::Add,
        Sub => BinOp::Sub,
        Mult => BinOp::Mul,
        MatMult => BinOp::MatMul,
        Div => BinOp::TrueDiv,
        FloorDiv => BinOp::FloorDiv,
        Mod => BinOp::Mod,
        Pow => BinOp::Pow,
        LShift => BinOp::LShift,
        RShift => BinOp::RShift,
        BitAnd => BinOp::BitAnd,
        BitOr => BinOp::BitOr,
        BitXor => BinOp::BitXor,
    }
}

/// CPython's description of an expression in "cannot assign to ..." messages.
pub(super) fn describe(e: &ast::Expr) -> &'static str {
    use ast::Expr::*;
    match e {
        Call(_) => "function call",
        Constant(_) => "literal",
        BinOp(_) | UnaryOp(_) | BoolOp(_) => "expression",
        Compare(_) => "comparison",
        Lambda(_) => "lambda",
        IfExp(_) => "conditional expression",
        ListComp(_) => "list comprehension",
        SetComp(_) => "set comprehension",
        DictComp(_) => "dict comprehension",
        GeneratorExp(_) => "generator expression",
        Dict(_) => "dict literal",
        Set(_) => "set display",
        JoinedStr(_) | FormattedValue(_) => "f-string expression",
        NamedExpr(_) => "named expression",
        Await(_) => "await expression",
        Yield(_) | YieldFrom(_) => "yield expression",
        _ => "expression",
    }
}

impl<'a> Compiler<'a> {
    /// Compiles `e`; its instructions carry the line `e` starts on (as CPython, which
    /// attributes each instruction to the innermost node that produced it), and the
    /// current line is restored afterwards for the enclosing node's instructions.
    pub(super) fn expr(&mut self, e: &'a ast::Expr) -> CResult {
        let saved = self.unit.line;
        self.set_line(e);
        let r = self.expr_at_line(e);
        self.unit.line = saved;
        r
    }

    /// Sets the current line to the line `attr`'s name ends on (CPython's
    /// `update_start_location_to_match_attr`, for `LOAD_ATTR` and method calls).
    fn set_line_to_attr(&mut self, attr: &ast::ExprAttribute) {
        self.unit.line = self.lines.line(u32::from(ast::Ranged::range(attr).end()));
    }

    fn expr_at_line(&mut self, e: &'a ast::Expr) -> CResult {
        use ast::Expr::*;
        match e {
            Constant(c) => self.constant(&c.value, e)?,
            Name(n) => self.load_name(n.id.as_str()),
            BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Instr::BinaryOp(bin_op(b.op)));
            }
            UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::USub => UnOp::Neg,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::Invert => UnOp::Invert,
                };
                self.emit(Instr::UnaryOp(op));
            }
            BoolOp(b) => {
                let mut jumps = vec![];
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        let j = match b.op {
                            ast::BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            ast::BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        };
                        jumps.push(self.emit(j));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            Compare(c) => self.compare(c)?,
            IfExp(i) => {
                self.expr(&i.test)?;
                let jf = self.emit(Instr::PopJumpIfFalse(0));
                self.expr(&i.body)?;
                let je = self.emit(Instr::Jump(0));
                self.patch(jf);
                self.expr(&i.orelse)?;
                self.patch(je);
            }
            NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Dup);
                self.store(&n.target)?;
            }
            Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line_to_attr(a);
                let sym = self.sym(a.attr.as_str());
                self.emit(Instr::LoadAttr(sym));
            }
            Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::Subscript);
            }
            Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => {
                            self.emit(Instr::LoadConst(0));
                        }
                    }
                }
                match &s.step {
                    Some(p) => {
                        self.expr(p)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
            List(l) => self.sequence(&l.elts, SeqKind::List)?,
            Tuple(t) => self.sequence(&t.elts, SeqKind::Tuple)?,
            Set(s) => self.sequence(&s.elts, SeqKind::Set)?,
            Dict(d) => self.dict(d)?,
            Call(c) => self.call(c)?,
            Lambda(l) => {
                self.make_function(
                    key_of(e),
                    "<lambda>",
                    &l.args,
                    FnBody::Expr(&l.body),
                    e,
                    false,
                )?;
            }
            ListComp(c) => self.comprehension(e, &c.generators, CompKind::List(&c.elt))?,
            SetComp(c) => self.comprehension(e, &c.generators, CompKind::Set(&c.elt))?,
            DictComp(c) => {
                self.comprehension(e, &c.generators, CompKind::Dict(&c.key, &c.value))?
            }
            GeneratorExp(c) => self.comprehension(e, &c.generators, CompKind::Gen(&c.elt))?,
            JoinedStr(j) => self.joined_str(j)?,
            FormattedValue(f) => {
                self.formatted_value(f)?;
            }
            Starred(_) => {
                return Err(self.error("can't use starred expression here", e));
            }
            Yield(y) => {
                if !matches!(
                    self.unit.kind,
                    CodeKind::Generator | CodeKind::AsyncGenerator
                ) {
                    return Err(self.error("'yield' outside function", e));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Instr::LoadConst(0));
                    }
                }
                self.emit(Instr::YieldValue);
            }
            YieldFrom(y) => {
                if self.unit.kind == CodeKind::AsyncGenerator {
                    return Err(self.error("'yield from' inside async function", e));
                }
                if self.unit.kind != CodeKind::Generator {
                    return Err(self.error("'yield' outside function", e));
                }
                self.expr(&y.value)?;
                self.emit(Instr::GetIter);
                self.emit(Instr::LoadConst(0));
                self.emit(Instr::YieldFrom);
            }
            Await(a) => {
                // Top-level `await` is accepted (DESIGN.md), as CPython does with
                // `PyCF_ALLOW_TOP_LEVEL_AWAIT`.
                if !self.unit.can_await {
                    return Err(self.error("'await' outside async function", e));
                }
                self.expr(&a.value)?;
                self.emit(Instr::Await);
            }
        }
        Ok(())
    }

    fn constant(&mut self, c: &Constant, node: &ast::Expr) -> CResult {
        let v = self.constant_value(c, node)?;
        let i = match (c, v) {
            (_, Value::None) => 0,
            (Constant::Str(s), _) => self.str_const(s),
            _ => self.add_const(v),
        };
        self.emit(Instr::LoadConst(i));
        Ok(())
    }

    fn constant_value(&mut self, c: &Constant, node: &ast::Expr) -> Result<Value, CompileError> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => match i.to_i64() {
                Some(v) => Value::Int(v),
                None => Value::Ref(self.heap.alloc(Obj::Int(i.clone()))),
            },
            Constant::Float(f) => Value::Float(*f),
            Constant::Str(s) => {
                let i = self.str_const(s);
                self.unit.consts[i as usize]
            }
            Constant::Bytes(b) => Value::Ref(self.heap.alloc(Obj::Bytes(b.clone()))),
            Constant::Tuple(items) => {
                let mut vals = Vec::with_capacity(items.len());
                for it in items {
                    vals.push(self.constant_value(it, node)?);
                }
                Value::Ref(self.heap.alloc(Obj::Tuple(vals.into_boxed_slice())))
            }
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Complex { .. } => {
                return Err(self.error("complex numbers are not supported by this executor", node))
            }
        })
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let mut cleanups = vec![];
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Instr::Dup);
                self.emit(Instr::Rot3);
            }
            self.emit(cmp_instr(*op));
            if i + 1 < n {
                cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
            }
        }
        if !cleanups.is_empty() {
            let end = self.emit(Instr::Jump(0));
            for j in cleanups {
                self.patch(j);
            }
            self.emit(Instr::Rot2);
            self.emit(Instr::Pop);
            self.patch(end);
        }
        Ok(())
    }

    /// The iterable of a `for` loop or comprehension. CPython folds a set display of
    /// constants there into a frozenset constant (rebuilt by the constant merger from
    /// its own iteration order) and iterates that directly.
    pub(crate) fn iter_expr(&mut self, e: &'a ast::Expr) -> CResult {
        match e {
            ast::Expr::Set(s) if s.elts.iter().all(folds_to_constant) => {
                self.emit(Instr::BuildSet(0));
                self.emit(Instr::BuildList(0));
                for e in &s.elts {
                    self.expr(e)?;
                }
                self.emit(Instr::BuildSet(s.elts.len() as u32));
                self.emit(Instr::ListExtend);
                self.emit(Instr::SetUpdate);
                Ok(())
            }
            _ => self.expr(e),
        }
    }

    fn sequence(&mut self, elts: &'a [ast::Expr], kind: SeqKind) -> CResult {
        let has_star = elts.iter().any(|e| matches!(e, ast::Expr::Starred(_)));
        if kind == SeqKind::Set && elts.len() > 2 && elts.iter().all(folds_to_constant) {
            // CPython builds a frozenset constant, which the constant merger rebuilds
            // from its own iteration order, and merges it into an empty set
            // (`BUILD_SET 0; LOAD_CONST; SET_UPDATE`); this lays out the table
            // differently from adding the elements one by one. Replayed here as
            // `set().update(set(list(set(elts))))`.
            self.emit(Instr::BuildSet(0));
            self.emit(Instr::BuildSet(0));
            self.emit(Instr::BuildList(0));
            for e in elts {
                self.expr(e)?;
            }
            self.emit(Instr::BuildSet(elts.len() as u32));
            self.emit(Instr::ListExtend);
            self.emit(Instr::SetUpdate);
            self.emit(Instr::SetUpdate);
            return Ok(());
        }
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                SeqKind::List => Instr::BuildList(n),
                SeqKind::Tuple => Instr::BuildTuple(n),
                SeqKind::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        self.emit(match kind {
            SeqKind::Set => Instr::BuildSet(0),
            _ => Instr::BuildList(0),
        });
        for e in elts {
            match e {
                ast::Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(match kind {
                        SeqKind::Set => Instr::SetUpdate,
                        _ => Instr::ListExtend,
                    });
                }
                _ => {
                    self.expr(e)?;
                    self.emit(match kind {
                        SeqKind::Set => Instr::SetAdd(1),
                        _ => Instr::ListAppend(1),
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        if d.keys.iter().all(|k| k.is_some()) {
            for (k, v) in d.keys.iter().zip(&d.values) {
                self.expr(k.as_ref().expect("checked"))?;
                self.expr(v)?;
            }
            self.emit(Instr::BuildMap(d.keys.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for (k, v) in d.keys.iter().zip(&d.values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Instr::DictUpdate(false));
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        // `f(x for x in y, z)`, `f(x for x in y, )`: a generator expression that is not
        // the sole argument must have its own parentheses (the parser's range then
        // includes them: more `(` before `elt` than `)` after it, as `(x) for` has).
        for a in &c.args {
            let ast::Expr::GeneratorExp(g) = a else {
                continue;
            };
            let g_start = usize::from(ast::Ranged::range(g).start());
            let elt_start = usize::from(ast::Ranged::range(&*g.elt).start());
            let elt_end = usize::from(ast::Ranged::range(&*g.elt).end());
            let for_at = g.generators.first().map_or(elt_end, |c| {
                usize::from(ast::Ranged::range(&c.target).start())
            });
            let count = |text: &str, ch: char| {
                text.lines()
                    .map(|l| l.split('#').next().unwrap_or("").matches(ch).count())
                    .sum::<usize>()
            };
            let src = &*self.source;
            if count(&src[g_start..elt_start], '(') > count(&src[elt_end..for_at], ')') {
                continue;
            }
            let comma_follows = || {
                let mut rest = &self.source[usize::from(ast::Ranged::range(g).end())..];
                loop {
                    rest = rest.trim_start();
                    if let Some(r) = rest.strip_prefix('#') {
                        rest = r.find('\n').map_or("", |i| &r[i..]);
                    } else if let Some(r) = rest.strip_prefix('\\') {
                        rest = r;
                    } else {
                        return rest.starts_with(',');
                    }
                }
            };
            if c.args.len() + c.keywords.len() > 1 || comma_follows() {
                return Err(self.error("Generator expression must be parenthesized", g));
            }
        }
        // Zero-argument `super()` in a method is `super(__class__, <first argument>)`.
        if let ast::Expr::Name(n) = &*c.func {
            let in_method = self
                .unit
                .scope
                .is_some_and(|s| s.frees.iter().any(|f| f == "__class__") && !s.params.is_empty());
            if n.id.as_str() == "super" && c.args.is_empty() && c.keywords.is_empty() && in_method {
                self.load_name("super");
                self.load_name("__class__");
                let first = self
                    .unit
                    .scope
                    .map(|s| s.params[0].clone())
                    .unwrap_or_default();
                self.load_name(&first);
                self.emit(Instr::Call(2));
                return Ok(());
            }
        }
        let simple = !c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            && c.keywords.iter().all(|k| k.arg.is_some());
        if simple {
            let method = match &*c.func {
                ast::Expr::Attribute(a) => {
                    self.expr(&a.value)?;
                    self.set_line_to_attr(a);
                    Some(self.sym(a.attr.as_str()))
                }
                f => {
                    self.expr(f)?;
                    None
                }
            };
            for a in &c.args {
                self.expr(a)?;
            }
            for k in &c.keywords {
                self.expr(&k.value)?;
            }
            let n = (c.args.len() + c.keywords.len()) as u32;
            if !c.keywords.is_empty() {
                let names: Vec<Value> = c
                    .keywords
                    .iter()
                    .map(|k| {
                        let i = self.str_const(k.arg.as_ref().expect("checked").as_str());
                        self.unit.consts[i as usize]
                    })
                    .collect();
                let t = self.heap.alloc(Obj::Tuple(names.into_boxed_slice()));
                let ti = self.add_const(Value::Ref(t));
                self.emit(Instr::LoadConst(ti));
            }
            self.emit(match (method, c.keywords.is_empty()) {
                (Some(m), true) => Instr::CallMethod(m, n),
                (Some(m), false) => Instr::CallMethodKw(m, n),
                (None, true) => Instr::Call(n),
                (None, false) => Instr::CallKw(n),
            });
            return Ok(());
        }
        self.expr(&c.func)?;
        self.emit(Instr::BuildList(0));
        for a in &c.args {
            match a {
                ast::Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Instr::ListExtend);
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        if c.keywords.is_empty() {
            self.emit(Instr::LoadConst(0));
        } else {
            self.emit(Instr::BuildMap(0));
            for k in &c.keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_str(name.as_str());
                        self.expr(&k.value)?;
                        self.emit(Instr::MapAdd(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Instr::DictUpdate(true));
                    }
                }
            }
        }
        self.emit(Instr::CallEx);
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &'a ast::Expr,
        gens: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> CResult {
        let key = key_of(node);
        let is_async = self.table.get(key).has_await;
        let (name, code_kind) = match kind {
            CompKind::List(_) => ("<listcomp>", CodeKind::Comprehension),
            CompKind::Set(_) => ("<setcomp>", CodeKind::Comprehension),
            CompKind::Dict(..) => ("<dictcomp>", CodeKind::Comprehension),
            CompKind::Gen(_) if is_async => ("<genexpr>", CodeKind::AsyncGenerator),
            CompKind::Gen(_) => ("<genexpr>", CodeKind::Generator),
        };
        let outer_can_await = self.unit.can_await;
        if is_async && !outer_can_await && code_kind != CodeKind::AsyncGenerator {
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                node,
            ));
        }
        let parent = self.begin_child(key, code_kind, name);
        self.unit.can_await = outer_can_await || code_kind == CodeKind::AsyncGenerator;
        match kind {
            CompKind::List(_) => {
                self.emit(Instr::BuildList(0));
            }
            CompKind::Set(_) => {
                self.emit(Instr::BuildSet(0));
            }
            CompKind::Dict(..) => {
                self.emit(Instr::BuildMap(0));
            }
            CompKind::Gen(_) => {}
        }
        let mut loops = vec![];
        for (i, g) in gens.iter().enumerate() {
            if i == 0 {
                self.emit(Instr::LoadFast(0));
            } else {
                self.iter_expr(&g.iter)?;
                self.emit(Instr::GetIter);
            }
            if i > 0 && g.is_async {
                // Replace the GetIter just emitted.
                self.unit.instrs.pop();
                self.unit.lines.pop();
                self.emit(Instr::GetAiter);
            }
            let start = self.here();
            let fi = if g.is_async {
                self.emit(Instr::AsyncForIter(0))
            } else {
                self.emit(Instr::ForIter(0))
            };
            self.store(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
                self.emit(Instr::PopJumpIfFalse(start));
            }
            loops.push((start, fi));
        }
        let depth = gens.len() as u32 + 1;
        match kind {
            CompKind::List(e) => {
                self.expr(e)?;
                self.emit(Instr::ListAppend(depth));
            }
            CompKind::Set(e) => {
                self.expr(e)?;
                self.emit(Instr::SetAdd(depth));
            }
            CompKind::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Instr::MapAdd(depth));
            }
            CompKind::Gen(e) => {
                self.expr(e)?;
                self.emit(Instr::YieldValue);
                self.emit(Instr::Pop);
            }
        }
        for (start, fi) in loops.into_iter().rev() {
            self.emit(Instr::Jump(start));
            self.patch(fi);
        }
        if matches!(kind, CompKind::Gen(_)) {
            self.emit(Instr::LoadConst(0));
        }
        self.emit(Instr::Return);
        let (nfree, _) = self.end_child(parent, 1, 0, 0, false, false);
        self.emit(Instr::MakeFunction(if nfree > 0 { 4 } else { 0 }));
        self.iter_expr(&gens[0].iter)?;
        if gens[0].is_async {
            self.emit(Instr::GetAiter);
        } else {
            self.emit(Instr::GetIter);
        }
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn joined_str(&mut self, j: &'a ast::ExprJoinedStr) -> CResult {
        for v in &j.values {
            match v {
                ast::Expr::Constant(c) => self.constant(&c.value, v)?,
                ast::Expr::FormattedValue(f) => self.formatted_value(f)?,
                other => self.expr(other)?,
            }
        }
        if j.values.len() != 1 || !matches!(j.values[0], ast::Expr::FormattedValue(_)) {
            self.emit(Instr::BuildString(j.values.len() as u32));
        }
        Ok(())
    }

    fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue) -> CResult {
        self.expr(&f.value)?;
        let mut flags = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
        };
        if let Some(spec) = &f.format_spec {
            match &**spec {
                ast::Expr::JoinedStr(j) => {
                    for v in &j.values {
                        match v {
                            ast::Expr::Constant(c) => self.constant(&c.value, v)?,
                            ast::Expr::FormattedValue(f) => self.formatted_value(f)?,
                            other => self.expr(other)?,
                        }
                    }
                    if j.values.len() != 1 {
                        self.emit(Instr::BuildString(j.values.len() as u32));
                    }
                    if j.values.is_empty() {
                        // BuildString(0) already pushed "".
                    }
                }
                other => self.expr(other)?,
            }
            flags |= 4;
        }
        self.emit(Instr::FormatValue(flags));
        Ok(())
    }
}

fn cmp_instr(op: ast::CmpOp) -> Instr {
    use ast::CmpOp::*;
    match op {
        Eq => Instr::Compare(CmpOp::Eq),
        NotEq => Instr::Compare(CmpOp::Ne),
        Lt => Instr::Compare(CmpOp::Lt),
        LtE => Instr::Compare(CmpOp::Le),
        Gt => Instr::Compare(CmpOp::Gt),
        GtE => Instr::Compare(CmpOp::Ge),
        Is => Instr::Is(false),
        IsNot => Instr::Is(true),
        In => Instr::In(false),
        NotIn => Instr::In(true),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a ast::Expr),
    Set(&'a ast::Expr),
    Dict(&'a ast::Expr, &'a ast::Expr),
    Gen(&'a ast::Expr),
}

/// Whether CPython's AST optimizer folds `e` to a constant (literals, signed numbers,
/// tuples of those), as `starunpack_helper` checks for set displays.
fn folds_to_constant(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Constant(_) => true,
        ast::Expr::UnaryOp(u) => {
            matches!(
                u.op,
                ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert
            ) && matches!(&*u.operand, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Int(_) | ast::Constant::Float(_) | ast::Constant::Complex { .. }))
        }
        ast::Expr::Tuple(t) => t.elts.iter().all(folds_to_constant),
        _ => false,
    }
}
