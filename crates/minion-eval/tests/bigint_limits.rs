//! Big ints: CPython 3.11's 4300-digit string-conversion limit, and the size cap that
//! keeps a single arithmetic operation from outrunning the time limit.

use std::time::{Duration, Instant};

use minion_eval::{ErrorKind, ExecutorLimits, LocalPythonExecutor};

const LIMIT_MSG: &str = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

#[test]
fn decimal_conversion_refuses_more_than_4300_digits() {
    // Expectations from CPython 3.11.7.
    let mut ex = LocalPythonExecutor::new();
    for code in [
        "str(10**5000)",
        "f'{10**5000:d}'",
        "'%d' % 10**5000",
        "repr(-10**4300)",
    ] {
        let err = ex.run(code).expect_err(code);
        assert_eq!(err.summary(), format!("ValueError: {LIMIT_MSG}"), "{code}");
    }
    let err = ex.run("int('9' * 5000)").expect_err("too many digits");
    assert_eq!(
        err.summary(),
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
    );
    let out = ex
        .run("print(len(str(10**4299)), len(hex(10**5000)), len(f'{10**4299:,}'))")
        .expect("within the limit");
    assert_eq!(out.logs, "4300 4155 5733\n");
}

#[test]
fn huge_powers_and_shifts_stop_at_once() {
    let mut ex = LocalPythonExecutor::new();
    for code in [
        "x = 10 ** 10 ** 8",
        "x = 1 << (1 << 30)",
        "x = (10 ** 10 ** 6) ** 3",
    ] {
        let start = Instant::now();
        let err = ex.run(code).expect_err(code);
        assert_eq!(err.kind, ErrorKind::Limit, "{code}");
        assert_eq!(err.exc_type, "MemoryError", "{code}");
        assert!(
            err.message.starts_with("integer too large"),
            "{code}: {}",
            err.message
        );
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{code} took {:?}",
            start.elapsed()
        );
    }
    // A big but allowed power still works.
    let out = ex.run("len(str(2 ** 10000))").expect("allowed");
    assert_eq!(out.output_repr().as_deref(), Some("3011"));
}

#[test]
fn repeated_big_multiplications_respect_the_time_limit() {
    let mut ex = LocalPythonExecutor::with_limits(ExecutorLimits {
        max_duration: Duration::from_millis(500),
        ..ExecutorLimits::default()
    });
    let start = Instant::now();
    let err = ex
        .run("x = 10 ** 100000\nfor i in range(100000):\n    y = x * x\n")
        .expect_err("runs out of time");
    assert_eq!(err.exc_type, "TimeoutError");
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "took {:?}",
        start.elapsed()
    );
}
