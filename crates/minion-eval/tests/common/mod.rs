//! Helpers shared by the integration tests (`mod common;`).

// Each test crate compiles its own copy of this module and uses only some helpers.
#![allow(dead_code)]

use minion_eval::{ErrorKind, LocalPythonExecutor};

/// Runs `code` in a fresh executor and checks what it printed.
#[track_caller]
pub fn ok(code: &str, expected_logs: &str) {
    let mut ex = LocalPythonExecutor::new();
    match ex.run(code) {
        Ok(out) => assert_eq!(out.logs, expected_logs, "logs of {code:?}"),
        Err(e) => panic!("{code:?} failed: {} ({:?})", e.summary(), e.kind),
    }
}

/// Runs `code` in a fresh executor and checks that it raised `expected` ("Type: message").
#[track_caller]
pub fn err(code: &str, expected: &str) {
    let mut ex = LocalPythonExecutor::new();
    match ex.run(code) {
        Ok(out) => panic!(
            "{code:?} succeeded (logs {:?}), expected {expected}",
            out.logs
        ),
        Err(e) => {
            assert_eq!(e.summary(), expected, "error of {code:?}");
            assert_eq!(e.kind, ErrorKind::Exception, "kind of {code:?}");
        }
    }
}
