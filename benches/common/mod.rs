//! Helpers shared by the criterion benches.

use std::time::{Duration, Instant};

use minion::CodeOutput;

/// Times enough runs of a loop making `calls` calls to cover `iters` calls, and
/// returns the time scaled to exactly `iters` calls (criterion's `iter_custom`).
/// Each run's output must be `expected`.
pub fn per_call(
    iters: u64,
    calls: u64,
    expected: &str,
    mut run: impl FnMut() -> CodeOutput,
) -> Duration {
    let runs = iters.div_ceil(calls);
    let mut total = Duration::ZERO;
    for _ in 0..runs {
        let start = Instant::now();
        let out = run();
        total += start.elapsed();
        assert_eq!(out.output_repr().as_deref(), Some(expected));
    }
    total.mul_f64(iters as f64 / (runs * calls) as f64)
}
