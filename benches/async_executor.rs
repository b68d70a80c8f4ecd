//! Criterion benches of the async executor against the sync one: the same programs
//! with no async tools (the async driver's overhead), an async tool round trip for a
//! future that is ready at once (start, poll, resume), and many sandboxed runs on one
//! tokio runtime, each awaiting a 10 ms tool.

use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};

mod common;
use common::per_call;
use minion::tool::{AsyncFnTool, ToolSpec, Value};
use minion::{AsyncLocalPythonExecutor, LocalPythonExecutor};

const FIB: &str = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(20)\n";
const LOOP: &str = "t = 0\nfor i in range(100000):\n    t += i * 2 % 7\nt\n";

fn current_thread() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("runtime")
}

/// The same programs under both drivers (no async tools: the driver's overhead).
fn sync_vs_async(c: &mut Criterion) {
    let rt = current_thread();
    for (name, code) in [("fib(20)", FIB), ("100k-iteration loop", LOOP)] {
        c.bench_function(&format!("{name}: sync executor"), |b| {
            let mut ex = LocalPythonExecutor::new();
            let program = ex.prepare(code).expect("compiles");
            b.iter(|| {
                ex.reset_state();
                ex.run_prepared(&program).expect("runs")
            })
        });
        c.bench_function(&format!("{name}: async executor"), |b| {
            let mut ex = AsyncLocalPythonExecutor::new();
            let program = ex.prepare(code).expect("compiles");
            b.iter(|| {
                ex.reset_state();
                rt.block_on(ex.run_prepared(&program)).expect("runs")
            })
        });
    }
}

const CALLS: u64 = 10_000;
const AWAIT_LOOP: &str = "t = 0\nfor i in range(10000):\n    t = await add(i, 1)\nt\n";

fn ready_add() -> AsyncFnTool {
    AsyncFnTool::new(
        ToolSpec::new("add", "Adds two ints.")
            .input("a", "int", "first")
            .input("b", "int", "second")
            .output("int"),
        |args| async move { Ok(Value::from(args.get::<i64>("a")? + args.get::<i64>("b")?)) },
    )
}

/// Per-call time of `await add(i, 1)` with an async tool whose future is ready at
/// once, under the async executor (and the sync one, which drives the same path).
fn async_tool_round_trip(c: &mut Criterion) {
    let rt = current_thread();
    c.bench_function("async tool round trip (async executor)", |b| {
        let mut ex = AsyncLocalPythonExecutor::new();
        ex.send_tool(ready_add());
        let program = ex.prepare(AWAIT_LOOP).expect("compiles");
        b.iter_custom(|iters| {
            per_call(iters, CALLS, "10000", || {
                rt.block_on(ex.run_prepared(&program)).expect("runs")
            })
        })
    });
    c.bench_function("async tool round trip (sync executor)", |b| {
        let mut ex = LocalPythonExecutor::new();
        ex.send_tool(ready_add());
        let program = ex.prepare(AWAIT_LOOP).expect("compiles");
        b.iter_custom(|iters| {
            per_call(iters, CALLS, "10000", || {
                ex.run_prepared(&program).expect("runs")
            })
        })
    });
}

const RUNS: usize = 1000;

/// 1 000 sandboxed runs spawned on one multi-threaded runtime, each awaiting a tool
/// that sleeps 10 ms (tokio timer): the wall time of all of them.
fn concurrent_runs(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_time()
        .build()
        .expect("runtime");
    let mut group = c.benchmark_group("concurrency");
    group.sample_size(10);
    group.bench_function("1000 runs each awaiting a 10 ms tool", |b| {
        let mut pool: Option<Vec<AsyncLocalPythonExecutor>> = Some(
            (0..RUNS)
                .map(|_| {
                    let mut ex = AsyncLocalPythonExecutor::new();
                    ex.send_tool(AsyncFnTool::new(
                        ToolSpec::new("slow", "Waits 10 ms.").output("int"),
                        |_| async {
                            tokio::time::sleep(Duration::from_millis(10)).await;
                            Ok(Value::from(1))
                        },
                    ));
                    ex
                })
                .collect(),
        );
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let executors = pool.take().expect("pool");
                let start = Instant::now();
                let back = rt.block_on(async {
                    let handles: Vec<_> = executors
                        .into_iter()
                        .map(|mut ex| {
                            tokio::spawn(async move {
                                let out = ex.run("x = await slow()\nx + 1").await.expect("runs");
                                assert_eq!(out.output_repr().as_deref(), Some("2"));
                                ex
                            })
                        })
                        .collect();
                    let mut back = Vec::with_capacity(RUNS);
                    for h in handles {
                        back.push(h.await.expect("joins"));
                    }
                    back
                });
                total += start.elapsed();
                pool = Some(back);
            }
            total
        })
    });
    group.finish();
}

#[allow(missing_docs)]
mod group {
    use super::*;
    criterion_group!(
        benches,
        sync_vs_async,
        async_tool_round_trip,
        concurrent_runs
    );
}
use group::benches;
criterion_main!(benches);
