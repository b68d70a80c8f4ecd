//! `serde_json::Value` in both directions, following Python's `json` module.

use crate::dict::Dict;
use crate::error::ConversionError;
use crate::int::Int;
use crate::repr::repr_float;
use crate::value::Value;

impl From<serde_json::Value> for Value {
    /// `null` -> `None`, objects -> `Dict` with `str` keys (in the `serde_json::Map`'s
    /// order: sorted unless serde_json's `preserve_order` feature is on),
    /// arrays -> `List`, integers -> `Int` (big when beyond `i64`), other numbers -> `Float`.
    fn from(v: serde_json::Value) -> Value {
        match v {
            serde_json::Value::Null => Value::None,
            serde_json::Value::Bool(b) => Value::Bool(b),
            serde_json::Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Value::Int(Int::Small(i))
                } else if let Some(u) = n.as_u64() {
                    Value::Int(Int::from(u))
                } else {
                    Value::Float(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            serde_json::Value::String(s) => Value::Str(s),
            serde_json::Value::Array(items) => {
                Value::List(items.into_iter().map(Value::from).collect())
            }
            serde_json::Value::Object(map) => {
                let mut d = Dict::with_capacity(map.len());
                for (k, v) in map {
                    d.insert(Value::Str(k), Value::from(v));
                }
                Value::Dict(d)
            }
        }
    }
}

impl From<&serde_json::Value> for Value {
    /// As `From<serde_json::Value>`, cloning strings.
    fn from(v: &serde_json::Value) -> Value {
        Value::from(v.clone())
    }
}

impl Value {
    /// Converts to JSON the way Python's `json.dumps(..., allow_nan=False)` would:
    ///
    /// - lists, tuples, sets and frozensets become arrays (Python rejects sets; we
    ///   accept them, in iteration order);
    /// - dict keys that are `str` stay; `int`, `float`, `bool` and `None` keys become
    ///   the strings `json.dumps` writes (`"1"`, `"1.5"`, `"true"`, `"null"`); other
    ///   keys fail with `keys must be str, int, float, bool or None, not tuple`; keys
    ///   that collide after this (`1` and `"1"`) keep the last value;
    /// - NaN and infinities fail (`Out of range float values are not JSON compliant`);
    /// - ints beyond the `i64`/`u64` range fail (no arbitrary-precision JSON numbers);
    /// - `bytes` and opaque values fail with `Object of type bytes is not JSON serializable`.
    pub fn to_json(&self) -> Result<serde_json::Value, ConversionError> {
        Ok(match self {
            Value::None => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Int(i) => serde_json::Value::Number(int_to_json(i)?),
            Value::Float(f) => serde_json::Number::from_f64(*f)
                .map(serde_json::Value::Number)
                .ok_or(ConversionError::NonFiniteFloat)?,
            Value::Str(s) => serde_json::Value::String(s.clone()),
            Value::List(items)
            | Value::Tuple(items)
            | Value::Set(items)
            | Value::FrozenSet(items) => serde_json::Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| v.to_json().map_err(|e| e.at(format!("[{i}]"))))
                    .collect::<Result<_, _>>()?,
            ),
            Value::Dict(d) => {
                let mut map = serde_json::Map::with_capacity(d.len());
                for (k, v) in d {
                    let key = json_key(k)?;
                    let value = v
                        .to_json()
                        .map_err(|e| e.at(format!("[{}]", k.py_repr())))?;
                    map.insert(key, value);
                }
                serde_json::Value::Object(map)
            }
            Value::Bytes(_) | Value::Opaque { .. } => {
                return Err(ConversionError::NotJsonSerializable(
                    self.type_name().to_owned(),
                ))
            }
        })
    }
}

fn int_to_json(i: &Int) -> Result<serde_json::Number, ConversionError> {
    if let Some(n) = i.to_i64() {
        Ok(n.into())
    } else if let Some(n) = i.to_u64() {
        Ok(n.into())
    } else {
        Err(ConversionError::IntTooLargeForJson(i.to_string()))
    }
}

/// The JSON object key `json.dumps` writes for a dict key.
fn json_key(k: &Value) -> Result<String, ConversionError> {
    match k {
        Value::Str(s) => Ok(s.clone()),
        Value::Int(i) => Ok(i.to_string()),
        Value::Bool(true) => Ok("true".to_owned()),
        Value::Bool(false) => Ok("false".to_owned()),
        Value::None => Ok("null".to_owned()),
        Value::Float(f) if f.is_finite() => Ok(repr_float(*f)),
        Value::Float(_) => Err(ConversionError::NonFiniteFloat),
        other => Err(ConversionError::InvalidJsonKey(
            other.type_name().to_owned(),
        )),
    }
}
