//! Conversions between Rust values and [`Value`]: `From` into it, [`FromValue`] out of it.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{BuildHasher, Hash};

use num_bigint::BigInt;

use crate::dict::Dict;
use crate::error::ConversionError;
use crate::int::Int;
use crate::repr::repr_str;
use crate::value::Value;

macro_rules! from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(v: $t) -> Value {
                Value::Int(Int::from(v))
            }
        }
    )*};
}
from_int!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

impl From<Int> for Value {
    fn from(v: Int) -> Value {
        Value::Int(v.normalized())
    }
}

impl From<BigInt> for Value {
    fn from(v: BigInt) -> Value {
        Value::Int(Int::from(v))
    }
}

impl From<f64> for Value {
    fn from(v: f64) -> Value {
        Value::Float(v)
    }
}

impl From<f32> for Value {
    /// Widens exactly: `0.1f32` becomes `0.10000000149011612`.
    fn from(v: f32) -> Value {
        Value::Float(f64::from(v))
    }
}

impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Bool(v)
    }
}

impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Str(v)
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Str(v.to_owned())
    }
}

impl From<&String> for Value {
    fn from(v: &String) -> Value {
        Value::Str(v.clone())
    }
}

impl From<char> for Value {
    fn from(v: char) -> Value {
        Value::Str(v.to_string())
    }
}

impl From<Dict> for Value {
    fn from(v: Dict) -> Value {
        Value::Dict(v)
    }
}

impl From<()> for Value {
    fn from(_: ()) -> Value {
        Value::None
    }
}

impl<T: Into<Value>> From<Vec<T>> for Value {
    /// A `list`. `Vec<u8>` also becomes a list of ints: use [`Value::bytes`] for `bytes`.
    fn from(v: Vec<T>) -> Value {
        Value::List(v.into_iter().map(Into::into).collect())
    }
}

impl<T: Clone + Into<Value>> From<&[T]> for Value {
    /// A `list` of clones of the items.
    fn from(v: &[T]) -> Value {
        Value::List(v.iter().cloned().map(Into::into).collect())
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    /// `None` becomes Python `None`.
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::None, Into::into)
    }
}

impl<K: Into<Value>, V: Into<Value>, S> From<HashMap<K, V, S>> for Value {
    /// A `dict` in the map's (arbitrary) iteration order.
    fn from(v: HashMap<K, V, S>) -> Value {
        Value::Dict(v.into_iter().collect())
    }
}

impl<K: Into<Value>, V: Into<Value>> From<BTreeMap<K, V>> for Value {
    /// A `dict` in key order.
    fn from(v: BTreeMap<K, V>) -> Value {
        Value::Dict(v.into_iter().collect())
    }
}

impl<T: Into<Value>, S> From<HashSet<T, S>> for Value {
    /// A `set` in the set's (arbitrary) iteration order.
    fn from(v: HashSet<T, S>) -> Value {
        Value::set(v)
    }
}

impl<T: Into<Value>> From<BTreeSet<T>> for Value {
    /// A `set` in order.
    fn from(v: BTreeSet<T>) -> Value {
        Value::set(v)
    }
}

impl<A: Into<Value>, B: Into<Value>> From<(A, B)> for Value {
    /// A 2-`tuple`.
    fn from((a, b): (A, B)) -> Value {
        Value::Tuple(vec![a.into(), b.into()])
    }
}

impl<A: Into<Value>, B: Into<Value>, C: Into<Value>> From<(A, B, C)> for Value {
    /// A 3-`tuple`.
    fn from((a, b, c): (A, B, C)) -> Value {
        Value::Tuple(vec![a.into(), b.into(), c.into()])
    }
}

/// Conversion out of a [`Value`], following Python's notion of types: a `bool` is an
/// `int` (so `True` extracts as `1i64`), an `int` is accepted where a float is expected,
/// and any list, tuple, set, frozenset or bytes is accepted where a `Vec` is expected.
pub trait FromValue: Sized {
    /// Converts `v`, or says why it cannot.
    fn from_value(v: &Value) -> Result<Self, ConversionError>;
}

impl Value {
    /// Converts this value to `T`: `value.extract::<Vec<i64>>()`.
    pub fn extract<T: FromValue>(&self) -> Result<T, ConversionError> {
        T::from_value(self)
    }
}

impl FromValue for Value {
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        Ok(v.clone())
    }
}

fn int_of(v: &Value) -> Result<Int, ConversionError> {
    match v {
        Value::Int(i) => Ok(i.clone()),
        Value::Bool(b) => Ok(Int::from(*b)),
        other => Err(ConversionError::type_mismatch("int", other)),
    }
}

impl FromValue for Int {
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        int_of(v).map(Int::normalized)
    }
}

impl FromValue for BigInt {
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        int_of(v).map(BigInt::from)
    }
}

macro_rules! from_value_int {
    ($($t:ty),*) => {$(
        impl FromValue for $t {
            // The fast path's `try_from` is infallible for the widest targets.
            #[allow(irrefutable_let_patterns)]
            fn from_value(v: &Value) -> Result<Self, ConversionError> {
                // Fast path: a small int that fits.
                if let Value::Int(Int::Small(n)) = v {
                    if let Ok(x) = <$t>::try_from(*n) {
                        return Ok(x);
                    }
                }
                let i = int_of(v)?;
                i.to_i128()
                    .and_then(|n| <$t>::try_from(n).ok())
                    .ok_or_else(|| ConversionError::OutOfRange {
                        value: i.to_string(),
                        target: stringify!($t).to_owned(),
                    })
            }
        }
    )*};
}
from_value_int!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, usize);

impl FromValue for u128 {
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        let i = int_of(v)?;
        i.to_u128().ok_or_else(|| ConversionError::OutOfRange {
            value: i.to_string(),
            target: "u128".to_owned(),
        })
    }
}

impl FromValue for f64 {
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Bool(b) => Ok(f64::from(u8::from(*b))),
            Value::Int(i) => i.to_f64().ok_or_else(|| ConversionError::OutOfRange {
                value: i.to_string(),
                target: "f64".to_owned(),
            }),
            other => Err(ConversionError::type_mismatch("float", other)),
        }
    }
}

impl FromValue for f32 {
    /// Rounds to the nearest `f32` (large values become infinities, as `f64 as f32` does).
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        f64::from_value(v).map(|f| f as f32)
    }
}

impl FromValue for bool {
    /// Only a Python `bool` is accepted (not `0`/`1`).
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        match v {
            Value::Bool(b) => Ok(*b),
            other => Err(ConversionError::type_mismatch("bool", other)),
        }
    }
}

impl FromValue for String {
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            other => Err(ConversionError::type_mismatch("str", other)),
        }
    }
}

impl FromValue for Dict {
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        match v {
            Value::Dict(d) => Ok(d.clone()),
            other => Err(ConversionError::type_mismatch("dict", other)),
        }
    }
}

impl FromValue for () {
    /// Only `None` is accepted.
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        match v {
            Value::None => Ok(()),
            other => Err(ConversionError::type_mismatch("None", other)),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    /// `None` gives `None`; anything else must convert to `T`.
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        match v {
            Value::None => Ok(None),
            other => T::from_value(other).map(Some),
        }
    }
}

impl<T: FromValue> FromValue for Box<T> {
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        T::from_value(v).map(Box::new)
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    /// Accepts a list, tuple, set, frozenset, or bytes (as ints); not a str or dict.
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        let convert =
            |(i, item): (usize, &Value)| T::from_value(item).map_err(|e| e.at(format!("[{i}]")));
        match v {
            Value::List(items)
            | Value::Tuple(items)
            | Value::Set(items)
            | Value::FrozenSet(items) => items.iter().enumerate().map(convert).collect(),
            Value::Bytes(bytes) => bytes
                .iter()
                .enumerate()
                .map(|(i, b)| convert((i, &Value::from(*b))))
                .collect(),
            other => Err(ConversionError::type_mismatch("list", other)),
        }
    }
}

/// Converts each entry of a dict with `str` keys.
fn str_entries<T: FromValue>(
    v: &Value,
) -> Result<impl Iterator<Item = Result<(String, T), ConversionError>> + '_, ConversionError> {
    let Value::Dict(d) = v else {
        return Err(ConversionError::type_mismatch("dict", v));
    };
    Ok(d.iter().map(|(k, v)| {
        let Value::Str(key) = k else {
            return Err(ConversionError::type_mismatch("str", k).at(format!("key {}", k.py_repr())));
        };
        let value = T::from_value(v).map_err(|e| e.at(format!("[{}]", repr_str(key))))?;
        Ok((key.clone(), value))
    }))
}

impl<T: FromValue, S: BuildHasher + Default> FromValue for HashMap<String, T, S> {
    /// Accepts a dict whose keys are all `str`.
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        str_entries(v)?.collect()
    }
}

impl<T: FromValue> FromValue for BTreeMap<String, T> {
    /// Accepts a dict whose keys are all `str`.
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        str_entries(v)?.collect()
    }
}

impl<T: FromValue + Eq + Hash, S: BuildHasher + Default> FromValue for HashSet<T, S> {
    /// Accepts what `Vec<T>` accepts.
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        Vec::<T>::from_value(v).map(|items| items.into_iter().collect())
    }
}

impl<T: FromValue + Ord> FromValue for BTreeSet<T> {
    /// Accepts what `Vec<T>` accepts.
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        Vec::<T>::from_value(v).map(|items| items.into_iter().collect())
    }
}

fn tuple_items(v: &Value, n: usize) -> Result<&[Value], ConversionError> {
    match v {
        Value::Tuple(items) | Value::List(items) if items.len() == n => Ok(items),
        Value::Tuple(items) | Value::List(items) => Err(ConversionError::WrongLength {
            expected: n,
            got: items.len(),
        }),
        other => Err(ConversionError::type_mismatch("tuple", other)),
    }
}

fn item<T: FromValue>(items: &[Value], i: usize) -> Result<T, ConversionError> {
    match items.get(i) {
        Some(v) => T::from_value(v).map_err(|e| e.at(format!("[{i}]"))),
        None => Err(ConversionError::WrongLength {
            expected: i + 1,
            got: items.len(),
        }),
    }
}

impl<A: FromValue, B: FromValue> FromValue for (A, B) {
    /// Accepts a tuple or list of length 2.
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        let items = tuple_items(v, 2)?;
        Ok((item(items, 0)?, item(items, 1)?))
    }
}

impl<A: FromValue, B: FromValue, C: FromValue> FromValue for (A, B, C) {
    /// Accepts a tuple or list of length 3.
    fn from_value(v: &Value) -> Result<Self, ConversionError> {
        let items = tuple_items(v, 3)?;
        Ok((item(items, 0)?, item(items, 1)?, item(items, 2)?))
    }
}
