//! Helpers shared by the unit tests: run a snippet in a fresh executor and return what
//! it printed, or the summary of the error it raised.

use crate::LocalPythonExecutor;

/// The logs (printed output) of `code` run in a fresh executor; panics if it fails.
#[track_caller]
pub(crate) fn logs(code: &str) -> String {
    let mut ex = LocalPythonExecutor::new();
    match ex.run(code) {
        Ok(o) => o.logs,
        Err(e) => panic!("{code}: {}", e.summary()),
    }
}

/// The error summary (`"Type: message"`) of `code` run in a fresh executor; panics if
/// it succeeds.
#[track_caller]
pub(crate) fn error(code: &str) -> String {
    let mut ex = LocalPythonExecutor::new();
    match ex.run(code) {
        Ok(o) => panic!("{code}: expected an error, got {:?}", o.logs),
        Err(e) => e.summary(),
    }
}
