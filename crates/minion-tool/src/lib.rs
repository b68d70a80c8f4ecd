//! The tool-trait crate: what crosses the boundary between sandboxed Python and the host.
//!
//! It will hold (issue "The tool-trait crate"): the owned, serde-friendly `Value`
//! (None, bool, int of any size, float, str, bytes, list, tuple, dict, set), `ToolSpec`
//! (rendered as a Python signature and as JSON schema), the `Tool` and `AsyncTool`
//! traits, closure tools, and argument binding with CPython-style `TypeError`s.
//! It depends on neither the evaluator nor tokio, so hosts can link it alone.
//!
//! # What exists now
//!
//! The boundary value; `ToolSpec` and the tool traits come in a later issue.
//!
//! - [`Value`]: the owned Python value (`None`, `bool`, [`Int`], `float`, `str`,
//!   `bytes`, `list`, `tuple`, [`Dict`], `set`, `frozenset`, and `Opaque` for anything
//!   without a boundary form). Equality follows Python (`1 == 1.0 == True`, NaN is not
//!   equal to itself, sets and dicts ignore order).
//! - [`Int`]: a Python int of any size, `i64` fast path, `BigInt` beyond.
//! - [`Dict`]: an insertion-ordered dict keyed by Python equality, so `1`, `1.0` and
//!   `True` are one key, as in Python.
//! - CPython-exact reprs: [`Value::py_repr`], [`Value::py_str`], and the scalar helpers
//!   [`repr_str`], [`repr_bytes`], [`repr_float`], [`is_printable`].
//! - Conversions: `From` Rust values into [`Value`]; [`FromValue`] and
//!   [`Value::extract`] out of it, failing with a [`ConversionError`] that names Python
//!   types (`expected int, got str`).
//! - JSON: `From<serde_json::Value>` and [`Value::to_json`] (Python `json.dumps` rules),
//!   and `serde::Serialize`/`Deserialize` for [`Value`], [`Int`] and [`Dict`].
//!
//! ```
//! use minion_tool::{Dict, Value};
//!
//! let v = Value::from(vec![Value::from(1), Value::from("it's"), Value::from((2.5, ()))]);
//! assert_eq!(v.py_repr(), r#"[1, "it's", (2.5, None)]"#);
//!
//! let d = Value::Dict(Dict::from(vec![("a", 1)]));
//! assert_eq!(d.extract::<std::collections::HashMap<String, i64>>().unwrap()["a"], 1);
//! assert_eq!(d.to_json().unwrap(), serde_json::json!({"a": 1}));
//! ```

mod convert;
mod dict;
mod error;
mod int;
mod json;
mod printable_table;
mod repr;
mod serde_impl;
mod value;

pub use convert::FromValue;
pub use dict::Dict;
pub use error::ConversionError;
pub use int::Int;
pub use repr::{is_printable, repr_bytes, repr_float, repr_str};
pub use value::Value;
