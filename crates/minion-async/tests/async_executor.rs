//! The async executor: async tool calls run concurrently, the run future is `Send`,
//! dropping it cancels the run, tool timeouts and limits, tool errors and panics,
//! deadlocks, `final_answer` inside tasks, and `asyncio` primitives driven by tools.
//!
//! No test measures time. Concurrency is proven by tools that can only finish
//! together (a barrier, a channel one call fires for another); orders are chosen by
//! channels, not sleeps. `tokio::time::timeout` is only a deadline that turns a hang
//! (a regression) into a failure. Python-level results follow CPython 3.11 running
//! the same code with top-level await and the tools as `async def`s.

mod common;
use common::{YieldOnce, DEADLINE};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use minion_async::AsyncLocalPythonExecutor;
use minion_eval::{CodeOutput, ErrorKind, ExecutorLimits, InterpreterError, LocalPythonExecutor};
use minion_tool::{AsyncFnTool, FnTool, ToolError, ToolSpec, Value};
use tokio::sync::{oneshot, Barrier};

/// Sets its flag when dropped: tells whether a tool call's future was dropped.
struct DropFlag(Arc<AtomicBool>);

impl Drop for DropFlag {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// `fetch(url)`: `"<url>"` after suspending once.
fn fetch_tool() -> AsyncFnTool {
    AsyncFnTool::new(
        ToolSpec::new("fetch", "Fetches a page.")
            .input("url", "str", "where")
            .output("str"),
        |args| async move {
            let url: String = args.get("url")?;
            YieldOnce(false).await;
            Ok(Value::from(format!("<{url}>")))
        },
    )
}

/// `check(x)`: `x`, or `ValueError("<x> is bad")` when `x` starts with `bad`.
fn check_tool() -> AsyncFnTool {
    AsyncFnTool::new(
        ToolSpec::new("check", "Checks a value.").input("x", "str", "the value"),
        |args| async move {
            let x: String = args.get("x")?;
            YieldOnce(false).await;
            if x.starts_with("bad") {
                Err(ToolError::value_error(format!("{x} is bad")))
            } else {
                Ok(Value::from(x))
            }
        },
    )
}

/// `hang()`: never finishes; sets `dropped` when its future is dropped.
fn hang_tool(dropped: Arc<AtomicBool>) -> AsyncFnTool {
    AsyncFnTool::new(ToolSpec::new("hang", "Never answers."), move |_| {
        let guard = DropFlag(dropped.clone());
        async move {
            let _guard = guard;
            futures::future::pending::<Result<Value, ToolError>>().await
        }
    })
}

/// `boom()`: an async tool that panics after suspending once.
fn boom_tool() -> AsyncFnTool {
    AsyncFnTool::new(ToolSpec::new("boom", "Panics."), |_| async move {
        YieldOnce(false).await;
        panic!("kaboom")
    })
}

/// `add(a, b=1)`: a sync tool.
fn add_tool() -> FnTool {
    FnTool::new(
        ToolSpec::new("add", "Adds two ints.")
            .input("a", "int", "first")
            .optional_input("b", "int", "second", 1)
            .output("int"),
        |args| Ok(Value::from(args.get::<i64>("a")? + args.get::<i64>("b")?)),
    )
}

/// `meet(name)`: waits until `parties` calls are waiting, then returns `name`.
fn meet_tool(parties: usize) -> AsyncFnTool {
    let barrier = Arc::new(Barrier::new(parties));
    AsyncFnTool::new(
        ToolSpec::new("meet", "Waits for the others.").input("name", "str", "who"),
        move |args| {
            let barrier = barrier.clone();
            async move {
                let name: String = args.get("name")?;
                barrier.wait().await;
                Ok(Value::from(name))
            }
        },
    )
}

/// `ping()` waits for the signal `pong()` sends; one pair per executor run.
fn ping_pong_tools() -> (AsyncFnTool, AsyncFnTool) {
    type Slot<T> = Arc<Mutex<Option<T>>>;
    let (tx, rx) = oneshot::channel::<&'static str>();
    let tx: Slot<oneshot::Sender<&'static str>> = Arc::new(Mutex::new(Some(tx)));
    let rx: Slot<oneshot::Receiver<&'static str>> = Arc::new(Mutex::new(Some(rx)));
    let ping = AsyncFnTool::new(ToolSpec::new("ping", "Waits for pong."), move |_| {
        let rx = rx.lock().unwrap().take();
        async move {
            let rx = rx.ok_or_else(|| ToolError::new("ping called twice"))?;
            let got = rx.await.map_err(|_| ToolError::new("pong dropped"))?;
            Ok(Value::from(format!("ping got {got}")))
        }
    });
    let pong = AsyncFnTool::new(ToolSpec::new("pong", "Wakes ping."), move |_| {
        let tx = tx.lock().unwrap().take();
        async move {
            let tx = tx.ok_or_else(|| ToolError::new("pong called twice"))?;
            let _ = tx.send("pong");
            Ok(Value::from("pong"))
        }
    });
    (ping, pong)
}

fn executor() -> AsyncLocalPythonExecutor {
    executor_with(ExecutorLimits::default())
}

fn executor_with(limits: ExecutorLimits) -> AsyncLocalPythonExecutor {
    let mut ex = AsyncLocalPythonExecutor::with_limits(limits);
    ex.send_tool(fetch_tool());
    ex.send_tool(check_tool());
    ex.send_tool(boom_tool());
    ex.send_tool(add_tool());
    ex
}

async fn run(
    ex: &mut AsyncLocalPythonExecutor,
    code: &str,
) -> Result<CodeOutput, InterpreterError> {
    match tokio::time::timeout(DEADLINE, ex.run(code)).await {
        Ok(r) => r,
        Err(_) => panic!("{code:?} did not finish within {DEADLINE:?}"),
    }
}

async fn logs(ex: &mut AsyncLocalPythonExecutor, code: &str) -> String {
    match run(ex, code).await {
        Ok(out) => out.logs,
        Err(e) => panic!("{code:?} failed: {}", e.summary()),
    }
}

async fn failure(
    ex: &mut AsyncLocalPythonExecutor,
    code: &str,
    kind: ErrorKind,
) -> InterpreterError {
    match run(ex, code).await {
        Ok(out) => panic!("{code:?} succeeded with logs {:?}", out.logs),
        Err(e) => {
            assert_eq!(e.kind, kind, "{code:?} failed with {}", e.summary());
            e
        }
    }
}

// ---------------------------------------------------------------------------------
// Concurrency

#[tokio::test]
async fn gathered_tool_calls_run_concurrently() {
    let mut ex = executor();
    ex.send_tool(meet_tool(3));
    // A barrier of three parties: no call returns before all three are in flight.
    let code = "\
import asyncio
print(await asyncio.gather(meet('a'), meet('b'), meet('c')))
";
    assert_eq!(logs(&mut ex, code).await, "['a', 'b', 'c']\n");
}

#[tokio::test]
async fn a_tool_waiting_for_a_later_one_completes_when_both_are_gathered() {
    let mut ex = executor();
    let (ping, pong) = ping_pong_tools();
    ex.send_tools([ping, pong]);
    // Run one after the other, `ping` would wait forever for `pong`.
    let code = "\
import asyncio
print(await asyncio.gather(ping(), pong()))
";
    assert_eq!(logs(&mut ex, code).await, "['ping got pong', 'pong']\n");
}

#[tokio::test]
async fn a_created_task_runs_while_the_program_awaits_a_tool() {
    let mut ex = executor();
    let (ping, pong) = ping_pong_tools();
    ex.send_tools([ping, pong]);
    let code = "\
import asyncio
async def answer():
    return await pong()
t = asyncio.create_task(answer())
print(await ping())
print(await t, t.done())
";
    assert_eq!(logs(&mut ex, code).await, "ping got pong\npong True\n");
}

#[tokio::test]
async fn tasks_created_in_a_loop_run_concurrently() {
    let mut ex = executor();
    ex.send_tool(meet_tool(4));
    let code = "\
import asyncio
tasks = [asyncio.create_task(meet(str(i))) for i in range(4)]
results = []
for t in tasks:
    results.append(await t)
print(results)
";
    assert_eq!(logs(&mut ex, code).await, "['0', '1', '2', '3']\n");
}

#[tokio::test]
async fn coroutines_gathered_with_several_awaits_each_interleave() {
    let mut ex = executor();
    ex.send_tool(meet_tool(2));
    // Each coroutine meets the other twice: the second meeting needs both to have
    // come back from the first.
    let code = "\
import asyncio
async def walk(name):
    first = await meet(name + '1')
    second = await meet(name + '2')
    return first + second
print(await asyncio.gather(walk('x'), walk('y')))
";
    assert_eq!(logs(&mut ex, code).await, "['x1x2', 'y1y2']\n");
}

// ---------------------------------------------------------------------------------
// The run future is Send

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_run_future_can_be_spawned_on_a_multi_thread_runtime() {
    let mut ex = executor();
    let handle = tokio::spawn(async move {
        let out = ex
            .run("import asyncio\nx = await asyncio.gather(fetch('a'), fetch('b'))\nx")
            .await;
        (ex, out)
    });
    let (mut ex, out) = tokio::time::timeout(DEADLINE, handle)
        .await
        .expect("finishes")
        .expect("no panic");
    assert_eq!(
        out.expect("runs").output_repr().as_deref(),
        Some("['<a>', '<b>']")
    );
    // The executor came back with its state.
    assert_eq!(
        logs(&mut ex, "print(x[1], await fetch('c'))").await,
        "<b> <c>\n"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_executors_run_concurrently_on_one_runtime() {
    let nap = || {
        AsyncFnTool::new(
            ToolSpec::new("nap", "Sleeps, then doubles.")
                .input("n", "int", "the number")
                .output("int"),
            |args| async move {
                let n: i64 = args.get("n")?;
                tokio::time::sleep(Duration::from_millis(10)).await;
                Ok(Value::from(n * 2))
            },
        )
    };
    let handles: Vec<_> = (0..100i64)
        .map(|i| {
            let mut ex = AsyncLocalPythonExecutor::new();
            ex.send_tool(nap());
            ex.send_variables([("n", Value::from(i))]).expect("defines n");
            tokio::spawn(async move {
                let out = ex
                    .run("import asyncio\na, b = await asyncio.gather(nap(n), nap(n + 1))\nprint(n)\na + b")
                    .await;
                (i, out)
            })
        })
        .collect();
    let all = tokio::time::timeout(DEADLINE, futures::future::join_all(handles))
        .await
        .expect("all finish");
    assert_eq!(all.len(), 100);
    for joined in all {
        let (i, out) = joined.expect("no panic");
        let out = out.unwrap_or_else(|e| panic!("executor {i}: {}", e.summary()));
        assert_eq!(out.output, Value::from(4 * i + 2), "executor {i}");
        assert_eq!(out.logs, format!("{i}\n"), "executor {i}");
    }
}

// ---------------------------------------------------------------------------------
// Cancellation by dropping the run future

#[tokio::test]
async fn dropping_the_run_future_cancels_the_run_and_keeps_the_globals() {
    let dropped = Arc::new(AtomicBool::new(false));
    let mut ex = executor();
    ex.send_tool(hang_tool(dropped.clone()));
    let code = "x = 1\nprint('before')\nawait hang()\ny = 2";
    let r = tokio::time::timeout(Duration::from_millis(50), ex.run(code)).await;
    assert!(r.is_err(), "the run cannot finish: {r:?}");
    assert!(
        dropped.load(Ordering::SeqCst),
        "the tool call in flight was dropped"
    );
    assert_eq!(ex.get_variable("x"), Some(Value::from(1)));
    assert_eq!(ex.get_variable("y"), None);
    // A new run works, and does not see the abandoned run's logs.
    let out = run(&mut ex, "print(x + 1)\nawait fetch('z')")
        .await
        .expect("runs");
    assert_eq!(out.logs, "2\n");
    assert_eq!(out.output, Value::from("<z>"));
}

#[tokio::test]
async fn a_run_dropped_with_tasks_and_timers_pending_leaves_nothing_behind() {
    let dropped = Arc::new(AtomicBool::new(false));
    let mut ex = executor();
    ex.send_tool(hang_tool(dropped.clone()));
    let code = "\
import asyncio
state = 'started'
t = asyncio.create_task(asyncio.sleep(1, 'late'))
u = asyncio.create_task(hang())
await asyncio.sleep(0)
state = 'waiting'
await asyncio.gather(t, u)
state = 'finished'
";
    {
        let mut fut = Box::pin(ex.run(code));
        // Polled until it waits on the sleep and the hung tool, then dropped.
        for _ in 0..10 {
            assert!(futures::poll!(fut.as_mut()).is_pending());
        }
    }
    assert!(
        dropped.load(Ordering::SeqCst),
        "the tool call in flight was dropped"
    );
    assert_eq!(ex.get_variable("state"), Some(Value::from("waiting")));
    let code = "\
import asyncio
print(state, await asyncio.gather(fetch('a'), asyncio.sleep(0, 'b')))
state = 'again'
";
    assert_eq!(logs(&mut ex, code).await, "waiting ['<a>', 'b']\n");
    assert_eq!(ex.get_variable("state"), Some(Value::from("again")));
}

// ---------------------------------------------------------------------------------
// Tool timeouts and the tool-call limit

#[tokio::test]
async fn a_hung_tool_raises_a_catchable_timeout_error_naming_it() {
    let mut ex = executor_with(ExecutorLimits {
        tool_timeout: Duration::from_millis(100),
        ..Default::default()
    });
    ex.send_tool(hang_tool(Arc::new(AtomicBool::new(false))));
    let code = "\
import asyncio
try:
    await hang()
except TimeoutError as e:
    print('caught', type(e).__name__, e)
try:
    await hang()
except asyncio.TimeoutError:
    print('caught as asyncio.TimeoutError')
";
    assert_eq!(
        logs(&mut ex, code).await,
        "caught TimeoutError tool 'hang' timed out after 0.1 s\ncaught as asyncio.TimeoutError\n"
    );
}

#[tokio::test]
async fn an_uncaught_tool_timeout_ends_the_run_and_the_executor_stays_usable() {
    let mut ex = executor_with(ExecutorLimits {
        tool_timeout: Duration::from_millis(100),
        ..Default::default()
    });
    ex.send_tool(hang_tool(Arc::new(AtomicBool::new(false))));
    let e = failure(
        &mut ex,
        "x = 5\nprint('start')\nawait hang()",
        ErrorKind::Exception,
    )
    .await;
    assert_eq!(e.exc_type, "TimeoutError");
    assert!(e.message.contains("'hang'"), "{}", e.message);
    assert_eq!(e.line, Some(3));
    assert_eq!(e.logs, "start\n");
    assert_eq!(logs(&mut ex, "print(x, await fetch('a'))").await, "5 <a>\n");
}

#[tokio::test]
async fn exceeding_max_tool_calls_stops_the_run_uncatchably() {
    let mut ex = executor_with(ExecutorLimits {
        max_tool_calls: 3,
        ..Default::default()
    });
    let code = "\
try:
    for i in range(5):
        print(await fetch(str(i)))
except Exception as e:
    print('caught', e)
";
    let e = failure(&mut ex, code, ErrorKind::Limit).await;
    assert_eq!(e.exc_type, "RuntimeError");
    assert_eq!(
        e.message,
        "tool call limit exceeded: the code made more than 3 tool calls"
    );
    assert_eq!(e.logs, "<0>\n<1>\n<2>\n");
    // Gathered calls and sync calls count too.
    let code = "\
import asyncio
try:
    await asyncio.gather(*[fetch(str(i)) for i in range(5)])
except BaseException:
    print('caught')
";
    let e = failure(&mut ex, code, ErrorKind::Limit).await;
    assert_eq!(e.logs, "");
    let e = failure(
        &mut ex,
        "add(1)\nadd(2)\nawait fetch('a')\nadd(3)",
        ErrorKind::Limit,
    )
    .await;
    assert!(
        e.message.contains("more than 3 tool calls"),
        "{}",
        e.message
    );
    // The count is per run.
    assert_eq!(
        logs(&mut ex, "print(add(1), await fetch('a'), add(2))").await,
        "2 <a> 3\n"
    );
}

// ---------------------------------------------------------------------------------
// Tool errors and panics

#[tokio::test]
async fn a_tool_error_reaches_the_coroutine_that_awaited_it() {
    let mut ex = executor();
    let code = "\
import asyncio
async def get(x):
    try:
        return await check(x)
    except ValueError as e:
        return f'handled {e}'
print(await get('ok'), await get('bad1'))
print(await asyncio.gather(get('bad2'), get('fine')))
";
    assert_eq!(
        logs(&mut ex, code).await,
        "ok handled bad1 is bad\n['handled bad2 is bad', 'fine']\n"
    );
}

#[tokio::test]
async fn the_exception_of_a_gathered_call_propagates_or_is_returned() {
    let mut ex = executor();
    let code = "\
import asyncio
try:
    await asyncio.gather(check('a'), check('bad1'), check('c'))
except ValueError as e:
    print('caught', e)
res = await asyncio.gather(check('a'), check('bad1'), return_exceptions=True)
print([type(r).__name__ for r in res], res[0], str(res[1]), isinstance(res[1], ValueError))
";
    assert_eq!(
        logs(&mut ex, code).await,
        "caught bad1 is bad\n['str', 'ValueError'] a bad1 is bad True\n"
    );
    let e = failure(&mut ex, "await check('bad3')", ErrorKind::Exception).await;
    assert_eq!(e.summary(), "ValueError: bad3 is bad");
}

#[tokio::test]
async fn a_panicking_async_tool_raises_runtime_error_and_state_survives() {
    let mut ex = executor();
    let code = "\
x = 1
try:
    await boom()
except RuntimeError as e:
    print('caught', e)
";
    assert_eq!(
        logs(&mut ex, code).await,
        "caught tool 'boom' panicked: kaboom\n"
    );
    let e = failure(&mut ex, "x += 1\nawait boom()", ErrorKind::Exception).await;
    assert_eq!(e.exc_type, "RuntimeError");
    assert!(e.message.contains("kaboom"), "{}", e.message);
    assert_eq!(logs(&mut ex, "print(x, await fetch('a'))").await, "2 <a>\n");
}

// ---------------------------------------------------------------------------------
// Sleeping, the time limit and deadlocks

#[tokio::test]
async fn waiting_does_not_count_against_the_time_limit() {
    let mut ex = executor_with(ExecutorLimits {
        max_duration: Duration::from_millis(200),
        tool_timeout: Duration::from_secs(2),
        ..Default::default()
    });
    let code = "\
import asyncio
print(await asyncio.sleep(0.5, 'rested'))
";
    assert_eq!(logs(&mut ex, code).await, "rested\n");
}

#[tokio::test]
async fn busy_code_hits_the_time_limit() {
    let mut ex = executor_with(ExecutorLimits {
        max_duration: Duration::from_millis(200),
        max_operations: u64::MAX,
        ..Default::default()
    });
    let code = "\
print(await fetch('a'))
try:
    while True:
        pass
except BaseException:
    print('caught')
";
    let e = failure(&mut ex, code, ErrorKind::Limit).await;
    assert_eq!(e.exc_type, "TimeoutError");
    assert!(
        e.message.starts_with("time limit exceeded"),
        "{}",
        e.message
    );
    assert_eq!(e.logs, "<a>\n");
    assert_eq!(logs(&mut ex, "print(await fetch('b'))").await, "<b>\n");
}

#[tokio::test]
async fn a_sleep_longer_than_the_tool_timeout_is_a_limit() {
    let mut ex = executor_with(ExecutorLimits {
        tool_timeout: Duration::from_secs(1),
        ..Default::default()
    });
    let code = "\
import asyncio
try:
    await asyncio.sleep(60)
except BaseException:
    print('caught')
";
    let e = failure(&mut ex, code, ErrorKind::Limit).await;
    assert_eq!(e.exc_type, "TimeoutError");
    assert!(
        e.message.starts_with("wait limit exceeded"),
        "{}",
        e.message
    );
}

#[tokio::test]
async fn a_deadlock_ends_the_run_with_a_limit_error() {
    let mut ex = executor();
    let code = "\
import asyncio
lock = asyncio.Lock()
await lock.acquire()
print('locked', lock.locked())
try:
    await lock.acquire()
except BaseException:
    print('caught')
";
    let e = failure(&mut ex, code, ErrorKind::Limit).await;
    assert!(e.message.contains("deadlock"), "{}", e.message);
    assert_eq!(e.logs, "locked True\n");
    // Tasks waiting on each other's semaphores deadlock too.
    let code = "\
import asyncio
sem = asyncio.Semaphore(0)
async def waiter():
    async with sem:
        return 'never'
await asyncio.gather(waiter(), waiter())
";
    let e = failure(&mut ex, code, ErrorKind::Limit).await;
    assert!(e.message.contains("deadlock"), "{}", e.message);
    assert_eq!(logs(&mut ex, "print(await fetch('a'))").await, "<a>\n");
}

#[test]
fn the_sync_executor_reports_the_same_deadlock() {
    let mut ex = LocalPythonExecutor::new();
    let e = ex
        .run("import asyncio\nlock = asyncio.Lock()\nawait lock.acquire()\nawait lock.acquire()")
        .expect_err("deadlocks");
    assert_eq!(e.kind, ErrorKind::Limit);
    assert!(e.message.contains("deadlock"), "{}", e.message);
}

#[tokio::test]
async fn wait_for_times_out_a_hung_tool_and_cancel_stops_a_task() {
    let mut ex = executor();
    ex.send_tool(hang_tool(Arc::new(AtomicBool::new(false))));
    let code = "\
import asyncio
try:
    await asyncio.wait_for(hang(), 0.05)
except TimeoutError as e:
    print('timed out', repr(e), isinstance(e, asyncio.TimeoutError))
t = asyncio.create_task(hang())
await asyncio.sleep(0)
print(t.cancel())
try:
    await t
except asyncio.CancelledError:
    print('cancelled', t.cancelled(), t.done())
";
    assert_eq!(
        logs(&mut ex, code).await,
        "timed out TimeoutError() True\nTrue\ncancelled True True\n"
    );
}

// ---------------------------------------------------------------------------------
// final_answer

#[tokio::test]
async fn final_answer_inside_a_task_ends_the_run() {
    let mut ex = executor();
    let code = "\
import asyncio
async def work():
    final_answer(await fetch('answer'))
    print('not reached in work')
t = asyncio.create_task(work())
await t
print('not reached')
";
    let out = run(&mut ex, code).await.expect("runs");
    assert!(out.is_final_answer);
    assert_eq!(out.output, Value::from("<answer>"));
    assert_eq!(out.logs, "");
}

#[tokio::test]
async fn final_answer_in_a_gathered_coroutine_ends_the_run_while_others_wait() {
    let mut ex = executor();
    ex.send_tool(hang_tool(Arc::new(AtomicBool::new(false))));
    let code = "\
import asyncio
async def finisher():
    print('finishing')
    final_answer([await fetch('a'), 42])
await asyncio.gather(hang(), finisher())
";
    let out = run(&mut ex, code).await.expect("runs");
    assert!(out.is_final_answer);
    assert_eq!(out.output_repr().as_deref(), Some("['<a>', 42]"));
    assert_eq!(out.logs, "finishing\n");
}

// ---------------------------------------------------------------------------------
// asyncio primitives driven by tools

#[tokio::test]
async fn a_semaphore_bounds_the_tool_calls_in_flight() {
    let in_flight = Arc::new(AtomicUsize::new(0));
    let max_seen = Arc::new(AtomicUsize::new(0));
    // Pairs meet at a barrier of two: a semaphore letting one call through at a
    // time would hang; one letting three through would be seen.
    let barrier = Arc::new(Barrier::new(2));
    let (inf, max, bar) = (in_flight.clone(), max_seen.clone(), barrier.clone());
    let work = AsyncFnTool::new(
        ToolSpec::new("work", "Works in pairs.").input("i", "int", "the job"),
        move |args| {
            let (inf, max, bar) = (inf.clone(), max.clone(), bar.clone());
            async move {
                let i: i64 = args.get("i")?;
                let now = inf.fetch_add(1, Ordering::SeqCst) + 1;
                max.fetch_max(now, Ordering::SeqCst);
                bar.wait().await;
                inf.fetch_sub(1, Ordering::SeqCst);
                Ok(Value::from(i * 10))
            }
        },
    );
    let mut ex = executor();
    ex.send_tool(work);
    let code = "\
import asyncio
sem = asyncio.Semaphore(2)
async def job(i):
    async with sem:
        return await work(i)
print(await asyncio.gather(*[job(i) for i in range(6)]))
print(sem.locked())
";
    assert_eq!(
        logs(&mut ex, code).await,
        "[0, 10, 20, 30, 40, 50]\nFalse\n"
    );
    assert_eq!(max_seen.load(Ordering::SeqCst), 2);
    assert_eq!(in_flight.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn async_generators_and_comprehensions_await_tools() {
    let mut ex = executor();
    let code = "\
async def pages(n):
    for i in range(n):
        yield await fetch(str(i))
out = []
async for p in pages(3):
    out.append(p)
print(out)
print([p async for p in pages(2)])
print([await fetch(x) for x in 'ab'])
print({x: await fetch(x) for x in 'ab'})
async def main():
    return [p.upper() async for p in pages(3) if p != '<1>']
print(await main())
";
    assert_eq!(
        logs(&mut ex, code).await,
        "['<0>', '<1>', '<2>']\n['<0>', '<1>']\n['<a>', '<b>']\n{'a': '<a>', 'b': '<b>'}\n['<0>', '<2>']\n"
    );
}

#[tokio::test]
async fn as_completed_yields_results_in_the_order_the_tools_finish() {
    // `relay(name, after)` finishes right after `after` did: the order is c, a, b.
    type Channels = HashMap<String, (Option<oneshot::Sender<()>>, Option<oneshot::Receiver<()>>)>;
    let channels: Arc<Mutex<Channels>> = Arc::new(Mutex::new(
        ["a", "b", "c"]
            .into_iter()
            .map(|n| {
                let (tx, rx) = oneshot::channel();
                (n.to_string(), (Some(tx), Some(rx)))
            })
            .collect(),
    ));
    let relay = AsyncFnTool::new(
        ToolSpec::new("relay", "Finishes after another.")
            .input("name", "str", "who")
            .input("after", "str", "whom to wait for"),
        move |args| {
            let channels = channels.clone();
            async move {
                let name: String = args.get("name")?;
                let after: String = args.get("after")?;
                if !after.is_empty() {
                    let rx = channels
                        .lock()
                        .unwrap()
                        .get_mut(&after)
                        .and_then(|c| c.1.take());
                    rx.ok_or_else(|| ToolError::new("no receiver"))?
                        .await
                        .map_err(|_| ToolError::new("sender dropped"))?;
                }
                let tx = channels
                    .lock()
                    .unwrap()
                    .get_mut(&name)
                    .and_then(|c| c.0.take());
                let _ = tx.ok_or_else(|| ToolError::new("no sender"))?.send(());
                Ok(Value::from(name))
            }
        },
    );
    let mut ex = executor();
    ex.send_tool(relay);
    let code = "\
import asyncio
aws = [relay('a', 'c'), relay('b', 'a'), relay('c', '')]
order = []
for f in asyncio.as_completed(aws):
    order.append(await f)
print(order)
";
    assert_eq!(logs(&mut ex, code).await, "['c', 'a', 'b']\n");
}

#[tokio::test]
async fn an_executor_switches_drivers_keeping_tools_and_state() {
    let mut ex = executor();
    assert_eq!(
        logs(&mut ex, "x = await fetch('a')\nprint(x)").await,
        "<a>\n"
    );
    let mut sync = ex.into_sync();
    let out = sync.run("y = x + await fetch('b')\ny").expect("runs");
    assert_eq!(out.output, Value::from("<a><b>"));
    let mut ex = AsyncLocalPythonExecutor::from_sync(sync);
    assert_eq!(logs(&mut ex, "print(y, add(1))").await, "<a><b> 2\n");
    let specs = ex.tool_specs();
    let fetch = specs
        .iter()
        .find(|(s, _)| s.name == "fetch")
        .expect("fetch");
    let add = specs.iter().find(|(s, _)| s.name == "add").expect("add");
    assert!(fetch.1 && !add.1);
}

#[tokio::test]
async fn a_lock_serializes_coroutines_across_tool_calls() {
    let mut ex = executor();
    let code = "\
import asyncio
lock = asyncio.Lock()
order = []
async def worker(n):
    async with lock:
        order.append(n)
        await fetch(str(n))
        order.append(n)
await asyncio.gather(worker(1), worker(2), worker(3))
print(order, lock.locked())
";
    assert_eq!(logs(&mut ex, code).await, "[1, 1, 2, 2, 3, 3] False\n");
}

#[tokio::test]
async fn wait_first_completed_returns_while_a_tool_still_hangs() {
    let dropped = Arc::new(AtomicBool::new(false));
    let mut ex = executor();
    ex.send_tool(hang_tool(dropped.clone()));
    let code = "\
import asyncio
a = asyncio.create_task(fetch('a'))
h = asyncio.create_task(hang())
done, pending = await asyncio.wait([a, h], return_when=asyncio.FIRST_COMPLETED)
print(done == {a}, pending == {h}, a.result())
h.cancel()
try:
    await h
except asyncio.CancelledError:
    print('cancelled', h.cancelled())
";
    assert_eq!(logs(&mut ex, code).await, "True True <a>\ncancelled True\n");
}

#[tokio::test]
async fn timeouts_of_asyncio_functions_are_not_bounded_by_the_tool_timeout() {
    let mut ex = executor_with(ExecutorLimits {
        tool_timeout: Duration::from_millis(100),
        ..Default::default()
    });
    ex.send_tool(hang_tool(Arc::new(AtomicBool::new(false))));
    let code = "\
import asyncio
print(await asyncio.wait_for(fetch('a'), 60))
for f in asyncio.as_completed([fetch('b')], timeout=60):
    print(await f)
done, pending = await asyncio.wait([asyncio.create_task(fetch('c'))], timeout=60)
print(len(done), len(pending))
print(await asyncio.gather(hang(), fetch('d'), return_exceptions=True))
";
    assert_eq!(
        logs(&mut ex, code).await,
        "<a>\n<b>\n1 0\n[TimeoutError(\"tool 'hang' timed out after 0.1 s\"), '<d>']\n"
    );
}

#[test]
fn the_sync_executor_also_runs_gathered_tools_concurrently() {
    let (tx, rx) = std::sync::mpsc::channel();
    // On its own thread: a regression would block it for good.
    std::thread::spawn(move || {
        let mut ex = LocalPythonExecutor::new();
        ex.send_tool(meet_tool(2));
        let r = ex.run("import asyncio\nawait asyncio.gather(meet('a'), meet('b'))");
        let _ = tx.send(r.map(|o| o.output_repr()).map_err(|e| e.summary()));
    });
    let r = rx.recv_timeout(DEADLINE).expect("the sync run finishes");
    assert_eq!(r, Ok(Some("['a', 'b']".to_string())));
}

// ---------------------------------------------------------------------------------
// Known bugs (CPython's behaviour, ignored until fixed)

#[tokio::test]
async fn a_coroutine_wrapped_in_two_tasks_fails_in_the_second() {
    let mut ex = executor();
    let code = "\
import asyncio
async def f():
    return 'x'
c = f()
t1 = asyncio.create_task(c)
t2 = asyncio.create_task(c)
print(await t1)
try:
    print(await t2)
except RuntimeError as e:
    print('t2', e)
";
    assert_eq!(
        logs(&mut ex, code).await,
        "x\nt2 cannot reuse already awaited coroutine\n"
    );
}

#[tokio::test]
async fn gather_runs_a_coroutine_passed_twice_once() {
    let mut ex = executor();
    let code = "\
import asyncio
async def f():
    return 1
c = f()
print(await asyncio.gather(c, c))
d = fetch('z')
print(await asyncio.gather(d, d))
";
    assert_eq!(logs(&mut ex, code).await, "[1, 1]\n['<z>', '<z>']\n");
}

#[tokio::test]
async fn anext_advances_an_async_generator() {
    let mut ex = executor();
    let code = "\
async def pages():
    for i in range(2):
        yield await fetch(str(i))
ag = pages()
print(await anext(ag))
async for x in ag:
    print(x)
print(await anext(ag, 'done'))
";
    assert_eq!(logs(&mut ex, code).await, "<0>\n<1>\ndone\n");
}
