//! The `str.is*` predicates, with Python's (Unicode 14.0) character classes.

use super::case::{is_lower, is_title, is_upper};
use super::in_ranges;
use super::tables::{ALPHA, DECIMAL, DIGIT, ID_CONTINUE, ID_START, NUMERIC, PRINTABLE};

/// Python's `str.isspace` for one char (`Py_UNICODE_ISSPACE`: bidi classes
/// WS/B/S or category Zs), which unlike `char::is_whitespace` includes
/// `\x1c`-`\x1f`.
pub fn is_python_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..=' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

fn is_alpha_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(ALPHA, c)
    }
}

fn is_decimal_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(DECIMAL, c)
    }
}

fn is_digit_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(DIGIT, c)
    }
}

fn is_numeric_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(NUMERIC, c)
    }
}

/// Non-empty and every char satisfies `pred`.
fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_python_space)
}

/// `s.isalpha()` (categories Lu Ll Lt Lm Lo: `'नमस्ते'.isalpha()` is False
/// because of its combining marks).
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha_char)
}

/// `s.isdecimal()` (Numeric_Type=Decimal).
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal_char)
}

/// `s.isdigit()` (Numeric_Type=Digit or Decimal: includes `'²'`).
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit_char)
}

/// `s.isnumeric()` (any Numeric_Type: includes `'½'` and `'一'`).
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric_char)
}

/// `s.isalnum()`: every char is alpha, decimal, digit or numeric.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, |c| {
        is_alpha_char(c) || is_decimal_char(c) || is_digit_char(c) || is_numeric_char(c)
    })
}

/// `s.islower()`: has a cased char and no uppercase or titlecase char.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased = cased || is_lower(c);
    }
    cased
}

/// `s.isupper()`: has a cased char and no lowercase or titlecase char.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased = cased || is_upper(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase chars only after uncased chars,
/// lowercase chars only after cased chars, and at least one cased char.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `s.isidentifier()`: XID_Start or `_`, then XID_Continue chars (no NFKC
/// normalisation, like CPython's method).
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if in_ranges(ID_START, c) => it.all(|c| in_ranges(ID_CONTINUE, c)),
        _ => false,
    }
}

/// `s.isprintable()`: no char of categories Cc Cf Cs Co Cn Zl Zp Zs other
/// than the space (true for `''`).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable_char)
}

/// `Py_UNICODE_ISPRINTABLE` for one char.
pub(crate) fn is_printable_char(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_ranges(PRINTABLE, c)
    }
}

/// `s.isascii()` (true for `''`).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}
