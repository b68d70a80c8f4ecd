//! `ToolError`: the Python exception a tool raises.

/// An error a tool returns; the executor raises it in the sandboxed code as
/// `exc_type(message)`, which `try/except` can catch.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{exc_type}: {message}")]
pub struct ToolError {
    /// The Python exception class name (a built-in one; unknown names become
    /// `RuntimeError`).
    pub exc_type: String,
    /// The exception message.
    pub message: String,
}

impl ToolError {
    /// A `RuntimeError(message)`, the default for tool failures.
    pub fn new(message: impl Into<String>) -> Self {
        ToolError::with_type("RuntimeError", message)
    }

    /// An error raised as the built-in exception `exc_type` (`ValueError`, `KeyError`...).
    pub fn with_type(exc_type: impl Into<String>, message: impl Into<String>) -> Self {
        ToolError {
            exc_type: exc_type.into(),
            message: message.into(),
        }
    }

    /// A `TypeError(message)` (argument binding and conversion).
    pub fn type_error(message: impl Into<String>) -> Self {
        ToolError::with_type("TypeError", message)
    }

    /// A `ValueError(message)`.
    pub fn value_error(message: impl Into<String>) -> Self {
        ToolError::with_type("ValueError", message)
    }
}

impl From<crate::ConversionError> for ToolError {
    fn from(e: crate::ConversionError) -> Self {
        ToolError::type_error(e.to_string())
    }
}
