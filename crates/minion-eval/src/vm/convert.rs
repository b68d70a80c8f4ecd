//! Small helpers over values: allocation, type names, str access, hashing, equality,
//! and container building blocks used by the run loop, builtins and methods.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::Vm;
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::hash::{hash_bigint, hash_f64, hash_i64, hash_tuple};
use crate::objects::{Dict, Obj, PyStr};
use crate::types::Ty;
use crate::value::Value;

/// Deepest nesting `==`, `hash` and `repr` follow before `RecursionError`.
pub const MAX_NESTING: usize = 200;

impl Vm {
    /// Allocates `obj` and returns its value.
    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> Value {
        Value::Ref(self.heap.alloc(obj))
    }

    /// A new `str`.
    pub fn new_str(&mut self, s: impl Into<Box<str>>) -> Value {
        self.alloc(Obj::Str(PyStr::new(s)))
    }

    /// A new list.
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.alloc(Obj::List(items))
    }

    /// A new tuple.
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        self.alloc(Obj::Tuple(items.into_boxed_slice()))
    }

    /// An int from a big int, normalised to `Value::Int` when it fits.
    pub fn new_int(&mut self, i: BigInt) -> Value {
        match i.to_i64() {
            Some(v) => Value::Int(v),
            None => self.alloc(Obj::Int(i)),
        }
    }

    /// The built-in type of `v`.
    pub fn type_of(&self, v: Value) -> Ty {
        match v {
            Value::None => Ty::NoneType,
            Value::Bool(_) => Ty::Bool,
            Value::Int(_) => Ty::Int,
            Value::Float(_) => Ty::Float,
            Value::Builtin(_) | Value::Tool(_) | Value::ModuleFn(_) => Ty::BuiltinFunction,
            Value::Type(_) => Ty::Type,
            Value::Ellipsis => Ty::Ellipsis,
            Value::Undef => Ty::NoneType,
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Str(_) => Ty::Str,
                Obj::Bytes(_) => Ty::Bytes,
                Obj::ByteArray(_) => Ty::ByteArray,
                Obj::Int(_) => Ty::Int,
                Obj::List(_) => Ty::List,
                Obj::Tuple(_) => Ty::Tuple,
                Obj::Dict(d) => d.ty(),
                Obj::Set(_) => Ty::Set,
                Obj::FrozenSet(_) => Ty::FrozenSet,
                Obj::Range(..) => Ty::Range,
                Obj::Slice(..) => Ty::Slice,
                Obj::Code(_) => Ty::Code,
                Obj::Function(_) => Ty::Function,
                Obj::Cell(_) => Ty::Cell,
                Obj::NativeMethod(..) => Ty::BuiltinFunction,
                Obj::Exception(e) => e.ty,
                Obj::Iter(it) => match **it {
                    crate::objects::IterState::Enumerate(..) => Ty::Enumerate,
                    crate::objects::IterState::Zip(..) => Ty::Zip,
                    crate::objects::IterState::Map(..) => Ty::Map,
                    crate::objects::IterState::Filter(..) => Ty::Filter,
                    crate::objects::IterState::Reversed(..) => Ty::Reversed,
                    _ => Ty::Iterator,
                },
                Obj::Generator(g) => match g.code.kind {
                    crate::compile::code::CodeKind::Coroutine => Ty::Coroutine,
                    crate::compile::code::CodeKind::AsyncGenerator => Ty::AsyncGenerator,
                    _ => Ty::Generator,
                },
                Obj::Future(f) => match f.kind {
                    crate::objects::FutKind::Task { .. } => Ty::Task,
                    _ => Ty::Future,
                },
                Obj::LazyCall(_) => Ty::Coroutine,
                Obj::Anext(..) => Ty::AsyncGenAsend,
                Obj::RePattern(_) => Ty::RePattern,
                Obj::ReMatch(_) => Ty::ReMatch,
                Obj::Fraction(_) => Ty::Fraction,
                Obj::Decimal(_) => Ty::Decimal,
                Obj::DecimalContext(_) => Ty::DecimalContext,
                Obj::Class(_) => Ty::Type,
                Obj::Instance(_) => Ty::Object,
                Obj::BoundMethod(..) => Ty::Method,
                Obj::ClassMethod(_) => Ty::ClassMethod,
                Obj::StaticMethod(_) => Ty::StaticMethod,
                Obj::Property(_) => Ty::Property,
                Obj::Super(..) => Ty::Super,
                Obj::SyncPrim(p) if p.is_lock => Ty::Lock,
                Obj::SyncPrim(_) => Ty::Semaphore,
                Obj::Dt(d) => d.ty(),
                Obj::Hasher(_) => Ty::Hash,
                Obj::Queue(q) => q.ty,
                Obj::Uuid(_) => Ty::Uuid,
                Obj::Template(_) => Ty::Template,
                Obj::PlainObject => Ty::Object,
                Obj::FuncTool(_) => Ty::Object,
                Obj::DictView(_, 0) => Ty::DictKeys,
                Obj::DictView(_, 1) => Ty::DictValues,
                Obj::DictView(..) => Ty::DictItems,
                Obj::Namespace(_) => Ty::Module,
                Obj::Deque(_) => Ty::Deque,
                Obj::NamedTuple(_) => Ty::Tuple,
                Obj::ChainMap(_) => Ty::ChainMap,
            },
        }
    }

    /// The Python type name of `v` (as in error messages).
    pub fn type_name(&self, v: Value) -> &str {
        if let Some(cls) = self.class_of(v) {
            if let Obj::Class(c) = self.heap.get(cls) {
                return &c.name;
            }
        }
        if let Value::Ref(id) = v {
            // `functools`/`operator`/`itertools` objects carry CPython's type names.
            match self.heap.get(id) {
                Obj::FuncTool(f) => return f.type_name(),
                Obj::Iter(it) => {
                    if let crate::objects::IterState::Itertools(s) = &**it {
                        return s.type_name();
                    }
                }
                _ => {}
            }
        }
        match self.type_of(v) {
            // C types print with their module in error messages.
            Ty::Decimal => "decimal.Decimal",
            Ty::DecimalContext => "decimal.Context",
            t => t.name(),
        }
    }

    /// Whether `v` is a `str`.
    pub fn is_str(&self, v: Value) -> bool {
        matches!(v, Value::Ref(id) if matches!(self.heap.get(id), Obj::Str(_)))
    }

    /// The text of a `str` value, or a `TypeError`.
    pub fn str_ref(&self, v: Value) -> PyResult<&str> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Str(s) => Ok(&s.s),
                _ => Err(type_error(format!(
                    "expected str, got {}",
                    self.type_name(v)
                ))),
            },
            _ => Err(type_error(format!(
                "expected str, got {}",
                self.type_name(v)
            ))),
        }
    }

    /// The `PyStr` behind a `str` value.
    pub fn pystr(&self, v: Value) -> Option<&PyStr> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// An int value as a big int (bools count), or `None` for non-ints.
    pub fn to_bigint(&self, v: Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(i)),
            Value::Bool(b) => Some(BigInt::from(b as i64)),
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Int(i) => Some(i.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` is an int (or bool).
    pub fn is_int(&self, v: Value) -> bool {
        match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Ref(id) => matches!(self.heap.get(id), Obj::Int(_)),
            _ => false,
        }
    }

    /// An index-like int as `i64` (`TypeError` for non-ints, `IndexError`-free).
    pub fn to_index(&self, v: Value, what: &str) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Int(_)) => Err(Raise::new(
                Ty::IndexError,
                "cannot fit 'int' into an index-sized integer".to_string(),
            )),
            _ => Err(type_error(format!(
                "{what} must be integers or slices, not {}",
                self.type_name(v)
            ))),
        }
    }

    /// An int argument as `i64` (`TypeError` naming the expected type otherwise).
    pub fn expect_i64(&self, v: Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Int(_)) => Err(
                crate::error::overflow_error("Python int too large to convert to C ssize_t"),
            ),
            _ => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// A number as `f64` (ints convert; `None` for non-numbers).
    pub fn to_f64(&self, v: Value) -> Option<PyResult<f64>> {
        match v {
            Value::Float(f) => Some(Ok(f)),
            Value::Int(i) => Some(Ok(i as f64)),
            Value::Bool(b) => Some(Ok(b as i64 as f64)),
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Int(i) => Some(i.to_f64().filter(|f| f.is_finite()).ok_or_else(|| {
                    crate::error::overflow_error("int too large to convert to float")
                })),
                _ => crate::modules::exact::to_f64(self, v),
            },
            _ => None,
        }
    }

    /// `hash(v)`, with CPython's values for numbers; `TypeError` for unhashable values.
    pub fn hash_value(&self, v: Value) -> PyResult<u64> {
        self.hash_inner(v, 0).map(|h| h as u64)
    }

    fn hash_inner(&self, v: Value, depth: usize) -> PyResult<i64> {
        if depth > MAX_NESTING {
            return Err(Raise::limit(crate::error::LimitError::Recursion));
        }
        Ok(match v {
            Value::None => 0xFCA86420,
            Value::Bool(b) => b as i64,
            Value::Int(i) => hash_i64(i),
            Value::Float(f) => hash_f64(f),
            Value::Ellipsis => 0x2a2a2a2a,
            Value::Builtin(b) => 0x1000 + b as i64,
            Value::Tool(t) => 0x3000 + t as i64,
            Value::ModuleFn(m) => 0x4000 + m as i64,
            Value::Type(t) => 0x2000 + t as i64,
            Value::Undef => 0,
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Fraction(_) | Obj::Decimal(_) => {
                    return crate::modules::exact::hash(self, v).unwrap_or(Ok(0))
                }
                Obj::Str(s) => s.hash() as i64,
                Obj::Bytes(b) => crate::objects::hash::hash_bytes(b) as i64,
                Obj::Int(i) => hash_bigint(i),
                Obj::Dt(d) => crate::modules::datetime::hash(d),
                Obj::Uuid(n) => hash_bigint(&BigInt::from(*n)),
                Obj::Tuple(_) | Obj::NamedTuple(_) => {
                    let items = self.heap.get(id).tuple_items().unwrap_or(&[]);
                    let mut hs = Vec::with_capacity(items.len());
                    for it in items.iter() {
                        hs.push(self.hash_inner(*it, depth + 1)?);
                    }
                    hash_tuple(hs.into_iter())
                }
                Obj::FrozenSet(d) => {
                    // Order-independent, as CPython's frozenset hash.
                    let mut acc: u64 = 0;
                    for k in d.keys() {
                        let h = self.hash_inner(k, depth + 1)? as u64;
                        acc ^= (h ^ (h << 16) ^ 89869747).wrapping_mul(3644798167);
                    }
                    acc as i64
                }
                Obj::List(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::Slice(..)
                | Obj::DictView(..)
                | Obj::ChainMap(_)
                | Obj::ByteArray(_) => {
                    return Err(type_error(format!(
                        "unhashable type: '{}'",
                        self.type_name(v)
                    )))
                }
                Obj::Deque(_) => {
                    return Err(type_error("unhashable type: 'collections.deque'"));
                }
                Obj::RePattern(p) => crate::modules::re::pattern_hash(p),
                Obj::FuncTool(f)
                    if matches!(**f, crate::modules::functools::FuncTool::CmpKey(..)) =>
                {
                    return Err(type_error(format!(
                        "unhashable type: '{}'",
                        self.type_name(v)
                    )))
                }
                // `__hash__ = None` (an `eq=True` dataclass): unhashable.
                Obj::Instance(i)
                    if matches!(
                        self.interner
                            .lookup("__hash__")
                            .and_then(|h| self.class_lookup(i.class, h)),
                        Some(Value::None)
                    ) =>
                {
                    return Err(type_error(format!(
                        "unhashable type: '{}'",
                        self.type_name(v)
                    )))
                }
                _ => id.index() as i64 * 16 + 7,
            },
        })
    }

    /// `a == b` for built-in values (no user `__eq__` yet).
    pub fn eq(&self, a: Value, b: Value) -> PyResult<bool> {
        self.eq_inner(a, b, 0)
    }

    fn eq_inner(&self, a: Value, b: Value, depth: usize) -> PyResult<bool> {
        if depth > MAX_NESTING {
            return Err(Raise::limit(crate::error::LimitError::Recursion));
        }
        use Value::*;
        if let Some(r) = crate::modules::exact::eq(self, a, b) {
            return Ok(r);
        }
        if let (Ref(x), Ref(y)) = (a, b) {
            // Bound methods are equal when they bind the same object to the same function.
            if let (Obj::BoundMethod(s1, f1), Obj::BoundMethod(s2, f2)) =
                (self.heap.get(x), self.heap.get(y))
            {
                return Ok(s1.is(*s2) && f1.is(*f2));
            }
            if let (Obj::RePattern(p), Obj::RePattern(q)) = (self.heap.get(x), self.heap.get(y)) {
                return Ok(crate::modules::re::pattern_eq(p, q));
            }
        }
        Ok(match (a, b) {
            (Int(x), Int(y)) => x == y,
            (Float(x), Float(y)) => x == y,
            (Int(x), Float(y)) | (Float(y), Int(x)) => {
                if x.unsigned_abs() < (1 << 53) {
                    x as f64 == y
                } else {
                    int_eq_float(&BigInt::from(x), y)
                }
            }
            (Bool(x), Bool(y)) => x == y,
            (Bool(x), Int(y)) | (Int(y), Bool(x)) => x as i64 == y,
            (Bool(x), Float(y)) | (Float(y), Bool(x)) => x as i64 as f64 == y,
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Builtin(x), Builtin(y)) => x == y,
            (ModuleFn(x), ModuleFn(y)) => x == y,
            (Type(x), Type(y)) => x == y,
            (Ref(x), Ref(y)) if x == y => !matches!(a, Float(_)),
            (Ref(x), Ref(y)) => match (self.heap.get(x), self.heap.get(y)) {
                (Obj::Str(s), Obj::Str(t)) => s.s == t.s,
                (Obj::Bytes(s) | Obj::ByteArray(s), Obj::Bytes(t) | Obj::ByteArray(t)) => s == t,
                (Obj::Int(s), Obj::Int(t)) => s == t,
                (Obj::Uuid(s), Obj::Uuid(t)) => s == t,
                (Obj::List(s), Obj::List(t)) => self.seq_eq(s, t, depth)?,
                (Obj::Tuple(s), Obj::Tuple(t)) => self.seq_eq(s, t, depth)?,
                (Obj::NamedTuple(_), Obj::Tuple(_) | Obj::NamedTuple(_))
                | (Obj::Tuple(_), Obj::NamedTuple(_)) => {
                    let s = self.heap.get(x).tuple_items().unwrap_or(&[]);
                    let t = self.heap.get(y).tuple_items().unwrap_or(&[]);
                    self.seq_eq(s, t, depth)?
                }
                (Obj::Deque(s), Obj::Deque(t)) => {
                    let (s, t): (Vec<Value>, Vec<Value>) = (
                        s.items.iter().copied().collect(),
                        t.items.iter().copied().collect(),
                    );
                    self.seq_eq(&s, &t, depth)?
                }
                (Obj::Dt(s), Obj::Dt(t)) => crate::modules::datetime::eq(s, t),
                (Obj::Dt(s), Obj::Tuple(t)) | (Obj::Tuple(t), Obj::Dt(s)) => {
                    crate::modules::datetime::eq_tuple(self, s, t)?
                }
                (Obj::Dict(s), Obj::Dict(t)) => {
                    if s.kind().is_some() && t.kind().is_some() {
                        if let Some(r) = crate::modules::collections::dict_eq(self, s, t)? {
                            return Ok(r);
                        }
                    }
                    if s.len() != t.len() {
                        return Ok(false);
                    }
                    for e in s.iter() {
                        match self.dict_find(t, e.key)? {
                            Some(i) => {
                                let other = t.entry(i).expect("found").value;
                                if !self.eq_inner(e.value, other, depth + 1)? {
                                    return Ok(false);
                                }
                            }
                            Option::None => return Ok(false),
                        }
                    }
                    true
                }
                (Obj::Set(s) | Obj::FrozenSet(s), Obj::Set(t) | Obj::FrozenSet(t)) => {
                    if s.len() != t.len() {
                        return Ok(false);
                    }
                    for k in s.keys() {
                        if self.dict_find(t, k)?.is_none() {
                            return Ok(false);
                        }
                    }
                    true
                }
                (Obj::Range(a0, a1, a2), Obj::Range(b0, b1, b2)) => {
                    let la = range_len(*a0, *a1, *a2);
                    let lb = range_len(*b0, *b1, *b2);
                    la == lb && (la == 0 || (a0 == b0 && (la == 1 || a2 == b2)))
                }
                (Obj::Slice(a0, a1, a2), Obj::Slice(b0, b1, b2)) => {
                    self.eq_inner(*a0, *b0, depth + 1)?
                        && self.eq_inner(*a1, *b1, depth + 1)?
                        && self.eq_inner(*a2, *b2, depth + 1)?
                }
                (Obj::DictView(d1, k1), Obj::DictView(d2, k2)) if k1 == k2 && *k1 == 0 => {
                    self.eq_inner(*d1, *d2, depth + 1)? || {
                        let ks1: Vec<Value> = self
                            .dict_of(*d1)
                            .map(|d| d.keys().collect())
                            .unwrap_or_default();
                        let ks2 = self.dict_of(*d2);
                        match ks2 {
                            Some(d2) => {
                                d2.len() == ks1.len()
                                    && ks1
                                        .iter()
                                        .all(|k| matches!(self.dict_find(d2, *k), Ok(Some(_))))
                            }
                            Option::None => false,
                        }
                    }
                }
                _ => false,
            },
            (Ref(x), Int(i)) | (Int(i), Ref(x)) => match self.heap.get(x) {
                Obj::Int(b) => *b == BigInt::from(i),
                _ => false,
            },
            (Ref(x), Float(f)) | (Float(f), Ref(x)) => match self.heap.get(x) {
                Obj::Int(b) => int_eq_float(b, f),
                _ => false,
            },
            _ => false,
        })
    }

    fn seq_eq(&self, a: &[Value], b: &[Value], depth: usize) -> PyResult<bool> {
        if a.len() != b.len() {
            return Ok(false);
        }
        for (x, y) in a.iter().zip(b) {
            if !x.is(*y) && !self.eq_inner(*x, *y, depth + 1)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The dict (or set) table behind a dict/set/frozenset value.
    pub fn dict_of(&self, v: Value) -> Option<&Dict> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    /// The position of `key` in `d`.
    pub fn dict_find(&self, d: &Dict, key: Value) -> PyResult<Option<usize>> {
        let h = self.hash_value(key)?;
        let mut err = None;
        let r = d.find(h, |k| {
            if k.is(key) {
                return true;
            }
            match self.eq(k, key) {
                Ok(b) => b,
                Err(e) => {
                    err = Some(e);
                    false
                }
            }
        });
        match err {
            Some(e) => Err(e),
            None => Ok(r),
        }
    }

    /// `d[key]` lookup on a dict handle.
    pub fn dict_get(&mut self, id: HeapId, key: Value) -> PyResult<Option<Value>> {
        if !matches!(self.heap.get(id), Obj::Dict(_)) {
            return Err(Raise::internal("dict_get on non-dict"));
        }
        let pos = self.dict_find_mut(id, key)?;
        let Obj::Dict(d) = self.heap.get(id) else {
            return Ok(None);
        };
        Ok(pos.and_then(|i| d.entry(i)).map(|e| e.value))
    }

    /// `d[key] = value` on a dict (or set, with `value` ignored) handle.
    pub fn dict_set(&mut self, id: HeapId, key: Value, value: Value) -> PyResult<()> {
        if self.user_key_set(id, key, value)? {
            return Ok(());
        }
        let h = self.hash_value(key)?;
        let pos = match self.heap.get(id) {
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => self.dict_find(d, key)?,
            _ => return Err(Raise::internal("dict_set on non-dict")),
        };
        let before = match self.heap.get(id) {
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.heap_bytes(),
            _ => 0,
        };
        match self.heap.get_mut(id) {
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => match pos {
                Some(i) => d.set_value(i, value),
                None => d.insert_new(h, key, value),
            },
            _ => {}
        }
        let after = match self.heap.get(id) {
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.heap_bytes(),
            _ => 0,
        };
        self.heap.grew(after.saturating_sub(before));
        Ok(())
    }

    /// Removes `key` from a dict/set handle, returning its value if it was there.
    pub fn dict_remove(&mut self, id: HeapId, key: Value) -> PyResult<Option<Value>> {
        if !matches!(
            self.heap.get(id),
            Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_)
        ) {
            return Err(Raise::internal("dict_remove on non-dict"));
        }
        let pos = self.dict_find_mut(id, key)?;
        let Some(i) = pos else { return Ok(None) };
        match self.heap.get_mut(id) {
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => Ok(d.remove_at(i).map(|e| e.value)),
            _ => Ok(None),
        }
    }

    /// Adds `v` to the set handle `id`.
    pub fn set_add(&mut self, id: HeapId, v: Value) -> PyResult<()> {
        self.dict_set(id, v, Value::None)
    }

    /// `{**src}` / `f(**src)`: merges a mapping into the dict on top of the stack.
    pub fn dict_update_from(&mut self, d: Value, src: Value, in_call: bool) -> PyResult<()> {
        let id = d
            .as_ref()
            .ok_or_else(|| Raise::internal("DictUpdate target"))?;
        let pairs: Vec<(Value, Value)> = match self.dict_of(src) {
            Some(sd) if self.type_of(src).is_dict() => {
                sd.iter().map(|e| (e.key, e.value)).collect()
            }
            _ => {
                let what = if in_call {
                    format!(
                        "argument after ** must be a mapping, not {}",
                        self.type_name(src)
                    )
                } else {
                    format!("'{}' object is not a mapping", self.type_name(src))
                };
                return Err(type_error(what));
            }
        };
        for (k, v) in pairs {
            if in_call && self.dict_get(id, k)?.is_some() {
                let name = self.str_ref(k).unwrap_or("?").to_string();
                return Err(type_error(format!(
                    "got multiple values for keyword argument '{name}'"
                )));
            }
            self.dict_set(id, k, v)?;
        }
        Ok(())
    }

    /// Appends to a list value.
    pub fn list_append(&mut self, list: Value, v: Value) -> PyResult<()> {
        let id = list
            .as_ref()
            .ok_or_else(|| Raise::internal("append to non-list"))?;
        match self.heap.get_mut(id) {
            Obj::List(l) => {
                let cap = l.capacity();
                l.push(v);
                let grown = (l.capacity() - cap) * 16;
                self.heap.grew(grown);
                Ok(())
            }
            _ => Err(Raise::internal("append to non-list")),
        }
    }

    /// Extends a list value.
    pub fn list_extend(&mut self, list: Value, items: Vec<Value>) -> PyResult<()> {
        self.check_alloc(items.len() * 16)?;
        let id = list
            .as_ref()
            .ok_or_else(|| Raise::internal("extend non-list"))?;
        match self.heap.get_mut(id) {
            Obj::List(l) => {
                let cap = l.capacity();
                l.extend(items);
                let grown = (l.capacity() - cap) * 16;
                self.heap.grew(grown);
                Ok(())
            }
            _ => Err(Raise::internal("extend non-list")),
        }
    }

    /// Every item of an iterable, in order (runs generators and lazy iterators).
    pub fn collect_iterable(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Value::Ref(id) = v {
            match self.heap.get(id) {
                Obj::List(l) => return Ok(l.clone()),
                Obj::Tuple(t) => return Ok(t.to_vec()),
                Obj::NamedTuple(t) => return Ok(t.items.to_vec()),
                Obj::Deque(d) => return Ok(d.items.iter().copied().collect()),
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(it)? {
            out.push(x);
            if out.len() % 4096 == 0 {
                self.charge(4096)?;
                self.check_alloc(out.len() * 16)?;
            }
        }
        Ok(out)
    }

    /// `a, b = seq`: exactly `n` items.
    pub fn unpack(&mut self, seq: Value, n: usize) -> PyResult<Vec<Value>> {
        if !self.is_iterable(seq) {
            return Err(type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            )));
        }
        let items = self.collect_iterable(seq)?;
        if items.len() != n {
            return Err(if items.len() > n {
                value_error(format!("too many values to unpack (expected {n})"))
            } else {
                value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                ))
            });
        }
        Ok(items)
    }

    /// `a, *b, c = seq`.
    pub fn unpack_ex(&mut self, seq: Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        if !self.is_iterable(seq) {
            return Err(type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            )));
        }
        let items = self.collect_iterable(seq)?;
        if items.len() < before + after {
            return Err(value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = items[..before].to_vec();
        let mid = items[before..items.len() - after].to_vec();
        out.push(self.new_list(mid));
        out.extend_from_slice(&items[items.len() - after..]);
        Ok(out)
    }

    /// Whether `iter(v)` would succeed.
    pub fn is_iterable(&self, v: Value) -> bool {
        match v {
            Value::Ref(id) => !matches!(
                self.heap.get(id),
                Obj::Int(_)
                    | Obj::Slice(..)
                    | Obj::Code(_)
                    | Obj::Function(_)
                    | Obj::Cell(_)
                    | Obj::NativeMethod(..)
                    | Obj::Exception(_)
            ),
            _ => false,
        }
    }
}

/// Exact int == float comparison (no rounding of big ints).
pub fn int_eq_float(i: &BigInt, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    if f.abs() < 1e38 {
        *i == BigInt::from(f as i128)
    } else {
        use num_traits::FromPrimitive;
        BigInt::from_f64(f).is_some_and(|b| b == *i)
    }
}

/// Number of items of `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}
