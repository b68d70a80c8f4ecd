//! Index normalisation (`ADJUST_INDICES`, `PySlice_AdjustIndices`) and
//! char <-> byte index helpers with an ASCII fast path.

use super::StrOpError;

/// Normalises Python `start`/`end` bounds against a sequence of `len`
/// elements like CPython's `ADJUST_INDICES`: `None` means the whole range,
/// negative values count from the end (clamped at 0), `end` is clamped to
/// `len`. `start` may come back larger than `end` (or than `len`); callers
/// treat that as an empty (or, for some methods, impossible) window.
pub fn adjust_indices(start: Option<isize>, end: Option<isize>, len: usize) -> (usize, usize) {
    let len_i = isize::try_from(len).unwrap_or(isize::MAX);
    let end = match end {
        None => len_i,
        Some(e) if e > len_i => len_i,
        Some(e) if e < 0 => (e + len_i).max(0),
        Some(e) => e,
    };
    let start = match start {
        None => 0,
        Some(s) if s < 0 => (s + len_i).max(0),
        Some(s) => s,
    };
    // Both are non-negative here.
    (start as usize, end as usize)
}

/// Resolves a Python slice `[start:stop:step]` over `len` elements like
/// `PySlice_Unpack` + `PySlice_AdjustIndices`, returning
/// `(start, stop, step, slice_length)`. A zero step is CPython's
/// `ValueError: slice step cannot be zero`.
pub fn adjust_slice(
    len: usize,
    start: Option<isize>,
    stop: Option<isize>,
    step: Option<isize>,
) -> Result<(isize, isize, isize, usize), StrOpError> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(StrOpError::value("slice step cannot be zero"));
    }
    // CPython clamps the step so that `-step` cannot overflow.
    let step = step.max(-isize::MAX);
    let len = isize::try_from(len).unwrap_or(isize::MAX);
    let fix = |v: Option<isize>, default: isize| -> isize {
        let v = v.unwrap_or(default);
        if v < 0 {
            let v = v + len;
            if v < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                v
            }
        } else if v >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            v
        }
    };
    let (d_start, d_stop) = if step < 0 {
        (isize::MAX, isize::MIN)
    } else {
        (0, isize::MAX)
    };
    let start = fix(start, d_start);
    let stop = fix(stop, d_stop);
    Ok((start, stop, step, slice_len(start, stop, step)))
}

/// Number of elements selected by already-normalised slice indices
/// (CPython's `PySlice_AdjustIndices` return value). A zero step gives 0.
pub fn slice_len(start: isize, stop: isize, step: isize) -> usize {
    if step > 0 && start < stop {
        ((stop.abs_diff(start) - 1) / step.unsigned_abs()) + 1
    } else if step < 0 && stop < start {
        ((start.abs_diff(stop) - 1) / step.unsigned_abs()) + 1
    } else {
        0
    }
}

/// Length of `s` in code points (`len(s)` in Python); O(1) when `is_ascii`.
pub fn char_len(s: &str, is_ascii: bool) -> usize {
    if is_ascii {
        s.len()
    } else {
        count_chars(s.as_bytes())
    }
}

/// Counts UTF-8 code points in `b` (its non-continuation bytes).
pub(crate) fn count_chars(b: &[u8]) -> usize {
    b.iter().filter(|&&x| (x as i8) >= -0x40).count()
}

/// Byte offset of the `char_idx`-th code point of `s`, clamped to `s.len()`.
pub fn char_to_byte_index(s: &str, is_ascii: bool, char_idx: usize) -> usize {
    if is_ascii && s.is_char_boundary(char_idx.min(s.len())) {
        return char_idx.min(s.len());
    }
    s.char_indices()
        .nth(char_idx)
        .map_or(s.len(), |(byte, _)| byte)
}

/// Code point index of byte offset `byte_idx` of `s` (the number of chars
/// that start before it); offsets past the end count the whole string.
pub fn byte_to_char_index(s: &str, is_ascii: bool, byte_idx: usize) -> usize {
    let byte_idx = byte_idx.min(s.len());
    if is_ascii {
        byte_idx
    } else {
        count_chars(&s.as_bytes()[..byte_idx])
    }
}

/// `s[start:end]` in code points (indices clamped to the string; empty when
/// `start >= end`). O(1) when `is_ascii` (a wrong `true` is detected and
/// falls back to the char walk, never panics).
pub fn char_slice(s: &str, is_ascii: bool, start: usize, end: usize) -> &str {
    if start >= end {
        return "";
    }
    if is_ascii {
        if let Some(sub) = s.get(start.min(s.len())..end.min(s.len())) {
            return sub;
        }
    }
    let b_start = char_to_byte_index(s, false, start);
    let rest = &s[b_start..];
    let b_end = char_to_byte_index(rest, false, end - start);
    &rest[..b_end]
}

/// The `n`-th code point of `s` (`s[n]` for a non-negative, in-range `n`).
pub fn nth_char(s: &str, is_ascii: bool, n: usize) -> Option<char> {
    if is_ascii {
        if let Some(&b) = s.as_bytes().get(n) {
            if b.is_ascii() {
                return Some(b as char);
            }
        } else {
            return None;
        }
    }
    s.chars().nth(n)
}

/// `s[start:stop:step]` on code points, given indices already normalised by
/// [`adjust_slice`]. Linear in `len(s)`; never panics on odd indices.
pub fn slice_step(s: &str, start: isize, stop: isize, step: isize) -> String {
    let n = slice_len(start, stop, step);
    if n == 0 {
        return String::new();
    }
    let Ok(ustart) = usize::try_from(start) else {
        return String::new();
    };
    if step == 1 {
        return char_slice(s, s.is_ascii(), ustart, ustart.saturating_add(n)).to_owned();
    }
    if s.is_ascii() {
        return String::from_utf8_lossy(&slice_step_bytes(s.as_bytes(), start, stop, step))
            .into_owned();
    }
    let stride = step.unsigned_abs();
    if step > 0 {
        s.chars().skip(ustart).step_by(stride).take(n).collect()
    } else {
        let len = char_len(s, false);
        if ustart >= len {
            return String::new();
        }
        s.chars()
            .rev()
            .skip(len - 1 - ustart)
            .step_by(stride)
            .take(n)
            .collect()
    }
}

/// `b[start:stop:step]` given indices already normalised by [`adjust_slice`].
pub fn slice_step_bytes(b: &[u8], start: isize, stop: isize, step: isize) -> Vec<u8> {
    let n = slice_len(start, stop, step);
    let Ok(ustart) = usize::try_from(start) else {
        return Vec::new();
    };
    if n == 0 || ustart >= b.len() {
        return Vec::new();
    }
    let stride = step.unsigned_abs();
    if step > 0 {
        b[ustart..]
            .iter()
            .step_by(stride)
            .take(n)
            .copied()
            .collect()
    } else {
        b[..=ustart]
            .iter()
            .rev()
            .step_by(stride)
            .take(n)
            .copied()
            .collect()
    }
}
