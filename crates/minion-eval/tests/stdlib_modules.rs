//! The standard-library modules as executor features: per-executor `random` streams,
//! `time.sleep` under the run's limits, the import allow-list, and sizes that must
//! stay fast. Expected numbers are CPython 3.11's.

mod common;
use common::{err, ok};

use std::time::{Duration, Instant};

use minion_eval::{ErrorKind, ExecutorLimits, LocalPythonExecutor};

fn run_logs(ex: &mut LocalPythonExecutor, code: &str) -> String {
    match ex.run(code) {
        Ok(out) => out.logs,
        Err(e) => panic!("{code:?} failed: {}", e.summary()),
    }
}

#[test]
fn every_module_imports() {
    ok(
        "import heapq, bisect, statistics, base64, textwrap, string, random, time\n\
         from statistics import mean, StatisticsError\n\
         from random import randint\n\
         print(mean([1, 2]), StatisticsError is ValueError, callable(randint))\n",
        "1.5 True True\n",
    );
    err(
        "import random.shuffle",
        "ModuleNotFoundError: No module named 'random.shuffle'; 'random' is not a package",
    );
    err(
        "import random\nrandom.Random()",
        "AttributeError: module 'random' has no attribute 'Random'",
    );
    err(
        "from string import Formatter",
        "ImportError: cannot import name 'Formatter' from 'string' (unknown location)",
    );
}

#[test]
fn the_allow_list_applies_to_the_new_modules() {
    let mut ex = LocalPythonExecutor::new();
    ex.set_authorized_imports(vec!["math".into(), "heapq".into()]);
    assert_eq!(
        run_logs(&mut ex, "import heapq\nprint(heapq.nsmallest(1, [3, 2]))"),
        "[2]\n"
    );
    let e = ex.run("import random").unwrap_err();
    assert_eq!(
        e.summary(),
        "ImportError: Import of 'random' is not allowed. Authorized imports are: ['heapq', 'math']"
    );
}

#[test]
fn random_state_persists_between_runs_of_one_executor() {
    let mut ex = LocalPythonExecutor::new();
    run_logs(&mut ex, "import random\nrandom.seed(42)");
    assert_eq!(
        run_logs(&mut ex, "print(random.random())"),
        "0.6394267984578837\n"
    );
    assert_eq!(
        run_logs(&mut ex, "print(random.random())"),
        "0.025010755222666936\n"
    );
}

#[test]
fn executors_do_not_share_a_stream() {
    let mut a = LocalPythonExecutor::new();
    let mut b = LocalPythonExecutor::new();
    run_logs(&mut a, "import random\nrandom.seed(42)");
    run_logs(&mut b, "import random\nrandom.seed(42)");
    // Draws in `a` do not advance `b`.
    run_logs(&mut a, "for _ in range(10): random.random()");
    assert_eq!(
        run_logs(&mut b, "print(random.random())"),
        "0.6394267984578837\n"
    );
    // Unseeded executors start from different clock-derived states.
    let draw = "import random\nprint([random.getrandbits(32) for _ in range(4)])";
    let x = run_logs(&mut LocalPythonExecutor::new(), draw);
    let y = run_logs(&mut LocalPythonExecutor::new(), draw);
    assert_ne!(x, y);
}

#[test]
fn a_damaged_state_is_reseeded_not_a_crash() {
    let mut ex = LocalPythonExecutor::new();
    let logs = run_logs(
        &mut ex,
        "import random\nrandom._mt_state.clear()\nx = random.random()\nprint(0 <= x < 1)\n\
         random._mt_state[:] = b'xy'\nprint(0 <= random.randint(1, 6) <= 6)\n\
         random.seed(42)\nprint(random.random())",
    );
    assert_eq!(logs, "True\nTrue\n0.6394267984578837\n");
    // The module's attributes cannot be rebound.
    let e = ex.run("random._mt_state = 1").unwrap_err();
    assert_eq!(e.exc_type, "AttributeError");
}

#[test]
fn time_clocks() {
    ok(
        "import time\n\
         t = time.time(); n = time.time_ns(); m = time.monotonic(); p = time.perf_counter()\n\
         print(t > 1.6e9, n > 1.6e18, type(n) is int, type(time.monotonic_ns()) is int)\n\
         time.sleep(0.01)\n\
         print(time.monotonic() - m >= 0.01, time.perf_counter() - p >= 0.01, time.perf_counter_ns() > 0)\n\
         time.sleep(0)\ntime.sleep(False)\n",
        "True True True True\nTrue True True\n",
    );
    err(
        "import time\ntime.sleep(-1)",
        "ValueError: sleep length must be non-negative",
    );
    err(
        "import time\ntime.sleep('1')",
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
    err(
        "import time\ntime.time(1)",
        "TypeError: time.time() takes no arguments (1 given)",
    );
}

fn small_time() -> ExecutorLimits {
    ExecutorLimits {
        max_duration: Duration::from_millis(300),
        ..ExecutorLimits::default()
    }
}

#[test]
fn sleeping_past_the_time_limit_is_the_limit_error() {
    // Longer than the whole limit: refused at once.
    let mut ex = LocalPythonExecutor::with_limits(small_time());
    let start = Instant::now();
    let e = ex
        .run("import time\ntry:\n    time.sleep(5)\nexcept BaseException:\n    print('caught')")
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Limit);
    assert_eq!(e.exc_type, "TimeoutError");
    assert!(start.elapsed() < Duration::from_secs(2));
    // Sleeps that fit one by one but not together stop at the limit.
    let start = Instant::now();
    let e = ex
        .run("import time\nfor _ in range(10):\n    try:\n        time.sleep(0.1)\n    except BaseException:\n        pass")
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Limit);
    assert!(
        start.elapsed() < Duration::from_millis(900),
        "{:?}",
        start.elapsed()
    );
    // The executor is still usable.
    assert_eq!(run_logs(&mut ex, "time.sleep(0.01)\nprint('ok')"), "ok\n");
}

#[test]
fn big_inputs_stay_fast() {
    let start = Instant::now();
    ok(
        "import heapq, random, statistics, bisect\n\
         random.seed(1)\n\
         h = []\n\
         for i in range(50000):\n    heapq.heappush(h, random.random())\n\
         out = [heapq.heappop(h) for _ in range(50000)]\n\
         print(out == sorted(out), len(h))\n\
         xs = sorted(random.random() for _ in range(20000))\n\
         print(all(bisect.bisect_left(xs, x) == i for i, x in enumerate(xs[:2000])))\n\
         print(round(statistics.mean(xs), 3) == round(sum(xs) / len(xs), 3), len(random.sample(range(10**9), 5000)))\n",
        "True 0\nTrue\nTrue 5000\n",
    );
    assert!(start.elapsed() < Duration::from_secs(20));
}

#[test]
fn merge_returns_an_iterator() {
    ok(
        "import heapq\nit = heapq.merge([1, 3], [2])\nprint(next(it), list(it), list(it))",
        "1 [2, 3] []\n",
    );
}

#[test]
fn huge_requests_stop_at_the_limits() {
    for code in [
        "import random\nrandom.getrandbits(10**9)",
        "import random\nrandom.randbytes(10**10)",
        "import random\nrandom.choices([1], k=10**12)",
        "import random\nrandom.sample(range(10**15), 10**12)",
        "import random\nrandom.randrange(2**(2**23 + 1))",
        "import statistics\nstatistics.quantiles([1, 2], n=10**15)",
        "import heapq\nheapq.nlargest(3, range(10**12))",
    ] {
        let e = LocalPythonExecutor::new().run(code).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Limit, "{code}: {}", e.summary());
    }
    ok(
        "import random\nrandom.seed(7**50000)\nprint(0 <= random.random() < 1)",
        "True\n",
    );
}
