//! [`HostModule`]: a module the host adds to the sandbox, made of tools and values.

use minion_tool::{AnyTool, IntoTool, Value as ToolValue};

/// A module the code can `import`, built by the host from tools and constant values.
///
/// ```
/// use minion_eval::{HostModule, LocalPythonExecutor};
/// use minion_tool::{FnTool, ToolSpec, Value};
///
/// let double = FnTool::new(
///     ToolSpec::new("double", "Doubles x.").input("x", "int", "a number"),
///     |args| Ok(Value::from(args.get::<i64>("x")? * 2)),
/// );
/// let mut ex = LocalPythonExecutor::new();
/// ex.add_module(HostModule::new("mathx").tool(double).value("VERSION", Value::from("1.0")))
///     .unwrap();
/// let out = ex.run("import mathx\nmathx.double(21), mathx.VERSION").unwrap();
/// assert_eq!(out.output_repr().as_deref(), Some("(42, '1.0')"));
/// ```
pub struct HostModule {
    pub(crate) name: String,
    pub(crate) tools: Vec<AnyTool>,
    pub(crate) values: Vec<(String, ToolValue)>,
}

impl HostModule {
    /// An empty module called `name`.
    pub fn new(name: impl Into<String>) -> Self {
        HostModule {
            name: name.into(),
            tools: Vec::new(),
            values: Vec::new(),
        }
    }

    /// Adds a tool, reachable as `module.<tool name>(...)`.
    pub fn tool<M>(mut self, tool: impl IntoTool<M>) -> Self {
        self.tools.push(tool.into_tool());
        self
    }

    /// Adds a constant, reachable as `module.<name>`.
    pub fn value(mut self, name: impl Into<String>, value: impl Into<ToolValue>) -> Self {
        self.values.push((name.into(), value.into()));
        self
    }
}
