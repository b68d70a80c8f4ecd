//! Methods of `asyncio` futures and tasks (`done`, `result`, `exception`, `cancel`,
//! `cancelled`, `get_name`) and of `Semaphore`/`Lock` (`acquire`, `release`,
//! `locked`, and `__aenter__`/`__aexit__` for `async with`).

use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::{FutKind, FutState, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Methods of `Future`.
pub const FUTURE_METHODS: &[Kn] = &[
    Kn::Done,
    Kn::Result,
    Kn::Exception,
    Kn::Cancel,
    Kn::Cancelled,
];

/// Methods of `Task`.
pub const TASK_METHODS: &[Kn] = &[
    Kn::Done,
    Kn::Result,
    Kn::Exception,
    Kn::Cancel,
    Kn::Cancelled,
    Kn::GetName,
];

/// Methods of async generators.
pub const ASYNC_GEN_METHODS: &[Kn] = &[Kn::DunderAnext, Kn::Aclose];

/// Calls async generator method `kn` of `recv`: `__anext__()` is `anext(recv)`;
/// `aclose()` closes it (its `finally` blocks run now, so they cannot `await`) and
/// returns a finished awaitable.
pub fn call_async_gen(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let Value::Ref(gen) = recv else {
        return Err(Raise::internal("async generator method on a non-generator"));
    };
    if kn == Kn::DunderAnext {
        ArgParser::new("__anext__", args).positional(0, 0)?;
        return Ok(vm.alloc(Obj::Anext(gen, Value::Undef)));
    }
    ArgParser::new("aclose", args).positional(0, 0)?;
    vm.gen_close(gen)?;
    let fut = vm.new_future(FutKind::Plain);
    vm.complete(fut, FutState::Done(Value::None));
    Ok(Value::Ref(fut))
}

/// Methods of `Semaphore` and `Lock`.
pub const PRIM_METHODS: &[Kn] = &[
    Kn::Acquire,
    Kn::Release,
    Kn::Locked,
    Kn::DunderAenter,
    Kn::DunderAexit,
];

fn state(vm: &Vm, id: HeapId) -> PyResult<FutState> {
    match vm.heap.get(id) {
        Obj::Future(f) => Ok(f.state),
        _ => Err(Raise::internal("future method on a non-future")),
    }
}

fn cancelled_error() -> Raise {
    Raise::with_arg(Ty::CancelledError, Value::Undef)
}

/// Calls future or task method `kn` of `recv`.
pub fn call(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let Value::Ref(id) = recv else {
        return Err(Raise::internal("future method on a non-future"));
    };
    let name = match kn {
        Kn::Done => "done",
        Kn::Result => "result",
        Kn::Exception => "exception",
        Kn::Cancel => "cancel",
        Kn::Cancelled => "cancelled",
        _ => "get_name",
    };
    if kn == Kn::Cancel {
        ArgParser::new(name, args).bind(vm, &["msg"], 0)?;
        return Ok(Value::Bool(vm.cancel(id)));
    }
    ArgParser::new(name, args).positional(0, 0)?;
    let st = state(vm, id)?;
    match kn {
        Kn::Done => Ok(Value::Bool(!matches!(st, FutState::Pending))),
        Kn::Cancelled => Ok(Value::Bool(matches!(st, FutState::Cancelled))),
        Kn::Result => match st {
            FutState::Pending => Err(Raise::new(Ty::InvalidStateError, "Result is not set.")),
            _ => vm.future_outcome(recv),
        },
        Kn::Exception => match st {
            FutState::Pending => Err(Raise::new(Ty::InvalidStateError, "Exception is not set.")),
            FutState::Cancelled => Err(cancelled_error()),
            FutState::Failed(e) => Ok(e),
            FutState::Done(_) => Ok(Value::None),
        },
        _ => match vm.heap.get(id) {
            Obj::Future(f) => match &f.kind {
                FutKind::Task { name, .. } => {
                    let n = name.clone();
                    Ok(vm.new_str(n))
                }
                _ => Err(Raise::internal("get_name on a non-task")),
            },
            _ => Err(Raise::internal("get_name on a non-task")),
        },
    }
}

/// Calls `Semaphore`/`Lock` method `kn` of `recv`.
pub fn call_prim(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let Value::Ref(id) = recv else {
        return Err(Raise::internal("lock method on a non-lock"));
    };
    match kn {
        Kn::Acquire | Kn::DunderAenter => {
            let name = if kn == Kn::Acquire {
                "acquire"
            } else {
                "__aenter__"
            };
            ArgParser::new(name, args).positional(0, 0)?;
            let result = if kn == Kn::Acquire {
                Value::Bool(true)
            } else {
                Value::None
            };
            let free = match vm.heap.get_mut(id) {
                Obj::SyncPrim(p) if p.value > 0 && p.waiters.is_empty() => {
                    p.value -= 1;
                    true
                }
                _ => false,
            };
            let fut = vm.new_future(FutKind::Plain);
            if free {
                vm.complete(fut, FutState::Done(result));
            } else if let Obj::SyncPrim(p) = vm.heap.get_mut(id) {
                p.waiters.push_back(fut);
            }
            Ok(Value::Ref(fut))
        }
        Kn::Release | Kn::DunderAexit => {
            if kn == Kn::Release {
                ArgParser::new("release", args).positional(0, 0)?;
            } else {
                ArgParser::new("__aexit__", args).positional(3, 3)?;
            }
            release(vm, id)?;
            if kn == Kn::Release {
                return Ok(Value::None);
            }
            let fut = vm.new_future(FutKind::Plain);
            vm.complete(fut, FutState::Done(Value::Bool(false)));
            Ok(Value::Ref(fut))
        }
        _ => {
            ArgParser::new("locked", args).positional(0, 0)?;
            Ok(Value::Bool(
                matches!(vm.heap.get(id), Obj::SyncPrim(p) if p.value == 0),
            ))
        }
    }
}

/// Gives a permit back: to the first task still waiting for one, else to the pool.
fn release(vm: &mut Vm, id: HeapId) -> PyResult<()> {
    if let Obj::SyncPrim(p) = vm.heap.get(id) {
        if p.is_lock && p.value > 0 {
            return Err(Raise::new(Ty::RuntimeError, "Lock is not acquired."));
        }
    }
    loop {
        let next = match vm.heap.get_mut(id) {
            Obj::SyncPrim(p) => p.waiters.pop_front(),
            _ => None,
        };
        match next {
            // A waiter cancelled meanwhile does not take the permit.
            Some(w) => {
                if vm.complete(w, FutState::Done(Value::Bool(true))) {
                    return Ok(());
                }
            }
            None => {
                if let Obj::SyncPrim(p) = vm.heap.get_mut(id) {
                    p.value += 1;
                }
                return Ok(());
            }
        }
    }
}
