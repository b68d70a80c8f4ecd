//! `minion bench`: compile once, run N times in fresh state, report the median.

use std::time::{Duration, Instant};

use crate::exec::Executor;
use crate::report::{Failure, EXIT_OK, EXIT_PYTHON_ERROR, EXIT_USAGE};
use crate::source::{self, LoadError};
use crate::BenchArgs;

/// The median of `samples` (the mean of the two middle ones for an even count).
pub fn median(samples: &mut [Duration]) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    samples.sort_unstable();
    let mid = samples.len() / 2;
    if samples.len() % 2 == 1 {
        samples[mid]
    } else {
        (samples[mid - 1] + samples[mid]) / 2
    }
}

/// Runs `minion bench`; returns the process exit code.
pub fn bench(args: &BenchArgs) -> u8 {
    let code = match source::load(&args.file) {
        Ok(code) => code,
        Err(LoadError::Io(msg)) => {
            eprintln!("{msg}");
            return EXIT_USAGE;
        }
        Err(LoadError::Syntax(f)) => {
            eprint!("{}", f.traceback_text());
            return EXIT_PYTHON_ERROR;
        }
    };
    let mut executor = match Executor::new(args.async_mode, Default::default()) {
        Ok(e) => e,
        Err(msg) => {
            eprintln!("{msg}");
            return EXIT_USAGE;
        }
    };
    let start = Instant::now();
    let program = match executor.prepare(&code) {
        Ok(p) => p,
        Err(e) => {
            eprint!("{}", Failure::from_interpreter(&e).traceback_text());
            return EXIT_PYTHON_ERROR;
        }
    };
    let compile = start.elapsed();
    println!("file={}", args.file.display());
    println!("compile_ns={}", compile.as_nanos());
    let mut samples = Vec::with_capacity(args.repeat as usize);
    for i in 0..args.repeat {
        // Each run starts from fresh globals; the prepared program is kept.
        executor.reset_state();
        let start = Instant::now();
        let result = executor.run_prepared(&program);
        let elapsed = start.elapsed();
        if let Err(e) = result {
            eprintln!("minion: run {} of {} failed:", i + 1, args.repeat);
            eprint!("{}", Failure::from_interpreter(&e).traceback_text());
            return EXIT_PYTHON_ERROR;
        }
        samples.push(elapsed);
    }
    executor.release(&program);
    let min = samples.iter().min().copied().unwrap_or_default();
    let max = samples.iter().max().copied().unwrap_or_default();
    println!("runs={}", samples.len());
    println!("min_ns={}", min.as_nanos());
    println!("max_ns={}", max.as_nanos());
    println!("median_ns={}", median(&mut samples).as_nanos());
    EXIT_OK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_odd_even_empty() {
        let ms = Duration::from_millis;
        assert_eq!(median(&mut [ms(3), ms(1), ms(2)]), ms(2));
        assert_eq!(
            median(&mut [ms(4), ms(1), ms(2), ms(3)]),
            Duration::from_micros(2500)
        );
        assert_eq!(median(&mut []), Duration::ZERO);
    }
}
