//! `str.upper/lower/casefold/swapcase/title/capitalize` with Python's full
//! (one-to-many) Unicode mappings and the Final_Sigma rule for `'Σ'`.
//!
//! Case data is Rust std's, corrected to Unicode 14.0 / CPython 3.11 by the
//! delta tables in `tables.rs`; titlecase and casefold mappings come from
//! `tables.rs` (std has neither).

use super::tables::{
    CASE_IGNORABLE, FOLD_MAP, LOWERCASE_FLIP, LOWER_DELTA, TITLECASE, TITLE_MAP, UPPERCASE_FLIP,
    UPPER_DELTA,
};
use super::{in_map, in_ranges};

const CAPITAL_SIGMA: char = '\u{3a3}';

/// Python's `Py_UNICODE_ISLOWER` (the Lowercase property).
pub(crate) fn is_lower(c: char) -> bool {
    c.is_lowercase() != in_ranges(LOWERCASE_FLIP, c)
}

/// Python's `Py_UNICODE_ISUPPER` (the Uppercase property).
pub(crate) fn is_upper(c: char) -> bool {
    c.is_uppercase() != in_ranges(UPPERCASE_FLIP, c)
}

/// Python's `Py_UNICODE_ISTITLE` (general category Lt).
pub(crate) fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(TITLECASE, c)
}

/// The Cased property.
pub(crate) fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

fn is_case_ignorable(c: char) -> bool {
    in_ranges(CASE_IGNORABLE, c)
}

fn push_upper(c: char, out: &mut String) {
    match in_map(UPPER_DELTA, c) {
        Some(m) => out.push_str(m),
        None => out.extend(c.to_uppercase()),
    }
}

fn push_lower_plain(c: char, out: &mut String) {
    match in_map(LOWER_DELTA, c) {
        Some(m) => out.push_str(m),
        None => out.extend(c.to_lowercase()),
    }
}

fn push_title(c: char, out: &mut String) {
    match in_map(TITLE_MAP, c) {
        Some(m) => out.push_str(m),
        None => push_upper(c, out),
    }
}

fn push_fold(c: char, out: &mut String) {
    match in_map(FOLD_MAP, c) {
        Some(m) => out.push_str(m),
        None => push_lower_plain(c, out),
    }
}

/// CPython's `lower_ucs4`: lowercases the char at byte `i` of `s`, using
/// final sigma `'ς'` for a `'Σ'` that ends a cased word.
fn push_lower(s: &str, i: usize, c: char, out: &mut String) {
    if c != CAPITAL_SIGMA {
        return push_lower_plain(c, out);
    }
    let before = s[..i].chars().rev().find(|&c| !is_case_ignorable(c));
    let mut final_sigma = before.is_some_and(is_cased);
    if final_sigma {
        let after = s[i + c.len_utf8()..]
            .chars()
            .find(|&c| !is_case_ignorable(c));
        final_sigma = !after.is_some_and(is_cased);
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

/// `s.upper()` (full mappings: `'ß'.upper() == 'SS'`).
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(c, &mut out);
    }
    out
}

/// `s.lower()` (full mappings and final sigma).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        push_lower(s, i, c, &mut out);
    }
    out
}

/// `s.casefold()` (full case folding: `'ß'.casefold() == 'ss'`).
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(c, &mut out);
    }
    out
}

/// `s.swapcase()`: uppercase chars are lowercased, lowercase chars
/// uppercased; titlecase and uncased chars are kept.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if is_upper(c) {
            push_lower(s, i, c, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.title()`: titlecases a char that follows an uncased char and
/// lowercases one that follows a cased char (`"they're"` -> `"They'Re"`).
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, c) in s.char_indices() {
        if prev_cased {
            push_lower(s, i, c, &mut out);
        } else {
            push_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: titlecases the first char and lowercases the rest
/// (CPython >= 3.8 semantics: `'ǆa'.capitalize() == 'ǅa'`).
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if i == 0 {
            push_title(c, &mut out);
        } else {
            push_lower(s, i, c, &mut out);
        }
    }
    out
}
