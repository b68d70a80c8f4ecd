//! The parser adapter: Python source -> AST + [`LineIndex`], or a CPython-style [`SyntaxError`].
//!
//! It wraps `rustpython-parser` (Python 3.11 grammar) and knows nothing of the runtime:
//! it exports an AST, a line index and `SyntaxError`, never a value.
//!
//! Hostile source is refused before the parser builds a tree that would be too deep for
//! the compiler (or for the tree's own `Drop`) to walk: [`guard`] scans the token stream,
//! which the lexer produces iteratively, and bounds bracket nesting, indentation and the
//! length of operator chains the way CPython's tokenizer and compiler bound them.
//!
//! ```
//! let module = minion_parser::parse_module("x = 1 + 2\nprint(x)\n", "<code>").unwrap();
//! assert_eq!(module.body.len(), 2);
//! assert_eq!(module.lines.line_col(4), (1, 5));
//!
//! let err = minion_parser::parse_module("x = (1,\n", "<code>").unwrap_err();
//! assert_eq!(err.to_string().lines().last(), Some("SyntaxError: '(' was never closed"));
//! ```

mod error;
mod guard;
mod line_index;
mod parse;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use guard::{MAX_CHAIN_DEPTH, MAX_INDENT_DEPTH, MAX_PAREN_DEPTH};
pub use line_index::LineIndex;
pub use parse::{parse_module, parse_module_bytes, Module};

/// The AST of `rustpython-parser`, re-exported so the compiler needs no second dependency.
pub use rustpython_parser::ast;
/// Byte offsets and ranges carried by every AST node.
pub use rustpython_parser::text_size::{TextRange, TextSize};
