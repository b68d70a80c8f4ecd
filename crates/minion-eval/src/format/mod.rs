//! CPython 3.11 number and string formatting, as pure functions.
//!
//! This module knows nothing about the interpreter's values or heap: the
//! caller (the VM) extracts plain Rust data (`BigInt`, `f64`, `&str`) and
//! glues the results back in. Every error message is worded like CPython's.
//!
//! Files, one job each:
//!
//! * `float_repr`: `repr(float)` / `str(float)`.
//! * `float_digits`: CPython's `PyOS_double_to_string` (the `e`, `f`, `g`
//!   and `r` layouts of a float's correctly rounded decimal digits).
//! * `int_float`: exact `int` -> `float` conversion (round-half-even,
//!   `OverflowError` when too large).
//! * `spec`: parsing the format-spec mini-language
//!   (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`).
//! * `number`: laying out a number (sign, prefix, padding, digit grouping).
//! * `apply`: `format(int, spec)`, `format(float, spec)`, `format(str, spec)`.
//! * `percent`: parsing printf-style `%` templates.
//! * `percent_render`: rendering one `%` conversion from an already
//!   extracted value.
//! * `template`: parsing `str.format` templates (`{0.attr[key]!r:>{width}}`)
//!   and assigning automatic field numbers.
//!
//! Divergences from CPython (documented at the relevant items):
//!
//! * widths above [`MAX_WIDTH`] are rejected with `ValueError("width too
//!   big")` and float/int precisions above [`MAX_PRECISION`] with
//!   `ValueError("precision too big")` (or `OverflowError("precision too
//!   large")` for `%d`-style), instead of allocating gigabytes;
//! * only ASCII digits are accepted in widths, precisions and field indexes
//!   (CPython also accepts other Unicode decimal digits);
//! * `format(0xd800, 'c')` and `'%c' % 0xd800` (lone surrogates) are errors
//!   because Rust strings cannot hold surrogates;
//! * the `n` type always uses the C locale (no grouping, `.` decimal point);
//! * CPython parses templates lazily while formatting. The eager functions
//!   ([`parse_percent`], [`parse_numbered_template`]) report a later syntax
//!   error before an earlier field's lookup/type error; the iterators
//!   [`PercentParser`] and [`TemplateParser::numbered`] let the caller
//!   interleave parsing and rendering to get CPython's order. Within one
//!   field, syntax/conversion/nested-spec errors still precede the caller's
//!   lookup errors, and `%y`-style "unsupported format character" errors
//!   precede "not enough arguments for format string".
//!
//! Typical glue:
//!
//! * `format(v, spec)`: `FormatSpec::parse(spec, type_name)` then
//!   [`format_int`] / [`format_float`] / [`format_str`] (an empty spec
//!   means `str(v)`, which the caller can short-cut).
//! * `str.format`: [`parse_numbered_template`], then per field: look up,
//!   convert, build the spec from `nested` if present, `format`.
//! * `template % args`: [`parse_percent`], then per spec: resolve `*` counts
//!   with [`star_width`] / [`star_precision`], fetch the argument, and call
//!   [`percent_int`] / [`percent_float`] / [`percent_str`] /
//!   [`percent_char`]. The caller raises the `TypeError`s about argument
//!   types/counts ("%d format: a real number is required, not str",
//!   "not all arguments converted during string formatting", ...).

use std::fmt;

mod apply;
mod float_digits;
mod float_repr;
mod int_float;
mod number;
mod percent;
mod percent_render;
mod spec;
mod template;

pub use apply::{format_float, format_int, format_int_for, format_str, group_digits};
pub use float_digits::{double_to_string, DtoaFlags};
pub use float_repr::float_repr;
pub use int_float::bigint_to_f64;
/// The number layout, for `decimal`'s formatting.
pub(crate) use number::{render_number, NumberParts, NumberStyle};
pub use percent::{
    parse_percent, parse_percent_bytes, Count, PercentParser, PercentPiece, PercentSpec,
};
pub use percent_render::{
    percent_char, percent_char_from_int, percent_char_from_str, percent_float, percent_int,
    percent_str, star_precision, star_width,
};
pub use spec::{Align, FormatSpec, Sign};
pub use template::{
    number_fields, parse_format_template, parse_nested_spec, parse_numbered_template, ArgRef,
    FieldNumbering, FieldRef, FieldStep, TemplateParser, TemplatePiece,
};

/// Largest accepted field width; larger widths raise `ValueError("width too
/// big")` (a divergence: CPython accepts up to `sys.maxsize` and then fails
/// with `MemoryError`).
pub const MAX_WIDTH: usize = 10_000_000;

/// Largest accepted float (or `%d`) precision; larger ones are errors (a
/// divergence: CPython accepts up to `INT_MAX`).
pub const MAX_PRECISION: usize = 10_000_000;

/// Which Python exception a [`FormatError`] maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormatErrorKind {
    /// `ValueError`.
    Value,
    /// `TypeError`.
    Type,
    /// `OverflowError`.
    Overflow,
    /// `KeyError`.
    Key,
    /// `IndexError`.
    Index,
}

/// A formatting failure: the Python exception type and its message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FormatError {
    /// The exception class to raise.
    pub kind: FormatErrorKind,
    /// The message, worded exactly like CPython's.
    pub message: String,
}

impl FormatError {
    /// A `ValueError` with the given message.
    pub fn value(message: impl Into<String>) -> Self {
        Self {
            kind: FormatErrorKind::Value,
            message: message.into(),
        }
    }

    /// A `TypeError` with the given message.
    pub fn type_error(message: impl Into<String>) -> Self {
        Self {
            kind: FormatErrorKind::Type,
            message: message.into(),
        }
    }

    /// An `OverflowError` with the given message.
    pub fn overflow(message: impl Into<String>) -> Self {
        Self {
            kind: FormatErrorKind::Overflow,
            message: message.into(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.kind {
            FormatErrorKind::Value => "ValueError",
            FormatErrorKind::Type => "TypeError",
            FormatErrorKind::Overflow => "OverflowError",
            FormatErrorKind::Key => "KeyError",
            FormatErrorKind::Index => "IndexError",
        };
        write!(f, "{name}: {}", self.message)
    }
}

impl std::error::Error for FormatError {}

/// Renders a type/conversion character for messages the way CPython does:
/// codes in `33..limit` as themselves, anything else as `\x<hex>`
/// (`limit` is 128 for format codes, 127 for conversion specifiers).
pub(crate) fn char_for_message(c: char, limit: u32) -> String {
    let code = c as u32;
    if code > 32 && code < limit {
        c.to_string()
    } else {
        format!("\\x{code:x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_display_and_message_chars() {
        let e = FormatError::value("boom");
        assert_eq!(e.to_string(), "ValueError: boom");
        assert_eq!(FormatError::overflow("x").kind, FormatErrorKind::Overflow);
        assert_eq!(char_for_message('z', 128), "z");
        assert_eq!(char_for_message('\u{1}', 128), "\\x1");
        assert_eq!(char_for_message('é', 128), "\\xe9");
        assert_eq!(char_for_message(' ', 128), "\\x20");
        assert_eq!(char_for_message('\u{7f}', 128), "\u{7f}");
        assert_eq!(char_for_message('\u{7f}', 127), "\\x7f");
    }

    /// Deterministic smoke fuzzing: no input may panic.
    #[test]
    fn random_inputs_never_panic() {
        use num_bigint::BigInt;
        let alphabet: Vec<char> = "{}[]!:.,_=<>^+- #z0123456789%()*sdrxXobcneEfFgGaly日\u{1}"
            .chars()
            .collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let ints = [
            BigInt::from(0),
            BigInt::from(-1234567),
            BigInt::from(0x10ffff),
            BigInt::from(u64::MAX) * BigInt::from(u64::MAX),
        ];
        let floats = [0.0, -0.0, 1.5e300, -2.5e-310, f64::NAN, f64::INFINITY, 0.1];
        for _ in 0..20_000 {
            let len = (next() % 10) as usize;
            let text: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            if let Ok(spec) = FormatSpec::parse(&text, "x") {
                for v in &ints {
                    let _ = format_int(v, &spec);
                }
                for &f in &floats {
                    let _ = format_float(f, &spec);
                }
                let _ = format_str("héllo", &spec);
            }
            let _ = parse_numbered_template(&text);
            if let Ok(mut pieces) = parse_format_template(&text) {
                let _ = number_fields(&mut pieces);
            }
            if let Ok(pieces) = parse_percent(&text) {
                for piece in pieces {
                    if let PercentPiece::Spec(spec) = piece {
                        let w = Some((next() % 40) as usize);
                        let p = Some((next() % 40) as usize);
                        let _ = percent_int(&ints[3], &spec, w, p);
                        let _ = percent_float(f64::MAX, &spec, w, p);
                        let _ = percent_str("héllo", &spec, w, p);
                        let _ = percent_char('é', &spec, w, p);
                    }
                }
            }
        }
    }
}
