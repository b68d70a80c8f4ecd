//! The `queue` module: `Queue`, `LifoQueue`, `PriorityQueue` (a binary heap ordered by
//! Python's `<`, as CPython's `heapq`), `SimpleQueue`, and the exceptions `Empty`
//! (CPython's `_queue.Empty`) and `Full`.
//!
//! Departure: the sandbox has no threads, so no other thread can ever put into an
//! empty queue, take from a full one, or call `task_done`. A non-blocking call, or a
//! blocking one with a `timeout`, raises `Empty`/`Full` at once (what CPython raises
//! when the timeout expires, without the wait); a blocking call with no timeout, and
//! `join()` with unfinished tasks, would wait forever in CPython and raise
//! `RuntimeError` naming the deadlock here.

use std::collections::VecDeque;

use super::heapq::{sift_down, sift_up};
use super::pyclass::new_class;
use super::string::{lt, PySig};
use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// A queue object's state.
#[derive(Debug, Clone)]
pub struct QueueObj {
    /// `Queue`, `LifoQueue`, `PriorityQueue` or `SimpleQueue`.
    pub ty: Ty,
    /// The items (a heap for `PriorityQueue`).
    pub items: VecDeque<Value>,
    /// `maxsize` (`<= 0`: unbounded).
    pub maxsize: i64,
    /// `unfinished_tasks`.
    pub unfinished: u64,
}

impl QueueObj {
    fn full(&self) -> bool {
        self.maxsize > 0 && self.items.len() as i64 >= self.maxsize
    }
}

/// The module's constants: the classes and the exceptions.
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let base = Some(Value::Type(Ty::Exception));
    let empty = new_class(vm, "Empty", "_queue", base, vec![], 0)
        .map(Value::Ref)
        .unwrap_or(Value::None);
    let full = new_class(vm, "Full", "queue", base, vec![], 0)
        .map(Value::Ref)
        .unwrap_or(Value::None);
    vec![
        ("Empty", empty),
        ("Full", full),
        ("Queue", Value::Type(Ty::Queue)),
        ("LifoQueue", Value::Type(Ty::LifoQueue)),
        ("PriorityQueue", Value::Type(Ty::PriorityQueue)),
        ("SimpleQueue", Value::Type(Ty::SimpleQueue)),
    ]
}

/// Whether `ty` is one of the queue types.
pub fn is_type(ty: Ty) -> bool {
    matches!(
        ty,
        Ty::Queue | Ty::LifoQueue | Ty::PriorityQueue | Ty::SimpleQueue
    )
}

/// `Queue(maxsize=0)` and its kin; `SimpleQueue()`.
pub fn construct(vm: &mut Vm, ty: Ty, args: Args) -> PyResult<Value> {
    let maxsize = if ty == Ty::SimpleQueue {
        if !args.pos.is_empty() || !args.kw.is_empty() {
            return Err(type_error("SimpleQueue() takes no arguments"));
        }
        0
    } else {
        // `maxsize` must be an int here (CPython stores any value and compares it later).
        let a = PySig::new("Queue.__init__", &["maxsize"], 0)
            .bound()
            .bind(vm, args)?
            .args;
        match a[0] {
            None => 0,
            Some(v) => vm.expect_i64(v)?,
        }
    };
    let q = QueueObj {
        ty,
        items: VecDeque::new(),
        maxsize,
        unfinished: 0,
    };
    Ok(vm.alloc(Obj::Queue(Box::new(q))))
}

/// The raise of `queue.Empty` / `queue.Full` (no arguments, as CPython's `raise Empty`).
fn raise_exc(vm: &mut Vm, name: &str) -> Raise {
    let Some(module) = super::load(vm, "queue") else {
        return Raise::internal("queue module missing");
    };
    let sym = vm.interner.intern(name);
    let cls = match vm.heap.get(module.as_ref().expect("module")) {
        Obj::Namespace(ns) => ns.1.iter().find(|(k, _)| *k == sym).map(|(_, v)| *v),
        _ => None,
    };
    let Some(cls) = cls else {
        return Raise::internal("queue exception class missing");
    };
    match vm.call_value(cls, &[], &[]) {
        Ok(Value::Ref(e)) => Raise::Obj(e),
        Ok(_) => Raise::internal("exception class made a non-exception"),
        Err(e) => e,
    }
}

fn deadlock(what: &str) -> Raise {
    Raise::new(
        Ty::RuntimeError,
        format!(
            "deadlock: {what} would block forever (the sandbox has no other threads); \
             use block=False, a timeout, or the *_nowait methods"
        ),
    )
}

/// The methods of a `Queue`/`LifoQueue`/`PriorityQueue`.
pub const METHODS: &[Kn] = &[
    Kn::Put,
    Kn::PutNowait,
    Kn::Get,
    Kn::GetNowait,
    Kn::Qsize,
    Kn::Empty,
    Kn::Full,
    Kn::TaskDone,
    Kn::Join,
];

/// The methods of a `SimpleQueue`.
pub const SIMPLE_METHODS: &[Kn] = &[
    Kn::Put,
    Kn::PutNowait,
    Kn::Get,
    Kn::GetNowait,
    Kn::Qsize,
    Kn::Empty,
];

fn queue_mut(vm: &mut Vm, id: HeapId) -> &mut QueueObj {
    match vm.heap.get_mut(id) {
        Obj::Queue(q) => q,
        _ => unreachable!("checked queue"),
    }
}

/// Whether a call with `block`/`timeout` may wait; `Ok(false)` raises Empty/Full at
/// once, `Ok(true)` is the deadlock (checks the timeout as CPython does).
fn may_wait(vm: &mut Vm, block: Option<Value>, timeout: Option<Value>) -> PyResult<bool> {
    let block = match block {
        Some(b) => vm.truthy(b)?,
        None => true,
    };
    if !block {
        return Ok(false);
    }
    match timeout {
        None | Some(Value::None) => Ok(true),
        Some(t) => {
            if lt(vm, t, Value::Int(0))? {
                return Err(value_error("'timeout' must be a non-negative number"));
            }
            Ok(false)
        }
    }
}

/// Adds `item` (heap order for a `PriorityQueue`).
fn push(vm: &mut Vm, id: HeapId, item: Value) -> PyResult<()> {
    let q = queue_mut(vm, id);
    let before = q.items.capacity();
    q.items.push_back(item);
    q.unfinished += 1;
    let grew = q.items.capacity().saturating_sub(before) * 16;
    let prio = q.ty == Ty::PriorityQueue;
    vm.heap.grew(grew);
    if prio {
        let mut items = std::mem::take(&mut queue_mut(vm, id).items);
        let n = items.len();
        let r = sift_down(vm, items.make_contiguous(), 0, n - 1, &mut |vm, a, b| {
            lt(vm, *a, *b)
        });
        queue_mut(vm, id).items = items;
        r?;
    }
    Ok(())
}

/// Takes the next item (`None` when empty).
fn pop(vm: &mut Vm, id: HeapId) -> PyResult<Option<Value>> {
    let q = queue_mut(vm, id);
    match q.ty {
        Ty::LifoQueue => Ok(q.items.pop_back()),
        Ty::PriorityQueue => {
            let mut items = std::mem::take(&mut q.items);
            let Some(last) = items.pop_back() else {
                return Ok(None);
            };
            if items.is_empty() {
                return Ok(Some(last));
            }
            let top = std::mem::replace(&mut items[0], last);
            let r = sift_up(vm, items.make_contiguous(), 0, &mut |vm, a, b| {
                lt(vm, *a, *b)
            });
            queue_mut(vm, id).items = items;
            r?;
            Ok(Some(top))
        }
        _ => Ok(q.items.pop_front()),
    }
}

/// Binds a method's arguments: with the messages of a Python method (`Queue.put() missing
/// 1 required positional argument: 'item'`) for the classes CPython writes in Python,
/// of a C method for `SimpleQueue`.
fn bind(
    vm: &Vm,
    ty: Ty,
    name: &str,
    params: &[&str],
    required: usize,
    args: Args,
) -> PyResult<Vec<Option<Value>>> {
    if ty == Ty::SimpleQueue {
        if params.is_empty() {
            let n = args.pos.len() + args.kw.len();
            return match n {
                0 => Ok(Vec::new()),
                _ if name == "get_nowait" => Err(type_error("get_nowait() takes no arguments")),
                _ => Err(type_error(format!(
                    "SimpleQueue.{name}() takes no arguments ({n} given)"
                ))),
            };
        }
        return ArgParser::new(name, args).bind(vm, params, required);
    }
    let qualname = format!("Queue.{name}");
    Ok(PySig::new(&qualname, params, required)
        .bound()
        .bind(vm, args)?
        .args)
}

/// Calls method `kn` of queue `recv`.
pub fn call_method(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let Some(id) = recv.as_ref() else {
        return Err(type_error("expected a queue"));
    };
    let Obj::Queue(q) = vm.heap.get(id) else {
        return Err(type_error("expected a queue"));
    };
    let ty = q.ty;
    let name = kn.as_str();
    match kn {
        Kn::Put | Kn::PutNowait => {
            let (item, wait) = if kn == Kn::Put {
                let a = bind(vm, ty, name, &["item", "block", "timeout"], 1, args)?;
                let item = a[0].unwrap_or(Value::None);
                // CPython looks at `block`/`timeout` only for a bounded queue.
                let bounded = queue_mut(vm, id).maxsize > 0;
                let wait = bounded && may_wait(vm, a[1], a[2])?;
                (item, wait)
            } else {
                let a = bind(vm, ty, name, &["item"], 1, args)?;
                (a[0].unwrap_or(Value::None), false)
            };
            if queue_mut(vm, id).full() {
                if wait {
                    return Err(deadlock("put() on a full queue"));
                }
                return Err(raise_exc(vm, "Full"));
            }
            push(vm, id, item)?;
            Ok(Value::None)
        }
        Kn::Get | Kn::GetNowait => {
            let wait = if kn == Kn::Get {
                let a = bind(vm, ty, name, &["block", "timeout"], 0, args)?;
                may_wait(vm, a[0], a[1])?
            } else {
                bind(vm, ty, name, &[], 0, args)?;
                false
            };
            match pop(vm, id)? {
                Some(v) => Ok(v),
                None if wait => Err(deadlock("get() on an empty queue")),
                None => Err(raise_exc(vm, "Empty")),
            }
        }
        Kn::Qsize | Kn::Empty | Kn::Full => {
            bind(vm, ty, name, &[], 0, args)?;
            let q = queue_mut(vm, id);
            Ok(match kn {
                Kn::Qsize => Value::Int(q.items.len() as i64),
                Kn::Empty => Value::Bool(q.items.is_empty()),
                _ => Value::Bool(q.full()),
            })
        }
        Kn::TaskDone if ty != Ty::SimpleQueue => {
            bind(vm, ty, name, &[], 0, args)?;
            let q = queue_mut(vm, id);
            if q.unfinished == 0 {
                return Err(value_error("task_done() called too many times"));
            }
            q.unfinished -= 1;
            Ok(Value::None)
        }
        Kn::Join if ty != Ty::SimpleQueue => {
            bind(vm, ty, name, &[], 0, args)?;
            let n = queue_mut(vm, id).unfinished;
            if n > 0 {
                return Err(deadlock(&format!(
                    "join() with {n} unfinished task(s) (call task_done() once per get())"
                )));
            }
            Ok(Value::None)
        }
        _ => Err(Raise::internal("not a queue method")),
    }
}

/// Data attributes of a queue (`maxsize`, `unfinished_tasks`; not on `SimpleQueue`).
pub fn attr(q: &QueueObj, name: &str) -> Option<Value> {
    if q.ty == Ty::SimpleQueue {
        return None;
    }
    match name {
        "maxsize" => Some(Value::Int(q.maxsize)),
        "unfinished_tasks" => Some(Value::Int(q.unfinished as i64)),
        _ => None,
    }
}

/// `<queue.Queue object at 0x...>`.
pub fn repr(q: &QueueObj, id: HeapId) -> String {
    let name = match q.ty {
        Ty::SimpleQueue => q.ty.name().to_string(),
        t => format!("queue.{}", t.name()),
    };
    format!("<{name} object at 0x{:012x}>", id.index() * 16)
}
