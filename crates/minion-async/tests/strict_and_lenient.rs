//! `await` by default (lenient, as the Python minion executor: an async tool result
//! is awaited where it is first used, awaiting a plain value gives the value) and
//! with `set_strict_await(true)` (CPython's rules and messages), on both the sync
//! and the async executor; and the syntax errors of misplaced `await`/`async`.
//!
//! Strict expectations are what CPython 3.11 gives for the same code run with
//! top-level await and the tools as `async def`s; lenient ones are what it gives
//! with the async tools as plain functions (what the code means).

mod common;
use common::{YieldOnce, DEADLINE};

use minion_async::AsyncLocalPythonExecutor;
use minion_eval::{CodeOutput, ErrorKind, InterpreterError, LocalPythonExecutor};
use minion_tool::{AsyncFnTool, FnTool, ToolSpec, Value};

/// What the async executor says about a tool result first used inside a callback
/// called by a builtin (`vm/sched.rs`, `check_can_park`).
const CANNOT_PARK: &str = "cannot wait for an async result inside a callback called by a \
    builtin (a key function, map, a generator consumed by list()...); await it in the \
    coroutine itself";

fn add_tools<F>(mut send: F)
where
    F: FnMut(minion_tool::AnyTool),
{
    use minion_tool::IntoTool;
    send(
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
        .into_tool(),
    );
    send(
        AsyncFnTool::new(
            ToolSpec::new("fetch_json", "Fetches a JSON document.").output("str"),
            |_| async move { Ok(Value::from(r#"{"k": [1, 2]}"#)) },
        )
        .into_tool(),
    );
    send(
        FnTool::new(
            ToolSpec::new("add", "Adds two ints.")
                .input("a", "int", "first")
                .optional_input("b", "int", "second", 1)
                .output("int"),
            |args| Ok(Value::from(args.get::<i64>("a")? + args.get::<i64>("b")?)),
        )
        .into_tool(),
    );
}

fn sync_executor(strict: bool) -> LocalPythonExecutor {
    let mut ex = LocalPythonExecutor::new();
    add_tools(|t| ex.send_tool(t));
    ex.set_strict_await(strict);
    ex
}

fn async_executor(strict: bool) -> AsyncLocalPythonExecutor {
    let mut ex = AsyncLocalPythonExecutor::new();
    add_tools(|t| ex.send_tool(t));
    ex.set_strict_await(strict);
    ex
}

/// Runs `code` on a fresh current-thread runtime, failing on a hang.
// `InterpreterError` by value is the executors' public API.
#[allow(clippy::result_large_err)]
fn run_async(
    ex: &mut AsyncLocalPythonExecutor,
    code: &str,
) -> Result<CodeOutput, InterpreterError> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("runtime");
    rt.block_on(async {
        match tokio::time::timeout(DEADLINE, ex.run(code)).await {
            Ok(r) => r,
            Err(_) => panic!("{code:?} did not finish within {DEADLINE:?}"),
        }
    })
}

/// Both executors' results for `code`, sync first.
fn run_both(
    code: &str,
    strict: bool,
) -> (
    Result<CodeOutput, InterpreterError>,
    Result<CodeOutput, InterpreterError>,
) {
    let sync = sync_executor(strict).run(code);
    let asynchronous = run_async(&mut async_executor(strict), code);
    (sync, asynchronous)
}

/// The logs of `code`, which must be the same under both executors.
#[track_caller]
fn logs_both(code: &str, strict: bool) -> String {
    match run_both(code, strict) {
        (Ok(s), Ok(a)) => {
            assert_eq!(s.logs, a.logs, "{code:?}: sync vs async logs");
            assert_eq!(s.output, a.output, "{code:?}: sync vs async output");
            s.logs
        }
        (s, a) => panic!("{code:?} failed: sync {s:?}, async {a:?}"),
    }
}

/// `ExcType: message` of the exception `code` ends with, the same under both.
#[track_caller]
fn error_both(code: &str, strict: bool) -> String {
    match run_both(code, strict) {
        (Err(s), Err(a)) => {
            assert_eq!(s.kind, ErrorKind::Exception, "{code:?}: {}", s.summary());
            assert_eq!(s.summary(), a.summary(), "{code:?}: sync vs async error");
            assert_eq!(s.line, a.line, "{code:?}: sync vs async line");
            s.summary()
        }
        (s, a) => panic!("{code:?} did not fail on both: sync {s:?}, async {a:?}"),
    }
}

/// The syntax error of `code` in the async executor: `(message, line)`.
#[track_caller]
fn syntax_error(code: &str) -> (String, Option<u32>) {
    match run_async(&mut async_executor(false), code) {
        Ok(out) => panic!("{code:?} compiled and ran: {out:?}"),
        Err(e) => {
            assert_eq!(e.kind, ErrorKind::Syntax, "{code:?}: {}", e.summary());
            assert_eq!(e.exc_type, "SyntaxError", "{code:?}");
            (e.message, e.line)
        }
    }
}

// ---------------------------------------------------------------------------------
// Sync and async tools together

#[test]
fn sync_tools_return_values_and_async_tools_return_coroutines() {
    let code = "\
import asyncio
r = add(1, 2)
c = fetch('x')
print(r, type(r).__name__, asyncio.iscoroutine(c), asyncio.iscoroutine(r))
print(await c, asyncio.iscoroutinefunction(fetch), asyncio.iscoroutinefunction(add))
";
    let expected = "3 int True False\n<x> True False\n";
    assert_eq!(logs_both(code, false), expected);
    assert_eq!(logs_both(code, true), expected);
}

#[test]
fn awaiting_a_sync_tool_or_a_plain_value_gives_the_value_by_default() {
    assert_eq!(
        logs_both(
            "print(await add(2, 3), await 5, await 'x', await None)",
            false
        ),
        "5 5 x None\n"
    );
}

// ---------------------------------------------------------------------------------
// Leniency

#[test]
fn a_forgotten_await_is_settled_where_the_result_is_first_used() {
    let code = "\
import json
a = fetch('ab')
print(a.upper())
b = fetch('ab')
print(b + '!')
c = fetch('ab')
print(len(c))
d = fetch('ab')
print(d)
e = fetch('ab')
print(f'{e}')
print(json.loads(fetch_json())['k'])
g = fetch('ab')
if g:
    print('truthy')
h = fetch('ab')
for ch in h:
    print(ch, end=' ')
print()
i = fetch('ab')
print(i[0], i == '<ab>', 'a' in i)
box = [fetch('ab')]
print(box[0].upper())
";
    assert_eq!(
        logs_both(code, false),
        "<AB>\n<ab>!\n4\n<ab>\n<ab>\n[1, 2]\ntruthy\n< a b > \n< True True\n<AB>\n"
    );
}

#[test]
fn a_forgotten_await_inside_coroutines_and_tasks_is_settled_too() {
    let code = "\
import asyncio
async def shout(u):
    page = fetch(u)
    return page.upper() + '!'
print(await asyncio.gather(shout('a'), shout('b')))
t = asyncio.create_task(shout('c'))
print(await t)
pages = [fetch(u) for u in 'xy']
print([p.upper() for p in pages])
";
    assert_eq!(
        logs_both(code, false),
        "['<A>!', '<B>!']\n<C>!\n['<X>', '<Y>']\n"
    );
}

#[test]
fn asyncio_functions_take_plain_values_as_finished_by_default() {
    let code = "\
import asyncio
print(await asyncio.gather(1, fetch('a'), add(1)))
print(await asyncio.wait_for(5, 1), await asyncio.create_task(add(2)))
";
    assert_eq!(logs_both(code, false), "[1, '<a>', 2]\n5 3\n");
}

#[test]
fn an_agent_program_gives_the_same_results_under_both_executors() {
    let code = "\
import asyncio, json
urls = ['a', 'b', 'c']
pages = await asyncio.gather(*[fetch(u) for u in urls])
data = json.loads(fetch_json())
total = add(len(pages), data['k'][1])
async def summarize(u):
    p = await fetch(u)
    return f'{u}:{len(p)}'
summaries = [await summarize(u) for u in urls]
print(pages, total, summaries)
{'pages': pages, 'n': total}
";
    assert_eq!(
        logs_both(code, false),
        "['<a>', '<b>', '<c>'] 5 ['a:3', 'b:3', 'c:3']\n"
    );
    let out = sync_executor(false).run(code).expect("runs");
    assert_eq!(
        out.output_repr().as_deref(),
        Some("{'pages': ['<a>', '<b>', '<c>'], 'n': 5}")
    );
}

#[test]
fn a_tool_result_first_used_in_a_key_callback_needs_an_await_in_the_async_executor() {
    let code = "\
r = fetch('b')
print(sorted(['x', 'yy', 'zzz'], key=lambda s: abs(len(s) - len(r))))
";
    let out = sync_executor(false)
        .run(code)
        .expect("the sync executor blocks on it");
    assert_eq!(out.logs, "['zzz', 'yy', 'x']\n");
    let mut ex = async_executor(false);
    let e = run_async(&mut ex, code).expect_err("cannot park in a callback");
    assert_eq!(e.kind, ErrorKind::Exception);
    assert_eq!(e.exc_type, "RuntimeError");
    assert_eq!(e.message, CANNOT_PARK);
    assert_eq!(e.line, Some(2));
    // Awaited in the coroutine first, it works; the error is catchable.
    let code = "\
r = await fetch('b')
print(sorted(['x', 'yy', 'zzz'], key=lambda s: abs(len(s) - len(r))))
q = fetch('q')
try:
    sorted([1, 2], key=lambda v: len(q))
except RuntimeError as e:
    print('caught', 'await it in the coroutine itself' in str(e))
";
    let out = run_async(&mut ex, code).expect("runs");
    assert_eq!(out.logs, "['zzz', 'yy', 'x']\ncaught True\n");
}

// ---------------------------------------------------------------------------------
// strict_await: CPython's rules

#[test]
fn strict_await_rejects_awaiting_a_plain_value() {
    assert_eq!(
        error_both("print(await 5)", true),
        "TypeError: object int can't be used in 'await' expression"
    );
    assert_eq!(
        error_both("x = 1\nawait add(x)", true),
        "TypeError: object int can't be used in 'await' expression"
    );
}

#[test]
fn strict_await_leaves_a_forgotten_await_a_coroutine() {
    assert_eq!(
        error_both("r = fetch('x')\nr.upper()", true),
        "AttributeError: 'coroutine' object has no attribute 'upper'"
    );
    assert_eq!(
        error_both("r = fetch('x')\nr + '!'", true),
        "TypeError: unsupported operand type(s) for +: 'coroutine' and 'str'"
    );
    assert_eq!(
        error_both("r = fetch('x')\nlen(r)", true),
        "TypeError: object of type 'coroutine' has no len()"
    );
    assert_eq!(
        error_both("r = fetch('x')\nr[0]", true),
        "TypeError: 'coroutine' object is not subscriptable"
    );
    assert_eq!(
        error_both("r = fetch('x')\nfor c in r:\n    pass", true),
        "TypeError: 'coroutine' object is not iterable"
    );
    assert_eq!(
        logs_both(
            "c = fetch('x')\nprint(type(c).__name__)\nprint(await c)",
            true
        ),
        "coroutine\n<x>\n"
    );
}

#[test]
fn strict_await_forbids_awaiting_a_coroutine_twice() {
    assert_eq!(
        error_both("c = fetch('x')\nprint(await c)\nawait c", true),
        "RuntimeError: cannot reuse already awaited coroutine"
    );
    // Also for an `async def` coroutine, strict or not (CPython's rule either way).
    let code = "\
async def f():
    return 1
c = f()
print(await c)
await c
";
    for strict in [true, false] {
        let (s, a) = run_both(code, strict);
        for e in [s.expect_err("sync"), a.expect_err("async")] {
            assert_eq!(
                e.summary(),
                "RuntimeError: cannot reuse already awaited coroutine"
            );
            assert_eq!(e.logs, "1\n");
            assert_eq!(e.line, Some(5));
        }
    }
}

#[test]
fn strict_asyncio_functions_require_awaitables() {
    let msg = "TypeError: An asyncio.Future, a coroutine or an awaitable is required";
    assert_eq!(
        error_both("import asyncio\nawait asyncio.gather(1)", true),
        msg
    );
    assert_eq!(
        error_both("import asyncio\nasyncio.ensure_future(5)", true),
        msg
    );
    assert_eq!(
        error_both("import asyncio\nawait asyncio.wait_for(5, 1)", true),
        msg
    );
    assert_eq!(
        error_both("import asyncio\nasyncio.create_task(5)", true),
        "TypeError: a coroutine was expected, got 5"
    );
}

#[test]
fn strict_programs_that_await_properly_run_the_same_on_both_executors() {
    let code = "\
import asyncio, json
async def page(u):
    return (await fetch(u)).upper()
print(await asyncio.gather(page('a'), fetch('b'), asyncio.sleep(0, 'c')))
t = asyncio.create_task(page('d'))
print(await t, json.loads(await fetch_json())['k'], add(1))
print([await fetch(u) for u in 'xy'])
";
    assert_eq!(
        logs_both(code, true),
        "['<A>', '<b>', 'c']\n<D> [1, 2] 2\n['<x>', '<y>']\n"
    );
}

#[test]
fn strict_await_can_be_turned_off_again() {
    let mut ex = async_executor(true);
    let e = run_async(&mut ex, "await 5").expect_err("strict");
    assert_eq!(e.exc_type, "TypeError");
    ex.set_strict_await(false);
    let out = run_async(&mut ex, "r = fetch('a')\nprint(await 5, r.upper())").expect("lenient");
    assert_eq!(out.logs, "5 <A>\n");
}

// ---------------------------------------------------------------------------------
// Syntax errors (CPython's messages and lines)

#[test]
fn await_outside_an_async_function_is_a_syntax_error() {
    assert_eq!(
        syntax_error("def f():\n    await x"),
        ("'await' outside async function".to_string(), Some(2))
    );
    assert_eq!(
        syntax_error("def f():\n    return [await y for y in z]"),
        (
            "asynchronous comprehension outside of an asynchronous function".to_string(),
            Some(2)
        )
    );
}

#[test]
fn yield_from_inside_an_async_function_is_a_syntax_error() {
    assert_eq!(
        syntax_error("async def g():\n    yield from x"),
        ("'yield from' inside async function".to_string(), Some(2))
    );
}

#[test]
fn async_for_and_async_with_outside_an_async_function_are_syntax_errors() {
    assert_eq!(
        syntax_error("def h():\n    async for x in y:\n        pass"),
        ("'async for' outside async function".to_string(), Some(2))
    );
    assert_eq!(
        syntax_error("def w():\n    async with x:\n        pass"),
        ("'async with' outside async function".to_string(), Some(2))
    );
}

#[test]
fn an_async_comprehension_in_a_plain_function_is_a_syntax_error() {
    assert_eq!(
        syntax_error("def k():\n    return [x async for x in y]"),
        (
            "asynchronous comprehension outside of an asynchronous function".to_string(),
            Some(2)
        )
    );
}

#[test]
fn return_with_a_value_in_an_async_generator_is_a_syntax_error() {
    assert_eq!(
        syntax_error("async def g():\n    yield 1\n    return 2"),
        (
            "'return' with value in async generator".to_string(),
            Some(3)
        )
    );
}

#[test]
fn top_level_await_async_for_and_async_with_are_allowed() {
    let code = "\
import asyncio
async def gen():
    yield await fetch('a')
async for x in gen():
    print(x)
sem = asyncio.Semaphore(1)
async with sem:
    print(sem.locked())
print([y async for y in gen()], [await fetch(u) for u in 'b'])
";
    assert_eq!(logs_both(code, true), "<a>\nTrue\n['<a>'] ['<b>']\n");
}
