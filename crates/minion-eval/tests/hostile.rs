//! Hostile inputs: deep nesting, huge lines, NUL bytes, runaway recursion through
//! builtins, huge numbers. Each must work or fail cleanly (never panic or crash).

use std::time::{Duration, Instant};

use minion_eval::{ErrorKind, ExecutorLimits, InterpreterError, LocalPythonExecutor};
use minion_tool::Value;

/// Runs `code` on a fresh executor, checking it returns within `max_wall`, then
/// checks that the executor still works.
// Mirrors `LocalPythonExecutor::run`, whose `Result<_, InterpreterError>` DESIGN.md prescribes.
#[allow(clippy::result_large_err)]
#[track_caller]
fn run_timed(code: &str, max_wall: Duration) -> Result<minion_eval::CodeOutput, InterpreterError> {
    let mut ex = LocalPythonExecutor::new();
    run_on(&mut ex, code, max_wall)
}

// Mirrors `LocalPythonExecutor::run`, whose `Result<_, InterpreterError>` DESIGN.md prescribes.
#[allow(clippy::result_large_err)]
#[track_caller]
fn run_on(
    ex: &mut LocalPythonExecutor,
    code: &str,
    max_wall: Duration,
) -> Result<minion_eval::CodeOutput, InterpreterError> {
    let start = Instant::now();
    let r = ex.run(code);
    let took = start.elapsed();
    assert!(took < max_wall, "took {took:?}");
    if let Err(e) = &r {
        assert_ne!(
            e.kind,
            ErrorKind::Internal,
            "internal error: {}",
            e.summary()
        );
    }
    assert_eq!(
        ex.run("1 + 1").expect("still usable").output,
        Value::from(2)
    );
    r
}

#[track_caller]
fn fails_with(code: &str, kind: ErrorKind, exc_type: &str) -> InterpreterError {
    let e = run_timed(code, Duration::from_secs(20)).expect_err("must fail");
    assert_eq!(
        (e.kind.clone(), e.exc_type.as_str()),
        (kind, exc_type),
        "{}",
        e.summary()
    );
    e
}

#[test]
fn hundred_thousand_nested_brackets() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
        let code = format!("{}1{}", open.repeat(100_000), close.repeat(100_000));
        let e = run_timed(&code, Duration::from_secs(20)).expect_err("too deep");
        assert_eq!(e.kind, ErrorKind::Syntax, "{}", e.summary());
    }
}

#[test]
fn unbalanced_nested_brackets() {
    let code = "[".repeat(100_000);
    let e = run_timed(&code, Duration::from_secs(20)).expect_err("unbalanced");
    assert_eq!(e.kind, ErrorKind::Syntax, "{}", e.summary());
}

#[test]
fn moderately_nested_brackets_work() {
    let code = format!("x = {}1{}\nx", "(".repeat(50), ")".repeat(50));
    assert_eq!(
        run_timed(&code, Duration::from_secs(5))
            .expect("fine")
            .output,
        Value::from(1)
    );
    let code = format!("x = {}{}\nlen(x)", "[".repeat(50), "]".repeat(50));
    assert_eq!(
        run_timed(&code, Duration::from_secs(5))
            .expect("fine")
            .output,
        Value::from(1)
    );
}

#[test]
fn deeply_nested_unary_and_not() {
    let code = format!("{}1", "-".repeat(100_000));
    let _ = run_timed(&code, Duration::from_secs(20));
    let code = format!("{}True", "not ".repeat(100_000));
    let _ = run_timed(&code, Duration::from_secs(20));
}

#[test]
fn deeply_nested_blocks() {
    let mut code = String::new();
    for i in 0..2000 {
        code.push_str(&" ".repeat(i));
        code.push_str("if True:\n");
    }
    code.push_str(&" ".repeat(2000));
    code.push_str("pass\n");
    let _ = run_timed(&code, Duration::from_secs(20));
}

#[test]
fn ten_megabyte_line_of_additions() {
    let n = 5_000_000;
    let code = format!("x = 1{}", "+1".repeat(n - 1));
    assert!(code.len() > 10_000_000);
    match run_timed(&code, Duration::from_secs(60)) {
        Ok(out) => assert_eq!(out.output, Value::from(n as i64)),
        Err(e) => assert!(
            matches!(e.kind, ErrorKind::Syntax | ErrorKind::Limit),
            "{:?} {}",
            e.kind,
            e.summary()
        ),
    }
}

#[test]
fn long_string_literal() {
    let code = format!("s = '{}'\nlen(s)", "x".repeat(5_000_000));
    let out = run_timed(&code, Duration::from_secs(20)).expect("long literal");
    assert_eq!(out.output, Value::from(5_000_000));
}

#[test]
fn nul_bytes_in_source() {
    // CPython: "SyntaxError: source code cannot contain null bytes".
    let e = run_timed("x = 1\0\ny = 2", Duration::from_secs(5)).expect_err("NUL in code");
    assert_eq!(e.kind, ErrorKind::Syntax, "{}", e.summary());
    let e = run_timed("\0", Duration::from_secs(5)).expect_err("NUL alone");
    assert_eq!(e.kind, ErrorKind::Syntax, "{}", e.summary());
}

#[test]
fn nul_bytes_in_strings_at_runtime_are_fine() {
    let out = run_timed(
        "s = 'a\\x00b'\nprint(s)\nlen(s), repr(s)",
        Duration::from_secs(5),
    )
    .expect("escaped NUL");
    assert_eq!(out.output_repr().as_deref(), Some("(3, \"'a\\\\x00b'\")"));
    assert_eq!(out.logs, "a\0b\n");
}

#[test]
fn deep_nested_list_repr_is_recursion_error() {
    // CPython: RecursionError: maximum recursion depth exceeded while getting the repr of an object
    let code = "x = []\nfor i in range(100000):\n    x = [x]\nrepr(x)";
    let e = run_timed(code, Duration::from_secs(20)).expect_err("too deep");
    assert_eq!(e.exc_type, "RecursionError", "{}", e.summary());
    assert!(
        matches!(e.kind, ErrorKind::Exception | ErrorKind::Limit),
        "{:?}",
        e.kind
    );
}

#[test]
fn deep_nested_list_print_str_and_compare() {
    let setup = "x = []\nfor i in range(100000):\n    x = [x]\ny = []\nfor i in range(100000):\n    y = [y]\n";
    for tail in [
        "print(x)",
        "str(x)",
        "x == y",
        "hash(tuple(x))",
        "d = {}\nfor i in range(100000):\n    d = {'k': d}\nrepr(d)",
    ] {
        let code = format!("{setup}{tail}");
        let r = run_timed(&code, Duration::from_secs(30));
        let e = r.expect_err(tail);
        assert!(
            e.exc_type == "RecursionError" || e.exc_type == "TypeError",
            "{tail}: {}",
            e.summary()
        );
    }
}

#[test]
fn deep_nested_list_as_output_is_fine() {
    // The output conversion of a very deep value must not overflow the host stack.
    let mut ex = LocalPythonExecutor::new();
    let r = run_on(
        &mut ex,
        "x = []\nfor i in range(100000):\n    x = [x]\nx",
        Duration::from_secs(30),
    );
    if let Ok(out) = r {
        let _ = out.output;
    }
    let _ = ex.get_variable("x");
}

#[test]
fn deep_nested_list_from_host_is_fine() {
    let mut v = Value::List(vec![]);
    for _ in 0..10_000 {
        v = Value::List(vec![v]);
    }
    let mut ex = LocalPythonExecutor::new();
    ex.send_variables([("deep", v)]).expect("accepted");
    let out = ex
        .run("n = 0\nwhile deep:\n    deep = deep[0]\n    n += 1\nn")
        .expect("walk");
    assert_eq!(out.output, Value::from(10_000));
}

#[test]
fn recursion_through_sorted_key() {
    fails_with(
        "def f(x):\n    return sorted([1], key=f)\nf(1)",
        ErrorKind::Limit,
        "RecursionError",
    );
}

#[test]
fn recursion_through_other_builtins() {
    for code in [
        "def f(x):\n    return list(map(f, [x]))\nf(1)",
        "def f(x):\n    return max([1, 2], key=f)\nf(1)",
        "def f(x):\n    return list(filter(f, [x]))\nf(1)",
        "def f():\n    return [f() for _ in range(1)]\nf()",
    ] {
        let e = run_timed(code, Duration::from_secs(20)).expect_err(code);
        assert_eq!(e.exc_type, "RecursionError", "{code}: {}", e.summary());
    }
}

#[test]
#[ignore = "classes arrive with issue 5 (the rest of the language)"]
fn recursion_through_dunder_methods() {
    for code in [
        "class K:\n    def __eq__(self, o):\n        return self == o\nK() == K()",
        "class K:\n    def __hash__(self):\n        return hash(self)\n{K()}",
        "class K:\n    def __str__(self):\n        return str(self)\nprint(K())",
        "class K:\n    def __len__(self):\n        return len(self)\nlen(K())",
        "class K:\n    def __getattr__(self, n):\n        return self.x\nK().y",
    ] {
        let e = run_timed(code, Duration::from_secs(20)).expect_err(code);
        assert_eq!(e.exc_type, "RecursionError", "{code}: {}", e.summary());
    }
}

#[test]
fn huge_int_to_str() {
    // CPython 3.11 refuses (ValueError, int max str digits); working is fine too.
    let r = run_timed("s = str(10**100000)\nlen(s)", Duration::from_secs(20));
    match r {
        Ok(out) => assert_eq!(out.output, Value::from(100_001)),
        Err(e) => assert!(
            matches!(e.kind, ErrorKind::Exception | ErrorKind::Limit),
            "{}",
            e.summary()
        ),
    }
}

#[test]
fn huge_int_arithmetic_works() {
    let out = run_timed(
        "x = 3**100000\n(x % 1000, x.bit_length())",
        Duration::from_secs(20),
    )
    .expect("bigint");
    assert_eq!(out.output_repr().as_deref(), Some("(1, 158497)"));
}

#[test]
fn two_to_ten_to_ten_fails_cleanly() {
    for code in [
        "2**10**10",
        "x = 2**10**10",
        "10**10**10 + 1",
        "(1 << 10**11)",
        "pow(3, 10**12)",
    ] {
        let e = run_timed(code, Duration::from_secs(10)).expect_err(code);
        assert_eq!(e.kind, ErrorKind::Limit, "{code}: {}", e.summary());
        assert_eq!(e.exc_type, "MemoryError", "{code}");
    }
}

#[test]
fn huge_float_power_is_overflow_error() {
    let e = fails_with("2.0 ** 10**10", ErrorKind::Exception, "OverflowError");
    assert_eq!(
        e.summary(),
        "OverflowError: (34, 'Numerical result out of range')"
    );
}

#[test]
fn catastrophic_legal_code_hits_time_limit() {
    let limits = ExecutorLimits {
        max_operations: u64::MAX,
        max_duration: Duration::from_millis(300),
        ..ExecutorLimits::default()
    };
    for code in [
        "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(100)",
        "n = 0\nfor a in range(10**6):\n    for b in range(10**6):\n        n += a ^ b",
        "x = 7\nwhile True:\n    x = (x * x) % 1000003",
        "s = ''\nwhile True:\n    s = (s + 'ab')[-100:]",
    ] {
        let mut ex = LocalPythonExecutor::with_limits(limits.clone());
        let e = run_on(&mut ex, code, Duration::from_secs(5)).expect_err(code);
        assert_eq!(e.kind, ErrorKind::Limit, "{code}: {}", e.summary());
        assert_eq!(e.exc_type, "TimeoutError", "{code}");
    }
}

#[test]
fn exceptions_with_huge_messages() {
    let e = run_timed("raise ValueError('x' * 10**6)", Duration::from_secs(10)).expect_err("raise");
    assert_eq!(e.exc_type, "ValueError");
    assert_eq!(e.message.len(), 1_000_000);
}

#[test]
fn many_globals_and_long_names() {
    let mut code = String::new();
    for i in 0..20_000 {
        code.push_str(&format!("v{i} = {i}\n"));
    }
    code.push_str(&format!("{} = 1\nv19999", "n".repeat(100_000)));
    let out = run_timed(&code, Duration::from_secs(30)).expect("many globals");
    assert_eq!(out.output, Value::from(19_999));
}

#[test]
fn garbage_and_odd_unicode_source() {
    for code in [
        "\u{feff}1",
        "é = 1\né",
        "x = '\u{1F600}'\nlen(x)",
        "\u{200b}",
        "\\",
        "'''",
        "0x",
        "1e",
        "@",
        "$",
    ] {
        let _ = run_timed(code, Duration::from_secs(5));
    }
}
