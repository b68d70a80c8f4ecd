//! The sync evaluator of Code Minion: compiler, VM, heap, builtins, and
//! [`LocalPythonExecutor`].
//!
//! A run flows: source -> `minion-parser` (AST + line index) -> [`compile`] (scope
//! analysis, then flat code objects) -> [`vm`] (a loop over heap-allocated frames) ->
//! [`CodeOutput`] or [`InterpreterError`].
//!
//! ```
//! use minion_eval::LocalPythonExecutor;
//! let mut ex = LocalPythonExecutor::new();
//! ex.run("def sq(x):\n    return x * x\n").unwrap();
//! let out = ex.run("print(sq(7))\nsq(3) + 1").unwrap();
//! assert_eq!(out.logs, "49\n");
//! assert_eq!(out.output_repr().as_deref(), Some("10"));
//! let err = ex.run("{}['missing']").unwrap_err();
//! assert_eq!(err.summary(), "KeyError: 'missing'");
//! ```
//!
//! | module | what it holds |
//! |---|---|
//! | `value` | `Value`, the 16-byte `Copy` handle |
//! | `heap`, `objects` | the arena, its collector, and the object kinds |
//! | `compile` | scope analysis, code generation, the instruction set |
//! | `vm` | frames, the run loop, calls, operators, attributes, iteration |
//! | `builtins`, `methods` | built-in functions and methods of built-in types |
//! | `format`, `strops` | CPython's formatting and string algorithms, on plain Rust types |
//! | `executor` | `LocalPythonExecutor` and its result types |

pub mod attrs;
pub mod builtins;
pub mod compile;
pub mod error;
mod executor;
pub mod format;
pub mod heap;
mod host_module;
pub mod intern;
pub mod methods;
pub mod modules;
pub mod objects;
pub mod strops;
#[cfg(test)]
pub(crate) mod testutil;
pub mod types;
pub mod value;
pub mod vm;

pub use executor::{
    CodeOutput, ErrorKind, ExecutorLimits, InterpreterError, LocalPythonExecutor, PreparedProgram,
    Progress,
};
pub use host_module::HostModule;
