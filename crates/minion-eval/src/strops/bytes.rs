//! `bytes` methods, `repr(bytes)`, `hex`/`fromhex`, and the utf-8 / ascii /
//! latin-1 codecs behind `bytes.decode` and `str.encode`.
//!
//! Substring search is a Knuth-Morris-Pratt scan with a `memchr`-style skip
//! to the next candidate first byte: linear in the worst case.

use super::index::adjust_indices;
use super::repr::push_escape;
use super::{check_len, StrOpError, StrOpErrorKind};
use std::fmt::Write;

// ---------------------------------------------------------------- searching

/// Non-overlapping matches of `needle` in `hay` (forward: leftmost first;
/// reverse: rightmost first), yielding match start offsets.
struct Matches<'a> {
    hay: &'a [u8],
    needle: &'a [u8],
    /// KMP prefix function of the needle (of the reversed needle if `reverse`).
    pi: Vec<usize>,
    reverse: bool,
    /// Hay bytes consumed (from the front, or from the back when `reverse`).
    pos: usize,
}

impl<'a> Matches<'a> {
    fn new(hay: &'a [u8], needle: &'a [u8], reverse: bool) -> Self {
        let m = needle.len();
        let at = |j: usize| {
            if reverse {
                needle[m - 1 - j]
            } else {
                needle[j]
            }
        };
        let mut pi = vec![0; m];
        let mut k = 0;
        for i in 1..m {
            while k > 0 && at(i) != at(k) {
                k = pi[k - 1];
            }
            if at(i) == at(k) {
                k += 1;
            }
            pi[i] = k;
        }
        Matches {
            hay,
            needle,
            pi,
            reverse,
            pos: 0,
        }
    }
}

impl Iterator for Matches<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let (n, m) = (self.hay.len(), self.needle.len());
        if m == 0 {
            return None;
        }
        let rev = self.reverse;
        let hay_at = |i: usize| {
            if rev {
                self.hay[n - 1 - i]
            } else {
                self.hay[i]
            }
        };
        let needle_at = |j: usize| {
            if rev {
                self.needle[m - 1 - j]
            } else {
                self.needle[j]
            }
        };
        let first = needle_at(0);
        let mut k = 0;
        while self.pos < n {
            if k == 0 {
                // Skip straight to the next candidate first byte.
                let skip = if rev {
                    self.hay[..n - self.pos]
                        .iter()
                        .rposition(|&b| b == first)
                        .map(|i| n - 1 - i)
                } else {
                    self.hay[self.pos..]
                        .iter()
                        .position(|&b| b == first)
                        .map(|i| self.pos + i)
                };
                match skip {
                    Some(p) => self.pos = p,
                    None => {
                        self.pos = n;
                        return None;
                    }
                }
            }
            let c = hay_at(self.pos);
            while k > 0 && c != needle_at(k) {
                k = self.pi[k - 1];
            }
            if c == needle_at(k) {
                k += 1;
            }
            self.pos += 1;
            if k == m {
                return Some(if rev { n - self.pos } else { self.pos - m });
            }
        }
        None
    }
}

fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(0),
        [b] => hay.iter().position(|x| x == b),
        _ => Matches::new(hay, needle, false).next(),
    }
}

fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(hay.len()),
        [b] => hay.iter().rposition(|x| x == b),
        _ => Matches::new(hay, needle, true).next(),
    }
}

/// `b[start:end]` per `ADJUST_INDICES`, with its offset, when it can hold `sub_len` bytes.
fn window(
    b: &[u8],
    sub_len: usize,
    start: Option<isize>,
    end: Option<isize>,
) -> Option<(&[u8], usize)> {
    let (start, end) = adjust_indices(start, end, b.len());
    if end < start || end - start < sub_len {
        return None;
    }
    Some((&b[start..end], start))
}

/// `b.find(sub, start, end)`; `None` is Python's `-1`.
pub fn bytes_find(b: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>) -> Option<usize> {
    let (hay, off) = window(b, sub.len(), start, end)?;
    find_bytes(hay, sub).map(|i| i + off)
}

/// `b.rfind(sub, start, end)`; `None` is Python's `-1`.
pub fn bytes_rfind(
    b: &[u8],
    sub: &[u8],
    start: Option<isize>,
    end: Option<isize>,
) -> Option<usize> {
    let (hay, off) = window(b, sub.len(), start, end)?;
    rfind_bytes(hay, sub).map(|i| i + off)
}

/// `b.index(sub, start, end)`; a miss is `ValueError: subsection not found`.
pub fn bytes_index(
    b: &[u8],
    sub: &[u8],
    start: Option<isize>,
    end: Option<isize>,
) -> Result<usize, StrOpError> {
    bytes_find(b, sub, start, end).ok_or_else(|| StrOpError::value("subsection not found"))
}

/// `b.rindex(sub, start, end)`; a miss is `ValueError: subsection not found`.
pub fn bytes_rindex(
    b: &[u8],
    sub: &[u8],
    start: Option<isize>,
    end: Option<isize>,
) -> Result<usize, StrOpError> {
    bytes_rfind(b, sub, start, end).ok_or_else(|| StrOpError::value("subsection not found"))
}

/// `b.count(sub, start, end)`: non-overlapping occurrences.
pub fn bytes_count(b: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>) -> usize {
    let Some((hay, _)) = window(b, sub.len(), start, end) else {
        return 0;
    };
    match sub {
        [] => hay.len() + 1,
        [x] => hay.iter().filter(|b| *b == x).count(),
        _ => Matches::new(hay, sub, false).count(),
    }
}

/// `b.startswith(prefix, start, end)` for one prefix.
pub fn bytes_startswith(b: &[u8], prefix: &[u8], start: Option<isize>, end: Option<isize>) -> bool {
    window(b, prefix.len(), start, end).is_some_and(|(hay, _)| hay.starts_with(prefix))
}

/// `b.endswith(suffix, start, end)` for one suffix.
pub fn bytes_endswith(b: &[u8], suffix: &[u8], start: Option<isize>, end: Option<isize>) -> bool {
    window(b, suffix.len(), start, end).is_some_and(|(hay, _)| hay.ends_with(suffix))
}

// ---------------------------------------------------------------- splitting

/// ASCII whitespace as `bytes` methods define it (`Py_ISSPACE`).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn empty_sep() -> StrOpError {
    StrOpError::value("empty separator")
}

/// `b.split(sep, maxsplit)` (ASCII whitespace rules when `sep` is `None`;
/// negative `maxsplit` = no limit; empty `sep` is `ValueError`).
pub fn bytes_split<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: isize,
) -> Result<Vec<&'a [u8]>, StrOpError> {
    let max = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut out = Vec::new();
    match sep {
        Some([]) => return Err(empty_sep()),
        Some(sep) => {
            let mut last = 0;
            for i in Matches::new(b, sep, false).take(max) {
                out.push(&b[last..i]);
                last = i + sep.len();
            }
            out.push(&b[last..]);
        }
        None => {
            let mut rest = b;
            let mut remaining = max;
            loop {
                let skip = rest
                    .iter()
                    .position(|&c| !is_space(c))
                    .unwrap_or(rest.len());
                rest = &rest[skip..];
                if rest.is_empty() {
                    break;
                }
                if remaining == 0 {
                    out.push(rest);
                    break;
                }
                remaining -= 1;
                let word = rest.iter().position(|&c| is_space(c)).unwrap_or(rest.len());
                out.push(&rest[..word]);
                rest = &rest[word..];
            }
        }
    }
    Ok(out)
}

/// `b.rsplit(sep, maxsplit)`: like [`bytes_split`] but from the right
/// (results in left-to-right order).
pub fn bytes_rsplit<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: isize,
) -> Result<Vec<&'a [u8]>, StrOpError> {
    let max = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut out = Vec::new();
    match sep {
        Some([]) => return Err(empty_sep()),
        Some(sep) => {
            let mut last = b.len();
            for i in Matches::new(b, sep, true).take(max) {
                out.push(&b[i + sep.len()..last]);
                last = i;
            }
            out.push(&b[..last]);
        }
        None => {
            let mut rest = b;
            let mut remaining = max;
            loop {
                let keep = rest
                    .iter()
                    .rposition(|&c| !is_space(c))
                    .map_or(0, |i| i + 1);
                rest = &rest[..keep];
                if rest.is_empty() {
                    break;
                }
                if remaining == 0 {
                    out.push(rest);
                    break;
                }
                remaining -= 1;
                let word = rest.iter().rposition(|&c| is_space(c)).map_or(0, |i| i + 1);
                out.push(&rest[word..]);
                rest = &rest[..word];
            }
        }
    }
    out.reverse();
    Ok(out)
}

/// `b.splitlines(keepends)` (boundaries `\n`, `\r`, `\r\n` only).
pub fn bytes_splitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let c = b[i];
        if c == b'\n' || c == b'\r' {
            let eol = if c == b'\r' && b.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            };
            out.push(&b[start..if keepends { eol } else { i }]);
            start = eol;
            i = eol;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(&b[start..]);
    }
    out
}

type Parts<'a> = (&'a [u8], &'a [u8], &'a [u8]);

/// `b.partition(sep)`: `(head, sep, tail)` or `(b, b"", b"")`.
pub fn bytes_partition<'a>(b: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, StrOpError> {
    if sep.is_empty() {
        return Err(empty_sep());
    }
    Ok(match find_bytes(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (b, &[], &[]),
    })
}

/// `b.rpartition(sep)`: `(head, sep, tail)` or `(b"", b"", b)`.
pub fn bytes_rpartition<'a>(b: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, StrOpError> {
    if sep.is_empty() {
        return Err(empty_sep());
    }
    Ok(match rfind_bytes(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (&[], &[], b),
    })
}

// ------------------------------------------------- strip, pad, replace, case

fn strip_pred(chars: Option<&[u8]>) -> impl Fn(&u8) -> bool + '_ {
    move |c| match chars {
        None => is_space(*c),
        Some(set) => set.contains(c),
    }
}

/// `b.strip(chars)` (ASCII whitespace when `None`).
pub fn bytes_strip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    bytes_rstrip(bytes_lstrip(b, chars), chars)
}

/// `b.lstrip(chars)` (ASCII whitespace when `None`).
pub fn bytes_lstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let p = strip_pred(chars);
    let i = b.iter().position(|c| !p(c)).unwrap_or(b.len());
    &b[i..]
}

/// `b.rstrip(chars)` (ASCII whitespace when `None`).
pub fn bytes_rstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let p = strip_pred(chars);
    let i = b.iter().rposition(|c| !p(c)).map_or(0, |i| i + 1);
    &b[..i]
}

fn bytes_pad(
    b: &[u8],
    width: isize,
    fill: u8,
    left_of: impl Fn(usize) -> usize,
) -> Result<Vec<u8>, StrOpError> {
    let width = usize::try_from(width).unwrap_or(0);
    if width <= b.len() {
        return Ok(b.to_vec());
    }
    let marg = width - b.len();
    let left = left_of(marg);
    let mut out = Vec::with_capacity(check_len(Some(width))?);
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(width, fill);
    Ok(out)
}

/// `b.center(width, fill)` (the VM checks that the fill is one byte).
pub fn bytes_center(b: &[u8], width: isize, fill: u8) -> Result<Vec<u8>, StrOpError> {
    bytes_pad(b, width, fill, |m| m / 2 + (m & (width as usize) & 1))
}

/// `b.ljust(width, fill)`.
pub fn bytes_ljust(b: &[u8], width: isize, fill: u8) -> Result<Vec<u8>, StrOpError> {
    bytes_pad(b, width, fill, |_| 0)
}

/// `b.rjust(width, fill)`.
pub fn bytes_rjust(b: &[u8], width: isize, fill: u8) -> Result<Vec<u8>, StrOpError> {
    bytes_pad(b, width, fill, |m| m)
}

/// `b.replace(old, new, count)` (all occurrences when `count < 0`; an empty
/// `old` inserts `new` around every byte). Linear time.
pub fn bytes_replace(
    b: &[u8],
    old: &[u8],
    new: &[u8],
    count: isize,
) -> Result<Vec<u8>, StrOpError> {
    let max = usize::try_from(count).unwrap_or(usize::MAX);
    if max == 0 || old == new {
        return Ok(b.to_vec());
    }
    if old.is_empty() {
        let n = max.min(b.len().saturating_add(1));
        let total = n
            .checked_mul(new.len())
            .and_then(|x| x.checked_add(b.len()));
        let mut out = Vec::with_capacity(check_len(total)?);
        for (i, &c) in b.iter().enumerate() {
            if i == n {
                out.extend_from_slice(&b[i..]);
                return Ok(out);
            }
            out.extend_from_slice(new);
            out.push(c);
        }
        if b.len() < n {
            out.extend_from_slice(new);
        }
        return Ok(out);
    }
    let cap = if new.len() <= old.len() {
        b.len()
    } else {
        let n = Matches::new(b, old, false).take(max).count();
        check_len(
            n.checked_mul(new.len() - old.len())
                .and_then(|x| x.checked_add(b.len())),
        )?
    };
    let mut out = Vec::with_capacity(cap);
    let mut last = 0;
    for i in Matches::new(b, old, false).take(max) {
        out.extend_from_slice(&b[last..i]);
        out.extend_from_slice(new);
        last = i + old.len();
    }
    out.extend_from_slice(&b[last..]);
    Ok(out)
}

/// `b.translate(table, delete)`: drops bytes in `delete`, then maps through
/// the 256-byte `table` (identity when `None`).
pub fn bytes_translate(
    b: &[u8],
    table: Option<&[u8]>,
    delete: &[u8],
) -> Result<Vec<u8>, StrOpError> {
    if table.is_some_and(|t| t.len() != 256) {
        return Err(StrOpError::value(
            "translation table must be 256 characters long",
        ));
    }
    Ok(b.iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.map_or(c, |t| t[c as usize]))
        .collect())
}

/// `b.upper()` (ASCII only).
pub fn bytes_upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}

/// `b.lower()` (ASCII only).
pub fn bytes_lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// `b.isalnum()`.
pub fn bytes_isalnum(b: &[u8]) -> bool {
    !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
}

/// `b.isalpha()`.
pub fn bytes_isalpha(b: &[u8]) -> bool {
    !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
}

/// `b.isdigit()`.
pub fn bytes_isdigit(b: &[u8]) -> bool {
    !b.is_empty() && b.iter().all(u8::is_ascii_digit)
}

/// `b.isspace()` (space, `\t \n \r \x0b \x0c`).
pub fn bytes_isspace(b: &[u8]) -> bool {
    !b.is_empty() && b.iter().all(|&c| is_space(c))
}

/// `b.islower()`: some lowercase ASCII letter and no uppercase one.
pub fn bytes_islower(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
}

/// `b.isupper()`: some uppercase ASCII letter and no lowercase one.
pub fn bytes_isupper(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
}

// ---------------------------------------------------------------- repr, hex

/// `b.hex(sep, bytes_per_sep)`: lowercase hex, with `sep` every
/// `|bytes_per_sep|` bytes counted from the right (positive) or the left
/// (negative). A bytes `sep` should be passed decoded as latin-1. Errors:
/// `ValueError: sep must be length 1.` / `sep must be ASCII.`.
pub fn bytes_hex(b: &[u8], sep: Option<&str>, bytes_per_sep: isize) -> Result<String, StrOpError> {
    let sep = match sep {
        None => None,
        Some(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => return Err(StrOpError::value("sep must be ASCII.")),
                _ => return Err(StrOpError::value("sep must be length 1.")),
            }
        }
    };
    let group = bytes_per_sep.unsigned_abs();
    let n = b.len();
    let mut out = String::with_capacity(n * 3);
    for (i, byte) in b.iter().enumerate() {
        if let (Some(sep), true) = (sep, i > 0 && group > 0) {
            let boundary = if bytes_per_sep > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep);
            }
        }
        let _ = write!(out, "{byte:02x}");
    }
    Ok(out)
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed
/// between pairs. Errors are CPython's `ValueError: non-hexadecimal number
/// found in fromhex() arg at position N` (N in chars).
pub fn bytes_fromhex(s: &str) -> Result<Vec<u8>, StrOpError> {
    let err = |pos: usize| {
        StrOpError::value(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    if !s.is_ascii() {
        return Err(err(s.chars().take_while(char::is_ascii).count()));
    }
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).and_then(|&c| (c as char).to_digit(16));
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if is_space(b[i]) {
            i += 1;
            continue;
        }
        let hi = digit(i).ok_or_else(|| err(i))?;
        let lo = digit(i + 1).ok_or_else(|| err(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

// ---------------------------------------------------------------- codecs

/// A codec supported by [`bytes_decode`] and [`str_encode`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// `'utf-8'` (aliases `utf8`, `u8`, `utf`, `cp65001`, ...).
    Utf8,
    /// `'ascii'` (aliases `us-ascii`, `646`, ...).
    Ascii,
    /// `'latin-1'` (aliases `latin1`, `iso-8859-1`, `l1`, ...).
    Latin1,
}

impl Encoding {
    /// Resolves a Python encoding name (normalised like the `encodings`
    /// package: case-insensitive, punctuation runs become `_`), else
    /// `LookupError: unknown encoding: NAME`.
    pub fn lookup(name: &str) -> Result<Encoding, StrOpError> {
        let mut norm = String::with_capacity(name.len());
        let mut punct = false;
        for c in name.chars() {
            if c.is_alphanumeric() || c == '.' {
                if punct && !norm.is_empty() {
                    norm.push('_');
                }
                if c.is_ascii() {
                    norm.push(c.to_ascii_lowercase());
                }
                punct = false;
            } else {
                punct = true;
            }
        }
        let norm = norm.replace('.', "_");
        Ok(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => {
                Encoding::Utf8
            }
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3_4_1968" | "ansi_x3_4_1986" | "cp367"
            | "csascii" | "ibm367" | "iso646_us" | "iso_646_irv_1991" | "iso_ir_6" => {
                Encoding::Ascii
            }
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859"
            | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso_8859_1_1987" | "iso_ir_100" => {
                Encoding::Latin1
            }
            _ => {
                return Err(StrOpError::new(
                    StrOpErrorKind::Lookup,
                    format!("unknown encoding: {name}"),
                ))
            }
        })
    }

    /// The codec name CPython uses in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }
}

fn unknown_handler(errors: &str) -> StrOpError {
    StrOpError::new(
        StrOpErrorKind::Lookup,
        format!("unknown error handler name '{errors}'"),
    )
}

/// Applies the `errors` handler to the undecodable bytes `b[start..end]`.
fn decode_error(
    out: &mut String,
    enc: Encoding,
    errors: &str,
    b: &[u8],
    (start, end): (usize, usize),
    reason: &str,
) -> Result<(), StrOpError> {
    match errors {
        "strict" => {
            let what = if end - start == 1 {
                format!("byte 0x{:02x} in position {start}", b[start])
            } else {
                format!("bytes in position {start}-{}", end - 1)
            };
            Err(StrOpError::new(
                StrOpErrorKind::UnicodeDecode,
                format!("'{}' codec can't decode {what}: {reason}", enc.name()),
            ))
        }
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "ignore" => Ok(()),
        "backslashreplace" => {
            for &c in &b[start..end] {
                let _ = write!(out, "\\x{c:02x}");
            }
            Ok(())
        }
        _ => Err(unknown_handler(errors)),
    }
}

/// `b.decode(encoding, errors)` for utf-8 / ascii / latin-1 with the
/// `strict`, `replace`, `ignore` and `backslashreplace` handlers (CPython's
/// messages, e.g. `'utf-8' codec can't decode byte 0xff in position 0:
/// invalid start byte`; `replace` emits one U+FFFD per maximal invalid
/// subsequence, like CPython). Other handlers (`surrogateescape` ...) are
/// `LookupError`: Rust strings cannot hold the lone surrogates they produce.
/// Like CPython, empty input decodes to `''` whatever the encoding name.
pub fn bytes_decode(b: &[u8], encoding: &str, errors: &str) -> Result<String, StrOpError> {
    if b.is_empty() {
        // CPython returns '' before even looking the codec up.
        return Ok(String::new());
    }
    let enc = Encoding::lookup(encoding)?;
    match enc {
        Encoding::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Encoding::Ascii => {
            if let Ok(s) = std::str::from_utf8(b) {
                if s.is_ascii() {
                    return Ok(s.to_owned());
                }
            }
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c.is_ascii() {
                    out.push(c as char);
                } else {
                    decode_error(
                        &mut out,
                        enc,
                        errors,
                        b,
                        (i, i + 1),
                        "ordinal not in range(128)",
                    )?;
                }
            }
            Ok(out)
        }
        Encoding::Utf8 => {
            let mut out = String::with_capacity(b.len());
            let mut pos = 0;
            loop {
                let rest = &b[pos..];
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let first = rest[good];
                        let (bad, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) if matches!(first, 0x80..=0xc1 | 0xf5..=0xff) => {
                                (n, "invalid start byte")
                            }
                            Some(n) => (n, "invalid continuation byte"),
                        };
                        let start = pos + good;
                        decode_error(&mut out, enc, errors, b, (start, start + bad), reason)?;
                        pos = start + bad;
                    }
                }
            }
        }
    }
}

/// `s.encode(encoding, errors)` for utf-8 / ascii / latin-1 with the
/// `strict`, `replace`, `ignore`, `backslashreplace` and `xmlcharrefreplace`
/// handlers. Strict failures report the whole run of unencodable chars like
/// CPython (`'ascii' codec can't encode character '\xe9' in position 1:
/// ordinal not in range(128)`, positions in chars).
pub fn str_encode(s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, StrOpError> {
    let enc = Encoding::lookup(encoding)?;
    let limit: u32 = match enc {
        Encoding::Utf8 => return Ok(s.as_bytes().to_vec()),
        Encoding::Ascii => 0x80,
        Encoding::Latin1 => 0x100,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            "strict" => {
                let run = chars[i..]
                    .iter()
                    .take_while(|&&c| c as u32 >= limit)
                    .count();
                let what = if run == 1 {
                    let mut esc = String::new();
                    push_escape(c, &mut esc);
                    format!("character '{esc}' in position {i}")
                } else {
                    format!("characters in position {i}-{}", i + run - 1)
                };
                return Err(StrOpError::new(
                    StrOpErrorKind::UnicodeEncode,
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({limit})",
                        enc.name()
                    ),
                ));
            }
            "replace" => out.push(b'?'),
            "ignore" => {}
            "backslashreplace" => {
                let mut esc = String::new();
                push_escape(c, &mut esc);
                out.extend_from_slice(esc.as_bytes());
            }
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
            _ => return Err(unknown_handler(errors)),
        }
        i += 1;
    }
    Ok(out)
}
