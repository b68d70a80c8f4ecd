//! The `asyncio` module: real concurrency on the VM's event loop (`vm/sched.rs`).
//!
//! Under the async executor, async tool calls run concurrently; under the sync
//! executor they have already run where they were called, so these functions get
//! plain values, which (without `strict_await`) count as finished futures. Either way
//! a program gives the same results. Divergences from CPython: `wait_for`, `wait` and
//! `gather` start their timers when called rather than when first awaited, and
//! `as_completed` yields futures rather than coroutines.

use super::ModuleFn;
use crate::builtins::ArgParser;
use crate::compile::code::CodeKind;
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::{FutKind, FutState, LazyCall, LazyKind, Obj, SyncPrim, Waiter};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The module's constants and classes.
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let mut out = vec![
        ("CancelledError", Value::Type(Ty::CancelledError)),
        ("TimeoutError", Value::Type(Ty::TimeoutError)),
        ("InvalidStateError", Value::Type(Ty::InvalidStateError)),
        ("Task", Value::Type(Ty::Task)),
        ("Future", Value::Type(Ty::Future)),
    ];
    for name in ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"] {
        out.push((name, vm.new_str(name)));
    }
    out
}

/// Calls `asyncio.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::AsyncioSleep => sleep(vm, args),
        ModuleFn::AsyncioGather => gather(vm, args),
        ModuleFn::AsyncioCreateTask => create_task(vm, args),
        ModuleFn::AsyncioEnsureFuture => {
            let a = ArgParser::new("ensure_future", args).bind(vm, &["coro_or_future"], 1)?;
            Ok(Value::Ref(vm.ensure_future(a[0].unwrap_or(Value::None))?))
        }
        ModuleFn::AsyncioWaitFor => wait_for(vm, args),
        ModuleFn::AsyncioAsCompleted => as_completed(vm, args),
        ModuleFn::AsyncioWait => wait(vm, args),
        ModuleFn::AsyncioRun => run(vm, args),
        ModuleFn::AsyncioIscoroutine => {
            let a = ArgParser::new("iscoroutine", args).bind(vm, &["obj"], 1)?;
            let v = a[0].unwrap_or(Value::None);
            let lazy = matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Obj::LazyCall(_)));
            Ok(Value::Bool(lazy || vm.coroutine_of(v).is_some()))
        }
        ModuleFn::AsyncioIscoroutinefunction => {
            let a = ArgParser::new("iscoroutinefunction", args).bind(vm, &["func"], 1)?;
            let r = match a[0].unwrap_or(Value::None) {
                Value::Ref(id) => {
                    matches!(vm.heap.get(id), Obj::Function(f) if f.code.kind == CodeKind::Coroutine)
                }
                Value::Tool(t) => matches!(
                    vm.tools.get(t as usize).map(|e| &e.tool),
                    Some(minion_tool::AnyTool::Async(_))
                ),
                _ => false,
            };
            Ok(Value::Bool(r))
        }
        ModuleFn::AsyncioSemaphore => {
            let a = ArgParser::new("Semaphore", args).bind(vm, &["value"], 0)?;
            let value = match a[0] {
                Some(v) => vm.expect_i64(v)?,
                None => 1,
            };
            if value < 0 {
                return Err(value_error("Semaphore initial value must be >= 0"));
            }
            Ok(new_prim(vm, false, value))
        }
        ModuleFn::AsyncioLock => {
            ArgParser::new("Lock", args).positional(0, 0)?;
            Ok(new_prim(vm, true, 1))
        }
        _ => Err(Raise::internal("not an asyncio function")),
    }
}

fn new_prim(vm: &mut Vm, is_lock: bool, value: i64) -> Value {
    vm.alloc(Obj::SyncPrim(Box::new(SyncPrim {
        is_lock,
        value,
        waiters: Default::default(),
    })))
}

fn seconds(vm: &Vm, v: Value, what: &str) -> PyResult<f64> {
    match vm.to_f64(v) {
        Some(r) => r,
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as {what}",
            vm.type_name(v)
        ))),
    }
}

/// `sleep(delay, result=None)`: a coroutine that finishes after `delay` seconds.
fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("sleep", args).bind(vm, &["delay", "result"], 1)?;
    let delay = a[0].unwrap_or(Value::None);
    let secs = seconds(vm, delay, "a number of seconds")?;
    let result = a[1].unwrap_or(Value::None);
    Ok(vm.alloc(Obj::LazyCall(Box::new(LazyCall {
        kind: LazyKind::Sleep { secs, result },
        started: None,
        awaited: false,
    }))))
}

/// `gather(*aws, return_exceptions=False)`.
fn gather(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pos, kw) =
        ArgParser::new("gather", args).with_keywords(vm, 0, usize::MAX, &["return_exceptions"])?;
    let return_exceptions = match kw[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut children: Vec<Value> = Vec::with_capacity(pos.len());
    // The same awaitable twice is one future, as in CPython (`arg_to_fut`).
    let mut seen: Vec<(Value, Value)> = Vec::new();
    for a in pos {
        if let Some((_, f)) = seen.iter().find(|(x, _)| x.is(a)) {
            children.push(*f);
            continue;
        }
        let f = Value::Ref(vm.ensure_future(a)?);
        if matches!(a, Value::Ref(_)) {
            seen.push((a, f));
        }
        children.push(f);
    }
    Ok(Value::Ref(gather_futures(vm, children, return_exceptions)))
}

/// The future `gather` returns over `children` (futures): their results in order.
pub(super) fn gather_futures(vm: &mut Vm, children: Vec<Value>, return_exceptions: bool) -> HeapId {
    let n = children.len();
    let outer = vm.new_future(FutKind::Gather {
        children: children.clone(),
        results: vec![Value::Undef; n],
        remaining: n,
        return_exceptions,
    });
    if n == 0 {
        let empty = vm.new_list(vec![]);
        vm.complete(outer, FutState::Done(empty));
    }
    for (i, c) in children.into_iter().enumerate() {
        if let Value::Ref(c) = c {
            vm.add_waiter(
                c,
                Waiter::Gather {
                    outer,
                    index: i as u32,
                },
            );
        }
    }
    outer
}

/// The timer of a `timeout=` argument (`None` means no timeout).
fn timeout_timer(vm: &mut Vm, timeout: Option<Value>) -> PyResult<Option<HeapId>> {
    match timeout {
        Some(v) if !v.is_none() => {
            let secs = seconds(vm, v, "a timeout")?;
            let t = vm.new_future(FutKind::Plain);
            vm.add_timer(secs, t, Value::None)?;
            Ok(Some(t))
        }
        _ => Ok(None),
    }
}

/// `create_task(coro, *, name=None)`.
fn create_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pos, kw) = ArgParser::new("create_task", args).with_keywords(vm, 1, 1, &["name"])?;
    let name = match kw[0] {
        Some(Value::None) | None => None,
        Some(v) => Some(vm.str_ref(v)?.to_string()),
    };
    let v = pos[0];
    if let Some(gen) = vm.coroutine_of(v) {
        if !matches!(vm.heap.get(gen), Obj::Generator(g) if g.ip == Some(0) && !g.running) {
            return Err(Raise::new(
                Ty::RuntimeError,
                "cannot reuse already awaited coroutine",
            ));
        }
        return Ok(Value::Ref(vm.create_task(gen, name)));
    }
    let is_awaitable = matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Obj::LazyCall(_)));
    if vm.sched.strict_await && !is_awaitable {
        let r = vm.repr(v)?;
        return Err(type_error(format!("a coroutine was expected, got {r}")));
    }
    Ok(Value::Ref(vm.ensure_future(v)?))
}

/// `wait_for(aw, timeout)`.
fn wait_for(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("wait_for", args).bind(vm, &["fut", "timeout"], 2)?;
    let inner = vm.ensure_future(a[0].unwrap_or(Value::None))?;
    let timeout = a[1].unwrap_or(Value::None);
    if timeout.is_none() {
        return Ok(Value::Ref(inner));
    }
    let secs = seconds(vm, timeout, "a timeout")?;
    let timer = vm.new_future(FutKind::Plain);
    vm.add_timer(secs, timer, Value::None)?;
    let outer = vm.new_future(FutKind::WaitFor {
        inner: Value::Ref(inner),
        timer: Some(timer),
        timed_out: false,
    });
    vm.add_waiter(inner, Waiter::WaitFor(outer));
    vm.add_waiter(timer, Waiter::WaitFor(outer));
    Ok(Value::Ref(outer))
}

/// The futures of the awaitables in iterable `fs`, without repeats.
fn futures_of(vm: &mut Vm, fs: Value) -> PyResult<Vec<Value>> {
    let items = vm.collect_iterable(fs)?;
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for it in items {
        let f = Value::Ref(vm.ensure_future(it)?);
        if !out.iter().any(|o| o.is(f)) {
            out.push(f);
        }
    }
    Ok(out)
}

/// `as_completed(fs, *, timeout=None)`: an iterator of futures giving the results in
/// the order they finish.
fn as_completed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pos, kw) = ArgParser::new("as_completed", args).with_keywords(vm, 1, 1, &["timeout"])?;
    let children = futures_of(vm, pos[0])?;
    let outs: Vec<_> = (0..children.len())
        .map(|_| vm.new_future(FutKind::Plain))
        .collect();
    let timer = timeout_timer(vm, kw[0])?;
    let hub = vm.new_future(FutKind::AsCompleted {
        outs: outs.clone(),
        next: 0,
        timer,
    });
    for c in children {
        if let Value::Ref(c) = c {
            vm.add_waiter(c, Waiter::AsCompleted(hub));
        }
    }
    if let Some(t) = timer {
        vm.add_waiter(t, Waiter::AsCompleted(hub));
    }
    // The children hold the hub (as their waiter) until the last one finishes.
    let list = vm.new_list(outs.into_iter().map(Value::Ref).collect());
    vm.get_iter(list)
}

/// `wait(fs, *, timeout=None, return_when=ALL_COMPLETED)`: `(done, pending)`.
fn wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pos, kw) =
        ArgParser::new("wait", args).with_keywords(vm, 1, 1, &["timeout", "return_when"])?;
    let return_when = match kw[1] {
        None => 0,
        Some(v) => match vm.str_ref(v).ok() {
            Some("ALL_COMPLETED") => 0,
            Some("FIRST_COMPLETED") => 1,
            Some("FIRST_EXCEPTION") => 2,
            _ => {
                let r = vm.repr(v)?;
                return Err(value_error(format!("Invalid return_when value: {r}")));
            }
        },
    };
    let children = futures_of(vm, pos[0])?;
    if children.is_empty() {
        return Err(value_error("Set of Tasks/Futures is empty."));
    }
    let timer = timeout_timer(vm, kw[0])?;
    let outer = vm.new_future(FutKind::Wait {
        children: children.clone(),
        return_when,
        timer,
    });
    for c in children {
        if let Value::Ref(c) = c {
            vm.add_waiter(c, Waiter::Wait(outer));
        }
    }
    if let Some(t) = timer {
        vm.add_waiter(t, Waiter::Wait(outer));
    }
    Ok(Value::Ref(outer))
}

/// `run(main)`: awaits `main` where it is called (the program already runs on the
/// event loop, so this is `await main`).
fn run(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pos, _) = ArgParser::new("run", args).with_keywords(vm, 1, 1, &["debug"])?;
    let v = pos[0];
    if vm.native_depth > 1 {
        return Err(Raise::new(
            Ty::RuntimeError,
            "asyncio.run() cannot be called from a running event loop",
        ));
    }
    let awaitable = vm.coroutine_of(v).is_some()
        || matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Obj::LazyCall(_) | Obj::Future(_)));
    if !awaitable && vm.sched.strict_await {
        let r = vm.repr(v)?;
        return Err(value_error(format!("a coroutine was expected, got {r}")));
    }
    vm.sched.await_request = true;
    Ok(v)
}
