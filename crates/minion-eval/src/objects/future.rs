//! The heap objects of `asyncio`: futures (and tasks, which are futures driven by a
//! coroutine), lazy calls (an async tool call or `asyncio.sleep` not yet awaited) and
//! the synchronisation primitives.
//!
//! A future completes once; everything waiting on it is a [`Waiter`], woken through the
//! scheduler's ready queue in registration order, as CPython's `Future` schedules its
//! callbacks with `call_soon`.

use std::collections::VecDeque;

use minion_tool::ToolArgs;

use crate::heap::HeapId;
use crate::value::Value;

/// Where a future stands.
#[derive(Debug, Clone, Copy)]
pub enum FutState {
    /// Not finished yet.
    Pending,
    /// Finished with a result.
    Done(Value),
    /// Finished with an exception (an exception object).
    Failed(Value),
    /// Cancelled.
    Cancelled,
}

/// Something to notify when a future completes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waiter {
    /// A task parked on the future (the task's own future).
    Task(HeapId),
    /// Child `index` of the `gather` future `outer`.
    Gather {
        /// The gathering future.
        outer: HeapId,
        /// The child's position in the arguments.
        index: u32,
    },
    /// The awaitable inside `wait_for` future `outer`.
    WaitFor(HeapId),
    /// A child of an `asyncio.wait` future.
    Wait(HeapId),
    /// A child of an `as_completed` hub.
    AsCompleted(HeapId),
}

/// What a future is for.
#[derive(Debug)]
pub enum FutKind {
    /// A plain future completed by the scheduler (`sleep`, `as_completed` results,
    /// lock acquisitions).
    Plain,
    /// A task: the coroutine `coro` runs in scheduler slot `slot`.
    Task {
        /// Scheduler slot of the task (valid while the task is pending).
        slot: u32,
        /// The coroutine being driven.
        coro: Value,
        /// `Task-N` or the name given to `create_task`.
        name: String,
    },
    /// An async tool call in flight (driver request `op`).
    Op {
        /// Request id.
        op: u64,
    },
    /// `asyncio.gather`: completes when every child has.
    Gather {
        /// The child futures, in argument order.
        children: Vec<Value>,
        /// Results so far, in argument order (`Undef` while pending).
        results: Vec<Value>,
        /// Children still pending.
        remaining: usize,
        /// Whether exceptions are results rather than failures.
        return_exceptions: bool,
    },
    /// `asyncio.wait_for`: the inner future and its timeout timer.
    WaitFor {
        /// The awaited future.
        inner: Value,
        /// The timeout timer (a plain future), if a timeout was given.
        timer: Option<HeapId>,
        /// Whether the timer fired (the inner future is being cancelled).
        timed_out: bool,
    },
    /// `asyncio.wait`: completes when `return_when` is satisfied or on timeout.
    Wait {
        /// The child futures.
        children: Vec<Value>,
        /// 0 = ALL_COMPLETED, 1 = FIRST_COMPLETED, 2 = FIRST_EXCEPTION.
        return_when: u8,
        /// The timeout timer, if any.
        timer: Option<HeapId>,
    },
    /// `asyncio.as_completed`: hands each finished child's outcome to the next
    /// output future.
    AsCompleted {
        /// The output futures, in the order they are handed out.
        outs: Vec<HeapId>,
        /// How many outputs are already completed.
        next: usize,
        /// The timeout timer, if any.
        timer: Option<HeapId>,
    },
}

/// An `asyncio` future (or task).
#[derive(Debug)]
pub struct PyFuture {
    /// Where it stands.
    pub state: FutState,
    /// Who to notify on completion, in registration order.
    pub waiters: Vec<Waiter>,
    /// What it is for.
    pub kind: FutKind,
}

impl PyFuture {
    /// A pending future of `kind`.
    pub fn new(kind: FutKind) -> Self {
        PyFuture {
            state: FutState::Pending,
            waiters: Vec::new(),
            kind,
        }
    }

    /// Whether it has finished (in any way).
    pub fn is_done(&self) -> bool {
        !matches!(self.state, FutState::Pending)
    }

    /// Values the collector must keep alive.
    pub fn children(&self, out: &mut Vec<Value>) {
        match self.state {
            FutState::Done(v) | FutState::Failed(v) => out.push(v),
            _ => {}
        }
        for w in &self.waiters {
            let id = match *w {
                Waiter::Task(id)
                | Waiter::Gather { outer: id, .. }
                | Waiter::WaitFor(id)
                | Waiter::Wait(id)
                | Waiter::AsCompleted(id) => id,
            };
            out.push(Value::Ref(id));
        }
        match &self.kind {
            FutKind::Plain | FutKind::Op { .. } => {}
            FutKind::Task { coro, .. } => out.push(*coro),
            FutKind::Gather {
                children, results, ..
            } => {
                out.extend_from_slice(children);
                out.extend_from_slice(results);
            }
            FutKind::WaitFor { inner, timer, .. } => {
                out.push(*inner);
                out.extend(timer.map(Value::Ref));
            }
            FutKind::Wait {
                children, timer, ..
            } => {
                out.extend_from_slice(children);
                out.extend(timer.map(Value::Ref));
            }
            FutKind::AsCompleted { outs, timer, .. } => {
                out.extend(outs.iter().map(|o| Value::Ref(*o)));
                out.extend(timer.map(Value::Ref));
            }
        }
    }
}

/// What a lazy call does once awaited.
#[derive(Debug)]
pub enum LazyKind {
    /// Call async tool `tool` with these (already bound) arguments; `None` once taken.
    Tool {
        /// Index in the VM's tool table.
        tool: u32,
        /// The bound arguments.
        args: Option<ToolArgs>,
    },
    /// `asyncio.sleep(secs, result)`.
    Sleep {
        /// Seconds to wait (`<= 0` yields once).
        secs: f64,
        /// What the `await` evaluates to.
        result: Value,
    },
}

/// A coroutine-like object that starts when first awaited: an async tool call made
/// in the async executor (or with `strict_await`), or an `asyncio.sleep(...)`.
#[derive(Debug)]
pub struct LazyCall {
    /// What it does.
    pub kind: LazyKind,
    /// The future it started, once awaited.
    pub started: Option<HeapId>,
    /// Whether it was awaited explicitly (a second `await` is CPython's
    /// `RuntimeError`; a first use that settled it leniently does not count).
    pub awaited: bool,
}

impl LazyCall {
    /// Values the collector must keep alive.
    pub fn children(&self, out: &mut Vec<Value>) {
        if let LazyKind::Sleep { result, .. } = self.kind {
            out.push(result);
        }
        out.extend(self.started.map(Value::Ref));
    }
}

/// `asyncio.Semaphore` / `asyncio.Lock` (a lock is a semaphore of one).
#[derive(Debug)]
pub struct SyncPrim {
    /// Whether this is a `Lock`.
    pub is_lock: bool,
    /// Free permits.
    pub value: i64,
    /// Futures of tasks waiting to acquire, first come first served.
    pub waiters: VecDeque<HeapId>,
}

impl SyncPrim {
    /// Values the collector must keep alive.
    pub fn children(&self, out: &mut Vec<Value>) {
        out.extend(self.waiters.iter().map(|w| Value::Ref(*w)));
    }
}
