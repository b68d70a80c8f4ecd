//! The parser adapter: Python source -> AST + [`LineIndex`], or a CPython-style [`SyntaxError`].
//!
//! It wraps `rustpython-parser` 0.3.1 (Python 3.11 grammar) and knows nothing of the
//! runtime: it exports an AST, a line index and `SyntaxError`, never a value.
//!
//! # Pipeline
//!
//! 1. NUL bytes are refused ("source code string cannot contain null bytes", the
//!    wording of CPython's `compile()`); so are decimal integer literals longer than
//!    [`MAX_INT_DIGITS`] (CPython 3.11's message; converting them is quadratic).
//! 2. The lexer runs once; every token goes through the guard (`src/guard.rs`) as it is produced,
//!    and lexing stops at the first lexical error (the lexer would repeat it forever).
//! 3. The guard bounds bracket nesting ([`MAX_PAREN_DEPTH`], "too many nested
//!    parentheses"), indentation ([`MAX_INDENT_DEPTH`], "too many levels of
//!    indentation") and, above all, the depth of the tree the parser would build
//!    ([`MAX_CHAIN_DEPTH`]: operator, attribute, call and subscript chains, `not`,
//!    unary operators, `lambda` chains, `elif` chains, blocks, and the expressions
//!    inside f-strings). A tree that passes is shallow enough to build, walk and drop
//!    in a 2 MiB stack. All checks are linear in the size of the source.
//! 4. `parse_tokens` builds the AST; its errors are reworded like CPython 3.11's by
//!    looking at the tokens around them.
//!
//! # CPython messages reproduced (wording, line and column)
//!
//! `'(' was never closed`, `unmatched ')'`, `closing parenthesis ']' does not match
//! opening parenthesis '(' [on line N]`, `expected ':'`, `unexpected indent`,
//! `expected an indented block after 'if' statement on line N` (and for `elif`,
//! `else`, `while`, `for`, `with`, `try`, `except`, `finally`, function and class
//! definitions), `unindent does not match any outer indentation level`,
//! `inconsistent use of tabs and spaces in indentation` (`TabError`),
//! `unterminated string literal (detected at line N)`, `unterminated triple-quoted
//! string literal (detected at line N)`, `invalid character '€' (U+20AC)`,
//! `Missing parentheses in call to 'print'. Did you mean print(...)?` (and `exec`),
//! `invalid syntax. Perhaps you forgot a comma?`, `non-default argument follows default
//! argument`, `positional argument follows keyword argument`, `keyword argument
//! repeated: a`, `unexpected character after line continuation character`, `leading
//! zeros in decimal integer literals are not permitted; ...`, the f-string messages
//! `f-string: expecting '}'`, `f-string: empty expression not allowed`, `f-string:
//! expressions nested too deeply`, and the generic `invalid syntax` (at CPython's
//! token). As in CPython, a lexical error anywhere in the file wins over an earlier
//! generic parse error, except an unclosed bracket on a later line.
//!
//! # Known divergences from CPython
//!
//! * Errors that CPython's second ("invalid_*") parser pass words specially are
//!   mostly `invalid syntax` here, at the right token: e.g. `cannot assign to literal
//!   here. Maybe you meant '==' instead of '='?`, `invalid syntax. Maybe you meant '=='
//!   or ':=' instead of '='?`, `cannot use starred expression here` (rustpython's own
//!   wording is kept for the latter), `did you forget parentheses around the
//!   comprehension target?`.
//! * Carets: CPython 3.11 underlines some errors with a range (`^^^^`); we do for the
//!   indented-block, `print`, missing-comma and generic `invalid syntax` errors, and
//!   print one caret elsewhere.
//! * Null bytes and too-long integer literals carry a line and column here (CPython
//!   gives none, or column 0).
//! * Source nested deeper than [`MAX_CHAIN_DEPTH`] is a `SyntaxError` ("too many nested
//!   expressions or blocks ..."); CPython accepts a bit more and then fails with
//!   `RecursionError` while compiling.
//! * Invalid UTF-8 is reported as CPython's `(unicode error) 'utf-8' codec can't
//!   decode byte ...`, at column 1 of the line where the bad byte is.
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
pub use parse::{parse_module, parse_module_bytes, Module, MAX_INT_DIGITS};

/// The AST of `rustpython-parser`, re-exported so the compiler needs no second dependency.
pub use rustpython_parser::ast;
/// Byte offsets and ranges carried by every AST node.
pub use rustpython_parser::text_size::{TextRange, TextSize};
