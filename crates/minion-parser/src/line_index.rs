//! Byte offsets -> (line, column), computed on demand from the start offset of each line.

/// The start offset of every line of a source, for turning byte offsets into positions.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes `source`; lines end at `\n` (a `\r\n` pair counts once).
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            source
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        LineIndex { starts }
    }

    /// The 1-based line that contains byte `offset`.
    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The 1-based line and 1-based byte column of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.starts[line as usize - 1];
        (line, offset - start + 1)
    }

    /// The text of 1-based `line` in `source`, without its line ending.
    pub fn line_text<'a>(&self, source: &'a str, line: u32) -> &'a str {
        let Some(&start) = self.starts.get(line as usize - 1) else {
            return "";
        };
        let end = self
            .starts
            .get(line as usize)
            .map_or(source.len(), |&e| e as usize);
        let text = source.get(start as usize..end).unwrap_or("");
        text.trim_end_matches(['\n', '\r'])
    }

    /// How many lines the source has.
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn offsets_map_to_lines_and_columns() {
        let src = "ab\ncd\r\n\nef";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(idx.line_col(1), (1, 2));
        assert_eq!(idx.line_col(3), (2, 1));
        assert_eq!(idx.line_col(7), (3, 1));
        assert_eq!(idx.line_col(8), (4, 1));
        assert_eq!(idx.line_text(src, 2), "cd");
        assert_eq!(idx.line_text(src, 3), "");
        assert_eq!(idx.line_text(src, 4), "ef");
        assert_eq!(idx.line_text(src, 9), "");
        assert_eq!(idx.line_count(), 4);
    }

    #[test]
    fn crlf_lines_and_offsets_past_the_end() {
        let src = "a = 1\r\nb = 2\r\n";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(7), (2, 1));
        assert_eq!(idx.line_col(5), (1, 6)); // the `\r` belongs to line 1
        assert_eq!(idx.line_text(src, 1), "a = 1");
        assert_eq!(idx.line_text(src, 2), "b = 2");
        assert_eq!(idx.line_col(src.len() as u32), (3, 1));
        assert_eq!(LineIndex::new("").line_col(0), (1, 1));
    }
}
