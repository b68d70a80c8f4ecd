//! The `Tool` and `AsyncTool` traits, closure tools, and `AnyTool`, the type-erased
//! form the executors store. Whether a tool is async is known from its type: a type
//! implements one trait or the other, and [`IntoTool`] picks the matching `AnyTool`.

use std::future::Future;
use std::sync::Arc;

use async_trait::async_trait;
use futures::future::BoxFuture;

use crate::{ToolArgs, ToolError, ToolSpec, Value};

/// A host function callable from sandboxed Python, answering at once.
pub trait Tool: Send + Sync {
    /// The tool's name, parameters and description.
    fn spec(&self) -> ToolSpec;
    /// Runs the tool on arguments already bound against [`Tool::spec`].
    fn forward(&self, args: ToolArgs) -> Result<Value, ToolError>;
}

/// A host function callable from sandboxed Python that needs to wait (I/O, sleep).
#[async_trait]
pub trait AsyncTool: Send + Sync {
    /// The tool's name, parameters and description.
    fn spec(&self) -> ToolSpec;
    /// Runs the tool on arguments already bound against [`AsyncTool::spec`].
    async fn forward(&self, args: ToolArgs) -> Result<Value, ToolError>;
}

/// A tool of either kind, as the executors store it.
#[derive(Clone)]
pub enum AnyTool {
    /// A sync tool.
    Sync(Arc<dyn Tool>),
    /// An async tool.
    Async(Arc<dyn AsyncTool>),
}

impl AnyTool {
    /// The tool's spec.
    pub fn spec(&self) -> ToolSpec {
        match self {
            AnyTool::Sync(t) => t.spec(),
            AnyTool::Async(t) => t.spec(),
        }
    }

    /// Whether calling it means awaiting a future.
    pub fn is_async(&self) -> bool {
        matches!(self, AnyTool::Async(_))
    }
}

impl std::fmt::Debug for AnyTool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = if self.is_async() { "async" } else { "sync" };
        write!(f, "AnyTool({kind} {})", self.spec().name)
    }
}

/// Marker for [`IntoTool`] on sync tools.
pub struct SyncMarker;
/// Marker for [`IntoTool`] on async tools.
pub struct AsyncMarker;
/// Marker for [`IntoTool`] on an already type-erased [`AnyTool`].
pub struct AnyMarker;

/// Converts a tool into [`AnyTool`]; the marker `M` is inferred from which trait the
/// type implements, so callers never say whether a tool is async.
pub trait IntoTool<M> {
    /// The type-erased tool.
    fn into_tool(self) -> AnyTool;
}

impl<T: Tool + 'static> IntoTool<SyncMarker> for T {
    fn into_tool(self) -> AnyTool {
        AnyTool::Sync(Arc::new(self))
    }
}

impl<T: AsyncTool + 'static> IntoTool<AsyncMarker> for T {
    fn into_tool(self) -> AnyTool {
        AnyTool::Async(Arc::new(self))
    }
}

impl IntoTool<AnyMarker> for AnyTool {
    fn into_tool(self) -> AnyTool {
        self
    }
}

type SyncFn = dyn Fn(ToolArgs) -> Result<Value, ToolError> + Send + Sync;

/// A sync tool made from a closure.
///
/// ```
/// use minion_tool::{FnTool, ToolSpec, Value};
/// let add = FnTool::new(
///     ToolSpec::new("add", "Adds two ints.").input("a", "int", "first").input("b", "int", "second").output("int"),
///     |args| Ok(Value::from(args.get::<i64>("a")? + args.get::<i64>("b")?)),
/// );
/// # let _ = add;
/// ```
pub struct FnTool {
    spec: ToolSpec,
    f: Box<SyncFn>,
}

impl FnTool {
    /// A tool named and typed by `spec` that runs `f`.
    pub fn new(
        spec: ToolSpec,
        f: impl Fn(ToolArgs) -> Result<Value, ToolError> + Send + Sync + 'static,
    ) -> Self {
        FnTool {
            spec,
            f: Box::new(f),
        }
    }
}

impl Tool for FnTool {
    fn spec(&self) -> ToolSpec {
        self.spec.clone()
    }

    fn forward(&self, args: ToolArgs) -> Result<Value, ToolError> {
        (self.f)(args)
    }
}

type AsyncFn = dyn Fn(ToolArgs) -> BoxFuture<'static, Result<Value, ToolError>> + Send + Sync;

/// An async tool made from a closure returning a future.
///
/// ```
/// use minion_tool::{AsyncFnTool, ToolSpec, Value};
/// let echo = AsyncFnTool::new(
///     ToolSpec::new("echo", "Returns its text.").input("text", "str", "what to echo").output("str"),
///     |args| async move { Ok(Value::from(args.get::<String>("text")?)) },
/// );
/// # let _ = echo;
/// ```
pub struct AsyncFnTool {
    spec: ToolSpec,
    f: Box<AsyncFn>,
}

impl AsyncFnTool {
    /// A tool named and typed by `spec` whose calls run the future `f` returns.
    pub fn new<F, Fut>(spec: ToolSpec, f: F) -> Self
    where
        F: Fn(ToolArgs) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Value, ToolError>> + Send + 'static,
    {
        AsyncFnTool {
            spec,
            f: Box::new(move |args| Box::pin(f(args))),
        }
    }
}

#[async_trait]
impl AsyncTool for AsyncFnTool {
    fn spec(&self) -> ToolSpec {
        self.spec.clone()
    }

    async fn forward(&self, args: ToolArgs) -> Result<Value, ToolError> {
        (self.f)(args).await
    }
}
