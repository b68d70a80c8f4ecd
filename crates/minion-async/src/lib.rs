//! The async evaluator: `AsyncLocalPythonExecutor`, the async driver of `minion-eval`.
//!
//! It will hold (issue "The async evaluator"): an executor whose `run(code).await`
//! reuses the sync evaluator for every node and takes over only where the code waits on
//! something async, polling pending async tool calls concurrently (`asyncio.gather`,
//! `create_task`, `wait_for`...). Until then this crate only re-exports the sync
//! executor's result types, so hosts can already name them through it.
