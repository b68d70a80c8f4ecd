//! `repr(str)` and `ascii(str)` with CPython's quoting and escaping rules.

use super::predicates::is_printable_char;
use std::fmt::Write;

/// CPython's quote choice: `'` unless the text has `'` and no `"`.
pub(crate) fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if !c.is_ascii() && !ascii_only && is_printable_char(c) => out.push(c),
            c => push_escape(c, &mut out),
        }
    }
    out.push(quote);
    out
}

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN` (lowercase hex) for `c`.
pub(crate) fn push_escape(c: char, out: &mut String) {
    let cp = c as u32;
    // Writing to a String cannot fail.
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

/// `repr(s)`: single quotes unless `s` contains `'` but no `"`; escapes the
/// chosen quote, `\\`, `\n`, `\r`, `\t`, and non-printable chars as
/// `\xNN`/`\uNNNN`/`\UNNNNNNNN`; printable non-ASCII chars are kept.
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(s)`: like [`str_repr`] but every non-ASCII char is escaped.
pub fn str_ascii(s: &str) -> String {
    repr_impl(s, true)
}
