//! The executor behind `--async`: the sync `LocalPythonExecutor`, or the
//! `AsyncLocalPythonExecutor` driven by a current-thread tokio runtime.

use minion_async::AsyncLocalPythonExecutor;
use minion_eval::{
    CodeOutput, ExecutorLimits, InterpreterError, LocalPythonExecutor, PreparedProgram,
};

/// One of the two executors.
// The async variant carries its runtime; the enum lives once per process.
#[allow(clippy::large_enum_variant)]
pub enum Executor {
    /// The sync driver.
    Sync(LocalPythonExecutor),
    /// The async driver and the runtime that drives it.
    Async(AsyncLocalPythonExecutor, tokio::runtime::Runtime),
}

impl Executor {
    /// The executor `--async` selects, with `limits`.
    pub fn new(async_mode: bool, limits: ExecutorLimits) -> Result<Self, String> {
        if !async_mode {
            return Ok(Executor::Sync(LocalPythonExecutor::with_limits(limits)));
        }
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .map_err(|e| format!("minion: cannot start the async runtime: {e}"))?;
        Ok(Executor::Async(
            AsyncLocalPythonExecutor::with_limits(limits),
            rt,
        ))
    }

    /// Runs `code`.
    // DESIGN.md prescribes `Result<_, InterpreterError>` by value as the public API.
    #[allow(clippy::result_large_err)]
    pub fn run(&mut self, code: &str) -> Result<CodeOutput, InterpreterError> {
        match self {
            Executor::Sync(e) => e.run(code),
            Executor::Async(e, rt) => rt.block_on(e.run(code)),
        }
    }

    /// Parses and compiles `code`.
    #[allow(clippy::result_large_err)]
    pub fn prepare(&mut self, code: &str) -> Result<PreparedProgram, InterpreterError> {
        match self {
            Executor::Sync(e) => e.prepare(code),
            Executor::Async(e, _) => e.prepare(code),
        }
    }

    /// Runs a prepared program.
    #[allow(clippy::result_large_err)]
    pub fn run_prepared(
        &mut self,
        program: &PreparedProgram,
    ) -> Result<CodeOutput, InterpreterError> {
        match self {
            Executor::Sync(e) => e.run_prepared(program),
            Executor::Async(e, rt) => rt.block_on(e.run_prepared(program)),
        }
    }

    /// Forgets every global.
    pub fn reset_state(&mut self) {
        match self {
            Executor::Sync(e) => e.reset_state(),
            Executor::Async(e, _) => e.reset_state(),
        }
    }

    /// Frees a prepared program.
    pub fn release(&mut self, program: &PreparedProgram) {
        match self {
            Executor::Sync(e) => e.release(program),
            Executor::Async(e, _) => e.release(program),
        }
    }
}
