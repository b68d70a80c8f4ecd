//! Why async tools pay off: `slow_lookup(key: str) -> str` sleeps 100 ms on a tokio
//! timer. Awaiting it ten times in a loop takes about a second; gathering the ten
//! calls with `asyncio.gather` takes about 100 ms, because the executor polls every
//! tool call in flight at once. The example times both runs with `Instant`, checks
//! that they produce the same results, and prints the speedup (it exits non-zero if
//! the gathered run is not clearly faster).
//!
//! Run with `cargo run --example async_gather_timing`.
//!
//! This needs `AsyncLocalPythonExecutor` inside a tokio runtime: the sync
//! `LocalPythonExecutor` has no tokio reactor, so a tool whose future uses tokio
//! (timers, sockets) cannot run under it. Tools meant for both executors must not
//! depend on a particular runtime.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use minion::tool::{AsyncFnTool, ToolSpec, Value};
use minion::{AsyncLocalPythonExecutor, CodeOutput, InterpreterError};

/// How long one lookup takes.
const DELAY: Duration = Duration::from_millis(100);

/// Counts the calls in flight and remembers the most seen at once.
#[derive(Default)]
struct InFlight {
    now: AtomicUsize,
    peak: AtomicUsize,
}

fn slow_lookup_tool(in_flight: Arc<InFlight>) -> AsyncFnTool {
    let spec = ToolSpec::new(
        "slow_lookup",
        "Looks a key up in a slow remote store (100 ms per call).",
    )
    .input("key", "str", "the key to look up")
    .output("str");
    AsyncFnTool::new(spec, move |args| {
        let in_flight = in_flight.clone();
        async move {
            let key = args.get::<String>("key")?;
            let now = in_flight.now.fetch_add(1, Ordering::SeqCst) + 1;
            in_flight.peak.fetch_max(now, Ordering::SeqCst);
            tokio::time::sleep(DELAY).await;
            in_flight.now.fetch_sub(1, Ordering::SeqCst);
            Ok(Value::from(format!("value-of-{key}")))
        }
    })
}

const SEQUENTIAL: &str = r#"
results = []
for i in range(10):
    results.append(await slow_lookup(f"k{i}"))
results
"#;

const GATHERED: &str = r#"
import asyncio

results = await asyncio.gather(*[slow_lookup(f"k{i}") for i in range(10)])
results
"#;

/// Runs `code` and returns its output, the wall time and the peak number of calls in
/// flight.
async fn timed(
    executor: &mut AsyncLocalPythonExecutor,
    in_flight: &InFlight,
    code: &str,
) -> Result<(CodeOutput, Duration, usize), InterpreterError> {
    in_flight.peak.store(0, Ordering::SeqCst);
    let start = Instant::now();
    let out = executor.run(code).await?;
    Ok((out, start.elapsed(), in_flight.peak.load(Ordering::SeqCst)))
}

async fn run() -> Result<bool, InterpreterError> {
    let in_flight = Arc::new(InFlight::default());
    let mut executor = AsyncLocalPythonExecutor::new();
    executor.send_tool(slow_lookup_tool(in_flight.clone()));

    let (seq_out, seq_time, seq_peak) = timed(&mut executor, &in_flight, SEQUENTIAL).await?;
    let (gat_out, gat_time, gat_peak) = timed(&mut executor, &in_flight, GATHERED).await?;

    println!(
        "results:    {}",
        gat_out.output_repr().unwrap_or_else(|| "None".into())
    );
    println!(
        "sequential: {:>6.3} s  (10 awaits in a loop, at most {seq_peak} call in flight)",
        seq_time.as_secs_f64()
    );
    println!(
        "gathered:   {:>6.3} s  (asyncio.gather of 10 calls, {gat_peak} calls in flight at once)",
        gat_time.as_secs_f64()
    );
    let speedup = seq_time.as_secs_f64() / gat_time.as_secs_f64();
    println!("speedup:    {speedup:.1}x");

    let same = seq_out.output == gat_out.output;
    println!("same results: {same}");
    Ok(same && speedup > 3.0 && gat_peak == 10)
}

#[tokio::main]
async fn main() {
    match run().await {
        Ok(true) => {}
        Ok(false) => {
            eprintln!("expected equal results and a clear speedup from gather");
            std::process::exit(1);
        }
        Err(e) => {
            print!("{}", e.logs);
            eprintln!("{e}\n{}", e.traceback);
            std::process::exit(1);
        }
    }
}
