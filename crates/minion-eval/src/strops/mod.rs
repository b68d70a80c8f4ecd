//! Algorithms behind Python's `str` and `bytes` methods, on plain Rust types.
//!
//! This module knows nothing about the interpreter's `Value`: the VM resolves
//! Python arguments (None, negative indices, tuples of prefixes ...) and calls
//! these functions with `&str` / `&[u8]`, `Option<isize>` start/end bounds
//! (normalised here exactly like CPython's `ADJUST_INDICES`) and plain
//! integers. Everything mirrors CPython 3.11 (Unicode 14.0), including error
//! messages, and never panics on any input.
//!
//! Indices are code points (chars) for `str` functions and bytes for `bytes`
//! functions. `str` search functions have an ASCII fast path where char and
//! byte indices coincide; everything is linear time (`str` searching uses std's
//! Two-Way `str::find`/`matches`, `bytes` searching a KMP scan).
//!
//! Files:
//! - `mod.rs`: this overview, [`StrOpError`] and the `pub use` list.
//! - `index.rs`: `ADJUST_INDICES`, slice normalisation, char <-> byte index
//!   helpers, [`char_slice`], [`nth_char`], [`slice_step`].
//! - `search.rs`: `str.find/rfind/index/rindex/count/startswith/endswith`.
//! - `split.rs`: `str.split/rsplit/splitlines/partition/rpartition` and the
//!   Python whitespace / line-boundary definitions.
//! - `pad.rs`: `str.strip*/center/ljust/rjust/zfill/expandtabs/replace/
//!   removeprefix/removesuffix` and a `translate` helper.
//! - `case.rs`: `str.upper/lower/casefold/swapcase/title/capitalize`.
//! - `predicates.rs`: the `str.is*` predicates.
//! - `repr.rs`: the `\xNN` / `\uNNNN` / `\UNNNNNNNN` escapes the codecs use (`repr` of str and
//!   bytes is `minion_tool::repr_str` / `repr_bytes`).
//! - `bytes.rs`: `bytes` methods, `hex`/`fromhex`, and the
//!   utf-8 / ascii / latin-1 codecs (`bytes.decode`, `str.encode`).
//! - `tables.rs`: Unicode 14.0 tables generated from CPython 3.11 by
//!   `gen_tables.py` (case data stored as deltas against Rust's std; the
//!   module is `#[rustfmt::skip]` so regenerating gives the same file).
//! - `tests.rs`: unit tests (expectations checked against CPython 3.11;
//!   the module was also differentially tested against CPython on ~850k
//!   random calls and on every code point for the per-char functions).
//!
//! Known divergences from CPython are listed on the functions concerned; the
//! main ones: Rust strings cannot hold lone surrogates (so `'\ud800'` cases
//! cannot arise), and case mappings of characters assigned after Unicode
//! 14.0 follow Rust's std (newer Unicode) unless listed in the delta tables,
//! which pin every difference std had when the tables were generated.

use std::fmt;

mod bytes;
mod case;
mod index;
mod pad;
mod predicates;
mod repr;
mod search;
mod split;
#[rustfmt::skip]
mod tables;

pub use bytes::{
    bytes_center, bytes_count, bytes_decode, bytes_endswith, bytes_find, bytes_fromhex, bytes_hex,
    bytes_index, bytes_isalnum, bytes_isalpha, bytes_isdigit, bytes_islower, bytes_isspace,
    bytes_isupper, bytes_ljust, bytes_lower, bytes_lstrip, bytes_partition, bytes_replace,
    bytes_rfind, bytes_rindex, bytes_rjust, bytes_rpartition, bytes_rsplit, bytes_rstrip,
    bytes_split, bytes_splitlines, bytes_startswith, bytes_strip, bytes_translate, bytes_upper,
    str_encode, Encoding,
};
pub use case::{capitalize, casefold, lower, swapcase, title, upper};
pub use index::{
    adjust_indices, adjust_slice, byte_to_char_index, char_len, char_slice, char_to_byte_index,
    nth_char, slice_len, slice_step, slice_step_bytes,
};
pub use pad::{
    center, expandtabs, ljust, lstrip, removeprefix, removesuffix, replace, rjust, rstrip, strip,
    translate, zfill, Translation,
};
pub use predicates::{
    is_python_space, isalnum, isalpha, isascii, isdecimal, isdigit, isidentifier, islower,
    isnumeric, isprintable, isspace, istitle, isupper,
};
pub use search::{count, endswith, find, index, rfind, rindex, startswith};
pub use split::{is_line_break, partition, rpartition, rsplit, split, splitlines};

/// Largest result, in bytes, that a growing operation (`center`, `replace`,
/// `expandtabs`, ...) will build; beyond it the operation fails with
/// [`StrOpErrorKind::Memory`] instead of attempting the allocation (CPython
/// raises `MemoryError` for such sizes too). The VM may enforce tighter limits.
pub const MAX_RESULT_LEN: usize = 1 << 30;

/// Which Python exception a [`StrOpError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrOpErrorKind {
    /// `ValueError`.
    Value,
    /// `TypeError`.
    Type,
    /// `OverflowError`.
    Overflow,
    /// `MemoryError` (result larger than [`MAX_RESULT_LEN`]); empty message.
    Memory,
    /// `LookupError` (unknown encoding or error handler).
    Lookup,
    /// `UnicodeDecodeError` (a `ValueError` subclass).
    UnicodeDecode,
    /// `UnicodeEncodeError` (a `ValueError` subclass).
    UnicodeEncode,
}

/// A Python exception raised by a string operation: its kind and CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrOpError {
    /// The Python exception class.
    pub kind: StrOpErrorKind,
    /// The message, exactly as CPython words it.
    pub message: String,
}

impl StrOpError {
    /// Builds an error of `kind` with `message`.
    pub fn new(kind: StrOpErrorKind, message: impl Into<String>) -> Self {
        StrOpError {
            kind,
            message: message.into(),
        }
    }

    pub(crate) fn value(message: impl Into<String>) -> Self {
        Self::new(StrOpErrorKind::Value, message)
    }

    pub(crate) fn memory() -> Self {
        Self::new(StrOpErrorKind::Memory, "")
    }
}

impl fmt::Display for StrOpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.kind {
            StrOpErrorKind::Value => "ValueError",
            StrOpErrorKind::Type => "TypeError",
            StrOpErrorKind::Overflow => "OverflowError",
            StrOpErrorKind::Memory => "MemoryError",
            StrOpErrorKind::Lookup => "LookupError",
            StrOpErrorKind::UnicodeDecode => "UnicodeDecodeError",
            StrOpErrorKind::UnicodeEncode => "UnicodeEncodeError",
        };
        if self.message.is_empty() {
            f.write_str(name)
        } else {
            write!(f, "{name}: {}", self.message)
        }
    }
}

impl std::error::Error for StrOpError {}

/// Fails with `MemoryError` when a result of `len` bytes (or an overflowed
/// size computation, `None`) exceeds [`MAX_RESULT_LEN`].
pub(crate) fn check_len(len: Option<usize>) -> Result<usize, StrOpError> {
    match len {
        Some(n) if n <= MAX_RESULT_LEN => Ok(n),
        _ => Err(StrOpError::memory()),
    }
}

/// Binary search in a sorted table of inclusive code point ranges.
pub(crate) fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Looks `c` up in a sorted `(code point, mapping)` table.
pub(crate) fn in_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(cp, _)| cp)
        .ok()
        .map(|i| table[i].1)
}

#[cfg(test)]
mod tests;
