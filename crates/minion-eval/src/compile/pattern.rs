//! Code generation for the `match` statement (PEP 634): a port of CPython 3.11's
//! `compiler_match` and `compiler_pattern_*` (`Python/compile.c`).
//!
//! A pattern's code starts with its subject on top of the stack and consumes it. On
//! success it falls through; on failure it jumps to a "fail pop" label that pops what
//! the pattern left on the stack: its work items (`on_top`) and the values captured so
//! far. Captured values stay on the stack, rotated under the work items, until the
//! whole pattern has matched; only then are the names stored, so a case whose pattern
//! fails binds nothing, while a case whose guard fails keeps its bindings (as CPython).
//!
//! The structural checks are `Instr::Match` steps (`vm/matching.rs`). Compile-time
//! recursion follows the pattern's nesting, which the parser's bracket-depth guard
//! bounds; the generated code has no recursion at all.

use minion_parser::ast::{self, Ranged};
use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::code::{CmpOp, Instr, MatchOp};
use super::{CompileError, Compiler};
use crate::objects::Obj;
use crate::value::Value;

type CResult = Result<(), CompileError>;

/// The state of one case's pattern (CPython's `pattern_context`).
struct PatternCtx {
    /// The captured names, in stack order: `stores[0]` is the nearest to the top.
    stores: Vec<String>,
    /// Whether an irrefutable pattern may appear here (the last or a guarded case, a
    /// sub-pattern, the last alternative of such).
    allow_irrefutable: bool,
    /// `fail_pop[n]`: the jumps taken on failure with `n` items to pop.
    fail_pop: Vec<Vec<usize>>,
    /// Work items above the captured values that a failure must pop.
    on_top: usize,
}

impl PatternCtx {
    fn new(allow_irrefutable: bool) -> Self {
        PatternCtx {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

/// `_` on its own (CPython's `WILDCARD_CHECK`).
fn is_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_` (CPython's `WILDCARD_STAR_CHECK`).
fn is_star_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchStar(s) if s.name.is_none())
}

/// A literal mapping key as Python compares it (`1 == 1.0 == True`), for the
/// compile-time duplicate-key check.
#[derive(PartialEq)]
enum LitKey {
    None,
    Int(BigInt),
    /// A float that is not integral (bits; literals are never NaN).
    Float(u64),
    Str(String),
    Bytes(Vec<u8>),
}

/// What a mapping-pattern key or a value pattern is.
enum Literal {
    /// A literal with its comparison key and its repr.
    Key(LitKey, String),
    /// A complex literal (`1+2j`): valid, not checked for duplicates.
    Complex,
    /// An attribute lookup (`Color.RED`).
    Attribute,
    /// Anything else (an f-string).
    Other,
}

fn float_key(f: f64) -> LitKey {
    if f.is_finite() && f.fract() == 0.0 {
        LitKey::Int(BigInt::from_f64(f).unwrap_or_default())
    } else {
        LitKey::Float(f.to_bits())
    }
}

/// The key and repr of a constant (negated for `-c`); `None` for non-numbers under `-`.
fn constant_key(c: &ast::Constant, negate: bool) -> Option<Literal> {
    use ast::Constant as C;
    Some(match (c, negate) {
        (C::Int(i), _) => {
            let i = if negate { -i.clone() } else { i.clone() };
            Literal::Key(LitKey::Int(i.clone()), i.to_string())
        }
        (C::Float(f), _) => {
            let f = if negate { -*f } else { *f };
            Literal::Key(float_key(f), crate::format::float_repr(f))
        }
        (C::Complex { .. }, _) => Literal::Complex,
        (_, true) => return None,
        (C::None, _) => Literal::Key(LitKey::None, "None".into()),
        (C::Bool(b), _) => Literal::Key(
            LitKey::Int(BigInt::from(*b as u8)),
            if *b { "True" } else { "False" }.into(),
        ),
        (C::Str(s), _) => Literal::Key(LitKey::Str(s.clone()), minion_tool::repr_str(s)),
        (C::Bytes(b), _) => Literal::Key(LitKey::Bytes(b.clone()), minion_tool::repr_bytes(b)),
        (C::Tuple(_) | C::Ellipsis, _) => Literal::Other,
    })
}

/// Classifies a value-pattern expression as CPython sees it after constant folding
/// (`-1` and `1+2j` are constants there).
fn literal(e: &ast::Expr) -> Literal {
    match e {
        ast::Expr::Constant(c) => constant_key(&c.value, false).unwrap_or(Literal::Other),
        ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
            ast::Expr::Constant(c) => constant_key(&c.value, true).unwrap_or(Literal::Other),
            _ => Literal::Other,
        },
        ast::Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
            Literal::Complex
        }
        ast::Expr::Attribute(_) => Literal::Attribute,
        _ => Literal::Other,
    }
}

/// Whether `e` is a real number literal, signed or not.
fn is_real(e: &ast::Expr) -> bool {
    let real = |e: &ast::Expr| {
        matches!(e, ast::Expr::Constant(c)
            if matches!(c.value, ast::Constant::Int(_) | ast::Constant::Float(_)))
    };
    match e {
        ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => real(&u.operand),
        _ => real(e),
    }
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...` (CPython's `compiler_match_inner`): the subject stays
    /// on the stack while cases are tried (a copy is matched, except by the last case);
    /// a trailing `case _:` is compiled as a plain `else`.
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let cases = m.cases.len();
        let has_default = cases > 1 && m.cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let n = cases - has_default as usize;
        let mut ends = Vec::new();
        for (i, case) in m.cases[..n].iter().enumerate() {
            self.set_line(&case.pattern);
            let last = i + 1 == n;
            if !last {
                self.emit(Instr::Dup);
            }
            // Irrefutable cases must be either guarded, last, or both.
            let mut pc = PatternCtx::new(case.guard.is_some() || i + 1 == cases);
            self.pattern(&case.pattern, &mut pc)?;
            // A match: store the captured names (their values are on the stack).
            let stores = std::mem::take(&mut pc.stores);
            for name in &stores {
                self.store_name(name);
            }
            if let Some(g) = &case.guard {
                self.expr(g)?;
                self.jump_to_fail_pop(&mut pc, Instr::PopJumpIfFalse(0));
            }
            if !last {
                self.emit(Instr::Pop);
            }
            self.stmts(&case.body)?;
            ends.push(self.emit(Instr::Jump(0)));
            self.set_line(&case.pattern);
            self.emit_fail_pop(&mut pc);
        }
        if has_default {
            let case = &m.cases[cases - 1];
            self.set_line(&case.pattern);
            if let Some(g) = &case.guard {
                self.expr(g)?;
                ends.push(self.emit(Instr::PopJumpIfFalse(0)));
            }
            self.stmts(&case.body)?;
        }
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// Emits `jump` to the failure label that pops the current work items and captures.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, jump: Instr) {
        let pops = pc.on_top + pc.stores.len();
        let at = self.emit(jump);
        if pc.fail_pop.len() <= pops {
            pc.fail_pop.resize_with(pops + 1, Vec::new);
        }
        pc.fail_pop[pops].push(at);
    }

    /// Emits the failure labels: the one for `n` pops pops one item and falls into the
    /// one for `n - 1`.
    fn emit_fail_pop(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (n, jumps) in labels.into_iter().enumerate().rev() {
            for j in jumps {
                self.patch(j);
            }
            if n > 0 {
                self.emit(Instr::Pop);
            }
        }
    }

    /// `[a1, ..., an] -> [an, a1, ..., an-1]`.
    fn rotate(&mut self, n: usize) {
        match n {
            0 | 1 => {}
            2 => {
                self.emit(Instr::Rot2);
            }
            3 => {
                self.emit(Instr::Rot3);
            }
            4 => {
                self.emit(Instr::Rot4);
            }
            _ => {
                self.emit(Instr::Rotate(n as u32));
            }
        }
    }

    /// Captures the value on top under `name` (or pops it for `_`): it is rotated under
    /// the work items and earlier captures, to be stored when the case matches.
    fn store_capture(
        &mut self,
        name: Option<&ast::Identifier>,
        pc: &mut PatternCtx,
        node: &impl Ranged,
    ) -> CResult {
        let Some(n) = name.map(|n| n.as_str()) else {
            self.emit(Instr::Pop);
            return Ok(());
        };
        if n == "__debug__" {
            return Err(self.error("cannot assign to __debug__", node));
        }
        if pc.stores.iter().any(|s| s == n) {
            return Err(self.error(
                format!("multiple assignments to name '{n}' in pattern"),
                node,
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(n.to_string());
        Ok(())
    }

    fn pattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternCtx) -> CResult {
        use ast::Pattern::*;
        self.set_line(p);
        match p {
            MatchValue(v) => {
                if matches!(literal(&v.value), Literal::Other) {
                    return Err(
                        self.error("patterns may only match literals and attribute lookups", p)
                    );
                }
                self.check_complex(&v.value)?;
                self.expr(&v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
            }
            MatchSingleton(s) => {
                let c = match s.value {
                    ast::Constant::None => 0,
                    ast::Constant::Bool(b) => self.add_const(Value::Bool(b)),
                    _ => {
                        return Err(
                            self.error("patterns may only match literals and attribute lookups", p)
                        )
                    }
                };
                self.emit(Instr::LoadConst(c));
                self.emit(Instr::Is(false));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
            }
            MatchSequence(s) => self.pattern_sequence(s, pc)?,
            MatchMapping(m) => self.pattern_mapping(m, pc)?,
            MatchClass(c) => self.pattern_class(c, pc)?,
            // The parser only allows a star directly in a sequence pattern.
            MatchStar(_) => return Err(self.error("invalid syntax", p)),
            MatchAs(a) => self.pattern_as(a, pc)?,
            MatchOr(o) => self.pattern_or(o, pc)?,
        }
        Ok(())
    }

    /// A sub-pattern: irrefutable patterns are allowed inside others.
    fn subpattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternCtx) -> CResult {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    /// `a + bj` literals must be a real number and an imaginary one (a parser rule
    /// in CPython).
    fn check_complex(&self, e: &ast::Expr) -> CResult {
        if let ast::Expr::BinOp(b) = e {
            if !is_real(&b.left) {
                return Err(self.error("real number required in complex literal", &*b.left));
            }
            let imaginary = matches!(&*b.right, ast::Expr::Constant(c)
                if matches!(c.value, ast::Constant::Complex { .. }));
            if !imaginary {
                return Err(self.error("imaginary number required in complex literal", &*b.right));
            }
        }
        Ok(())
    }

    /// `name`, `_`, `pattern as name`.
    fn pattern_as(&mut self, a: &'a ast::PatternMatchAs, pc: &mut PatternCtx) -> CResult {
        if a.name.as_ref().is_some_and(|n| n.as_str() == "_") {
            return Err(self.error("cannot use '_' as a target", a));
        }
        let Some(inner) = &a.pattern else {
            if !pc.allow_irrefutable {
                let msg = match &a.name {
                    Some(n) => format!(
                        "name capture '{}' makes remaining patterns unreachable",
                        n.as_str()
                    ),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.error(msg, a));
            }
            return self.store_capture(a.name.as_ref(), pc, a);
        };
        // Keep a copy of the subject to store once the inner pattern matched.
        pc.on_top += 1;
        self.emit(Instr::Dup);
        self.pattern(inner, pc)?;
        pc.on_top -= 1;
        self.store_capture(a.name.as_ref(), pc, a)
    }

    /// `[a, *rest, b]` / `(a, b)`: a sequence check, a length check, then the items
    /// by unpacking (or by index when the star is `*_`, to avoid building a list).
    fn pattern_sequence(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        pc: &mut PatternCtx,
    ) -> CResult {
        let patterns = &s.patterns;
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let ast::Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", s));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // Keep the subject on top during the sequence and length checks.
        pc.on_top += 1;
        self.emit(Instr::Match(MatchOp::Sequence));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
        let (want, op) = match star {
            None => (size, Some(CmpOp::Eq)),
            Some(_) if size > 1 => (size - 1, Some(CmpOp::Ge)),
            Some(_) => (0, None),
        };
        if let Some(op) = op {
            self.emit(Instr::Match(MatchOp::GetLen));
            let c = self.add_const(Value::Int(want as i64));
            self.emit(Instr::LoadConst(c));
            self.emit(Instr::Compare(op));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
        }
        pc.on_top -= 1;
        match star {
            _ if only_wildcard => {
                self.emit(Instr::Pop);
                Ok(())
            }
            Some(star) if star_wildcard => self.sequence_subscr(patterns, star, pc),
            _ => self.sequence_unpack(s, star, pc),
        }
    }

    /// Unpacks the subject (`UnpackSequence` / `UnpackEx`) and matches each item.
    fn sequence_unpack(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        star: Option<usize>,
        pc: &mut PatternCtx,
    ) -> CResult {
        let size = s.patterns.len();
        match star {
            None => {
                self.emit(Instr::UnpackSequence(size as u32));
            }
            Some(i) => {
                let after = size - i - 1;
                // CPython's limits for UNPACK_EX.
                if i >= 256 || after > u16::MAX as usize {
                    return Err(
                        self.error("too many expressions in star-unpacking sequence pattern", s)
                    );
                }
                self.emit(Instr::UnpackEx(i as u16, after as u16));
            }
        }
        // The items stay on the stack until their sub-pattern consumes them.
        pc.on_top += size;
        for p in &s.patterns {
            pc.on_top -= 1;
            match p {
                ast::Pattern::MatchStar(st) => self.store_capture(st.name.as_ref(), pc, st)?,
                _ => self.subpattern(p, pc)?,
            }
        }
        Ok(())
    }

    /// `[a, *_, b]`: matches items by index (`len(s) - k` after the star), no list.
    fn sequence_subscr(
        &mut self,
        patterns: &'a [ast::Pattern],
        star: usize,
        pc: &mut PatternCtx,
    ) -> CResult {
        let size = patterns.len();
        pc.on_top += 1;
        for (i, p) in patterns.iter().enumerate() {
            if i == star || is_wildcard(p) {
                continue;
            }
            self.emit(Instr::Dup);
            if i < star {
                let c = self.add_const(Value::Int(i as i64));
                self.emit(Instr::LoadConst(c));
            } else {
                // The subject may not support negative indexes: compute a
                // non-negative one.
                self.emit(Instr::Match(MatchOp::GetLen));
                let c = self.add_const(Value::Int((size - i) as i64));
                self.emit(Instr::LoadConst(c));
                self.emit(Instr::BinaryOp(super::code::BinOp::Sub));
            }
            self.emit(Instr::Subscript);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Instr::Pop);
        Ok(())
    }

    /// `{"k": v, Color.RED: w, **rest}`.
    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternCtx) -> CResult {
        let size = m.keys.len();
        if m.rest.as_ref().is_some_and(|r| r.as_str() == "_") {
            return Err(self.error("invalid syntax", m));
        }
        // Keep the subject on top during the mapping and length checks.
        pc.on_top += 1;
        self.emit(Instr::Match(MatchOp::Mapping));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Instr::Pop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Instr::Match(MatchOp::GetLen));
            let c = self.add_const(Value::Int(size as i64));
            self.emit(Instr::LoadConst(c));
            self.emit(Instr::Compare(CmpOp::Ge));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
        }
        let mut seen: Vec<LitKey> = Vec::new();
        for key in &m.keys {
            match literal(key) {
                Literal::Key(k, repr) => {
                    if seen.contains(&k) {
                        return Err(
                            self.error(format!("mapping pattern checks duplicate key ({repr})"), m)
                        );
                    }
                    seen.push(k);
                }
                Literal::Complex => self.check_complex(key)?,
                Literal::Attribute => {}
                Literal::Other => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                        key,
                    ))
                }
            }
            self.expr(key)?;
        }
        self.emit(Instr::BuildTuple(size as u32));
        self.emit(Instr::Match(MatchOp::Keys));
        // A tuple of keys and a tuple of values (or None) are now on top of the subject.
        pc.on_top += 2;
        self.emit(Instr::Dup);
        self.emit(Instr::LoadConst(0));
        self.emit(Instr::Is(true));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
        self.emit(Instr::UnpackSequence(size as u32));
        pc.on_top = pc.on_top + size - 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // It matched: what follows consumes the keys and the subject.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                self.emit(Instr::Match(MatchOp::DictWithoutKeys));
                self.store_capture(Some(rest), pc, m)?;
            }
            None => {
                self.emit(Instr::Pop);
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }

    /// `Point(x, y=0)`: `MatchOp::Class` leaves a tuple of the attributes to match.
    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx) -> CResult {
        let nargs = c.patterns.len();
        let nattrs = c.kwd_attrs.len();
        // Errors point at the keyword's sub-pattern, as CPython's.
        let at = |i: usize, message: String| CompileError {
            message,
            offset: u32::from(
                c.kwd_patterns
                    .get(i)
                    .map_or(c.range(), |p| p.range())
                    .start(),
            ),
        };
        for (i, attr) in c.kwd_attrs.iter().enumerate() {
            if attr.as_str() == "__debug__" {
                return Err(at(i, "cannot assign to __debug__".into()));
            }
            if let Some(j) = c.kwd_attrs[i + 1..].iter().position(|o| o == attr) {
                let message = format!(
                    "attribute name repeated in class pattern: {}",
                    attr.as_str()
                );
                return Err(at(i + 1 + j, message));
            }
        }
        self.expr(&c.cls)?;
        let mut names = Vec::with_capacity(nattrs);
        for attr in &c.kwd_attrs {
            let i = self.str_const(attr.as_str());
            names.push(self.unit.consts[i as usize]);
        }
        let tuple = self.heap.alloc(Obj::Tuple(names.into_boxed_slice()));
        let t = self.add_const(Value::Ref(tuple));
        self.emit(Instr::LoadConst(t));
        self.set_line(c);
        self.emit(Instr::Match(MatchOp::Class(nargs as u32)));
        self.emit(Instr::Dup);
        self.emit(Instr::LoadConst(0));
        self.emit(Instr::Is(true));
        // The top is a tuple of `nargs + nattrs` attributes (or None).
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
        let n = nargs + nattrs;
        self.emit(Instr::UnpackSequence(n as u32));
        pc.on_top = pc.on_top + n - 1;
        for p in c.patterns.iter().chain(&c.kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Instr::Pop);
            } else {
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    /// `p1 | p2 | ...`: each alternative matches a copy of the subject with its own
    /// failure labels; all must capture the same names, whose values are brought into
    /// the first alternative's order before they join the enclosing captures.
    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> CResult {
        let size = o.patterns.len();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        let mut ends = Vec::new();
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_line(alt);
            pc.stores = Vec::new();
            // An irrefutable alternative must be last, if it is allowed at all.
            pc.allow_irrefutable = i + 1 == size && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Instr::Dup);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => self.align_captures(ctl, pc, alt)?,
            }
            ends.push(self.emit(Instr::Jump(0)));
            self.emit_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        // No alternative matched: pop the subject and fail.
        self.emit(Instr::Pop);
        self.jump_to_fail_pop(pc, Instr::Jump(0));
        for e in ends {
            self.patch(e);
        }
        let control = control.unwrap_or_default();
        // Move the captures under the subject copy, the work items and earlier captures.
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    o,
                ));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.emit(Instr::Pop);
        Ok(())
    }

    /// Reorders the values an alternative captured into the order of the first
    /// alternative's (`control`), as CPython does with rotations.
    fn align_captures(
        &mut self,
        control: &[String],
        pc: &mut PatternCtx,
        alt: &ast::Pattern,
    ) -> CResult {
        let diff = |c: &Self| c.error("alternative patterns bind different names", alt);
        if control.len() != pc.stores.len() {
            return Err(diff(self));
        }
        for icontrol in (0..control.len()).rev() {
            let Some(istores) = pc.stores.iter().position(|n| *n == control[icontrol]) else {
                return Err(diff(self));
            };
            if istores > icontrol {
                return Err(diff(self));
            }
            if icontrol != istores {
                // stores[:rotations] moves to just above index icontrol.
                let rotations = istores + 1;
                let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                let at = icontrol - istores;
                pc.stores.splice(at..at, rotated);
                for _ in 0..rotations {
                    self.rotate(icontrol + 1);
                }
            }
        }
        Ok(())
    }
}
