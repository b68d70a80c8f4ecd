//! `PyStr`: a Python `str`, UTF-8 with its length in code points cached.

use std::cell::Cell;

/// A Python string. ASCII strings (the common case) index by byte.
#[derive(Debug)]
pub struct PyStr {
    /// The text.
    pub s: Box<str>,
    /// Length in code points.
    pub char_len: usize,
    /// Cached hash; 0 means "not computed yet".
    hash: Cell<u64>,
}

impl PyStr {
    /// Wraps `s`, counting its code points once.
    pub fn new(s: impl Into<Box<str>>) -> Self {
        let s = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            char_len,
            hash: Cell::new(0),
        }
    }

    /// Whether every character is ASCII (then char index == byte index).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// The string's hash (stable within a process; Python randomises it too).
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let mut h = crate::objects::hash::hash_bytes(self.s.as_bytes());
        if h == 0 || h == u64::MAX {
            h = 1;
        }
        self.hash.set(h);
        h
    }

    /// The code point at char index `i` (which must be in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }

    /// The substring of chars `start..end` (clamped).
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        let end = end.min(self.char_len);
        let start = start.min(end);
        if self.is_ascii() {
            &self.s[start..end]
        } else {
            let mut idx = self.s.char_indices().map(|(i, _)| i);
            let b0 = idx.nth(start).unwrap_or(self.s.len());
            let b1 = if end == start {
                b0
            } else {
                self.s
                    .char_indices()
                    .map(|(i, _)| i)
                    .nth(end)
                    .unwrap_or(self.s.len())
            };
            &self.s[b0..b1]
        }
    }
}
