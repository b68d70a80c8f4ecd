//! Hostile async code: runaway coroutine recursion, task floods, endless yielding,
//! huge gathers, sleeps past the tool timeout. Each ends in a clean Python-level or
//! limit error (never a panic, a crash or a hang), and the executor stays usable.

use std::time::Duration;

use minion_eval::{ErrorKind, ExecutorLimits, InterpreterError, LocalPythonExecutor};

fn small_limits() -> ExecutorLimits {
    ExecutorLimits {
        max_operations: 200_000,
        max_memory: 32 * 1024 * 1024,
        tool_timeout: Duration::from_secs(2),
        ..Default::default()
    }
}

#[track_caller]
fn run_err(code: &str) -> InterpreterError {
    let mut ex = LocalPythonExecutor::with_limits(small_limits());
    let e = ex.run(code).expect_err("must fail");
    assert_ne!(
        e.kind,
        ErrorKind::Internal,
        "internal error: {}",
        e.summary()
    );
    let again = ex
        .run("import asyncio\nawait asyncio.sleep(0, 'ok')")
        .expect("usable");
    assert_eq!(again.output_repr().as_deref(), Some("'ok'"));
    e
}

#[test]
fn runaway_coroutine_recursion_is_a_recursion_error() {
    let e = run_err("async def f(n):\n    return await f(n + 1)\nawait f(0)\n");
    assert_eq!(e.exc_type, "RecursionError");
}

#[test]
fn runaway_recursion_through_tasks_stops_at_a_limit() {
    let code = "import asyncio\nasync def f(n):\n    return await asyncio.create_task(f(n + 1))\nawait f(0)\n";
    let e = run_err(code);
    assert_eq!(e.kind, ErrorKind::Limit, "{}", e.summary());
}

#[test]
fn task_flood_stops_at_a_limit() {
    let code = "import asyncio\nasync def noop():\n    pass\nwhile True:\n    asyncio.create_task(noop())\n";
    let e = run_err(code);
    assert_eq!(e.kind, ErrorKind::Limit, "{}", e.summary());
}

#[test]
fn endless_yielding_stops_at_the_operation_limit() {
    let e = run_err("import asyncio\nwhile True:\n    await asyncio.sleep(0)\n");
    assert_eq!(e.exc_type, "RuntimeError");
    assert_eq!(e.kind, ErrorKind::Limit);
}

#[test]
fn two_tasks_yielding_forever_stop_at_the_operation_limit() {
    let code = "import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nawait asyncio.gather(spin(), spin())\n";
    let e = run_err(code);
    assert_eq!(e.kind, ErrorKind::Limit);
}

#[test]
fn huge_gather_works_within_limits() {
    let mut ex = LocalPythonExecutor::with_limits(small_limits());
    let out = ex
        .run("import asyncio\nr = await asyncio.gather(*[asyncio.sleep(0, i) for i in range(20000)])\nsum(r)")
        .expect("runs");
    assert_eq!(out.output_repr().as_deref(), Some("199990000"));
}

#[test]
fn sleep_longer_than_the_tool_timeout_is_a_limit() {
    let e = run_err("import asyncio\nawait asyncio.sleep(3600)\n");
    assert_eq!(e.kind, ErrorKind::Limit);
    assert!(e.message.contains("tool timeout"), "{}", e.message);
}

#[test]
fn awaiting_inside_sync_code_is_a_syntax_error() {
    for (code, msg) in [
        ("f = lambda: await g()\n", "'await' outside async function"),
        (
            "def f():\n    return [await g() for _ in x]\n",
            "asynchronous comprehension outside of an asynchronous function",
        ),
        (
            "def f():\n    async with x:\n        pass\n",
            "'async with' outside async function",
        ),
    ] {
        let mut ex = LocalPythonExecutor::new();
        let e = ex.run(code).expect_err("syntax error");
        assert_eq!(e.kind, ErrorKind::Syntax, "{code}");
        assert_eq!(e.message, msg, "{code}");
    }
}

#[test]
fn abandoned_tasks_do_not_leak_into_the_next_run() {
    let mut ex = LocalPythonExecutor::with_limits(small_limits());
    let code = "import asyncio\nasync def later():\n    await asyncio.sleep(0)\n    await asyncio.sleep(0)\n    print('late')\nt = asyncio.create_task(later())\nawait asyncio.sleep(0)\nprint('main done')\n";
    let out = ex.run(code).expect("runs");
    assert_eq!(out.logs, "main done\n");
    let out = ex.run("print(t.done())").expect("runs");
    assert_eq!(out.logs, "False\n");
}

#[test]
fn a_pending_task_from_an_earlier_run_cannot_be_awaited_forever() {
    let mut ex = LocalPythonExecutor::with_limits(small_limits());
    ex.run("import asyncio\nasync def later():\n    await asyncio.sleep(0)\nt = asyncio.create_task(later())\n")
        .expect("runs");
    let e = ex.run("await t").expect_err("its task was dropped");
    assert_eq!(e.kind, ErrorKind::Limit, "{}", e.summary());
}
