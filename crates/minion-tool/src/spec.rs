//! `ToolSpec`: what a tool is called, what it takes and what it returns.

use crate::Value;

/// One parameter of a tool.
#[derive(Debug, Clone, PartialEq)]
pub struct ToolInput {
    /// Parameter name (a Python identifier). Shared with every [`crate::ToolArgs`]
    /// bound against the spec, so binding does not copy it.
    pub name: std::sync::Arc<str>,
    /// Python type name used in the signature and the JSON schema: `str`, `int`,
    /// `float`, `bool`, `list`, `dict`, `bytes`, `None` or `Any`.
    pub ty: String,
    /// What the parameter means (shown in the docstring).
    pub description: String,
    /// The default; `Some` makes the parameter optional.
    pub default: Option<Value>,
}

impl ToolInput {
    /// A required parameter.
    pub fn new(
        name: impl Into<String>,
        ty: impl Into<String>,
        description: impl Into<String>,
    ) -> Self {
        ToolInput {
            name: std::sync::Arc::from(name.into()),
            ty: ty.into(),
            description: description.into(),
            default: None,
        }
    }

    /// Makes the parameter optional with `default`.
    pub fn with_default(mut self, default: impl Into<Value>) -> Self {
        self.default = Some(default.into());
        self
    }
}

/// The description of a tool that models and the executor see.
#[derive(Debug, Clone, PartialEq)]
pub struct ToolSpec {
    /// The name Python code calls (`fetch_url`).
    pub name: String,
    /// What the tool does (first line of the docstring).
    pub description: String,
    /// Parameters in positional order.
    pub inputs: Vec<ToolInput>,
    /// Python type name of the result (`str`, `dict`, `Any`...).
    pub output_type: String,
}

impl ToolSpec {
    /// A spec with no inputs returning `Any`; add inputs with [`ToolSpec::input`].
    pub fn new(name: impl Into<String>, description: impl Into<String>) -> Self {
        ToolSpec {
            name: name.into(),
            description: description.into(),
            inputs: Vec::new(),
            output_type: "Any".into(),
        }
    }

    /// Adds a required parameter.
    pub fn input(
        mut self,
        name: impl Into<String>,
        ty: impl Into<String>,
        description: impl Into<String>,
    ) -> Self {
        self.inputs.push(ToolInput::new(name, ty, description));
        self
    }

    /// Adds an optional parameter with `default`.
    pub fn optional_input(
        mut self,
        name: impl Into<String>,
        ty: impl Into<String>,
        description: impl Into<String>,
        default: impl Into<Value>,
    ) -> Self {
        self.inputs
            .push(ToolInput::new(name, ty, description).with_default(default));
        self
    }

    /// Sets the result type.
    pub fn output(mut self, ty: impl Into<String>) -> Self {
        self.output_type = ty.into();
        self
    }
}
