//! Stripping, padding, `zfill`, `expandtabs`, `replace`, prefix/suffix
//! removal and a `translate` helper.

use super::index::char_len;
use super::predicates::is_python_space;
use super::{check_len, StrOpError, StrOpErrorKind};

fn strip_set(chars: Option<&str>) -> impl Fn(char) -> bool + '_ {
    move |c| match chars {
        None => is_python_space(c),
        Some(set) => set.contains(c),
    }
}

/// `s.strip(chars)`: removes leading and trailing chars in `chars`
/// (Python whitespace when `None`).
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_matches(strip_set(chars))
}

/// `s.lstrip(chars)`: removes leading chars in `chars` (whitespace when `None`).
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_start_matches(strip_set(chars))
}

/// `s.rstrip(chars)`: removes trailing chars in `chars` (whitespace when `None`).
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_end_matches(strip_set(chars))
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

fn fill_char(fillchar: &str) -> Result<char, StrOpError> {
    let mut it = fillchar.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(StrOpError::new(
            StrOpErrorKind::Type,
            "The fill character must be exactly one character long",
        )),
    }
}

/// Pads `s` with `left` and `right` copies of `fill`.
fn pad(s: &str, left: usize, right: usize, fill: char) -> Result<String, StrOpError> {
    let total = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()));
    let mut out = String::with_capacity(check_len(total)?);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// Width minus the char length of `s`, when positive.
fn margin(s: &str, width: isize) -> Option<usize> {
    let width = usize::try_from(width).ok()?;
    let len = char_len(s, s.is_ascii());
    width.checked_sub(len).filter(|&m| m > 0)
}

/// `s.center(width, fillchar)`, splitting the padding like CPython (the
/// extra char goes left when both the margin and `width` are odd). A
/// `fillchar` that is not one char is CPython's `TypeError`.
pub fn center(s: &str, width: isize, fillchar: &str) -> Result<String, StrOpError> {
    let fill = fill_char(fillchar)?;
    let Some(marg) = margin(s, width) else {
        return Ok(s.to_owned());
    };
    let left = marg / 2 + (marg & (width as usize) & 1);
    pad(s, left, marg - left, fill)
}

/// `s.ljust(width, fillchar)`.
pub fn ljust(s: &str, width: isize, fillchar: &str) -> Result<String, StrOpError> {
    let fill = fill_char(fillchar)?;
    match margin(s, width) {
        Some(m) => pad(s, 0, m, fill),
        None => Ok(s.to_owned()),
    }
}

/// `s.rjust(width, fillchar)`.
pub fn rjust(s: &str, width: isize, fillchar: &str) -> Result<String, StrOpError> {
    let fill = fill_char(fillchar)?;
    match margin(s, width) {
        Some(m) => pad(s, m, 0, fill),
        None => Ok(s.to_owned()),
    }
}

/// `s.zfill(width)`: pads with `'0'` on the left, after a leading sign.
pub fn zfill(s: &str, width: isize) -> Result<String, StrOpError> {
    let Some(m) = margin(s, width) else {
        return Ok(s.to_owned());
    };
    let mut out = pad(s, m, 0, '0')?;
    if let Some(sign @ ('+' | '-')) = s.chars().next() {
        // Move the sign in front of the zeros: "000-12" -> "-00012".
        out.replace_range(m..m + 1, "0");
        out.replace_range(0..1, if sign == '+' { "+" } else { "-" });
    }
    Ok(out)
}

/// `s.expandtabs(tabsize)`: replaces tabs by spaces up to the next multiple
/// of `tabsize` columns (`\n` and `\r` reset the column; a non-positive
/// `tabsize` removes tabs). `tabsize` must fit a C int like in CPython.
pub fn expandtabs(s: &str, tabsize: isize) -> Result<String, StrOpError> {
    let tabsize = i32::try_from(tabsize).map_err(|_| {
        StrOpError::new(
            StrOpErrorKind::Overflow,
            "Python int too large to convert to C int",
        )
    })?;
    let tab = usize::try_from(tabsize).unwrap_or(0);
    if !s.contains('\t') {
        return Ok(s.to_owned());
    }
    // First pass: the result size, so huge results fail before allocating.
    let mut total = Some(s.len());
    let mut col = 0usize;
    for c in s.chars() {
        match c {
            '\t' if tab > 0 => {
                let incr = tab - col % tab;
                col = col.saturating_add(incr);
                total = total.and_then(|t| t.checked_add(incr - 1));
            }
            '\t' => total = total.map(|t| t - 1),
            '\n' | '\r' => col = 0,
            _ => col = col.saturating_add(1),
        }
    }
    let mut out = String::with_capacity(check_len(total)?);
    col = 0;
    for c in s.chars() {
        match c {
            '\t' if tab > 0 => {
                let incr = tab - col % tab;
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr));
            }
            '\t' => {}
            '\n' | '\r' => {
                col = 0;
                out.push(c);
            }
            _ => {
                col += 1;
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// `s.replace(old, new, count)`: replaces the first `count` non-overlapping
/// occurrences (all of them when `count < 0`). An empty `old` inserts `new`
/// before every char and at the end (`'ab'.replace('', '-') == '-a-b-'`).
/// Linear time; results over [`super::MAX_RESULT_LEN`] are `MemoryError`.
pub fn replace(s: &str, old: &str, new: &str, count: isize) -> Result<String, StrOpError> {
    let max = usize::try_from(count).unwrap_or(usize::MAX);
    if max == 0 || old == new {
        return Ok(s.to_owned());
    }
    if old.is_empty() {
        let n = max.min(char_len(s, s.is_ascii()).saturating_add(1));
        let total = n
            .checked_mul(new.len())
            .and_then(|x| x.checked_add(s.len()));
        let mut out = String::with_capacity(check_len(total)?);
        let mut done = 0;
        for (i, c) in s.char_indices() {
            if done == n {
                out.push_str(&s[i..]);
                return Ok(out);
            }
            out.push_str(new);
            out.push(c);
            done += 1;
        }
        if done < n {
            out.push_str(new);
        }
        return Ok(out);
    }
    let cap = if new.len() <= old.len() {
        s.len()
    } else {
        let n = s.matches(old).take(max).count();
        check_len(
            n.checked_mul(new.len() - old.len())
                .and_then(|x| x.checked_add(s.len())),
        )?
    };
    let mut out = String::with_capacity(cap);
    let mut last = 0;
    for (i, m) in s.match_indices(old).take(max) {
        out.push_str(&s[last..i]);
        out.push_str(new);
        last = i + m.len();
    }
    out.push_str(&s[last..]);
    Ok(out)
}

/// What a `str.translate` table says about one char.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Translation {
    /// Not in the table (`LookupError`): keep the char.
    Keep,
    /// Mapped to `None`: drop the char.
    Delete,
    /// Mapped to an int: this char.
    Char(char),
    /// Mapped to a str.
    Text(String),
}

/// `s.translate(table)`, with the table lookup (and its conversion of the
/// looked-up value, including any Python error) done by `lookup`.
pub fn translate<E>(
    s: &str,
    mut lookup: impl FnMut(char) -> Result<Translation, E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(c)? {
            Translation::Keep => out.push(c),
            Translation::Delete => {}
            Translation::Char(r) => out.push(r),
            Translation::Text(t) => out.push_str(&t),
        }
    }
    Ok(out)
}
