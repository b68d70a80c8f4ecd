//! `str.find/rfind/index/rindex/count/startswith/endswith`.
//!
//! Searching is std's linear-time `str::find`/`rfind`/`matches` on the byte
//! window that corresponds to the char window `[start, end)`; char <-> byte
//! conversion is skipped entirely for ASCII text.

use super::index::{adjust_indices, byte_to_char_index, char_len, char_slice, count_chars};
use super::StrOpError;

/// The part of `s` selected by the (CPython-normalised) bounds, or `None`
/// when the window is shorter than `sub_len` chars.
struct Window<'a> {
    hay: &'a str,
    /// Char index of `hay` in `s`.
    start: usize,
    /// Char length of `hay` (only computed when needed: `None` otherwise).
    len: Option<usize>,
    ascii: bool,
}

fn window<'a>(
    s: &'a str,
    sub: &str,
    start: Option<isize>,
    end: Option<isize>,
) -> Option<Window<'a>> {
    let ascii = s.is_ascii();
    if start.is_none() && end.is_none() {
        // Fast path: no char counting unless the caller needs it.
        if sub.len() > s.len() {
            return None;
        }
        return Some(Window {
            hay: s,
            start: 0,
            len: None,
            ascii,
        });
    }
    let len = char_len(s, ascii);
    let (start, end) = adjust_indices(start, end, len);
    let sub_len = count_chars(sub.as_bytes());
    if end < start || end - start < sub_len {
        return None;
    }
    Some(Window {
        hay: char_slice(s, ascii, start, end),
        start,
        len: Some(end - start),
        ascii,
    })
}

impl Window<'_> {
    fn char_len(&self) -> usize {
        self.len.unwrap_or_else(|| char_len(self.hay, self.ascii))
    }

    fn to_char(&self, byte: usize) -> usize {
        self.start + byte_to_char_index(self.hay, self.ascii, byte)
    }
}

/// `s.find(sub, start, end)`: char index of the first occurrence, `None`
/// for Python's `-1`.
pub fn find(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> Option<usize> {
    let w = window(s, sub, start, end)?;
    w.hay.find(sub).map(|b| w.to_char(b))
}

/// `s.rfind(sub, start, end)`: char index of the last occurrence, `None`
/// for Python's `-1`.
pub fn rfind(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> Option<usize> {
    let w = window(s, sub, start, end)?;
    if sub.is_empty() {
        return Some(w.start + w.char_len());
    }
    w.hay.rfind(sub).map(|b| w.to_char(b))
}

/// `s.index(sub, start, end)`: like [`find`] but a miss is
/// `ValueError: substring not found`.
pub fn index(
    s: &str,
    sub: &str,
    start: Option<isize>,
    end: Option<isize>,
) -> Result<usize, StrOpError> {
    find(s, sub, start, end).ok_or_else(|| StrOpError::value("substring not found"))
}

/// `s.rindex(sub, start, end)`: like [`rfind`] but a miss is
/// `ValueError: substring not found`.
pub fn rindex(
    s: &str,
    sub: &str,
    start: Option<isize>,
    end: Option<isize>,
) -> Result<usize, StrOpError> {
    rfind(s, sub, start, end).ok_or_else(|| StrOpError::value("substring not found"))
}

/// `s.count(sub, start, end)`: number of non-overlapping occurrences (an
/// empty `sub` matches between every pair of chars and at both ends).
pub fn count(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> usize {
    let Some(w) = window(s, sub, start, end) else {
        return 0;
    };
    if sub.is_empty() {
        return w.char_len() + 1;
    }
    if let &[byte] = sub.as_bytes() {
        return w.hay.bytes().filter(|&b| b == byte).count();
    }
    w.hay.matches(sub).count()
}

/// `s.startswith(prefix, start, end)` for a single prefix (the VM loops over
/// tuples). Like CPython, `'abc'.startswith('', 4)` is `False`.
pub fn startswith(s: &str, prefix: &str, start: Option<isize>, end: Option<isize>) -> bool {
    if start.is_none() && end.is_none() {
        return s.starts_with(prefix);
    }
    window(s, prefix, start, end).is_some_and(|w| w.hay.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for a single suffix (the VM loops over
/// tuples). Like CPython, `'abc'.endswith('', 4)` is `False`.
pub fn endswith(s: &str, suffix: &str, start: Option<isize>, end: Option<isize>) -> bool {
    if start.is_none() && end.is_none() {
        return s.ends_with(suffix);
    }
    window(s, suffix, start, end).is_some_and(|w| w.hay.ends_with(suffix))
}
