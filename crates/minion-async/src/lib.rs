//! The async evaluator: [`AsyncLocalPythonExecutor`], the async driver of `minion-eval`.
//!
//! The sync evaluator evaluates every node; this crate only takes over where the code
//! waits (DESIGN.md, "One core, two drivers"). An async tool call made by the code is
//! an awaitable; once awaited (or gathered, or wrapped in a task) its future is polled
//! here, concurrently with every other one in flight, while the VM's event loop runs
//! whatever tasks are ready. `asyncio.sleep`, `wait_for` timeouts and per-call tool
//! timeouts are tokio timers.
//!
//! ```
//! use minion_async::AsyncLocalPythonExecutor;
//! use minion_tool::{AsyncFnTool, ToolSpec, Value};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
//! let mut executor = AsyncLocalPythonExecutor::new();
//! executor.send_tool(AsyncFnTool::new(
//!     ToolSpec::new("double", "Doubles a number.").input("x", "int", "the number").output("int"),
//!     |args| async move { Ok(Value::from(args.get::<i64>("x")? * 2)) },
//! ));
//! let out = executor
//!     .run("import asyncio\nawait asyncio.gather(double(1), double(2))")
//!     .await
//!     .unwrap();
//! assert_eq!(out.output_repr().as_deref(), Some("[2, 4]"));
//! # });
//! ```

use std::future::poll_fn;
use std::task::Poll;
use std::time::Instant;

use futures::FutureExt;
use minion_eval::{
    CodeOutput, ExecutorLimits, HostModule, InterpreterError, LocalPythonExecutor, PreparedProgram,
    Progress,
};
use minion_tool::{IntoTool, ToolSpec, Value as ToolValue};

/// Runs agent code whose async tools run concurrently; otherwise the same promises as
/// [`LocalPythonExecutor`] (state, logs, output, `final_answer`, errors, limits).
///
/// The future returned by [`run`](Self::run) is `Send`; dropping it cancels the run
/// (tasks, timers and tool calls in flight are dropped, globals stay).
pub struct AsyncLocalPythonExecutor {
    inner: LocalPythonExecutor,
}

impl Default for AsyncLocalPythonExecutor {
    fn default() -> Self {
        AsyncLocalPythonExecutor::new()
    }
}

/// Abandons the run if the run future is dropped before it finished.
struct RunGuard<'a> {
    exec: &'a mut LocalPythonExecutor,
    finished: bool,
}

impl Drop for RunGuard<'_> {
    fn drop(&mut self) {
        if !self.finished {
            self.exec.abandon();
        }
    }
}

impl AsyncLocalPythonExecutor {
    /// An executor with default limits.
    pub fn new() -> Self {
        AsyncLocalPythonExecutor::with_limits(ExecutorLimits::default())
    }

    /// An executor with `limits`.
    pub fn with_limits(limits: ExecutorLimits) -> Self {
        let mut inner = LocalPythonExecutor::with_limits(limits);
        inner.set_blocking_waits(false);
        AsyncLocalPythonExecutor { inner }
    }

    /// Switches a sync executor to the async driver, keeping its tools and state.
    pub fn from_sync(mut inner: LocalPythonExecutor) -> Self {
        inner.set_blocking_waits(false);
        AsyncLocalPythonExecutor { inner }
    }

    /// Back to the sync driver, keeping tools and state.
    pub fn into_sync(mut self) -> LocalPythonExecutor {
        self.inner.set_blocking_waits(true);
        self.inner
    }

    /// Runs `code`; globals persist between runs, also after an error.
    // DESIGN.md prescribes `Result<_, InterpreterError>` by value as the public API.
    #[allow(clippy::result_large_err)]
    pub async fn run(&mut self, code: &str) -> Result<CodeOutput, InterpreterError> {
        let program = self.inner.prepare(code)?;
        let r = self.run_prepared(&program).await;
        self.inner.release(&program);
        r
    }

    /// Runs a program compiled by [`prepare`](Self::prepare).
    // DESIGN.md prescribes `Result<_, InterpreterError>` by value as the public API.
    #[allow(clippy::result_large_err)]
    pub async fn run_prepared(
        &mut self,
        program: &PreparedProgram,
    ) -> Result<CodeOutput, InterpreterError> {
        let mut guard = RunGuard {
            exec: &mut self.inner,
            finished: false,
        };
        guard.exec.begin(program);
        loop {
            match guard.exec.step() {
                Progress::Done(r) => {
                    guard.finished = true;
                    return r;
                }
                Progress::Waiting => wait(guard.exec).await?,
            }
        }
    }

    /// Parses and compiles `code` without running it.
    // DESIGN.md prescribes `Result<_, InterpreterError>` by value as the public API.
    #[allow(clippy::result_large_err)]
    pub fn prepare(&mut self, code: &str) -> Result<PreparedProgram, InterpreterError> {
        self.inner.prepare(code)
    }

    /// Lets the collector free a prepared program that will not run again.
    pub fn release(&mut self, program: &PreparedProgram) {
        self.inner.release(program)
    }

    /// Makes `tool` callable from the code by its name and as `functions.<name>`;
    /// sync tools run where they are called, async ones concurrently once awaited.
    pub fn send_tool<M>(&mut self, tool: impl IntoTool<M>) {
        self.inner.send_tool(tool)
    }

    /// [`send_tool`](Self::send_tool) for several tools.
    pub fn send_tools<M, T: IntoTool<M>>(&mut self, tools: impl IntoIterator<Item = T>) {
        self.inner.send_tools(tools)
    }

    /// The specs of the tools, each with whether it is async.
    pub fn tool_specs(&self) -> Vec<(ToolSpec, bool)> {
        self.inner.tool_specs()
    }

    /// Defines globals from host values.
    // DESIGN.md prescribes `InterpreterError` by value as the public error type.
    #[allow(clippy::result_large_err)]
    pub fn send_variables<K: AsRef<str>>(
        &mut self,
        vars: impl IntoIterator<Item = (K, ToolValue)>,
    ) -> Result<(), InterpreterError> {
        self.inner.send_variables(vars)
    }

    /// Reads a global as a boundary value.
    pub fn get_variable(&self, name: &str) -> Option<ToolValue> {
        self.inner.get_variable(name)
    }

    /// Adds a module of tools and values the code can `import`; see
    /// [`LocalPythonExecutor::add_module`](minion_eval::LocalPythonExecutor::add_module).
    // DESIGN.md prescribes `InterpreterError` by value as the public error type.
    #[allow(clippy::result_large_err)]
    pub fn add_module(&mut self, module: HostModule) -> Result<(), InterpreterError> {
        self.inner.add_module(module)
    }

    /// Restricts `import` to `modules`.
    pub fn set_authorized_imports(&mut self, modules: Vec<String>) {
        self.inner.set_authorized_imports(modules)
    }

    /// Forgets every global (fresh state, as for a new executor).
    pub fn reset_state(&mut self) {
        self.inner.reset_state()
    }

    /// The limits in force.
    pub fn limits(&self) -> &ExecutorLimits {
        self.inner.limits()
    }

    /// Changes the limits for later runs.
    pub fn set_limits(&mut self, limits: ExecutorLimits) {
        self.inner.set_limits(limits)
    }

    /// CPython's `await` rules instead of the Python minion executor's leniency:
    /// awaiting a plain value is a `TypeError`, and an async tool's result must be
    /// awaited.
    pub fn set_strict_await(&mut self, on: bool) {
        self.inner.set_strict_await(on);
        self.inner.set_blocking_waits(false);
    }
}

/// Waits until the event loop can go on: polls the tool calls in flight (without
/// blocking when tasks are ready), else until one finishes or the next timer is due.
async fn wait(exec: &mut LocalPythonExecutor) -> Result<(), InterpreterError> {
    if exec.has_ready() {
        poll_fn(|cx| {
            exec.poll_tools(cx);
            Poll::Ready(())
        })
        .await;
        exec.fire_timers(Instant::now());
        return Ok(());
    }
    let deadline = exec.next_deadline();
    if deadline.is_none() && !exec.has_inflight() {
        return match exec.fail_deadlock() {
            Err(e) => Err(e),
            Ok(_) => Ok(()),
        };
    }
    let mut sleep = deadline.map(|d| Box::pin(tokio::time::sleep_until(d.into())));
    poll_fn(|cx| {
        if exec.poll_tools(cx) {
            return Poll::Ready(());
        }
        match sleep.as_mut().map(|s| s.poll_unpin(cx)) {
            Some(Poll::Ready(())) => Poll::Ready(()),
            _ => Poll::Pending,
        }
    })
    .await;
    exec.fire_timers(Instant::now());
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn run_future_is_send() {
        fn assert_send<T: Send>(_: &T) {}
        let mut executor = super::AsyncLocalPythonExecutor::new();
        let fut = executor.run("1");
        assert_send(&fut);
    }
}
