//! Operators: arithmetic, bitwise, comparison, truthiness and membership, with CPython's
//! results and error messages for the built-in types.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Pow, Signed, ToPrimitive, Zero};

use super::Vm;
use crate::compile::code::{BinOp, CmpOp, UnOp};
use crate::error::{
    overflow_error, type_error, value_error, zero_division, LimitError, PyResult, Raise,
};
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;

/// Largest exponent bit count accepted for big-int `**` before the memory check.
const MAX_POW_RESULT_BITS: u64 = MAX_INT_BITS;

/// Largest int (in bits) an arithmetic operation may produce: 2**23 bits, about 2.5
/// million decimal digits. num-bigint needs about a second for a `**` of that size, so
/// a single operation cannot outrun the time limit by much; CPython has no such cap
/// (and refuses to print ints over 4300 digits anyway).
pub const MAX_INT_BITS: u64 = 1 << 23;

/// Bits above which a big-int operation charges operations (and so checks the clock).
const BIG_OPERAND_BITS: u64 = 1 << 12;

impl Vm {
    /// `a op b`.
    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if self.has_operator_dunders(a) || self.has_operator_dunders(b) {
            if let Some(v) = self.user_binary(op, a, b, false)? {
                return Ok(v);
            }
        }
        // Fast paths: small ints and floats.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(v) = small_int_op(op, x, y)? {
                return Ok(v);
            }
        }
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            return float_op(op, x, y);
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if matches!(ta, Ty::Fraction | Ty::Decimal) || matches!(tb, Ty::Fraction | Ty::Decimal) {
            if let Some(v) = crate::modules::exact::binary(self, op, a, b)? {
                return Ok(v);
            }
        }
        let numeric = |t: Ty| matches!(t, Ty::Int | Ty::Bool | Ty::Float);
        if numeric(ta) && numeric(tb) {
            if ta == Ty::Float || tb == Ty::Float {
                if matches!(
                    op,
                    BinOp::LShift
                        | BinOp::RShift
                        | BinOp::BitAnd
                        | BinOp::BitOr
                        | BinOp::BitXor
                        | BinOp::MatMul
                ) {
                    return Err(self.unsupported_operands(op, a, b));
                }
                let x = self.to_f64(a).expect("numeric")?;
                let y = self.to_f64(b).expect("numeric")?;
                return float_op(op, x, y);
            }
            if ta == Ty::Bool
                && tb == Ty::Bool
                && matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor)
            {
                let (Value::Bool(x), Value::Bool(y)) = (a, b) else {
                    unreachable!()
                };
                return Ok(Value::Bool(match op {
                    BinOp::BitAnd => x & y,
                    BinOp::BitOr => x | y,
                    _ => x ^ y,
                }));
            }
            let x = self.to_bigint(a).expect("int");
            let y = self.to_bigint(b).expect("int");
            return self.big_int_op(op, x, y, a, b);
        }
        match (op, ta, tb) {
            (BinOp::Add, Ty::Str, Ty::Str) => {
                let s = {
                    let x = self.str_ref(a)?;
                    let y = self.str_ref(b)?;
                    let mut s = String::with_capacity(x.len() + y.len());
                    s.push_str(x);
                    s.push_str(y);
                    s
                };
                self.check_alloc(s.len())?;
                Ok(self.new_str(s))
            }
            (BinOp::Add, Ty::List, Ty::List) => {
                let mut items = self.seq_items(a);
                items.extend(self.seq_items(b));
                self.check_alloc(items.len() * 16)?;
                Ok(self.new_list(items))
            }
            (BinOp::Add, Ty::Tuple, Ty::Tuple) => {
                let mut items = self.seq_items(a);
                items.extend(self.seq_items(b));
                self.check_alloc(items.len() * 16)?;
                Ok(self.new_tuple(items))
            }
            (BinOp::Add, Ty::Bytes | Ty::ByteArray, Ty::Bytes | Ty::ByteArray) => {
                let (x, y) = (self.bytes_of(a), self.bytes_of(b));
                self.check_alloc(x.len().saturating_add(y.len()))?;
                let mut x = x.to_vec();
                x.extend_from_slice(self.bytes_of(b));
                Ok(self.new_bytes_like(ta, x))
            }
            (
                BinOp::Mul,
                Ty::Str | Ty::List | Ty::Tuple | Ty::Bytes | Ty::ByteArray,
                Ty::Int | Ty::Bool,
            ) => self.repeat(a, b),
            (
                BinOp::Mul,
                Ty::Int | Ty::Bool,
                Ty::Str | Ty::List | Ty::Tuple | Ty::Bytes | Ty::ByteArray,
            ) => self.repeat(b, a),
            (BinOp::Mod, Ty::Str | Ty::Bytes | Ty::ByteArray, _) => self.percent_format(a, b),
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Ty::Set | Ty::FrozenSet,
                Ty::Set | Ty::FrozenSet,
            ) => self.set_op(op, a, b, ta),
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Ty::DictKeys | Ty::DictItems,
                _,
            ) => crate::methods::set::dict_view_op(self, op, a, b),
            (BinOp::BitOr, Ty::Dict, Ty::Dict) => {
                let pairs: Vec<(Value, Value)> = self
                    .dict_of(a)
                    .expect("dict")
                    .iter()
                    .map(|e| (e.key, e.value))
                    .collect();
                let d = self.alloc(Obj::Dict(Dict::with_capacity(pairs.len())));
                let id = d.as_ref().expect("dict");
                for (k, v) in pairs {
                    self.dict_set(id, k, v)?;
                }
                self.dict_update_from(d, b, false)?;
                Ok(d)
            }
            _ => match crate::modules::collections::binary_op(self, op, a, b, false)? {
                Some(v) => Ok(v),
                None => match crate::modules::datetime::binary_op(self, op, a, b)? {
                    Some(v) => Ok(v),
                    // `int | None`: a `types.UnionType` (`modules::typing`).
                    None if op == BinOp::BitOr => {
                        match crate::modules::typing::type_or(self, a, b)? {
                            Some(v) => Ok(v),
                            None => Err(self.unsupported_operands(op, a, b)),
                        }
                    }
                    None => Err(self.unsupported_operands(op, a, b)),
                },
            },
        }
    }

    /// `a op= b`: lists, sets and dicts are updated in place; everything else falls back
    /// to `a op b`.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if self.has_operator_dunders(a) || self.has_operator_dunders(b) {
            if let Some(v) = self.user_binary(op, a, b, true)? {
                return Ok(v);
            }
        }
        match (op, self.type_of(a)) {
            (BinOp::Add, Ty::List) => {
                let items = self.collect_iterable(b).map_err(|_| {
                    type_error(format!("'{}' object is not iterable", self.type_name(b)))
                })?;
                self.list_extend(a, items)?;
                Ok(a)
            }
            (BinOp::Mul, Ty::List) => {
                let n = self.expect_i64(b)?;
                let items = self.seq_items(a);
                let total = items.len().saturating_mul(n.max(0) as usize);
                self.check_alloc(total.saturating_mul(16))?;
                let mut out = Vec::with_capacity(total);
                for _ in 0..n.max(0) {
                    out.extend_from_slice(&items);
                }
                if let Obj::List(l) = self.heap.get_mut(a.as_ref().expect("list")) {
                    *l = out;
                }
                self.heap.grew(total * 16);
                Ok(a)
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Ty::Set)
                if matches!(self.type_of(b), Ty::Set | Ty::FrozenSet) =>
            {
                crate::methods::set::inplace_op(self, op, a, b)?;
                Ok(a)
            }
            (BinOp::BitOr, Ty::Dict) => {
                self.dict_update_from(a, b, false)?;
                Ok(a)
            }
            (BinOp::Add | BinOp::Mul, Ty::ByteArray) => {
                // Computed as `a op b`, then stored back into `a` so its identity stays.
                let r = self.binary_op(op, a, b)?;
                let new = self.bytes_of(r).to_vec();
                let grew = new.len().saturating_sub(self.bytes_of(a).len());
                if let Obj::ByteArray(x) = self.heap.get_mut(a.as_ref().expect("bytearray")) {
                    *x = new;
                }
                self.heap.grew(grew);
                Ok(a)
            }
            (_, Ty::Counter | Ty::Deque | Ty::OrderedDict | Ty::DefaultDict) => {
                match crate::modules::collections::binary_op(self, op, a, b, true)? {
                    Some(v) => Ok(v),
                    None => self.binary_op(op, a, b),
                }
            }
            _ => self.binary_op(op, a, b),
        }
    }

    fn unsupported_operands(&self, op: BinOp, a: Value, b: Value) -> Raise {
        let is_seq = |t: Ty| {
            matches!(
                t,
                Ty::Str | Ty::List | Ty::Tuple | Ty::Bytes | Ty::ByteArray
            )
        };
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        match op {
            // CPython falls back to the sequence protocol, whose errors are worded apart.
            BinOp::Add if matches!(ta, Ty::Bytes | Ty::ByteArray) => {
                return type_error(format!(
                    "can't concat {} to {}",
                    self.type_name(b),
                    self.type_name(a)
                ));
            }
            BinOp::Add if is_seq(ta) => {
                return type_error(format!(
                    "can only concatenate {} (not \"{}\") to {}",
                    self.type_name(a),
                    self.type_name(b),
                    self.type_name(a)
                ));
            }
            BinOp::Mul if is_seq(ta) || is_seq(tb) => {
                let other = if is_seq(ta) { b } else { a };
                return type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(other)
                ));
            }
            _ => {}
        }
        type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    fn big_int_op(
        &mut self,
        op: BinOp,
        x: BigInt,
        y: BigInt,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        let work = x.bits().max(y.bits());
        if work > BIG_OPERAND_BITS {
            // Quadratic-ish work on big operands: count it, which also checks the clock.
            self.charge(work / 64)?;
        }
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => {
                let bits = x.bits() + y.bits();
                if bits > MAX_INT_BITS {
                    return Err(Raise::limit(LimitError::IntTooLarge(MAX_INT_BITS)));
                }
                self.check_alloc((bits / 8) as usize)?;
                x * y
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(zero_division("integer division or modulo by zero"));
                }
                x.div_floor(&y)
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(zero_division("integer modulo by zero"));
                }
                x.mod_floor(&y)
            }
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return Err(zero_division("division by zero"));
                }
                return Ok(Value::Float(big_true_div(&x, &y)?));
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let xf = x.to_f64().unwrap_or(f64::INFINITY);
                    let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                    return float_op(BinOp::Pow, xf, yf);
                }
                let exp = y
                    .to_u64()
                    .ok_or_else(|| overflow_error("exponent too large"))?;
                let bits = x.bits().saturating_mul(exp);
                if bits > MAX_POW_RESULT_BITS {
                    return Err(Raise::limit(LimitError::IntTooLarge(MAX_INT_BITS)));
                }
                self.check_alloc((bits / 8) as usize)?;
                self.charge(bits / 4096)?;
                Pow::pow(x, exp)
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(value_error("negative shift count"));
                }
                let n = y
                    .to_u64()
                    .ok_or_else(|| overflow_error("too many digits in integer"))?;
                if x.is_zero() {
                    return Ok(Value::Int(0));
                }
                if x.bits().saturating_add(n) > MAX_INT_BITS {
                    return Err(Raise::limit(LimitError::IntTooLarge(MAX_INT_BITS)));
                }
                self.check_alloc((n / 8) as usize)?;
                x << n
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(value_error("negative shift count"));
                }
                match y.to_u64() {
                    Some(n) => {
                        // Python's >> floors (rounds toward negative infinity).
                        if x.is_negative() {
                            let d = BigInt::from(1) << n;
                            x.div_floor(&d)
                        } else {
                            x >> n
                        }
                    }
                    None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
                }
            }
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            BinOp::BitXor => x ^ y,
            BinOp::MatMul => return Err(self.unsupported_operands(op, a, b)),
        };
        Ok(self.new_int(r))
    }

    fn repeat(&mut self, seq: Value, n: Value) -> PyResult<Value> {
        let n = match n {
            Value::Int(i) => i,
            Value::Bool(b) => b as i64,
            _ => {
                return Err(overflow_error(
                    "cannot fit 'int' into an index-sized integer".to_string(),
                ))
            }
        };
        let n = n.max(0) as usize;
        match self.type_of(seq) {
            Ty::Str => {
                let s = self.str_ref(seq)?;
                let total = s
                    .len()
                    .checked_mul(n)
                    .ok_or_else(|| Raise::new(Ty::MemoryError, ""))?;
                self.check_alloc(total)?;
                let r = self.str_ref(seq)?.repeat(n);
                Ok(self.new_str(r))
            }
            t @ (Ty::Bytes | Ty::ByteArray) => {
                let b = self.bytes_of(seq);
                let total = b
                    .len()
                    .checked_mul(n)
                    .ok_or_else(|| Raise::new(Ty::MemoryError, ""))?;
                self.check_alloc(total)?;
                let r = self.bytes_of(seq).repeat(n);
                Ok(self.new_bytes_like(t, r))
            }
            t => {
                let items = self.seq_items(seq);
                let total = items
                    .len()
                    .checked_mul(n)
                    .ok_or_else(|| Raise::new(Ty::MemoryError, ""))?;
                self.check_alloc(total.saturating_mul(16))?;
                let mut out = Vec::with_capacity(total);
                for _ in 0..n {
                    out.extend_from_slice(&items);
                }
                Ok(if t == Ty::List {
                    self.new_list(out)
                } else {
                    self.new_tuple(out)
                })
            }
        }
    }

    fn set_op(&mut self, op: BinOp, a: Value, b: Value, result_ty: Ty) -> PyResult<Value> {
        crate::methods::set::binary_op(self, op, a, b, result_ty == Ty::FrozenSet)
    }

    /// Lexicographic order of two sequences: the first unequal pair decides.
    fn seq_cmp(&self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<Option<Ordering>> {
        for (x, y) in xs.iter().zip(ys) {
            if x.is(*y) || self.eq(*x, *y)? {
                continue;
            }
            return self.partial_cmp(*x, *y, op);
        }
        Ok(Some(xs.len().cmp(&ys.len())))
    }

    /// Items of a list or tuple, borrowed (empty for other values).
    pub fn seq_slice(&self, v: Value) -> &[Value] {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::List(l) => l,
                Obj::Tuple(t) => t,
                Obj::NamedTuple(t) => &t.items,
                _ => &[],
            },
            _ => &[],
        }
    }

    /// Items of a list or tuple (copied).
    pub fn seq_items(&self, v: Value) -> Vec<Value> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::List(l) => l.clone(),
                Obj::Tuple(t) => t.to_vec(),
                Obj::NamedTuple(t) => t.items.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// A new `bytes` (or `bytearray` when `ty` is `Ty::ByteArray`) holding `b`.
    pub fn new_bytes_like(&mut self, ty: Ty, b: Vec<u8>) -> Value {
        if ty == Ty::ByteArray {
            self.alloc(Obj::ByteArray(b))
        } else {
            self.alloc(Obj::Bytes(b))
        }
    }

    /// The bytes of a `bytes` or `bytearray` value (empty for others).
    pub fn bytes_of(&self, v: Value) -> &[u8] {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Bytes(b) | Obj::ByteArray(b) => b,
                _ => &[],
            },
            _ => &[],
        }
    }

    /// `op a`.
    pub fn unary_op(&mut self, op: UnOp, a: Value) -> PyResult<Value> {
        if op == UnOp::Not {
            return Ok(Value::Bool(!self.truthy_mut(a)?));
        }
        if self.is_instance(a) {
            if let Some(v) = self.user_unary(op, a)? {
                return Ok(v);
            }
        }
        match (op, a) {
            (UnOp::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(v) => Value::Int(v),
                None => self.new_int(-BigInt::from(i)),
            }),
            (UnOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(b as i64))),
            (UnOp::Pos, Value::Int(_) | Value::Float(_)) => Ok(a),
            (UnOp::Pos, Value::Bool(b)) => Ok(Value::Int(b as i64)),
            (UnOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(b as i64))),
            _ if crate::modules::exact::is_exact(self, a) => {
                match crate::modules::exact::unary(self, op, a)? {
                    Some(v) => Ok(v),
                    None => Err(type_error(format!(
                        "bad operand type for unary ~: '{}'",
                        self.type_name(a)
                    ))),
                }
            }
            _ => {
                if op != UnOp::Invert {
                    if let Some(v) = crate::modules::datetime::unary_op(self, op, a)? {
                        return Ok(v);
                    }
                    let neg = op == UnOp::Neg;
                    if let Some(v) = crate::modules::collections::unary_op(self, neg, a)? {
                        return Ok(v);
                    }
                }
                if let Some(i) = self.to_bigint(a) {
                    return Ok(match op {
                        UnOp::Neg => self.new_int(-i),
                        UnOp::Invert => self.new_int(-i - 1),
                        _ => a,
                    });
                }
                let sym = match op {
                    UnOp::Neg => "-",
                    UnOp::Pos => "+",
                    _ => "~",
                };
                Err(type_error(format!(
                    "bad operand type for unary {sym}: '{}'",
                    self.type_name(a)
                )))
            }
        }
    }

    /// `a == b` for two lists (or two tuples) holding instances: element by element
    /// with the elements' `__eq__` (dataclass records in a list); `None` otherwise.
    fn seq_eq_with_instances(&mut self, a: Value, b: Value) -> PyResult<Option<bool>> {
        let (Value::Ref(x), Value::Ref(y)) = (a, b) else {
            return Ok(None);
        };
        let same_kind = matches!(
            (self.heap.get(x), self.heap.get(y)),
            (Obj::List(_), Obj::List(_))
                | (Obj::Tuple(_), Obj::Tuple(_))
                | (
                    Obj::Set(_) | Obj::FrozenSet(_),
                    Obj::Set(_) | Obj::FrozenSet(_)
                )
                | (Obj::Dict(_), Obj::Dict(_))
        );
        if !same_kind || !(self.holds_instance(a, 0) || self.holds_instance(b, 0)) {
            return Ok(None);
        }
        if let Some(r) = self.table_eq_with_instances(x, y)? {
            return Ok(Some(r));
        }
        let (xs, ys) = match (self.heap.get(x), self.heap.get(y)) {
            (Obj::List(p), Obj::List(q)) => (p.clone(), q.clone()),
            (Obj::Tuple(p), Obj::Tuple(q)) => (p.to_vec(), q.to_vec()),
            _ => return Ok(None),
        };
        if xs.len() != ys.len() {
            return Ok(Some(false));
        }
        self.charge(xs.len() as u64)?;
        for (p, q) in xs.into_iter().zip(ys) {
            if p.is(q) {
                continue;
            }
            let r = self.compare(CmpOp::Eq, p, q)?;
            if !self.truthy_mut(r)? {
                return Ok(Some(false));
            }
        }
        Ok(Some(true))
    }

    /// `a == b` for two sets or two dicts holding instances: each key of `a` is looked
    /// up in `b` with the keys' `__hash__`/`__eq__`, and dict values compared with
    /// `__eq__`; `None` when the two are not sets or dicts.
    fn table_eq_with_instances(
        &mut self,
        x: crate::heap::HeapId,
        y: crate::heap::HeapId,
    ) -> PyResult<Option<bool>> {
        let entries: Vec<(Value, Value)> = match (self.heap.get(x), self.heap.get(y)) {
            (Obj::Set(d) | Obj::FrozenSet(d), Obj::Set(_) | Obj::FrozenSet(_))
            | (Obj::Dict(d), Obj::Dict(_)) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => return Ok(None),
        };
        let len_y = self.dict_of(Value::Ref(y)).map_or(0, |d| d.len());
        if entries.len() != len_y {
            return Ok(Some(false));
        }
        let is_dict = matches!(self.heap.get(x), Obj::Dict(_));
        self.charge(entries.len() as u64)?;
        for (k, v) in entries {
            let Some(i) = self.dict_find_mut(y, k)? else {
                return Ok(Some(false));
            };
            if is_dict {
                let other = self
                    .dict_of(Value::Ref(y))
                    .and_then(|d| d.entry(i))
                    .map_or(Value::None, |e| e.value);
                if !v.is(other) && !self.eq_mut(v, other)? {
                    return Ok(Some(false));
                }
            }
        }
        Ok(Some(true))
    }

    /// Truthiness (`bool(v)`).
    pub fn truthy(&self, v: Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Undef => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Str(s) => !s.s.is_empty(),
                Obj::Bytes(b) | Obj::ByteArray(b) => !b.is_empty(),
                Obj::Int(i) => !i.is_zero(),
                Obj::List(l) => !l.is_empty(),
                Obj::Tuple(t) => !t.is_empty(),
                Obj::NamedTuple(t) => !t.items.is_empty(),
                Obj::Deque(d) => !d.items.is_empty(),
                Obj::ChainMap(m) => {
                    let maps = self.seq_items(*m);
                    maps.iter()
                        .any(|x| self.dict_of(*x).is_some_and(|d| !d.is_empty()))
                }
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => !d.is_empty(),
                Obj::Range(a, b, c) => super::convert::range_len(*a, *b, *c) > 0,
                Obj::Dt(d) => d.truthy(),
                Obj::DictView(d, _) => self.dict_of(*d).is_some_and(|d| !d.is_empty()),
                Obj::Fraction(_) | Obj::Decimal(_) => {
                    crate::modules::exact::truthy(self, v).unwrap_or(true)
                }
                _ => true,
            },
            _ => true,
        })
    }

    /// `a op b` for comparisons.
    pub fn compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(cmp_holds(op, x.cmp(&y))));
        }
        if self.has_operator_dunders(a) || self.has_operator_dunders(b) {
            if let Some(v) = self.user_compare(op, a, b)? {
                return Ok(v);
            }
        }
        if let Some(v) = crate::modules::functools::compare(self, op, a, b)? {
            return Ok(v);
        }
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            if let Some(eq) = self.seq_eq_with_instances(a, b)? {
                return Ok(Value::Bool(eq == (op == CmpOp::Eq)));
            }
        }
        match op {
            CmpOp::Eq => {
                return Ok(Value::Bool(
                    a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) || self.eq(a, b)?,
                ))
            }
            CmpOp::Ne => {
                return Ok(Value::Bool(
                    !(a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) || self.eq(a, b)?),
                ))
            }
            _ => {}
        }
        match self.partial_cmp(a, b, op)? {
            Some(ord) => Ok(Value::Bool(cmp_holds(op, ord))),
            None => Ok(Value::Bool(false)), // NaN involved
        }
    }

    /// Orders two values for `<`-style comparisons (`None` when unordered, e.g. NaN).
    pub fn partial_cmp(&self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<Ordering>> {
        const EXACT: i64 = 1 << 53;
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(Some(x.cmp(&y))),
            (Value::Float(x), Value::Float(y)) => return Ok(x.partial_cmp(&y)),
            (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < EXACT as u64 => {
                return Ok((x as f64).partial_cmp(&y))
            }
            (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < EXACT as u64 => {
                return Ok(x.partial_cmp(&(y as f64)))
            }
            _ => {}
        }
        if let (Value::Ref(ia), Value::Ref(ib)) = (a, b) {
            match (self.heap.get(ia), self.heap.get(ib)) {
                (Obj::Str(x), Obj::Str(y)) => return Ok(Some(x.s.cmp(&y.s))),
                (Obj::Tuple(xs), Obj::Tuple(ys)) => return self.seq_cmp(xs, ys, op),
                (Obj::List(xs), Obj::List(ys)) => return self.seq_cmp(xs, ys, op),
                _ => {}
            }
        }
        if let Some(r) = crate::modules::exact::partial_cmp(self, a, b) {
            return r;
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let numeric = |t: Ty| matches!(t, Ty::Int | Ty::Bool | Ty::Float);
        if numeric(ta) && numeric(tb) {
            if ta != Ty::Float && tb != Ty::Float {
                let x = self.to_bigint(a).expect("int");
                let y = self.to_bigint(b).expect("int");
                return Ok(Some(x.cmp(&y)));
            }
            let x = self.num_as_cmp_f64(a);
            let y = self.num_as_cmp_f64(b);
            return Ok(x.partial_cmp(&y));
        }
        match (ta, tb) {
            (Ty::Str, Ty::Str) => Ok(Some(self.str_ref(a)?.cmp(self.str_ref(b)?))),
            (Ty::Bytes | Ty::ByteArray, Ty::Bytes | Ty::ByteArray) => {
                Ok(Some(self.bytes_of(a).cmp(self.bytes_of(b))))
            }
            (Ty::List, Ty::List) | (Ty::Tuple, Ty::Tuple) => {
                let xs = self.seq_slice(a);
                let ys = self.seq_slice(b);
                for (x, y) in xs.iter().zip(ys) {
                    if x.is(*y) || self.eq(*x, *y)? {
                        continue;
                    }
                    return self.partial_cmp(*x, *y, op);
                }
                Ok(Some(xs.len().cmp(&ys.len())))
            }
            (Ty::Set | Ty::FrozenSet, Ty::Set | Ty::FrozenSet) => {
                let xs: Vec<Value> = self.dict_of(a).expect("set").keys().collect();
                let ys = self.dict_of(b).expect("set");
                let x_in_y = xs
                    .iter()
                    .all(|x| matches!(self.dict_find(ys, *x), Ok(Some(_))));
                let (lx, ly) = (xs.len(), ys.len());
                // Subset order: only meaningful for the operator asked.
                Ok(match op {
                    CmpOp::Le | CmpOp::Ge | CmpOp::Lt | CmpOp::Gt => {
                        let sub = x_in_y;
                        let sup = {
                            let ysv: Vec<Value> = ys.keys().collect();
                            let xd = self.dict_of(a).expect("set");
                            ysv.iter()
                                .all(|y| matches!(self.dict_find(xd, *y), Ok(Some(_))))
                        };
                        match op {
                            CmpOp::Le => Some(if sub {
                                Ordering::Less
                            } else {
                                Ordering::Greater
                            }),
                            CmpOp::Lt => Some(if sub && lx < ly {
                                Ordering::Less
                            } else {
                                Ordering::Greater
                            }),
                            CmpOp::Ge => Some(if sup {
                                Ordering::Greater
                            } else {
                                Ordering::Less
                            }),
                            _ => Some(if sup && lx > ly {
                                Ordering::Greater
                            } else {
                                Ordering::Less
                            }),
                        }
                    }
                    _ => None,
                })
            }
            _ if crate::modules::datetime::is_type(ta) && crate::modules::datetime::is_type(tb) => {
                match crate::modules::datetime::partial_cmp(self, a, b, op)? {
                    Some(ord) => Ok(Some(ord)),
                    None => Err(type_error(format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        op.symbol(),
                        self.type_name(a),
                        self.type_name(b)
                    ))),
                }
            }
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    fn num_as_cmp_f64(&self, v: Value) -> f64 {
        match v {
            Value::Float(f) => f,
            Value::Int(i) => i as f64,
            Value::Bool(b) => b as i64 as f64,
            _ => self.to_bigint(v).and_then(|b| b.to_f64()).unwrap_or(0.0),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Value::Ref(id) = container {
            if matches!(self.heap.get(id), Obj::Class(c) if c.flags & crate::objects::class::flags::ENUM != 0)
            {
                return crate::modules::enum_::contains_class(self, id, item);
            }
        }
        if self.is_instance(container) {
            if let Some(r) = self.call_dunder(container, "__contains__", &[item])? {
                return self.truthy_mut(r);
            }
            let it = self.get_iter(container)?;
            while let Some(x) = self.iter_next(it)? {
                let eq = self.compare(CmpOp::Eq, x, item)?;
                if self.truthy_mut(eq)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let ty = self.type_of(container);
        match ty {
            Ty::Str => {
                if !self.is_str(item) {
                    return Err(type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        self.type_name(item)
                    )));
                }
                Ok(self.str_ref(container)?.contains(self.str_ref(item)?))
            }
            Ty::Bytes | Ty::ByteArray => match self.type_of(item) {
                Ty::Int | Ty::Bool => match self.expect_i64(item) {
                    Ok(i) if (0..256).contains(&i) => {
                        Ok(self.bytes_of(container).contains(&(i as u8)))
                    }
                    _ => Err(value_error("byte must be in range(0, 256)")),
                },
                t if t != Ty::Bytes && t != Ty::ByteArray => Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    self.type_name(item)
                ))),
                _ => {
                    let needle = self.bytes_of(item).to_vec();
                    let hay = self.bytes_of(container);
                    Ok(needle.is_empty()
                        || hay.windows(needle.len()).any(|w| w == needle.as_slice()))
                }
            },
            Ty::Dict
            | Ty::Counter
            | Ty::DefaultDict
            | Ty::OrderedDict
            | Ty::Set
            | Ty::FrozenSet
            | Ty::DictKeys => {
                let d = match ty {
                    Ty::DictKeys => match self.heap.get(container.as_ref().expect("view")) {
                        Obj::DictView(d, _) => *d,
                        _ => container,
                    },
                    _ => container,
                };
                match self.hash_value(item) {
                    Ok(_) => match d {
                        Value::Ref(did) => Ok(self.dict_find_mut(did, item)?.is_some()),
                        _ => Ok(false),
                    },
                    Err(e) if ty.is_dict() || ty == Ty::DictKeys => Err(e),
                    Err(e) => Err(e),
                }
            }
            Ty::Range => {
                let Obj::Range(start, stop, step) =
                    *self.heap.get(container.as_ref().expect("range"))
                else {
                    unreachable!()
                };
                match item {
                    Value::Int(i) => {
                        let inr = if step > 0 {
                            start <= i && i < stop
                        } else {
                            stop < i && i <= start
                        };
                        Ok(inr && (i - start) % step == 0)
                    }
                    Value::Bool(b) => {
                        let i = b as i64;
                        let inr = if step > 0 {
                            start <= i && i < stop
                        } else {
                            stop < i && i <= start
                        };
                        Ok(inr && (i - start) % step == 0)
                    }
                    _ => self.contains_by_iter(container, item),
                }
            }
            _ => self.contains_by_iter(container, item),
        }
    }

    fn contains_by_iter(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Value::Ref(id) = container {
            if let Obj::ChainMap(_) = self.heap.get(id) {
                return crate::modules::collections::item::chainmap_contains(self, id, item);
            }
            if let Obj::List(_) | Obj::Tuple(_) | Obj::NamedTuple(_) | Obj::Deque(_) =
                self.heap.get(id)
            {
                if let Obj::Deque(d) = self.heap.get(id) {
                    let items: Vec<Value> = d.items.iter().copied().collect();
                    for x in items {
                        if x.is(item) || self.eq_mut(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                for x in self.seq_items(container) {
                    if x.is(item) || self.eq_mut(x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
        if !self.is_iterable(container) {
            return Err(type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.iter_next(it)? {
            if x.is(item) || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

fn cmp_holds(op: CmpOp, ord: Ordering) -> bool {
    match op {
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::Le => ord != Ordering::Greater,
        CmpOp::Eq => ord == Ordering::Equal,
        CmpOp::Ne => ord != Ordering::Equal,
        CmpOp::Gt => ord == Ordering::Greater,
        CmpOp::Ge => ord != Ordering::Less,
    }
}

/// Small-int arithmetic; `None` when the result needs the big-int path.
#[inline]
fn small_int_op(op: BinOp, x: i64, y: i64) -> PyResult<Option<Value>> {
    Ok(match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Sub => x.checked_sub(y).map(Value::Int),
        BinOp::Mul => x.checked_mul(y).map(Value::Int),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(zero_division("integer division or modulo by zero"));
            }
            if x == i64::MIN && y == -1 {
                None
            } else {
                Some(Value::Int(Integer::div_floor(&x, &y)))
            }
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(zero_division("integer modulo by zero"));
            }
            if y == -1 {
                Some(Value::Int(0))
            } else {
                Some(Value::Int(Integer::mod_floor(&x, &y)))
            }
        }
        BinOp::TrueDiv => {
            if y == 0 {
                return Err(zero_division("division by zero"));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                Some(Value::Float(x as f64 / y as f64))
            } else {
                None
            }
        }
        BinOp::BitAnd => Some(Value::Int(x & y)),
        BinOp::BitOr => Some(Value::Int(x | y)),
        BinOp::BitXor => Some(Value::Int(x ^ y)),
        BinOp::LShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            if y < 63 && (x.unsigned_abs() >> (63 - y)) == 0 {
                Some(Value::Int(x << y))
            } else {
                None
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            Some(Value::Int(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }))
        }
        BinOp::Pow => {
            if y < 0 {
                return float_op(BinOp::Pow, x as f64, y as f64).map(Some);
            }
            u32::try_from(y)
                .ok()
                .and_then(|e| x.checked_pow(e))
                .map(Value::Int)
        }
        BinOp::MatMul => None,
    })
}

/// Float arithmetic with CPython's errors.
pub fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                return Err(value_error("complex numbers are not supported (negative number raised to a fractional power)"));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(overflow_error("(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol()
            )))
        }
    }))
}

/// CPython's float `divmod` (the modulo takes the divisor's sign).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// `x / y` for big ints, correctly rounded as CPython does.
pub(crate) fn big_true_div(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    match (x.to_f64(), y.to_f64()) {
        (Some(a), Some(b)) if a.abs() < 9.007199254740992e15 && b.abs() < 9.007199254740992e15 => {
            Ok(a / b)
        }
        _ => {
            // Scale to keep 64+ significant bits of the quotient, then convert.
            let shift = (y.bits() as i64 - x.bits() as i64 + 66).max(0) as u64;
            let q = (x << shift) / y;
            let f = q.to_f64().unwrap_or(f64::INFINITY) / 2f64.powi(shift as i32);
            if f.is_infinite() {
                return Err(overflow_error(
                    "integer division result too large for a float",
                ));
            }
            Ok(f)
        }
    }
}
