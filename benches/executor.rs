//! Criterion benches of the sync executor: end-to-end tiny programs, recursion, loops.
//! (The async executor joins these benches when it lands, on the same programs.)

use criterion::{criterion_group, criterion_main, Criterion};

mod common;
use common::per_call;
use minion::tool::{FnTool, ToolSpec, Value};
use minion::LocalPythonExecutor;

const FIB: &str = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(20)\n";
const LOOP: &str = "t = 0\nfor i in range(100000):\n    t += i * 2 % 7\nt\n";

fn end_to_end(c: &mut Criterion) {
    c.bench_function("x = 1 + 2 (parse + compile + run)", |b| {
        let mut ex = LocalPythonExecutor::new();
        b.iter(|| ex.run("x = 1 + 2").expect("runs"))
    });
}

fn prepared(c: &mut Criterion) {
    for (name, code) in [("fib(20)", FIB), ("100k-iteration loop", LOOP)] {
        c.bench_function(name, |b| {
            let mut ex = LocalPythonExecutor::new();
            let program = ex.prepare(code).expect("compiles");
            b.iter(|| {
                ex.reset_state();
                ex.run_prepared(&program).expect("runs")
            })
        });
    }
}

/// Calls per run of the tool benches; the figures are divided by it.
const CALLS: u64 = 10_000;
const TOOL_LOOP: &str = "t = 0\nfor i in range(10000):\n    t = add(i, 1)\nt\n";
const PY_ADD: &str = "def add(a, b):\n    return a + b\n";

fn add_tool() -> FnTool {
    FnTool::new(
        ToolSpec::new("add", "Adds two ints.")
            .input("a", "int", "first")
            .input("b", "int", "second")
            .output("int"),
        |args| Ok(Value::from(args.get::<i64>("a")? + args.get::<i64>("b")?)),
    )
}

/// Per-call time of `add(i, 1)` from Python: a host tool, then a Python function for
/// comparison. One iteration runs a prepared 10 000-call loop; `iter_custom` reports
/// the time divided by the number of calls (loop overhead included).
fn tool_calls(c: &mut Criterion) {
    let mut ex = LocalPythonExecutor::new();
    ex.send_tool(add_tool());
    bench_per_call(c, "sync tool call round trip", ex, "");
    bench_per_call(
        c,
        "python function call (same loop as the sync tool call)",
        LocalPythonExecutor::new(),
        PY_ADD,
    );
}

fn bench_per_call(c: &mut Criterion, name: &str, mut ex: LocalPythonExecutor, prelude: &str) {
    let program = ex
        .prepare(&format!("{prelude}{TOOL_LOOP}"))
        .expect("compiles");
    c.bench_function(name, |b| {
        b.iter_custom(|iters| {
            per_call(iters, CALLS, "10000", || {
                ex.run_prepared(&program).expect("runs")
            })
        })
    });
}

#[allow(missing_docs)]
mod group {
    use super::*;
    criterion_group!(benches, end_to_end, prepared, tool_calls);
}
use group::benches;
criterion_main!(benches);
