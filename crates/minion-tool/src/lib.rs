//! The tool-trait crate: what crosses the boundary between sandboxed Python and the host.
//!
//! It holds the owned boundary [`Value`], the [`ToolSpec`] a tool describes itself
//! with, the sync [`Tool`] and async [`AsyncTool`] traits, closure tools, and argument
//! binding with CPython-worded `TypeError`s. It depends on neither the evaluator nor
//! tokio, so hosts can link it alone.
//!
//! # Values
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
//!
//! # Tools
//!
//! - [`ToolSpec`] and [`ToolInput`]: name, description, typed parameters (optional ones
//!   carry a default), output type. A spec renders itself for models as a Python stub
//!   ([`ToolSpec::python_signature`], [`ToolSpec::python_stub`]: `def` or `async def`
//!   with a docstring listing the arguments) and as an OpenAI function-calling JSON
//!   schema ([`ToolSpec::json_schema`]).
//! - [`ToolSpec::bind`]: positional and keyword arguments bound to the parameters by
//!   Python's rules, giving [`ToolArgs`] (defaults filled in) or a `TypeError` worded as
//!   CPython words it (`tool() missing 1 required positional argument: 'a'`,
//!   `tool() argument 'a' must be int, not str`). [`ToolArgs::get`] reads an argument
//!   as any [`FromValue`] type.
//! - [`Tool`] (sync `forward`) and [`AsyncTool`] (`async fn forward`, implemented with
//!   the re-exported [`async_trait`](macro@async_trait)); [`FnTool`] and
//!   [`AsyncFnTool`] make either from a closure. [`IntoTool`] turns any of them into an
//!   [`AnyTool`], picking sync or async from the type, so a tool never declares its kind
//!   twice.
//! - [`ToolError`]: a tool's failure, raised in the sandbox as the named Python
//!   exception (`RuntimeError` by default).
//!
//! ```
//! use minion_tool::{FnTool, IntoTool, ToolError, ToolSpec, Value};
//!
//! let spec = ToolSpec::new("repeat", "Repeats a text.")
//!     .input("text", "str", "What to repeat.")
//!     .optional_input("times", "int", "How many copies.", 2)
//!     .output("str");
//! let tool = FnTool::new(spec.clone(), |args| {
//!     let times: usize = args.get("times")?;
//!     if times > 100 {
//!         return Err(ToolError::value_error("too many copies"));
//!     }
//!     Ok(Value::from(args.get::<String>("text")?.repeat(times)))
//! })
//! .into_tool();
//!
//! // Bind as Python would for `repeat("ab", times=3)`, then call.
//! let args = spec.bind(vec![Value::from("ab")], vec![("times".into(), Value::from(3))])?;
//! let minion_tool::AnyTool::Sync(sync) = &tool else { unreachable!() };
//! assert_eq!(sync.forward(args)?, Value::from("ababab"));
//!
//! let err = spec.bind(vec![], vec![]).unwrap_err();
//! assert_eq!(err.to_string(), "TypeError: repeat() missing 1 required positional argument: 'text'");
//!
//! assert_eq!(
//!     tool.python_stub(),
//!     r#"def repeat(text: str, times: int = 2) -> str:
//!     """Repeats a text.
//!
//!     Args:
//!         text: What to repeat.
//!         times: How many copies.
//!     """
//! "#
//! );
//! # Ok::<(), ToolError>(())
//! ```

mod args;
mod convert;
mod dict;
mod error;
mod int;
mod json;
mod printable_table;
mod pytype;
mod render;
mod repr;
mod serde_impl;
mod spec;
mod tool;
mod tool_error;
mod value;

pub use args::ToolArgs;
pub use convert::FromValue;
pub use dict::Dict;
pub use error::ConversionError;
pub use int::Int;
pub use repr::{is_printable, repr_bytes, repr_float, repr_str};
pub use spec::{ToolInput, ToolSpec};
pub use tool::{
    AnyMarker, AnyTool, AsyncFnTool, AsyncMarker, AsyncTool, FnTool, IntoTool, SyncMarker, Tool,
};
pub use tool_error::ToolError;
pub use value::Value;

/// `#[async_trait]`, re-exported so implementing [`AsyncTool`] needs no extra dependency.
pub use async_trait::async_trait;
