//! `LocalPythonExecutor`: runs agent code with persistent state, captured logs, the
//! value of the last statement as output, `final_answer`, and limits.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use minion_tool::{IntoTool, ToolSpec, Value as ToolValue};

use crate::compile::code::Code;
use crate::compile::compile_module;
use crate::error::{Fatal, LimitError, Raise};
use crate::heap::HeapId;
use crate::host_module::HostModule;
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::frame::FrameKind;
use crate::vm::sched::Round;
use crate::vm::{Limits, Vm};

/// The limits of one executor; none of them can be caught by the sandboxed code.
#[derive(Debug, Clone)]
pub struct ExecutorLimits {
    /// Instructions per run (default 10 million).
    pub max_operations: u64,
    /// Wall time per run (default 30 s).
    pub max_duration: Duration,
    /// Heap bytes (default 256 MiB).
    pub max_memory: usize,
    /// Python call depth (default 1000).
    pub max_recursion: usize,
    /// Characters of `print` output kept per run (default 50 000).
    pub max_print_outputs_length: usize,
    /// Longest wait for one async tool call or one `asyncio.sleep` (default 30 s); a
    /// tool call that takes longer raises `TimeoutError` where it is awaited. Waiting
    /// does not count against `max_duration`, which bounds evaluation only.
    pub tool_timeout: Duration,
    /// Tool calls per run (default 10 000).
    pub max_tool_calls: u64,
}

impl Default for ExecutorLimits {
    fn default() -> Self {
        let l = Limits::default();
        ExecutorLimits {
            max_operations: l.max_operations,
            max_duration: l.max_duration,
            max_memory: l.max_memory,
            max_recursion: l.max_recursion,
            max_print_outputs_length: 50_000,
            tool_timeout: Duration::from_secs(30),
            max_tool_calls: 10_000,
        }
    }
}

/// What a successful run produced.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeOutput {
    /// The value of the last top-level statement (or the final answer).
    pub output: ToolValue,
    /// Everything `print` wrote (truncated at `max_print_outputs_length`).
    pub logs: String,
    /// Whether `final_answer(...)` ended the run.
    pub is_final_answer: bool,
}

impl CodeOutput {
    /// `repr(output)`, or `None` when the output is `None`.
    pub fn output_repr(&self) -> Option<String> {
        match &self.output {
            ToolValue::None => None,
            v => Some(v.py_repr()),
        }
    }
}

/// Why a run failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// An uncaught Python exception.
    Exception,
    /// The code did not parse or compile.
    Syntax,
    /// A limit (operations, time, memory, recursion) was exceeded.
    Limit,
    /// An interpreter bug (reported, never a panic).
    Internal,
}

/// A failed run: the Python exception (or limit), where it happened, and the logs
/// printed before it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct InterpreterError {
    /// What kind of failure.
    pub kind: ErrorKind,
    /// The Python exception class name, e.g. `KeyError`.
    pub exc_type: String,
    /// `str(exception)`.
    pub message: String,
    /// The line (in the code of this run) where it was raised, innermost.
    pub line: Option<u32>,
    /// The text of that line.
    pub source_line: Option<String>,
    /// A CPython-style traceback; its last line is `ExcType: message`.
    pub traceback: String,
    /// What `print` wrote before the error.
    pub logs: String,
}

impl InterpreterError {
    /// `ExcType: message` (just the type when the message is empty).
    pub fn summary(&self) -> String {
        if self.message.is_empty() {
            self.exc_type.clone()
        } else {
            format!("{}: {}", self.exc_type, self.message)
        }
    }
}

impl fmt::Display for InterpreterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source_line {
            Some(src) => write!(
                f,
                "Code execution failed at line '{}' due to: {}",
                src.trim(),
                self.summary()
            ),
            None => write!(f, "Code execution failed due to: {}", self.summary()),
        }
    }
}

/// A program parsed and compiled once, runnable many times (see `minion bench`).
#[derive(Debug, Clone)]
pub struct PreparedProgram {
    code: Arc<Code>,
    code_id: HeapId,
}

/// Where a run started with [`LocalPythonExecutor::begin`] stands.
#[derive(Debug)]
// DESIGN.md prescribes `InterpreterError` by value as the public error type.
#[allow(clippy::large_enum_variant)]
pub enum Progress {
    /// The run ended.
    Done(Result<CodeOutput, InterpreterError>),
    /// Every task waits: for a tool call in flight ([`LocalPythonExecutor::poll_tools`])
    /// or a timer ([`LocalPythonExecutor::next_deadline`]).
    Waiting,
}

/// The sync executor.
pub struct LocalPythonExecutor {
    vm: Vm,
    limits: ExecutorLimits,
}

impl Default for LocalPythonExecutor {
    fn default() -> Self {
        LocalPythonExecutor::new()
    }
}

impl LocalPythonExecutor {
    /// An executor with default limits.
    pub fn new() -> Self {
        LocalPythonExecutor::with_limits(ExecutorLimits::default())
    }

    /// An executor with `limits`.
    pub fn with_limits(limits: ExecutorLimits) -> Self {
        LocalPythonExecutor {
            vm: Vm::new(),
            limits,
        }
    }

    /// The limits in force.
    pub fn limits(&self) -> &ExecutorLimits {
        &self.limits
    }

    /// Changes the limits for later runs.
    pub fn set_limits(&mut self, limits: ExecutorLimits) {
        self.limits = limits;
    }

    /// Runs `code`; globals persist between runs, also after an error.
    // DESIGN.md prescribes `Result<_, InterpreterError>` by value as the public API.
    #[allow(clippy::result_large_err)]
    pub fn run(&mut self, code: &str) -> Result<CodeOutput, InterpreterError> {
        let program = self.prepare(code)?;
        let r = self.run_prepared(&program);
        self.release(&program);
        r
    }

    /// Parses and compiles `code` without running it.
    // DESIGN.md prescribes `Result<_, InterpreterError>` by value as the public API.
    #[allow(clippy::result_large_err)]
    pub fn prepare(&mut self, code: &str) -> Result<PreparedProgram, InterpreterError> {
        let module = minion_parser::parse_module(code, "<code>").map_err(|e| InterpreterError {
            kind: ErrorKind::Syntax,
            exc_type: e.kind.name().to_string(),
            message: e.message.clone(),
            line: Some(e.line),
            source_line: Some(e.source_line.clone()),
            traceback: e.to_string(),
            logs: String::new(),
        })?;
        let source: Arc<str> = Arc::from(code);
        let (code_obj, code_id) = compile_module(
            &module.body,
            source,
            &module.lines,
            &mut self.vm.heap,
            &mut self.vm.interner,
        )
        .map_err(|e| {
            let (line, col) = module.lines.line_col(e.offset);
            let text = module.lines.line_text(code, line).to_string();
            let se = minion_parser::SyntaxError::new(
                minion_parser::SyntaxErrorKind::Syntax,
                e.message.clone(),
                "<code>",
                line,
                col,
                &text,
            );
            InterpreterError {
                kind: ErrorKind::Syntax,
                exc_type: "SyntaxError".into(),
                message: e.message,
                line: Some(line),
                source_line: Some(text),
                traceback: se.to_string(),
                logs: String::new(),
            }
        })?;
        self.vm.pinned.push(Value::Ref(code_id));
        Ok(PreparedProgram {
            code: code_obj,
            code_id,
        })
    }

    /// Lets the collector free a prepared program that will not run again.
    pub fn release(&mut self, program: &PreparedProgram) {
        if let Some(i) = self
            .vm
            .pinned
            .iter()
            .position(|v| v.is(Value::Ref(program.code_id)))
        {
            self.vm.pinned.swap_remove(i);
        }
    }

    /// Restricts `import` to the modules named in `modules` (by default every native
    /// module may be imported). A native module not in the list raises `ImportError`;
    /// a name that is no native module raises `ModuleNotFoundError`.
    pub fn set_authorized_imports(&mut self, modules: Vec<String>) {
        self.vm.authorized_imports = Some(modules);
    }

    /// Adds a module the code can `import` (unless an allow-list set by
    /// [`set_authorized_imports`](Self::set_authorized_imports) leaves it out): its tools
    /// are callable as `module.tool(...)` and are not globals. Adding a module of the same
    /// name again replaces it for later imports. A name that would shadow a native module
    /// or a module that is never importable (`os`, `sys`...) is refused.
    // DESIGN.md prescribes `InterpreterError` by value as the public error type.
    #[allow(clippy::result_large_err)]
    pub fn add_module(&mut self, module: HostModule) -> Result<(), InterpreterError> {
        let HostModule {
            name,
            tools,
            values,
        } = module;
        let clash = crate::modules::NATIVE.contains(&name.as_str())
            || crate::modules::NEVER_IMPORTABLE.contains(&name.as_str());
        if clash || name.is_empty() || name.contains('.') {
            let e = Raise::new(
                Ty::ValueError,
                format!("cannot add a host module named '{name}'"),
            );
            return Err(self.error_of(e, String::new()));
        }
        let mut entries = vec![(
            self.vm.interner.intern("__name__"),
            self.vm.new_str(name.as_str()),
        )];
        for t in tools {
            entries.push(self.vm.register_module_tool(t));
        }
        for (k, v) in values {
            match self.vm.import_value(&v) {
                Ok(val) => entries.push((self.vm.interner.intern(&k), val)),
                Err(e) => return Err(self.error_of(e, String::new())),
            }
        }
        let ns = self
            .vm
            .alloc(Obj::Namespace(Box::new((name.clone(), entries))));
        self.vm.modules.retain(|(n, _)| *n != name);
        self.vm.host_modules.retain(|(n, _)| *n != name);
        self.vm.host_modules.push((name, ns));
        Ok(())
    }

    /// Forgets every global (fresh state, as for a new executor).
    pub fn reset_state(&mut self) {
        self.vm.globals.clear();
        for i in 0..self.vm.tools.len() {
            if !self.vm.tools[i].global {
                continue;
            }
            let name = self.vm.tools[i].name;
            self.vm.set_global(name, Value::Tool(i as u32));
        }
        if !self.vm.tools.is_empty() {
            self.rebuild_functions_namespace();
        }
        self.vm.collect_garbage();
    }

    /// Runs a prepared program. Async tool calls that are awaited (`strict_await`) and
    /// `asyncio` timers are waited for on this thread.
    // DESIGN.md prescribes `Result<_, InterpreterError>` by value as the public API.
    #[allow(clippy::result_large_err)]
    pub fn run_prepared(
        &mut self,
        program: &PreparedProgram,
    ) -> Result<CodeOutput, InterpreterError> {
        self.begin(program);
        loop {
            match self.step() {
                Progress::Done(r) => return r,
                Progress::Waiting => {
                    if let Err(e) = self.wait_blocking() {
                        return self.finish(Err(e));
                    }
                }
            }
        }
    }

    /// Blocks this thread until a tool call finishes or a timer is due.
    fn wait_blocking(&mut self) -> Result<(), Raise> {
        let waker = std::task::Waker::from(Arc::new(crate::vm::sched::ThreadWaker(
            std::thread::current(),
        )));
        let mut cx = std::task::Context::from_waker(&waker);
        loop {
            self.vm.poll_tools(&mut cx);
            self.vm.fire_timers(Instant::now());
            if self.vm.has_ready() {
                return Ok(());
            }
            match self.vm.next_deadline() {
                Some(d) => {
                    let now = Instant::now();
                    if d > now {
                        std::thread::park_timeout(d - now);
                    }
                }
                None if self.vm.has_inflight() => std::thread::park(),
                None => return Err(Raise::limit(LimitError::Deadlock)),
            }
        }
    }

    /// Starts running `program`: the first half of a run driven by the caller (the
    /// async executor drives runs this way). Call [`step`](Self::step) until it
    /// returns [`Progress::Done`]; while it returns [`Progress::Waiting`], wait for
    /// [`poll_tools`](Self::poll_tools) to make progress or for
    /// [`next_deadline`](Self::next_deadline), then call
    /// [`fire_timers`](Self::fire_timers).
    pub fn begin(&mut self, program: &PreparedProgram) {
        self.vm.clear_sched();
        self.vm.sched.tool_timeout = self.limits.tool_timeout;
        self.vm.sched.max_tool_calls = self.limits.max_tool_calls;
        let limits = Limits {
            max_operations: self.limits.max_operations,
            max_duration: self.limits.max_duration,
            max_memory: self.limits.max_memory,
            max_recursion: self.limits.max_recursion,
        };
        self.vm.max_log_len = self.limits.max_print_outputs_length;
        self.vm.start_run(limits);
        self.vm.stack.clear();
        self.vm.frames.clear();
        // Garbage left by earlier runs counts against this run's memory limit (natives
        // check `heap.bytes` before allocating, without collecting): collect it first
        // when it could matter.
        if self.vm.heap.bytes_since_gc > 0 && self.vm.heap.bytes > self.limits.max_memory / 2 {
            self.vm.collect_garbage();
        }
        self.vm.stack.push(Value::None);
        let base = self.vm.stack.len();
        // Pushing the first frame cannot fail: the frame stack is empty.
        let _ = self
            .vm
            .push_frame(program.code.clone(), program.code_id, base, FrameKind::Stop);
        self.vm.start_main();
    }

    /// Runs every task that is ready.
    pub fn step(&mut self) -> Progress {
        match self.vm.run_round() {
            Ok(Round::Waiting) => Progress::Waiting,
            Ok(Round::Done) => Progress::Done(self.finish(Ok(()))),
            Err(e) => Progress::Done(self.finish(Err(e))),
        }
    }

    /// Polls the async tool calls in flight; returns whether any finished.
    pub fn poll_tools(&mut self, cx: &mut std::task::Context<'_>) -> bool {
        self.vm.poll_tools(cx)
    }

    /// When the next timer or tool-call deadline is due.
    pub fn next_deadline(&self) -> Option<Instant> {
        self.vm.next_deadline()
    }

    /// Makes the timers due at `now` ready (and fails tool calls past their timeout).
    pub fn fire_timers(&mut self, now: Instant) {
        self.vm.fire_timers(now);
    }

    /// Whether a task is ready to run (the driver should call `step` at once).
    pub fn has_ready(&self) -> bool {
        self.vm.has_ready()
    }

    /// Whether async tool calls are in flight.
    pub fn has_inflight(&self) -> bool {
        self.vm.has_inflight()
    }

    /// Ends a driven run that cannot make progress (every task waits and nothing is
    /// in flight or scheduled): the run fails with a deadlock error.
    // DESIGN.md prescribes `Result<_, InterpreterError>` by value as the public API.
    #[allow(clippy::result_large_err)]
    pub fn fail_deadlock(&mut self) -> Result<CodeOutput, InterpreterError> {
        self.finish(Err(Raise::limit(LimitError::Deadlock)))
    }

    /// Abandons a driven run (its future was dropped): tasks, timers and tool calls
    /// are dropped; globals stay. Harmless when no run is in progress.
    pub fn abandon(&mut self) {
        self.vm.clear_sched();
        self.vm.stack.clear();
        self.vm.frames.clear();
        self.vm.exc_info.clear();
        self.vm.logs.clear();
    }

    /// Whether the driver may block this thread while waiting (true for the sync
    /// executor; the async executor turns it off and never blocks).
    pub fn set_blocking_waits(&mut self, on: bool) {
        self.vm.sched.can_block = on;
    }

    /// CPython's `await` rules: awaiting a plain value is a `TypeError`, and an async
    /// tool's result must be awaited (it is a coroutine until then). Off by default.
    pub fn set_strict_await(&mut self, on: bool) {
        self.vm.sched.strict_await = on;
    }

    #[allow(clippy::result_large_err)]
    fn finish(&mut self, result: Result<(), Raise>) -> Result<CodeOutput, InterpreterError> {
        self.vm.clear_sched();
        self.vm.stack.clear();
        self.vm.frames.clear();
        let logs = self.finish_logs();
        match result {
            Ok(_) => {
                let output = self.vm.export_value_mut(self.vm.output);
                self.vm.output = Value::None;
                Ok(CodeOutput {
                    output,
                    logs,
                    is_final_answer: false,
                })
            }
            Err(Raise::Fatal(f)) if matches!(*f, Fatal::FinalAnswer(_)) => {
                let Fatal::FinalAnswer(v) = *f else {
                    unreachable!()
                };
                let output = self.vm.export_value_mut(v);
                Ok(CodeOutput {
                    output,
                    logs,
                    is_final_answer: true,
                })
            }
            Err(e) => {
                let err = self.error_of(e, logs);
                // A failed run (a memory limit above all) leaves its frames' objects
                // behind: free them now so the next run can allocate.
                self.vm.exc_info.clear();
                self.vm.collect_garbage();
                Err(err)
            }
        }
    }

    fn finish_logs(&mut self) -> String {
        let mut logs = std::mem::take(&mut self.vm.logs);
        if self.vm.logs_truncated {
            logs.push_str(&format!(
                "\n..._This content has been truncated to stay below {} characters_...\n",
                self.limits.max_print_outputs_length
            ));
        }
        logs
    }

    fn error_of(&mut self, e: Raise, logs: String) -> InterpreterError {
        match e {
            Raise::Fatal(f) => {
                let (kind, exc_type, message) = match *f {
                    Fatal::Limit(LimitError::Recursion) => (
                        ErrorKind::Limit,
                        "RecursionError",
                        "maximum recursion depth exceeded".to_string(),
                    ),
                    Fatal::Limit(LimitError::Memory(n)) => (
                        ErrorKind::Limit,
                        "MemoryError",
                        format!("memory limit exceeded: the code used more than {n} bytes"),
                    ),
                    Fatal::Limit(LimitError::IntTooLarge(bits)) => (
                        ErrorKind::Limit,
                        "MemoryError",
                        format!("integer too large: arithmetic results are limited to {bits} bits"),
                    ),
                    Fatal::Limit(LimitError::Time(d)) => (
                        ErrorKind::Limit,
                        "TimeoutError",
                        format!("time limit exceeded: the code ran longer than {:?}", d),
                    ),
                    Fatal::Limit(LimitError::Operations(n)) => (
                        ErrorKind::Limit,
                        "RuntimeError",
                        format!("operation limit exceeded: the code ran more than {n} operations"),
                    ),
                    Fatal::Limit(LimitError::ToolCalls(n)) => (
                        ErrorKind::Limit,
                        "RuntimeError",
                        format!("tool call limit exceeded: the code made more than {n} tool calls"),
                    ),
                    Fatal::Limit(LimitError::Deadlock) => (
                        ErrorKind::Limit,
                        "RuntimeError",
                        "deadlock: every task is waiting for something nothing will complete"
                            .to_string(),
                    ),
                    Fatal::Limit(LimitError::Wait(d)) => (
                        ErrorKind::Limit,
                        "TimeoutError",
                        format!("wait limit exceeded: a wait would last longer than the tool timeout ({d:?})"),
                    ),
                    Fatal::Internal(m) => (
                        ErrorKind::Internal,
                        "SystemError",
                        format!("internal interpreter error: {m}"),
                    ),
                    Fatal::FinalAnswer(_) => {
                        (ErrorKind::Internal, "SystemError", "final answer".into())
                    }
                };
                InterpreterError {
                    kind,
                    exc_type: exc_type.into(),
                    traceback: format!("{exc_type}: {message}"),
                    message,
                    line: None,
                    source_line: None,
                    logs,
                }
            }
            other => {
                let id = self.vm.materialize(other);
                let (exc_type, message, line, source_line) = self.describe_exception(id);
                let traceback = self.render_traceback(id, 0);
                InterpreterError {
                    kind: ErrorKind::Exception,
                    exc_type,
                    message,
                    line,
                    source_line,
                    traceback,
                    logs,
                }
            }
        }
    }

    fn describe_exception(&mut self, id: HeapId) -> (String, String, Option<u32>, Option<String>) {
        let Obj::Exception(e) = self.vm.heap.get(id) else {
            return ("SystemError".into(), String::new(), None, None);
        };
        let line = e.traceback.first().map(|t| t.line);
        let source_line = e.traceback.first().map(|t| {
            let lines: Vec<&str> = t.source.lines().collect();
            lines
                .get(t.line as usize - 1)
                .copied()
                .unwrap_or("")
                .to_string()
        });
        let name = self.vm.exc_type_name(id);
        let message = self.vm.exc_message(id);
        (name, message, line, source_line)
    }

    fn render_traceback(&mut self, id: HeapId, depth: usize) -> String {
        let name = self.vm.exc_type_name(id);
        let msg = self.vm.exc_message(id);
        let Obj::Exception(e) = self.vm.heap.get(id) else {
            return String::new();
        };
        let (cause, context, suppress) = (e.cause, e.context, e.suppress_context);
        let mut out = String::new();
        if depth < 10 {
            let (chained, note) = if let Value::Ref(c) = cause {
                (
                    Some(c),
                    "The above exception was the direct cause of the following exception:",
                )
            } else if let (Value::Ref(c), false) = (context, suppress) {
                (
                    Some(c),
                    "During handling of the above exception, another exception occurred:",
                )
            } else {
                (None, "")
            };
            if let Some(c) = chained {
                out.push_str(&self.render_traceback(c, depth + 1));
                out.push_str("\n\n");
                out.push_str(note);
                out.push_str("\n\n");
            }
        }
        out.push_str("Traceback (most recent call last):\n");
        let Obj::Exception(e) = self.vm.heap.get(id) else {
            return out;
        };
        for t in e.traceback.iter().rev() {
            out.push_str(&format!(
                "  File \"<code>\", line {}, in {}\n",
                t.line, t.name
            ));
            if let Some(src) = t.source.lines().nth(t.line as usize - 1) {
                out.push_str(&format!("    {}\n", src.trim()));
            }
        }
        if msg.is_empty() {
            out.push_str(&name);
        } else {
            out.push_str(&format!("{name}: {msg}"));
        }
        for note in self.vm.exc_notes(id) {
            out.push('\n');
            out.push_str(&note);
        }
        out
    }

    /// Defines globals from host values (`send_variables`). A value the sandbox
    /// cannot hold (an unhashable dict key) is skipped with its error returned.
    // DESIGN.md prescribes `InterpreterError` by value as the public error type.
    #[allow(clippy::result_large_err)]
    pub fn send_variables<K: AsRef<str>>(
        &mut self,
        vars: impl IntoIterator<Item = (K, ToolValue)>,
    ) -> Result<(), InterpreterError> {
        for (k, v) in vars {
            let name = k.as_ref();
            let s = self.vm.interner.intern(name);
            if self.vm.is_protected(s) {
                let e = self.vm.protected_error(s);
                return Err(self.error_of(e, String::new()));
            }
            match self.vm.import_value(&v) {
                Ok(val) => self.vm.set_global(s, val),
                Err(e) => return Err(self.error_of(e, String::new())),
            }
        }
        Ok(())
    }

    /// Makes `tool` callable from the code by its name and as `functions.<name>`.
    /// Sync and async tools are told apart by their type; an async tool called by this
    /// sync executor runs to completion at the call (see `vm::tools` for the limits of
    /// that). A tool named `final_answer` replaces the built-in one: its result ends the
    /// run as the final answer. Tools cannot be reassigned by the code.
    pub fn send_tool<M>(&mut self, tool: impl IntoTool<M>) {
        self.vm.register_tool(tool.into_tool());
        self.rebuild_functions_namespace();
    }

    /// [`LocalPythonExecutor::send_tool`] for several tools of the same type, or
    /// [`minion_tool::AnyTool`]s.
    pub fn send_tools<M, T: IntoTool<M>>(&mut self, tools: impl IntoIterator<Item = T>) {
        for t in tools {
            self.vm.register_tool(t.into_tool());
        }
        self.rebuild_functions_namespace();
    }

    /// The specs of the tools the code can call (built-in `final_answer` excluded).
    pub fn tool_specs(&self) -> Vec<(ToolSpec, bool)> {
        self.vm
            .tools
            .iter()
            .filter(|t| t.global)
            .map(|t| (t.spec.clone(), t.tool.is_async()))
            .collect()
    }

    fn rebuild_functions_namespace(&mut self) {
        let mut entries: Vec<(crate::intern::Sym, Value)> = self
            .vm
            .tools
            .iter()
            .enumerate()
            .filter(|(_, t)| t.global)
            .map(|(i, t)| (t.name, Value::Tool(i as u32)))
            .collect();
        let fa = self.vm.interner.intern("final_answer");
        if !entries.iter().any(|(k, _)| *k == fa) {
            entries.push((fa, Value::Builtin(crate::builtins::Builtin::FinalAnswer)));
        }
        let ns = self
            .vm
            .alloc(Obj::Namespace(Box::new(("functions".to_string(), entries))));
        self.set_protected_global("functions", ns);
        let name = self.vm.interner.intern("__name__");
        let module = self.vm.new_str("multi_tool_use");
        let parallel = self.vm.interner.intern("parallel");
        let shim = self.vm.alloc(Obj::Namespace(Box::new((
            "multi_tool_use".to_string(),
            vec![
                (name, module),
                (
                    parallel,
                    Value::ModuleFn(crate::modules::ModuleFn::MultiToolUseParallel),
                ),
            ],
        ))));
        self.set_protected_global("multi_tool_use", shim);
    }

    /// Binds `name` to `v` and protects it from reassignment by the code.
    fn set_protected_global(&mut self, name: &str, v: Value) {
        let s = self.vm.interner.intern(name);
        if self.vm.protected.len() <= s.0 as usize {
            self.vm.protected.resize(s.0 as usize + 1, false);
        }
        self.vm.protected[s.0 as usize] = false;
        self.vm.set_global(s, v);
        self.vm.protected[s.0 as usize] = true;
    }

    /// Reads a global as a boundary value.
    pub fn get_variable(&self, name: &str) -> Option<ToolValue> {
        let s = self.vm.interner.lookup(name)?;
        self.vm.global(s).map(|v| self.vm.export_value(v))
    }

    /// The VM, for embedding and tests.
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }
}
