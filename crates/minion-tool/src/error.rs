//! [`ConversionError`]: why a [`Value`](crate::Value) could not become a Rust or JSON value.

/// A failed conversion out of a [`Value`](crate::Value), with Python-flavoured messages
/// that name Python types (`"expected int, got str"`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConversionError {
    /// The value has the wrong Python type.
    #[error("expected {expected}, got {got}")]
    TypeMismatch {
        /// What was expected, e.g. `"int"` or `"list"`.
        expected: String,
        /// The Python type name of what was found.
        got: String,
    },
    /// An int (or float) does not fit the target Rust type.
    #[error("{value} is out of range for {target}")]
    OutOfRange {
        /// The repr of the value.
        value: String,
        /// The target Rust type, e.g. `"u32"`.
        target: String,
    },
    /// A sequence has the wrong length for a Rust tuple.
    #[error("expected a sequence of length {expected}, got length {got}")]
    WrongLength {
        /// The tuple arity.
        expected: usize,
        /// The sequence length found.
        got: usize,
    },
    /// The value has no JSON form (Python's `json.dumps` `TypeError`).
    #[error("Object of type {0} is not JSON serializable")]
    NotJsonSerializable(String),
    /// A dict key that `json.dumps` cannot turn into a string.
    #[error("keys must be str, int, float, bool or None, not {0}")]
    InvalidJsonKey(String),
    /// NaN or an infinity met while converting to JSON.
    #[error("Out of range float values are not JSON compliant")]
    NonFiniteFloat,
    /// An int beyond the 64-bit range JSON numbers are limited to here.
    #[error("int {0} is too large to convert to a JSON number")]
    IntTooLargeForJson(String),
    /// An error inside a container, with where it happened (`"[2]"`, `"['a']"`).
    #[error("at {location}: {source}")]
    At {
        /// The path step: an index `[2]` or a key `['a']`.
        location: String,
        /// The underlying error.
        source: Box<ConversionError>,
    },
}

impl ConversionError {
    /// A [`ConversionError::TypeMismatch`] for the given expectation and found value.
    pub fn type_mismatch(expected: impl Into<String>, got: &crate::Value) -> ConversionError {
        ConversionError::TypeMismatch {
            expected: expected.into(),
            got: got.type_name().to_owned(),
        }
    }

    /// Wraps this error with a location step (`"[2]"`, `"['a']"`, `"key 1"`); nested steps join up
    /// into one path such as `at ['a'][2]: expected int, got str`.
    pub fn at(self, location: impl Into<String>) -> ConversionError {
        let location = location.into();
        match self {
            ConversionError::At {
                location: inner,
                source,
            } => {
                let sep = if inner.starts_with('[') { "" } else { " " };
                ConversionError::At {
                    location: format!("{location}{sep}{inner}"),
                    source,
                }
            }
            other => ConversionError::At {
                location,
                source: Box::new(other),
            },
        }
    }
}
