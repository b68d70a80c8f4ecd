//! The tool-trait crate: what crosses the boundary between sandboxed Python and the host.
//!
//! It will hold (issue "The tool-trait crate"): the owned, serde-friendly `Value`
//! (None, bool, int of any size, float, str, bytes, list, tuple, dict, set), `ToolSpec`
//! (rendered as a Python signature and as JSON schema), the `Tool` and `AsyncTool`
//! traits, closure tools, and argument binding with CPython-style `TypeError`s.
//! It depends on neither the evaluator nor tokio, so hosts can link it alone.
//!
//! Nothing is exported yet: the sync evaluator's built-in `final_answer` is the only
//! tool until that issue lands.
