//! Code Minion for Rust: a fast, safe executor for the Python that AI agents write.
//!
//! This facade re-exports the workspace's crates so a host can depend on one package:
//!
//! | crate | what it holds |
//! |---|---|
//! | [`parser`] (`minion-parser`) | source -> AST + line index; `SyntaxError` |
//! | [`tool`] (`minion-tool`) | the values and traits that cross the tool boundary |
//! | [`eval`] (`minion-eval`) | the sync evaluator and `LocalPythonExecutor` |
//! | [`asyncio`] (`minion-async`) | the async driver, `AsyncLocalPythonExecutor` |
//! | [`agent`] (`minion-agent`) | `CodeMinion`, the agent loop |
//!
//! ```
//! use minion::LocalPythonExecutor;
//! let mut executor = LocalPythonExecutor::new();
//! let out = executor.run("x = 6 * 7\nprint('x is', x)\nx").unwrap();
//! assert_eq!(out.logs, "x is 42\n");
//! assert_eq!(out.output_repr().as_deref(), Some("42"));
//! ```
//!
//! Tools (host functions) are handed in with `send_tool`; the code calls them by name
//! or as `functions.<name>`:
//!
//! ```
//! use minion::LocalPythonExecutor;
//! use minion::tool::{FnTool, ToolSpec, Value};
//!
//! let mut executor = LocalPythonExecutor::new();
//! executor.send_tool(FnTool::new(
//!     ToolSpec::new("add", "Adds two ints.").input("a", "int", "first").input("b", "int", "second").output("int"),
//!     |args| Ok(Value::from(args.get::<i64>("a")? + args.get::<i64>("b")?)),
//! ));
//! let out = executor.run("total = add(2, 3) + functions.add(a=1, b=1)\ntotal").unwrap();
//! assert_eq!(out.output_repr().as_deref(), Some("7"));
//! ```

pub use minion_agent as agent;
pub use minion_async as asyncio;
pub use minion_eval as eval;
pub use minion_parser as parser;
pub use minion_tool as tool;

pub use minion_async::AsyncLocalPythonExecutor;
pub use minion_eval::{
    CodeOutput, ExecutorLimits, HostModule, InterpreterError, LocalPythonExecutor,
};
