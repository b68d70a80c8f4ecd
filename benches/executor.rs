//! Criterion benches of the sync executor: end-to-end tiny programs, recursion, loops.
//! (The async executor joins these benches when it lands, on the same programs.)

use criterion::{criterion_group, criterion_main, Criterion};
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

#[allow(missing_docs)]
mod group {
    use super::*;
    criterion_group!(benches, end_to_end, prepared);
}
use group::benches;
criterion_main!(benches);
