//! [`Value`]: the owned value that crosses the sandbox boundary.

use std::hash::{DefaultHasher, Hash, Hasher};

use crate::dict::Dict;
use crate::int::{float_as_int, Int};

/// An owned Python value crossing the boundary between sandboxed Python and the host.
///
/// Equality ([`PartialEq`]) follows Python where it is cheap: `1 == 1.0 == True`,
/// `float('nan') != float('nan')`, `[1] != (1,)`, `{1} == frozenset({1})`, and dicts
/// compare without regard to order. [`Value::Opaque`] values are equal when both their
/// type name and repr are equal (Python would compare by identity).
///
/// [`Value::Set`] and [`Value::FrozenSet`] are expected to hold distinct elements (by
/// Python equality); [`Value::set`] and [`Value::frozenset`] remove duplicates.
#[derive(Clone, Debug, Default)]
pub enum Value {
    /// Python `None`.
    #[default]
    None,
    /// A Python `bool`.
    Bool(bool),
    /// A Python `int` of any size.
    Int(Int),
    /// A Python `float`.
    Float(f64),
    /// A Python `str`.
    Str(String),
    /// A Python `bytes`.
    Bytes(Vec<u8>),
    /// A Python `list`.
    List(Vec<Value>),
    /// A Python `tuple`.
    Tuple(Vec<Value>),
    /// A Python `dict` (insertion-ordered).
    Dict(Dict),
    /// A Python `set`, in iteration order.
    Set(Vec<Value>),
    /// A Python `frozenset`, in iteration order.
    FrozenSet(Vec<Value>),
    /// A value with no boundary form (a function, an exception, an iterator...), kept as its repr.
    Opaque {
        /// The Python type name, e.g. `"function"`.
        type_name: String,
        /// The value's repr, e.g. `"<function f at 0x7f...>"`.
        repr: String,
    },
}

impl Value {
    /// A `bytes` value (`Vec<u8>` converts to a list of ints, so bytes need this helper).
    pub fn bytes(b: impl Into<Vec<u8>>) -> Value {
        Value::Bytes(b.into())
    }

    /// A `str` value.
    pub fn str(s: impl Into<String>) -> Value {
        Value::Str(s.into())
    }

    /// A `list` of the given items.
    pub fn list<T: Into<Value>>(items: impl IntoIterator<Item = T>) -> Value {
        Value::List(items.into_iter().map(Into::into).collect())
    }

    /// A `tuple` of the given items.
    pub fn tuple<T: Into<Value>>(items: impl IntoIterator<Item = T>) -> Value {
        Value::Tuple(items.into_iter().map(Into::into).collect())
    }

    /// A `set` of the given items, keeping the first of any equal items (`{1, 1.0} == {1}`).
    pub fn set<T: Into<Value>>(items: impl IntoIterator<Item = T>) -> Value {
        Value::Set(dedup(items.into_iter().map(Into::into)))
    }

    /// A `frozenset` of the given items, keeping the first of any equal items.
    pub fn frozenset<T: Into<Value>>(items: impl IntoIterator<Item = T>) -> Value {
        Value::FrozenSet(dedup(items.into_iter().map(Into::into)))
    }

    /// An opaque value with the given Python type name and repr.
    pub fn opaque(type_name: impl Into<String>, repr: impl Into<String>) -> Value {
        Value::Opaque {
            type_name: type_name.into(),
            repr: repr.into(),
        }
    }

    /// The Python type name: `"NoneType"`, `"bool"`, `"int"`, `"float"`, `"str"`,
    /// `"bytes"`, `"list"`, `"tuple"`, `"dict"`, `"set"`, `"frozenset"`, or an opaque
    /// value's own type name.
    pub fn type_name(&self) -> &str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Opaque { type_name, .. } => type_name,
        }
    }

    /// True for `None`.
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The text of a `str`.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The value of a `bool`.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The value of an `int` (not of a `bool`).
    pub fn as_int(&self) -> Option<&Int> {
        match self {
            Value::Int(i) => Some(i),
            _ => None,
        }
    }

    /// The value of a `float`.
    pub fn as_float(&self) -> Option<f64> {
        match self {
            Value::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// The content of a `bytes`.
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::Bytes(b) => Some(b),
            _ => None,
        }
    }

    /// The items of a `list` or `tuple`.
    pub fn as_slice(&self) -> Option<&[Value]> {
        match self {
            Value::List(v) | Value::Tuple(v) => Some(v),
            _ => None,
        }
    }

    /// The `dict`.
    pub fn as_dict(&self) -> Option<&Dict> {
        match self {
            Value::Dict(d) => Some(d),
            _ => None,
        }
    }

    /// Python truthiness (`bool(x)`); opaque values are truthy.
    pub fn is_truthy(&self) -> bool {
        match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => !i.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::List(v) | Value::Tuple(v) | Value::Set(v) | Value::FrozenSet(v) => !v.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Opaque { .. } => true,
        }
    }

    /// Whether Python could use this value as a dict key or set element: everything but
    /// `list`, `dict`, `set`, and tuples containing them. Opaque values count as hashable.
    ///
    /// [`Dict`] itself accepts any key; the evaluator should raise `TypeError` when it
    /// meets an unhashable key while converting a `Value` to its heap.
    pub fn is_hashable(&self) -> bool {
        match self {
            Value::List(_) | Value::Dict(_) | Value::Set(_) => false,
            Value::Tuple(items) => items.iter().all(Value::is_hashable),
            _ => true,
        }
    }
}

/// Keeps the first of each group of equal values, in order.
fn dedup(items: impl Iterator<Item = Value>) -> Vec<Value> {
    let mut seen = Dict::new();
    for item in items {
        if !seen.contains_key(&item) {
            seen.insert(item, Value::None);
        }
    }
    seen.into_iter().map(|(k, _)| k).collect()
}

impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        use Value as V;
        match (self, other) {
            (V::None, V::None) => true,
            (V::Bool(a), V::Bool(b)) => a == b,
            (V::Int(a), V::Int(b)) => a == b,
            (V::Float(a), V::Float(b)) => a == b,
            (V::Bool(a), V::Int(b)) | (V::Int(b), V::Bool(a)) => *b == Int::from(*a),
            (V::Bool(a), V::Float(b)) | (V::Float(b), V::Bool(a)) => f64::from(u8::from(*a)) == *b,
            (V::Int(a), V::Float(b)) | (V::Float(b), V::Int(a)) => a.eq_f64(*b),
            (V::Str(a), V::Str(b)) => a == b,
            (V::Bytes(a), V::Bytes(b)) => a == b,
            (V::List(a), V::List(b)) | (V::Tuple(a), V::Tuple(b)) => a == b,
            (V::Dict(a), V::Dict(b)) => a == b,
            (V::Set(a) | V::FrozenSet(a), V::Set(b) | V::FrozenSet(b)) => set_eq(a, b),
            (
                V::Opaque {
                    type_name: ta,
                    repr: ra,
                },
                V::Opaque {
                    type_name: tb,
                    repr: rb,
                },
            ) => ta == tb && ra == rb,
            _ => false,
        }
    }
}

/// Set equality of two element lists assumed to hold distinct elements.
fn set_eq(a: &[Value], b: &[Value]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    if a.len() <= 8 {
        return a.iter().all(|x| b.contains(x));
    }
    let index: Dict = b.iter().map(|x| (x.clone(), Value::None)).collect();
    a.iter().all(|x| index.contains_key(x))
}

const TAG_NONE: u8 = 0;
const TAG_NUM: u8 = 1;
const TAG_FLOAT: u8 = 2;
pub(crate) const TAG_STR: u8 = 3;
const TAG_BYTES: u8 = 4;
const TAG_LIST: u8 = 5;
const TAG_TUPLE: u8 = 6;
const TAG_DICT: u8 = 7;
const TAG_SET: u8 = 8;
const TAG_OPAQUE: u8 = 9;

/// A hash consistent with Python equality: `a == b` implies equal hashes.
pub(crate) fn key_hash(v: &Value) -> u64 {
    let mut h = DefaultHasher::new();
    hash_into(v, &mut h);
    h.finish()
}

/// The hash [`key_hash`] gives `Value::Str(s)`, without allocating.
pub(crate) fn str_hash(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    TAG_STR.hash(&mut h);
    s.hash(&mut h);
    h.finish()
}

fn hash_into(v: &Value, h: &mut DefaultHasher) {
    match v {
        Value::None => TAG_NONE.hash(h),
        Value::Bool(b) => {
            TAG_NUM.hash(h);
            Int::from(*b).hash(h);
        }
        Value::Int(i) => {
            TAG_NUM.hash(h);
            i.hash(h);
        }
        Value::Float(f) => match float_as_int(*f) {
            Some(i) => {
                TAG_NUM.hash(h);
                i.hash(h);
            }
            None => {
                TAG_FLOAT.hash(h);
                f.to_bits().hash(h);
            }
        },
        Value::Str(s) => {
            TAG_STR.hash(h);
            s.hash(h);
        }
        Value::Bytes(b) => {
            TAG_BYTES.hash(h);
            b.hash(h);
        }
        Value::List(items) | Value::Tuple(items) => {
            let tag = if matches!(v, Value::List(_)) {
                TAG_LIST
            } else {
                TAG_TUPLE
            };
            tag.hash(h);
            items.len().hash(h);
            for item in items {
                hash_into(item, h);
            }
        }
        Value::Dict(d) => {
            TAG_DICT.hash(h);
            d.len().hash(h);
            // Order-independent: entries have distinct keys, so a wrapping sum works.
            let sum = d.iter().fold(0u64, |acc, (k, v)| {
                let mut eh = DefaultHasher::new();
                key_hash(k).hash(&mut eh);
                key_hash(v).hash(&mut eh);
                acc.wrapping_add(eh.finish())
            });
            sum.hash(h);
        }
        Value::Set(items) | Value::FrozenSet(items) => {
            TAG_SET.hash(h);
            // Order- and duplicate-independent.
            let mut hashes: Vec<u64> = items.iter().map(key_hash).collect();
            hashes.sort_unstable();
            hashes.dedup();
            hashes
                .iter()
                .fold(0u64, |acc, x| acc.wrapping_add(*x))
                .hash(h);
        }
        Value::Opaque { type_name, repr } => {
            TAG_OPAQUE.hash(h);
            type_name.hash(h);
            repr.hash(h);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn same(a: Value, b: Value) {
        assert_eq!(a, b);
        assert_eq!(key_hash(&a), key_hash(&b), "{a:?} vs {b:?}");
    }

    #[test]
    fn python_equality() {
        same(Value::from(1), Value::from(1.0));
        same(Value::from(true), Value::from(1));
        same(Value::from(true), Value::from(1.0));
        same(Value::from(false), Value::from(0.0));
        same(Value::from(0.0), Value::from(-0.0));
        same(
            Value::Int(Int::from(BigInt::from(1u8) << 200u32)),
            Value::from(2f64.powi(200)),
        );
        same(Value::Int(Int::Big(BigInt::from(7))), Value::from(7));
        same(Value::set([1, 2]), Value::frozenset([2, 1]));
        same(Value::tuple([1, 2]), Value::tuple([1.0, 2.0]));
        assert_ne!(Value::from(f64::NAN), Value::from(f64::NAN));
        assert_ne!(Value::list([1]), Value::tuple([1]));
        assert_ne!(Value::from("1"), Value::from(1));
        assert_ne!(Value::from(1.5), Value::from(1));
        assert_ne!(Value::None, Value::from(0));
        assert_ne!(Value::set([1, 2]), Value::set([1, 3]));
        let big: Vec<i64> = (0..20).collect();
        let rev: Vec<i64> = (0..20).rev().collect();
        same(Value::set(big.clone()), Value::frozenset(rev));
        assert_ne!(Value::set(big), Value::set(1..21));
    }

    #[test]
    fn set_dedups() {
        assert_eq!(
            Value::set(vec![Value::from(1), Value::from(1.0), Value::from(true)]),
            Value::Set(vec![Value::from(1)])
        );
        if let Value::Set(items) = Value::set([3, 1, 3, 2]) {
            assert_eq!(items, vec![Value::from(3), Value::from(1), Value::from(2)]);
        }
    }

    #[test]
    fn type_names_and_hashability() {
        assert_eq!(Value::None.type_name(), "NoneType");
        assert_eq!(Value::bytes(b"x".to_vec()).type_name(), "bytes");
        assert_eq!(
            Value::opaque("function", "<function f>").type_name(),
            "function"
        );
        assert!(Value::tuple([1, 2]).is_hashable());
        assert!(!Value::tuple(vec![Value::list([1])]).is_hashable());
        assert!(!Value::Dict(Dict::new()).is_hashable());
        assert!(Value::frozenset([1]).is_hashable());
    }

    #[test]
    fn truthiness() {
        assert!(!Value::None.is_truthy());
        assert!(!Value::from(0.0).is_truthy());
        assert!(Value::from("x").is_truthy());
        assert!(!Value::list(Vec::<i64>::new()).is_truthy());
        assert!(Value::opaque("function", "<f>").is_truthy());
    }
}
