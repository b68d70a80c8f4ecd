//! Limits (operations, time, memory, recursion): each ends the run with
//! `ErrorKind::Limit`, none can be caught, and the executor stays usable.

use std::time::{Duration, Instant};

use minion_eval::{ErrorKind, ExecutorLimits, InterpreterError, LocalPythonExecutor};
use minion_tool::Value;

fn executor(limits: ExecutorLimits) -> LocalPythonExecutor {
    LocalPythonExecutor::with_limits(limits)
}

fn small_ops() -> ExecutorLimits {
    ExecutorLimits {
        max_operations: 100_000,
        ..ExecutorLimits::default()
    }
}

fn small_time() -> ExecutorLimits {
    ExecutorLimits {
        max_operations: u64::MAX,
        max_duration: Duration::from_millis(200),
        ..ExecutorLimits::default()
    }
}

fn small_memory() -> ExecutorLimits {
    ExecutorLimits {
        max_memory: 16 * 1024 * 1024,
        ..ExecutorLimits::default()
    }
}

/// Runs `code` and checks that it fails with a limit error of type `exc_type`,
/// within `max_wall`.
#[track_caller]
fn limit(
    ex: &mut LocalPythonExecutor,
    code: &str,
    exc_type: &str,
    max_wall: Duration,
) -> InterpreterError {
    let start = Instant::now();
    let result = ex.run(code);
    let took = start.elapsed();
    let e = match result {
        Ok(out) => panic!("{code:?} succeeded with {:?}", out.output),
        Err(e) => e,
    };
    assert_eq!(e.kind, ErrorKind::Limit, "{code:?}: {}", e.summary());
    assert_eq!(e.exc_type, exc_type, "{code:?}: {}", e.summary());
    assert!(took < max_wall, "{code:?} took {took:?}");
    e
}

/// The same code, bare and wrapped in every kind of handler: always a limit error.
#[track_caller]
fn uncatchable(limits: ExecutorLimits, code: &str, exc_type: &str, max_wall: Duration) {
    let indented: String = code.lines().map(|l| format!("    {l}\n")).collect();
    let variants = [
        code.to_string(),
        format!("try:\n{indented}except:\n    pass"),
        format!("try:\n{indented}except BaseException:\n    pass"),
        format!("try:\n{indented}except Exception as e:\n    pass"),
        format!("try:\n{indented}finally:\n    pass"),
        format!(
            "def g():\n    try:\n{}    except:\n        return 'caught'\ng()",
            indent8(code)
        ),
    ];
    for v in variants {
        let mut ex = executor(limits.clone());
        ex.run("before = 'kept'").expect("setup");
        limit(&mut ex, &v, exc_type, max_wall);
        // Still usable, and the globals set before the error are still there.
        let out = ex.run("1 + 1").expect("usable after a limit");
        assert_eq!(out.output, Value::from(2));
        assert_eq!(ex.get_variable("before"), Some(Value::from("kept")));
    }
}

fn indent8(code: &str) -> String {
    code.lines().map(|l| format!("        {l}\n")).collect()
}

#[test]
fn operation_limit() {
    let mut ex = executor(small_ops());
    let e = limit(
        &mut ex,
        "while True: pass",
        "RuntimeError",
        Duration::from_secs(5),
    );
    assert_eq!(
        e.summary(),
        "RuntimeError: operation limit exceeded: the code ran more than 100000 operations"
    );
    assert_eq!(e.traceback, e.summary());
}

#[test]
fn operation_limit_is_uncatchable() {
    uncatchable(
        small_ops(),
        "while True:\n    pass",
        "RuntimeError",
        Duration::from_secs(5),
    );
}

#[test]
fn operation_limit_is_per_run() {
    let mut ex = executor(small_ops());
    for _ in 0..5 {
        ex.run("s = 0\nfor i in range(5000):\n    s += i")
            .expect("fits in one run");
    }
    assert_eq!(ex.get_variable("s"), Some(Value::from(12_497_500)));
}

#[test]
fn time_limit() {
    let mut ex = executor(small_time());
    let e = limit(
        &mut ex,
        "while True: pass",
        "TimeoutError",
        Duration::from_secs(5),
    );
    assert!(
        e.message.starts_with("time limit exceeded"),
        "{}",
        e.message
    );
}

#[test]
fn time_limit_in_builtin_heavy_loop() {
    let mut ex = executor(small_time());
    limit(
        &mut ex,
        "x = list(range(1000))\nwhile True:\n    sorted(x, reverse=True)",
        "TimeoutError",
        Duration::from_secs(5),
    );
}

#[test]
fn time_limit_is_uncatchable() {
    uncatchable(
        small_time(),
        "while True:\n    pass",
        "TimeoutError",
        Duration::from_secs(5),
    );
}

#[test]
fn huge_string_repeat_is_memory_error() {
    let mut ex = LocalPythonExecutor::new();
    let e = limit(
        &mut ex,
        "s = 'a' * 10**10",
        "MemoryError",
        Duration::from_secs(2),
    );
    assert!(
        e.message.starts_with("memory limit exceeded"),
        "{}",
        e.message
    );
    assert_eq!(ex.get_variable("s"), None);
}

#[test]
fn huge_list_repeat_is_memory_error() {
    let mut ex = LocalPythonExecutor::new();
    limit(
        &mut ex,
        "x = [0] * 10**10",
        "MemoryError",
        Duration::from_secs(2),
    );
}

#[test]
fn huge_repeat_variants_are_memory_errors() {
    for code in [
        "b'ab' * 10**10",
        "(1, 2) * 10**10",
        "x = [1, 2]\nx *= 10**10",
        "'abc'.ljust(10**11)",
        "'-'.join(['a' * 10**5] * 10**5)",
        "bytearray(10**11)",
    ] {
        let mut ex = LocalPythonExecutor::new();
        let start = Instant::now();
        let e = ex.run(code).expect_err(code);
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{code} took {:?}",
            start.elapsed()
        );
        // bytearray may not exist; anything clean is fine, but not an internal error.
        assert_ne!(e.kind, ErrorKind::Internal, "{code}: {}", e.summary());
        if e.kind == ErrorKind::Limit {
            assert_eq!(e.exc_type, "MemoryError", "{code}");
        }
    }
}

#[test]
fn huge_repeat_is_uncatchable() {
    uncatchable(
        ExecutorLimits::default(),
        "s = 'a' * 10**10",
        "MemoryError",
        Duration::from_secs(5),
    );
    uncatchable(
        ExecutorLimits::default(),
        "x = [0] * 10**10",
        "MemoryError",
        Duration::from_secs(5),
    );
}

#[test]
fn growing_list_hits_memory_limit() {
    let mut ex = executor(small_memory());
    let e = limit(
        &mut ex,
        "x = []\nwhile True:\n    x.append('y' * 1000 + str(len(x)))",
        "MemoryError",
        Duration::from_secs(10),
    );
    assert_eq!(
        e.message,
        format!(
            "memory limit exceeded: the code used more than {} bytes",
            16 * 1024 * 1024
        )
    );
}

#[test]
fn growing_dict_hits_memory_limit() {
    let mut ex = executor(small_memory());
    limit(
        &mut ex,
        "d = {}\ni = 0\nwhile True:\n    d[i] = [i] * 100\n    i += 1",
        "MemoryError",
        Duration::from_secs(10),
    );
}

#[test]
fn memory_limit_is_uncatchable() {
    uncatchable(
        small_memory(),
        "x = []\nwhile True:\n    x.append([0] * 1000)",
        "MemoryError",
        Duration::from_secs(10),
    );
}

#[test]
fn memory_is_released_after_limit() {
    let mut ex = executor(small_memory());
    for _ in 0..3 {
        limit(
            &mut ex,
            "def fill():\n    big = []\n    while True:\n        big.append([0] * 1000)\nfill()",
            "MemoryError",
            Duration::from_secs(10),
        );
        ex.run("small = [0] * 1000\ndel small")
            .expect("memory is available again");
    }
}

#[test]
fn recursion_limit() {
    let mut ex = LocalPythonExecutor::new();
    let e = limit(
        &mut ex,
        "def f():\n    return f()\nf()",
        "RecursionError",
        Duration::from_secs(5),
    );
    assert_eq!(
        e.summary(),
        "RecursionError: maximum recursion depth exceeded"
    );
}

#[test]
fn recursion_limit_mutual_and_methods() {
    let mut ex = LocalPythonExecutor::new();
    limit(
        &mut ex,
        "def a(n):\n    return b(n + 1)\ndef b(n):\n    return a(n + 1)\na(0)",
        "RecursionError",
        Duration::from_secs(5),
    );
    limit(
        &mut ex,
        "f = lambda: f()\nf()",
        "RecursionError",
        Duration::from_secs(5),
    );
}

#[test]
fn recursion_limit_is_configurable() {
    let mut ex = executor(ExecutorLimits {
        max_recursion: 50,
        ..ExecutorLimits::default()
    });
    let code = "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n";
    ex.run(code).expect("define");
    assert_eq!(
        ex.run("depth(30)").expect("shallow").output,
        Value::from(30)
    );
    limit(
        &mut ex,
        "depth(100)",
        "RecursionError",
        Duration::from_secs(5),
    );
}

#[test]
fn legal_recursion_below_default_limit_works() {
    let mut ex = LocalPythonExecutor::new();
    let out = ex
        .run("def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\ndepth(900)")
        .expect("900 frames fit");
    assert_eq!(out.output, Value::from(900));
}

#[test]
fn recursion_limit_is_uncatchable() {
    uncatchable(
        ExecutorLimits::default(),
        "def f():\n    return f()\nf()",
        "RecursionError",
        Duration::from_secs(5),
    );
}

#[test]
fn limit_keeps_logs_printed_before() {
    let mut ex = executor(small_ops());
    let e = limit(
        &mut ex,
        "print('start')\nwhile True: pass",
        "RuntimeError",
        Duration::from_secs(5),
    );
    assert_eq!(e.logs, "start\n");
}

#[test]
fn finally_blocks_do_not_run_on_limit() {
    let mut ex = executor(small_ops());
    limit(
        &mut ex,
        "try:\n    while True: pass\nfinally:\n    leaked = 1",
        "RuntimeError",
        Duration::from_secs(5),
    );
    assert_eq!(ex.get_variable("leaked"), None);
}
