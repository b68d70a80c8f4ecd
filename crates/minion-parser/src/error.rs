//! `SyntaxError` and its CPython-style rendering.

use std::fmt;

/// Which of CPython's syntax exception classes an error belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError` (a subclass of `SyntaxError`).
    Indentation,
    /// `TabError` (a subclass of `IndentationError`).
    Tab,
}

impl SyntaxErrorKind {
    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        }
    }
}

/// A syntax error with its position, worded like CPython 3.11's.
///
/// `Display` renders the block CPython prints:
/// ```text
///   File "<code>", line 1
///     x = (1,
///         ^
/// SyntaxError: '(' was never closed
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct SyntaxError {
    /// The exception class.
    pub kind: SyntaxErrorKind,
    /// The message, e.g. `invalid syntax`.
    pub message: String,
    /// The file name shown in the traceback.
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters (CPython's `offset`).
    pub column: u32,
    /// 1-based column just past the end of the offending range, on the same line
    /// (CPython's `end_offset`); 0 when the error has no range (a single caret).
    pub end_column: u32,
    /// The text of the offending line (without line ending).
    pub source_line: String,
}

impl SyntaxError {
    /// A `SyntaxError` of `kind` at `line`/`column` of `source`.
    #[cold]
    pub fn new(
        kind: SyntaxErrorKind,
        message: impl Into<String>,
        filename: &str,
        line: u32,
        column: u32,
        source_line: &str,
    ) -> Self {
        // Lines can be megabytes long; keep what a reader can use.
        let mut shown: String = source_line.chars().take(200).collect();
        if shown.len() < source_line.len() {
            shown.push_str("...");
        }
        SyntaxError {
            kind,
            message: message.into(),
            filename: filename.to_string(),
            line,
            column,
            end_column: 0,
            source_line: shown,
        }
    }

    /// The same error with a caret range ending just before 1-based `end_column`.
    #[must_use]
    pub fn with_end_column(mut self, end_column: u32) -> Self {
        self.end_column = end_column;
        self
    }
}

impl fmt::Display for SyntaxError {
    /// Renders like CPython 3.11's `traceback.format_exception_only` (without the
    /// trailing newline): leading spaces of the line are stripped and the carets are
    /// placed relative to them; a column inside the indentation prints no caret line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "  File \"{}\", line {}", self.filename, self.line)?;
        let text = self.source_line.trim_end_matches(['\n', '\r']);
        let stripped = text.trim_start_matches([' ', '\x0c']);
        let spaces = text.chars().count() - stripped.chars().count();
        writeln!(f, "    {stripped}")?;
        let column = self.column as usize;
        let mut end = self.end_column as usize;
        if end == 0 || end <= column {
            end = column + 1;
        }
        if column > spaces {
            let start = column - 1 - spaces;
            let width = stripped.chars().count();
            // Keep tabs so the caret lines up; clamp to just past the shown text.
            let lead: String = stripped
                .chars()
                .chain(std::iter::repeat(' '))
                .take(start.min(width + 1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let carets = (end - 1 - spaces - start)
                .min(width + 1 - start.min(width))
                .max(1);
            writeln!(f, "    {lead}{}", "^".repeat(carets))?;
        }
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}
