//! The `time` module: clocks and `sleep`.
//!
//! `time()`/`time_ns()` read the system clock; `monotonic()` and `perf_counter()`
//! (and their `_ns` forms) read one monotonic clock whose zero is the first time any
//! executor in the process read it (CPython's counts from boot; only differences are
//! meaningful either way).
//!
//! `sleep(secs)` blocks the thread and is bounded by the run's time limit: a sleep
//! longer than the whole limit fails at once with the limit error, and a shorter one
//! sleeps in slices, checking the limit between them, so a run never outlives its
//! limit by more than one slice. In the async executor `time.sleep` still blocks every
//! task; `await asyncio.sleep(...)` is the non-blocking one.
//!
//! The `struct_time` functions (`gmtime`, `localtime`, `strftime`, `strptime`,
//! `mktime`, `asctime`, `ctime`) live with the datetime code
//! (`modules/datetime/timefns.rs`); local time is UTC in the sandbox.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::ModuleFn;
use crate::builtins::ArgParser;
use crate::error::{overflow_error, type_error, value_error, LimitError, PyResult, Raise};
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The longest slice `sleep` waits before checking the time limit again.
const SLICE: Duration = Duration::from_millis(20);

/// The zero of the monotonic clocks (immutable once set; shared by all VMs).
fn base() -> Instant {
    static BASE: OnceLock<Instant> = OnceLock::new();
    *BASE.get_or_init(Instant::now)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn no_args(f: ModuleFn, args: Args) -> PyResult<()> {
    let name = format!("time.{}", f.name());
    ArgParser::new(&name, args).positional(0, 0)?;
    Ok(())
}

/// `time.sleep(secs)`.
fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("time.sleep", args).positional(1, 1)?;
    let secs = match a[0] {
        Value::Float(f) => f,
        v => match vm.to_bigint(v) {
            Some(i) => num_traits::ToPrimitive::to_f64(&i).unwrap_or(f64::INFINITY),
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )))
            }
        },
    };
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if secs > 9.2e9 {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    let limit = vm.limits.max_duration;
    if secs > limit.as_secs_f64() {
        return Err(Raise::limit(LimitError::Time(limit)));
    }
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    loop {
        vm.charge(0)?;
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        std::thread::sleep((deadline - now).min(SLICE));
    }
    vm.charge(0)?;
    Ok(Value::None)
}

/// The module's constants: the sandbox's local zone is UTC.
pub fn constants() -> Vec<(&'static str, Value)> {
    vec![
        ("timezone", Value::Int(0)),
        ("altzone", Value::Int(0)),
        ("daylight", Value::Int(0)),
        ("struct_time", Value::Type(crate::types::Ty::StructTime)),
    ]
}

/// Calls `time.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    use ModuleFn::*;
    match f {
        TimeSleep => sleep(vm, args),
        TimeGmtime | TimeLocaltime | TimeStrftime | TimeStrptime | TimeMktime | TimeAsctime
        | TimeCtime => super::datetime::time_call(vm, f, args),
        TimeTime => {
            no_args(f, args)?;
            Ok(Value::Float(since_epoch().as_secs_f64()))
        }
        TimeTimeNs => {
            no_args(f, args)?;
            Ok(Value::Int(since_epoch().as_nanos() as i64))
        }
        TimeMonotonic | TimePerfCounter => {
            no_args(f, args)?;
            Ok(Value::Float(base().elapsed().as_secs_f64()))
        }
        TimeMonotonicNs | TimePerfCounterNs => {
            no_args(f, args)?;
            Ok(Value::Int(base().elapsed().as_nanos() as i64))
        }
        _ => Err(Raise::internal("not a time function")),
    }
}
