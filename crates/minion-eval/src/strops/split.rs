//! `str.split/rsplit/splitlines/partition/rpartition`.
//!
//! Results borrow from the input; the VM turns them into Python strings.

use super::predicates::is_python_space;
use super::StrOpError;

/// Python's line boundaries (`str.splitlines`): `\n \r \x0b \x0c \x1c \x1d
/// \x1e \x85 \u2028 \u2029` (`\r\n` is handled by [`splitlines`]).
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn limit(maxsplit: isize) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `s.split(sep, maxsplit)`. `sep = None` splits on runs of Python
/// whitespace (dropping leading/trailing whitespace, keeping the tail after
/// `maxsplit` splits); a negative `maxsplit` means no limit. An empty `sep`
/// is `ValueError: empty separator`.
pub fn split<'a>(
    s: &'a str,
    sep: Option<&str>,
    maxsplit: isize,
) -> Result<Vec<&'a str>, StrOpError> {
    let mut remaining = limit(maxsplit);
    match sep {
        Some("") => Err(StrOpError::value("empty separator")),
        Some(sep) => Ok(if maxsplit < 0 {
            s.split(sep).collect()
        } else {
            s.splitn(remaining.saturating_add(1), sep).collect()
        }),
        None => {
            let mut out = Vec::new();
            let mut rest = s;
            loop {
                rest = rest.trim_start_matches(is_python_space);
                if rest.is_empty() {
                    break;
                }
                if remaining == 0 {
                    out.push(rest);
                    break;
                }
                remaining -= 1;
                match rest.find(is_python_space) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = &rest[i..];
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
            Ok(out)
        }
    }
}

/// `s.rsplit(sep, maxsplit)`: like [`split`] but splitting from the right
/// (results are still in left-to-right order).
pub fn rsplit<'a>(
    s: &'a str,
    sep: Option<&str>,
    maxsplit: isize,
) -> Result<Vec<&'a str>, StrOpError> {
    let mut remaining = limit(maxsplit);
    let mut out: Vec<&str> = match sep {
        Some("") => return Err(StrOpError::value("empty separator")),
        Some(sep) => {
            if maxsplit < 0 {
                s.rsplit(sep).collect()
            } else {
                s.rsplitn(remaining.saturating_add(1), sep).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s;
            loop {
                rest = rest.trim_end_matches(is_python_space);
                if rest.is_empty() {
                    break;
                }
                if remaining == 0 {
                    out.push(rest);
                    break;
                }
                remaining -= 1;
                match rest.char_indices().rev().find(|&(_, c)| is_python_space(c)) {
                    Some((i, c)) => {
                        out.push(&rest[i + c.len_utf8()..]);
                        rest = &rest[..i + c.len_utf8()];
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
            out
        }
    };
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)`, splitting on every Python line boundary
/// ([`is_line_break`], with `\r\n` as one boundary).
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut eol = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = iter.peek() {
                iter.next();
                eol += 1;
            }
        }
        out.push(&s[line_start..if keepends { eol } else { i }]);
        line_start = eol;
    }
    if line_start < s.len() {
        out.push(&s[line_start..]);
    }
    out
}

/// `s.partition(sep)`: `(head, sep, tail)` around the first `sep`, or
/// `(s, "", "")`. An empty `sep` is `ValueError: empty separator`.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), StrOpError> {
    if sep.is_empty() {
        return Err(StrOpError::value("empty separator"));
    }
    Ok(match s.find(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`: `(head, sep, tail)` around the last `sep`, or
/// `("", "", s)`. An empty `sep` is `ValueError: empty separator`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), StrOpError> {
    if sep.is_empty() {
        return Err(StrOpError::value("empty separator"));
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}
