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
    /// 1-based column, in characters.
    pub column: u32,
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
            source_line: shown,
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "  File \"{}\", line {}", self.filename, self.line)?;
        let trimmed = self.source_line.trim_start();
        if !trimmed.is_empty() {
            let indent = self.source_line.chars().count() - trimmed.chars().count();
            writeln!(f, "    {}", trimmed.trim_end())?;
            let caret = (self.column as usize).saturating_sub(1).saturating_sub(indent);
            writeln!(f, "    {}^", " ".repeat(caret.min(trimmed.chars().count())))?;
        }
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}
