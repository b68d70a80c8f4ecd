//! Iterating over the matches of a pattern the way CPython 3.7+ does (`findall`,
//! `finditer`, `sub`, `split`), in batches so that the caller can charge the operation
//! budget and allocate between them, and byte to code point index conversion.

use super::engine::{Compiled, Mode, RunErr};

/// Flattened spans of a batch: `stride` entries per match (group 0, then the groups).
pub type Flat = Vec<Option<(usize, usize)>>;

/// Where a scan over one haystack stands.
pub struct Scan {
    /// The byte position the next search starts from.
    pub at: usize,
    /// The previous match was empty: an empty match at `at` is not allowed (CPython's
    /// `must_advance`).
    must_advance: bool,
    /// No more matches.
    pub done: bool,
    /// Matches found so far.
    pub count: usize,
    /// Stop after this many matches (0: no limit).
    limit: usize,
}

impl Scan {
    /// A scan from byte `at` that stops after `limit` matches (0: all).
    pub fn new(at: usize, limit: usize) -> Self {
        Scan {
            at,
            must_advance: false,
            done: false,
            count: 0,
            limit,
        }
    }

    /// Finds up to `max` more matches in `hay`, appending their spans to `out` (every
    /// group's with `caps`, else group 0's only). Returns the bytes it moved over.
    ///
    /// An empty match right after a previous empty match is skipped by searching again
    /// one character further (CPython would first try a non-empty match at the same
    /// place; the two differ only for patterns whose preferred match there is empty
    /// while another alternative is not, such as `|b`).
    pub fn batch(
        &mut self,
        c: &Compiled,
        hay: &str,
        caps: bool,
        max: usize,
        out: &mut Flat,
    ) -> Result<usize, RunErr> {
        let from = self.at;
        let mut n = 0;
        while !self.done && n < max {
            if self.limit != 0 && self.count >= self.limit {
                self.done = true;
                break;
            }
            let base = out.len();
            if !c.find(hay, self.at, Mode::Search, caps, out)? {
                self.done = true;
                break;
            }
            let (mut s, mut e) = out[base].unwrap_or((self.at, self.at));
            if self.must_advance && s == e && s == self.at {
                out.truncate(base);
                let Some(ch) = hay[self.at..].chars().next() else {
                    self.done = true;
                    break;
                };
                if !c.find(hay, self.at + ch.len_utf8(), Mode::Search, caps, out)? {
                    self.done = true;
                    break;
                }
                (s, e) = out[base].unwrap_or((self.at, self.at));
            }
            self.must_advance = s == e;
            self.at = e;
            self.count += 1;
            n += 1;
        }
        Ok(self.at.saturating_sub(from))
    }
}

/// Converts byte offsets of one string to code point indices, moving from the last
/// offset converted (scans convert in increasing order, so this is linear overall).
pub struct CharCursor {
    ascii: bool,
    byte: usize,
    ch: usize,
}

impl CharCursor {
    /// A cursor at the start of a string (`ascii`: byte and char indices agree).
    pub fn new(ascii: bool) -> Self {
        CharCursor {
            ascii,
            byte: 0,
            ch: 0,
        }
    }

    /// The code point index of byte offset `b` of `s`.
    pub fn at(&mut self, s: &str, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        if b >= self.byte {
            self.ch += s[self.byte..b].chars().count();
        } else {
            self.ch -= s[b..self.byte].chars().count();
        }
        self.byte = b;
        self.ch
    }
}

/// The byte offset of code point index `ci` in `s` (clamped to its length).
pub fn byte_of(s: &str, ascii: bool, ci: usize) -> usize {
    if ascii {
        return ci.min(s.len());
    }
    s.char_indices().nth(ci).map_or(s.len(), |(b, _)| b)
}
