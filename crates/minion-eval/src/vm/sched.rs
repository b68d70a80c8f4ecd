//! The event loop inside the VM: tasks, the ready queue, timers and the async tool
//! calls in flight. Both executors drive it the same way (DESIGN.md, "One core, two
//! drivers"): [`Vm::run_round`] runs what is ready and returns; when nothing is, the
//! driver waits for a tool call to finish ([`Vm::poll_tools`]) or for the next timer
//! ([`Vm::next_deadline`], [`Vm::fire_timers`]) and calls `run_round` again.
//!
//! Every task has its own frame stack: the running task's frames live in `Vm::frames`
//! and `Vm::stack`, a parked task's in its [`TaskSlot`]. So a task can park at any
//! instruction boundary of its outermost run loop, whatever mix of functions,
//! coroutines and async generators is on its stack. The program itself is task 0.
//!
//! The order of events is CPython's: the ready queue holds callbacks (a task step, a
//! future's completion notice, a timer) run first in, first out, one round at a time,
//! and a future notifies its waiters through the queue in the order they registered.

use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use futures::future::{AbortHandle, Abortable, BoxFuture};
use futures::stream::FuturesUnordered;
use futures::{FutureExt, StreamExt};
use minion_tool::{AnyTool, ToolArgs, ToolError, Value as ToolValue};

use super::frame::{Frame, FrameKind};
use super::run::Exit;
use super::Vm;
use crate::error::{LimitError, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::{Exception, FutKind, FutState, Obj, PyFuture, Waiter};
use crate::types::Ty;
use crate::value::Value;

/// How a tool call in flight ended.
enum ToolOutcome {
    Value(ToolValue),
    Error(ToolError),
    Panic(String),
    Aborted,
}

/// What a task does when it next runs.
#[derive(Debug)]
pub enum Resume {
    /// Start the coroutine (a generator handle) from its first instruction.
    Start(HeapId),
    /// Continue at the saved instruction (it re-executes, see `settle_operands`).
    Continue,
    /// The awaited future is at the top of the stack: replace it by its result.
    AwaitTos,
    /// Push this value (the result of `await asyncio.sleep(0)`) and continue.
    Push(Value),
    /// A task around a lazy call: finish with this future's outcome.
    Adopt(HeapId),
}

/// A task's saved state while another one runs.
#[derive(Debug)]
pub struct TaskSlot {
    /// The task's future.
    pub fut: HeapId,
    frames: Vec<Frame>,
    stack: Vec<Value>,
    exc_info: Vec<Value>,
    resume: Resume,
    /// The future the task is parked on.
    waiting_on: Option<HeapId>,
    /// `cancel()` was called: `CancelledError` is raised in it when it next runs.
    cancel_requested: bool,
}

/// A callback in the ready queue.
#[derive(Debug, Clone, Copy)]
enum Ready {
    /// Run a step of the task whose future this is.
    Step(HeapId),
    /// Tell `Waiter` that the future finished.
    Notify(Waiter, HeapId),
    /// A timer fired: complete the future with the value.
    Timer(HeapId, Value),
}

/// A pending timer, ordered by deadline then creation.
#[derive(Debug)]
struct Timer {
    at: Instant,
    seq: u64,
    fut: HeapId,
    result: Value,
}

impl PartialEq for Timer {
    fn eq(&self, other: &Self) -> bool {
        (self.at, self.seq) == (other.at, other.seq)
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Timer {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.at, self.seq).cmp(&(other.at, other.seq))
    }
}

struct Op {
    fut: HeapId,
    tool: u32,
    deadline: Instant,
    abort: AbortHandle,
}

/// The scheduler's state (one per VM).
pub struct Sched {
    slots: Vec<Option<TaskSlot>>,
    free: Vec<u32>,
    ready: VecDeque<Ready>,
    current: u32,
    timers: BinaryHeap<Reverse<Timer>>,
    seq: u64,
    inflight: FuturesUnordered<BoxFuture<'static, (u64, ToolOutcome)>>,
    ops: HashMap<u64, Op>,
    next_op: u64,
    tasks_created: u64,
    waiting_since: Option<Instant>,
    /// Lazy tool calls made in this run and not yet consumed by `await` or an
    /// `asyncio` function: while non-zero, operands are checked for them (leniency).
    pub unawaited: usize,
    /// Set by a native (`asyncio.run`) whose result the calling instruction must await.
    pub await_request: bool,
    /// Whether the driver may block this thread (the sync executor): then a tool
    /// result first used inside a callback of a builtin is waited for on the spot.
    pub can_block: bool,
    /// CPython's `await` rules: awaiting a plain value is a `TypeError`, and tool
    /// results are not awaited implicitly.
    pub strict_await: bool,
    /// Longest wait for one tool call (or one sleep).
    pub tool_timeout: Duration,
    /// Tool calls allowed per run.
    pub max_tool_calls: u64,
    /// Tool calls made in this run.
    pub tool_calls: u64,
}

impl Default for Sched {
    fn default() -> Self {
        Sched {
            slots: Vec::new(),
            free: Vec::new(),
            ready: VecDeque::new(),
            current: 0,
            timers: BinaryHeap::new(),
            seq: 0,
            inflight: FuturesUnordered::new(),
            ops: HashMap::new(),
            next_op: 0,
            tasks_created: 0,
            waiting_since: None,
            unawaited: 0,
            await_request: false,
            can_block: true,
            strict_await: false,
            tool_timeout: Duration::from_secs(30),
            max_tool_calls: 10_000,
            tool_calls: 0,
        }
    }
}

/// What [`Vm::run_round`] left behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Round {
    /// The program (task 0) finished.
    Done,
    /// Tasks are waiting for tool calls or timers.
    Waiting,
}

impl Vm {
    /// Makes the frames on the stack the program's task (task 0), queued to run.
    pub fn start_main(&mut self) {
        self.clear_sched();
        let fut = self
            .heap
            .alloc(Obj::Future(Box::new(PyFuture::new(FutKind::Task {
                slot: 0,
                coro: Value::None,
                name: "Task-0".into(),
            }))));
        let slot = TaskSlot {
            fut,
            frames: std::mem::take(&mut self.frames),
            stack: std::mem::take(&mut self.stack),
            exc_info: std::mem::take(&mut self.exc_info),
            resume: Resume::Continue,
            waiting_on: None,
            cancel_requested: false,
        };
        self.sched.slots.push(Some(slot));
        self.sched.ready.push_back(Ready::Step(fut));
    }

    /// Drops every task, timer and tool call (the run ended or was abandoned).
    pub fn clear_sched(&mut self) {
        let s = &mut self.sched;
        s.slots.clear();
        s.free.clear();
        s.ready.clear();
        s.timers.clear();
        for op in s.ops.values() {
            op.abort.abort();
        }
        s.ops.clear();
        s.inflight = FuturesUnordered::new();
        s.current = 0;
        s.tasks_created = 0;
        s.waiting_since = None;
        s.unawaited = 0;
        s.await_request = false;
        s.tool_calls = 0;
    }

    /// Runs the callbacks that are ready now (not those they make ready).
    pub fn run_round(&mut self) -> PyResult<Round> {
        if let Some(since) = self.sched.waiting_since.take() {
            // The time limit counts evaluation, not waiting.
            self.started += since.elapsed();
        }
        let n = self.sched.ready.len();
        for _ in 0..n {
            let Some(item) = self.sched.ready.pop_front() else {
                break;
            };
            let done = match item {
                Ready::Step(t) => self.step_task(t)?,
                Ready::Notify(w, f) => self.notify(w, f)?,
                Ready::Timer(f, v) => {
                    self.complete(f, FutState::Done(v));
                    false
                }
            };
            if done {
                return Ok(Round::Done);
            }
        }
        if self.sched.ready.is_empty() {
            self.sched.waiting_since = Some(Instant::now());
        }
        Ok(Round::Waiting)
    }

    /// Whether callbacks are ready (the driver should not block).
    pub fn has_ready(&self) -> bool {
        !self.sched.ready.is_empty()
    }

    /// Whether async tool calls are in flight.
    pub fn has_inflight(&self) -> bool {
        !self.sched.ops.is_empty()
    }

    /// The earliest timer or tool-call deadline.
    pub fn next_deadline(&self) -> Option<Instant> {
        let timer = self.sched.timers.peek().map(|t| t.0.at);
        let op = self.sched.ops.values().map(|o| o.deadline).min();
        match (timer, op) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Queues the timers due at `now` and fails the tool calls past their deadline.
    pub fn fire_timers(&mut self, now: Instant) {
        while let Some(t) = self.sched.timers.peek() {
            if t.0.at > now {
                break;
            }
            let Some(Reverse(t)) = self.sched.timers.pop() else {
                break;
            };
            self.sched.ready.push_back(Ready::Timer(t.fut, t.result));
        }
        let late: Vec<u64> = self
            .sched
            .ops
            .iter()
            .filter(|(_, o)| o.deadline <= now)
            .map(|(id, _)| *id)
            .collect();
        for id in late {
            if let Some(op) = self.sched.ops.remove(&id) {
                op.abort.abort();
                let secs = self.sched.tool_timeout.as_secs_f64();
                let exc = self.new_exception(
                    Ty::TimeoutError,
                    format!(
                        "tool '{}' timed out after {secs} s",
                        self.tool_name(op.tool)
                    ),
                );
                self.complete(op.fut, FutState::Failed(exc));
            }
        }
    }

    /// Polls the tool calls in flight; returns whether any finished.
    pub fn poll_tools(&mut self, cx: &mut Context<'_>) -> bool {
        let mut any = false;
        while let Poll::Ready(Some((op, outcome))) = self.sched.inflight.poll_next_unpin(cx) {
            self.finish_op(op, outcome);
            any = true;
        }
        any
    }

    /// Counts a tool call against the run's limit.
    pub fn count_tool_call(&mut self) -> PyResult<()> {
        self.sched.tool_calls += 1;
        if self.sched.tool_calls > self.sched.max_tool_calls {
            return Err(Raise::limit(LimitError::ToolCalls(
                self.sched.max_tool_calls,
            )));
        }
        Ok(())
    }

    /// Starts async tool `index` with `args`; returns its future. A tool that is ready
    /// at once completes here, so awaiting it does not yield to other tasks (as an
    /// `async def` that never suspends does not in CPython).
    pub fn start_tool(&mut self, index: u32, args: ToolArgs) -> PyResult<HeapId> {
        self.count_tool_call()?;
        let Some(entry) = self.tools.get(index as usize) else {
            return Err(Raise::internal("unknown tool"));
        };
        let AnyTool::Async(tool) = entry.tool.clone() else {
            return Err(Raise::internal("deferred call of a sync tool"));
        };
        let op = self.sched.next_op;
        self.sched.next_op += 1;
        let fut = self
            .heap
            .alloc(Obj::Future(Box::new(PyFuture::new(FutKind::Op { op }))));
        let mut call = AssertUnwindSafe(async move { tool.forward(args).await })
            .catch_unwind()
            .boxed();
        // Most tools answer at once: finish those without registering anything.
        let mut cx = Context::from_waker(futures::task::noop_waker_ref());
        if let Poll::Ready(r) = call.poll_unpin(&mut cx) {
            let state = self.outcome_state(index, outcome_of(r));
            self.complete(fut, state);
            return Ok(fut);
        }
        let (abort, reg) = AbortHandle::new_pair();
        let call: BoxFuture<'static, (u64, ToolOutcome)> = Abortable::new(call, reg)
            .map(move |r| (op, r.map_or(ToolOutcome::Aborted, outcome_of)))
            .boxed();
        let deadline = Instant::now() + self.sched.tool_timeout;
        self.sched.ops.insert(
            op,
            Op {
                fut,
                tool: index,
                deadline,
                abort,
            },
        );
        self.sched.inflight.push(call);
        Ok(fut)
    }

    fn finish_op(&mut self, op: u64, outcome: ToolOutcome) {
        let Some(entry) = self.sched.ops.remove(&op) else {
            return; // cancelled or timed out already
        };
        if matches!(outcome, ToolOutcome::Aborted) {
            return;
        }
        let state = self.outcome_state(entry.tool, outcome);
        self.complete(entry.fut, state);
    }

    /// The future state for the outcome of a call of tool `tool`.
    fn outcome_state(&mut self, tool: u32, outcome: ToolOutcome) -> FutState {
        match outcome {
            ToolOutcome::Value(v) => match self.import_value(&v) {
                Ok(v) => FutState::Done(v),
                Err(e) => FutState::Failed(Value::Ref(self.materialize(e))),
            },
            ToolOutcome::Error(e) => {
                let r = self.tool_exception(e);
                FutState::Failed(Value::Ref(self.materialize(r)))
            }
            ToolOutcome::Panic(what) => {
                let msg = format!("tool '{}' panicked: {what}", self.tool_name(tool));
                FutState::Failed(self.new_exception(Ty::RuntimeError, msg))
            }
            ToolOutcome::Aborted => FutState::Cancelled,
        }
    }

    /// An exception object of class `ty` with message `msg`.
    pub fn new_exception(&mut self, ty: Ty, msg: impl Into<String>) -> Value {
        let m = self.new_str(msg.into());
        Value::Ref(
            self.heap
                .alloc(Obj::Exception(Box::new(Exception::new(ty, vec![m])))),
        )
    }

    /// Adds the timer of `asyncio.sleep(secs)`: a sleep longer than the tool timeout
    /// is a limit error (waiting is bounded by it).
    pub fn add_sleep_timer(&mut self, secs: f64, fut: HeapId, result: Value) -> PyResult<()> {
        let limit = self.sched.tool_timeout;
        if secs > limit.as_secs_f64() {
            return Err(Raise::limit(LimitError::Wait(limit)));
        }
        self.add_timer(secs, fut, result)
    }

    /// Adds a timer completing `fut` with `result` after `secs` seconds (a timeout of
    /// `wait_for`, `wait` or `as_completed`: not bounded by the tool timeout, since
    /// what it guards is).
    pub fn add_timer(&mut self, secs: f64, fut: HeapId, result: Value) -> PyResult<()> {
        // Beyond a year is "never" (and keeps `Instant` arithmetic in range).
        let secs = if secs.is_nan() {
            0.0
        } else {
            secs.clamp(0.0, 3.2e7)
        };
        let at = Instant::now() + Duration::from_secs_f64(secs);
        self.sched.seq += 1;
        let seq = self.sched.seq;
        self.sched.timers.push(Reverse(Timer {
            at,
            seq,
            fut,
            result,
        }));
        Ok(())
    }

    /// A new pending plain future.
    pub fn new_future(&mut self, kind: FutKind) -> HeapId {
        self.heap.alloc(Obj::Future(Box::new(PyFuture::new(kind))))
    }

    /// Wraps coroutine (or lazy call) `gen` in a task queued to start; returns the
    /// task's future.
    pub fn create_task(&mut self, gen: HeapId, name: Option<String>) -> HeapId {
        self.sched.tasks_created += 1;
        let slot = match self.sched.free.pop() {
            Some(i) => i,
            None => {
                self.sched.slots.push(None);
                self.sched.slots.len() as u32 - 1
            }
        };
        let name = name.unwrap_or_else(|| format!("Task-{}", self.sched.tasks_created));
        let fut = self.new_future(FutKind::Task {
            slot,
            coro: Value::Ref(gen),
            name,
        });
        self.sched.slots[slot as usize] = Some(TaskSlot {
            fut,
            frames: Vec::new(),
            stack: Vec::new(),
            exc_info: Vec::new(),
            resume: Resume::Start(gen),
            waiting_on: None,
            cancel_requested: false,
        });
        self.sched.ready.push_back(Ready::Step(fut));
        fut
    }

    /// The running task's future.
    pub fn current_task(&self) -> Option<HeapId> {
        self.sched
            .slots
            .get(self.sched.current as usize)
            .and_then(|s| s.as_ref())
            .map(|s| s.fut)
    }

    /// Parks the running task on `fut` (it runs again when `fut` completes, resuming
    /// as `resume` says). Only the outermost run loop of a task can park.
    pub fn park_on(&mut self, fut: HeapId, resume: Resume) -> PyResult<()> {
        self.check_can_park()?;
        let cur = self.sched.current as usize;
        let Some(slot) = self.sched.slots.get_mut(cur).and_then(|s| s.as_mut()) else {
            return Err(Raise::internal("no running task to park"));
        };
        slot.waiting_on = Some(fut);
        slot.resume = resume;
        let me = slot.fut;
        if let Obj::Future(f) = self.heap.get_mut(fut) {
            f.waiters.push(Waiter::Task(me));
        }
        Ok(())
    }

    /// Parks the running task until the next round (`await asyncio.sleep(0)`).
    pub fn park_yield(&mut self, result: Value) -> PyResult<()> {
        self.check_can_park()?;
        let cur = self.sched.current as usize;
        let Some(slot) = self.sched.slots.get_mut(cur).and_then(|s| s.as_mut()) else {
            return Err(Raise::internal("no running task to park"));
        };
        slot.resume = Resume::Push(result);
        let me = slot.fut;
        self.sched.ready.push_back(Ready::Step(me));
        Ok(())
    }

    /// Blocks this thread until `fut` (a tool call's future) finishes: how the sync
    /// executor settles a tool result used inside a callback of a builtin, where the
    /// task cannot park.
    pub fn block_on_future(&mut self, fut: HeapId) -> PyResult<()> {
        let waker = std::task::Waker::from(Arc::new(ThreadWaker(std::thread::current())));
        let mut cx = Context::from_waker(&waker);
        loop {
            self.poll_tools(&mut cx);
            match self.heap.get(fut) {
                Obj::Future(f) if f.is_done() => return Ok(()),
                Obj::Future(_) => {}
                _ => return Err(Raise::internal("block_on_future on a non-future")),
            }
            let now = Instant::now();
            self.fire_timers(now);
            match self.sched.ops.values().map(|o| o.deadline).min() {
                Some(d) if d > now => std::thread::park_timeout(d - now),
                Some(_) => {}
                None => return Err(Raise::limit(LimitError::Deadlock)),
            }
        }
    }

    fn check_can_park(&self) -> PyResult<()> {
        if self.native_depth > 0 || self.sched.slots.is_empty() {
            return Err(Raise::new(
                Ty::RuntimeError,
                "cannot wait for an async result inside a callback called by a builtin \
                 (a key function, map, a generator consumed by list()...); await it in \
                 the coroutine itself",
            ));
        }
        Ok(())
    }

    /// Runs one step of the task whose future is `t`; returns whether the program
    /// (task 0) finished.
    fn step_task(&mut self, t: HeapId) -> PyResult<bool> {
        let slot_index = match self.heap.get(t) {
            Obj::Future(f) if !f.is_done() => match f.kind {
                FutKind::Task { slot, .. } => slot as usize,
                _ => return Ok(false),
            },
            _ => return Ok(false),
        };
        let Some(slot) = self
            .sched
            .slots
            .get_mut(slot_index)
            .and_then(|s| s.as_mut())
        else {
            return Ok(false);
        };
        std::mem::swap(&mut self.frames, &mut slot.frames);
        std::mem::swap(&mut self.stack, &mut slot.stack);
        std::mem::swap(&mut self.exc_info, &mut slot.exc_info);
        let resume = std::mem::replace(&mut slot.resume, Resume::Continue);
        let cancel = std::mem::take(&mut slot.cancel_requested);
        slot.waiting_on = None;
        self.sched.current = slot_index as u32;
        let cancelled = || Raise::with_arg(Ty::CancelledError, Value::Undef);
        let r = match resume {
            Resume::Start(_) if cancel => Err(cancelled()),
            Resume::Start(lazy) if matches!(self.heap.get(lazy), Obj::LazyCall(_)) => {
                match self.start_lazy(lazy, true) {
                    Ok(super::awaiting::Started::Future(f)) => self.adopt(f),
                    Ok(super::awaiting::Started::Yield(v)) => {
                        let f = self.new_future(FutKind::Plain);
                        self.complete(f, FutState::Done(v));
                        self.adopt(f)
                    }
                    Err(e) => Err(e),
                }
            }
            Resume::Adopt(f) => self.future_outcome(Value::Ref(f)).map(Exit::Return),
            Resume::Start(gen) => {
                match self.resume_generator(gen, Value::None, FrameKind::GenStop { gen }) {
                    Ok(true) => self.run_until(0),
                    // Already run to the end by an `await` or another task.
                    Ok(false) => Err(Raise::new(
                        Ty::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    )),
                    Err(e) => Err(e),
                }
            }
            _ if cancel => {
                if matches!(resume, Resume::AwaitTos) {
                    self.stack.pop();
                }
                self.run_until_raising(0, cancelled())
            }
            Resume::Continue => self.run_until(0),
            Resume::Push(v) => {
                self.stack.push(v);
                self.run_until(0)
            }
            Resume::AwaitTos => {
                let f = self.stack.pop().unwrap_or(Value::None);
                match self.future_outcome(f) {
                    Ok(v) => {
                        self.stack.push(v);
                        self.run_until(0)
                    }
                    Err(e) => self.run_until_raising(0, e),
                }
            }
        };
        match r {
            Ok(Exit::Park) => {
                if let Some(slot) = self.sched.slots[slot_index].as_mut() {
                    std::mem::swap(&mut self.frames, &mut slot.frames);
                    std::mem::swap(&mut self.stack, &mut slot.stack);
                    std::mem::swap(&mut self.exc_info, &mut slot.exc_info);
                }
                Ok(false)
            }
            Ok(Exit::Return(v) | Exit::Yield(v)) => self.finish_task(slot_index, Ok(v)),
            Err(e @ Raise::Fatal(_)) => {
                self.frames.clear();
                self.stack.clear();
                Err(e)
            }
            Err(e) => {
                let exc = self.materialize(e);
                self.finish_task(slot_index, Err(exc))
            }
        }
    }

    /// A task around a lazy call takes the call's outcome (at once if finished).
    fn adopt(&mut self, f: HeapId) -> PyResult<Exit> {
        match self.heap.get(f) {
            Obj::Future(x) if x.is_done() => self.future_outcome(Value::Ref(f)).map(Exit::Return),
            _ => {
                self.park_on(f, Resume::Adopt(f))?;
                Ok(Exit::Park)
            }
        }
    }

    fn finish_task(&mut self, slot_index: usize, outcome: Result<Value, HeapId>) -> PyResult<bool> {
        self.frames.clear();
        self.stack.clear();
        self.exc_info.clear();
        let Some(slot) = self.sched.slots[slot_index].take() else {
            return Err(Raise::internal("finished task has no slot"));
        };
        if slot_index == 0 {
            return match outcome {
                Ok(_) => Ok(true),
                Err(exc) => Err(Raise::Obj(exc)),
            };
        }
        self.sched.free.push(slot_index as u32);
        let state = match outcome {
            Ok(v) => FutState::Done(v),
            Err(exc) if self.exc_is(exc, Ty::CancelledError) => FutState::Cancelled,
            Err(exc) => FutState::Failed(Value::Ref(exc)),
        };
        self.complete(slot.fut, state);
        Ok(false)
    }

    /// The result of finished future `f`: its value, or the exception it ended with.
    pub fn future_outcome(&mut self, f: Value) -> PyResult<Value> {
        let Value::Ref(id) = f else {
            return Ok(f);
        };
        match self.heap.get(id) {
            Obj::Future(fut) => match fut.state {
                FutState::Done(v) => Ok(v),
                FutState::Failed(Value::Ref(e)) => Err(Raise::Obj(e)),
                FutState::Failed(_) => Err(Raise::internal("future failed without exception")),
                FutState::Cancelled => Err(Raise::with_arg(Ty::CancelledError, Value::Undef)),
                FutState::Pending => Err(Raise::new(Ty::InvalidStateError, "Result is not set.")),
            },
            _ => Ok(f),
        }
    }

    /// Completes `fut` (if still pending) and queues its waiters' notices.
    pub fn complete(&mut self, fut: HeapId, state: FutState) -> bool {
        let Obj::Future(f) = self.heap.get_mut(fut) else {
            return false;
        };
        if f.is_done() {
            return false;
        }
        f.state = state;
        let waiters = std::mem::take(&mut f.waiters);
        for w in waiters {
            self.sched.ready.push_back(Ready::Notify(w, fut));
        }
        true
    }

    /// Registers `w` to be notified when `fut` completes (at once if it has).
    pub fn add_waiter(&mut self, fut: HeapId, w: Waiter) {
        if let Obj::Future(f) = self.heap.get_mut(fut) {
            if f.is_done() {
                self.sched.ready.push_back(Ready::Notify(w, fut));
            } else {
                f.waiters.push(w);
            }
        }
    }

    fn notify(&mut self, w: Waiter, fut: HeapId) -> PyResult<bool> {
        match w {
            Waiter::Task(t) => {
                let parked_here = match self.heap.get(t) {
                    Obj::Future(f) => match f.kind {
                        FutKind::Task { slot, .. } => self
                            .sched
                            .slots
                            .get(slot as usize)
                            .and_then(|s| s.as_ref())
                            .is_some_and(|s| s.fut == t && s.waiting_on == Some(fut)),
                        _ => false,
                    },
                    _ => false,
                };
                if parked_here {
                    return self.step_task(t);
                }
            }
            Waiter::Gather { outer, index } => self.gather_child_done(outer, index as usize),
            Waiter::WaitFor(outer) => self.wait_for_done(outer, fut),
            Waiter::Wait(outer) => self.wait_child_done(outer, fut),
            Waiter::AsCompleted(hub) => self.as_completed_done(hub, fut),
        }
        Ok(false)
    }

    fn state_of(&self, v: Value) -> FutState {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Future(f) => f.state,
                _ => FutState::Done(v),
            },
            _ => FutState::Done(v),
        }
    }

    /// A `CancelledError` instance (as a gathered result or stored failure).
    fn cancelled_error(&mut self) -> Value {
        Value::Ref(self.heap.alloc(Obj::Exception(Box::new(Exception::new(
            Ty::CancelledError,
            vec![],
        )))))
    }

    fn gather_child_done(&mut self, outer: HeapId, index: usize) {
        let (child, return_exceptions, done) = match self.heap.get(outer) {
            Obj::Future(f) => match &f.kind {
                FutKind::Gather {
                    children,
                    return_exceptions,
                    ..
                } => (children[index], *return_exceptions, f.is_done()),
                _ => return,
            },
            _ => return,
        };
        if done {
            return;
        }
        let state = self.state_of(child);
        if !return_exceptions {
            match state {
                FutState::Cancelled => {
                    let e = self.cancelled_error();
                    self.complete(outer, FutState::Failed(e));
                    return;
                }
                FutState::Failed(e) => {
                    self.complete(outer, FutState::Failed(e));
                    return;
                }
                _ => {}
            }
        }
        let result = match state {
            FutState::Done(v) | FutState::Failed(v) => v,
            FutState::Cancelled => self.cancelled_error(),
            FutState::Pending => return,
        };
        let finished = match self.heap.get_mut(outer) {
            Obj::Future(f) => match &mut f.kind {
                FutKind::Gather {
                    results, remaining, ..
                } => {
                    results[index] = result;
                    *remaining -= 1;
                    (*remaining == 0).then(|| results.clone())
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(results) = finished {
            let list = self.new_list(results);
            self.complete(outer, FutState::Done(list));
        }
    }

    fn wait_for_done(&mut self, outer: HeapId, fut: HeapId) {
        let (inner, timer, timed_out) = match self.heap.get(outer) {
            Obj::Future(f) if !f.is_done() => match &f.kind {
                FutKind::WaitFor {
                    inner,
                    timer,
                    timed_out,
                } => (*inner, *timer, *timed_out),
                _ => return,
            },
            _ => return,
        };
        if Some(fut) == timer {
            // Timed out: cancel the inner awaitable and wait for it to finish.
            if let Obj::Future(f) = self.heap.get_mut(outer) {
                if let FutKind::WaitFor { timed_out, .. } = &mut f.kind {
                    *timed_out = true;
                }
            }
            if let Value::Ref(i) = inner {
                self.cancel(i);
            }
            return;
        }
        if let Some(t) = timer {
            self.cancel(t);
        }
        let state = match self.state_of(inner) {
            FutState::Cancelled if timed_out => {
                FutState::Failed(self.new_exception(Ty::TimeoutError, ""))
            }
            s => s,
        };
        if let FutState::Failed(Value::Ref(e)) = state {
            // `TimeoutError()` has no message.
            if let Obj::Exception(x) = self.heap.get_mut(e) {
                if x.ty == Ty::TimeoutError && timed_out {
                    x.args.clear();
                }
            }
        }
        self.complete(outer, state);
    }

    fn wait_child_done(&mut self, outer: HeapId, fut: HeapId) {
        let (children, return_when, timer) = match self.heap.get(outer) {
            Obj::Future(f) if !f.is_done() => match &f.kind {
                FutKind::Wait {
                    children,
                    return_when,
                    timer,
                } => (children.clone(), *return_when, *timer),
                _ => return,
            },
            _ => return,
        };
        let states: Vec<FutState> = children.iter().map(|c| self.state_of(*c)).collect();
        let ndone = states
            .iter()
            .filter(|s| !matches!(s, FutState::Pending))
            .count();
        let failed = states.iter().any(|s| matches!(s, FutState::Failed(_)));
        let ready = Some(fut) == timer
            || ndone == children.len()
            || (return_when == 1 && ndone > 0)
            || (return_when == 2 && failed);
        if !ready {
            return;
        }
        if let Some(t) = timer {
            self.cancel(t);
        }
        let (mut done, mut pending) = (Vec::new(), Vec::new());
        for (c, s) in children.iter().zip(&states) {
            if matches!(s, FutState::Pending) {
                pending.push(*c);
            } else {
                done.push(*c);
            }
        }
        let result = (|| -> PyResult<Value> {
            let d = self.new_set_of(done)?;
            let p = self.new_set_of(pending)?;
            Ok(self.new_tuple(vec![d, p]))
        })();
        let state = match result {
            Ok(v) => FutState::Done(v),
            Err(e) => FutState::Failed(Value::Ref(self.materialize(e))),
        };
        self.complete(outer, state);
    }

    fn new_set_of(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = self.alloc(Obj::Set(crate::objects::Dict::new_set()));
        let id = s.as_ref().expect("set");
        for x in items {
            self.set_add(id, x)?;
        }
        Ok(s)
    }

    fn as_completed_done(&mut self, hub: HeapId, fut: HeapId) {
        let (outs, next, timer) = match self.heap.get(hub) {
            Obj::Future(f) => match &f.kind {
                FutKind::AsCompleted { outs, next, timer } => (outs.clone(), *next, *timer),
                _ => return,
            },
            _ => return,
        };
        if next >= outs.len() {
            return;
        }
        if Some(fut) == timer {
            for o in &outs[next..] {
                let e = self.new_exception(Ty::TimeoutError, "");
                if let Obj::Exception(x) = self.heap.get_mut(e.as_ref().expect("exc")) {
                    x.args.clear();
                }
                self.complete(*o, FutState::Failed(e));
            }
            if let Obj::Future(f) = self.heap.get_mut(hub) {
                if let FutKind::AsCompleted { next, .. } = &mut f.kind {
                    *next = outs.len();
                }
            }
            return;
        }
        let state = match self.state_of(Value::Ref(fut)) {
            FutState::Cancelled => FutState::Failed(self.cancelled_error()),
            s => s,
        };
        self.complete(outs[next], state);
        if let Obj::Future(f) = self.heap.get_mut(hub) {
            if let FutKind::AsCompleted { next, .. } = &mut f.kind {
                *next += 1;
            }
        }
        if next + 1 == outs.len() {
            if let Some(t) = timer {
                self.cancel(t);
            }
        }
    }

    /// `Future.cancel()` / `Task.cancel()`: returns whether anything was cancelled.
    pub fn cancel(&mut self, fut: HeapId) -> bool {
        enum What {
            Task(usize),
            Op(u64),
            Children(Vec<Value>),
            WaitFor(Value, Option<HeapId>),
            Plain,
        }
        let what = match self.heap.get(fut) {
            Obj::Future(f) if !f.is_done() => match &f.kind {
                FutKind::Task { slot, .. } => What::Task(*slot as usize),
                FutKind::Op { op } => What::Op(*op),
                FutKind::Gather { children, .. } => What::Children(children.clone()),
                FutKind::WaitFor { inner, timer, .. } => What::WaitFor(*inner, *timer),
                _ => What::Plain,
            },
            _ => return false,
        };
        match what {
            What::Task(slot) => {
                let waiting = self
                    .sched
                    .slots
                    .get(slot)
                    .and_then(|s| s.as_ref())
                    .and_then(|s| s.waiting_on);
                if let Some(w) = waiting {
                    if self.cancel(w) {
                        return true;
                    }
                }
                if let Some(s) = self.sched.slots.get_mut(slot).and_then(|s| s.as_mut()) {
                    s.cancel_requested = true;
                }
                true
            }
            What::Op(op) => {
                if let Some(o) = self.sched.ops.remove(&op) {
                    o.abort.abort();
                }
                self.complete(fut, FutState::Cancelled)
            }
            What::Children(children) => {
                let mut any = false;
                for c in children {
                    if let Value::Ref(c) = c {
                        any |= self.cancel(c);
                    }
                }
                any
            }
            What::WaitFor(inner, timer) => {
                if let Some(t) = timer {
                    self.cancel(t);
                }
                if let Value::Ref(i) = inner {
                    self.cancel(i);
                }
                self.complete(fut, FutState::Cancelled)
            }
            What::Plain => self.complete(fut, FutState::Cancelled),
        }
    }

    /// Roots of the scheduler for the collector.
    pub(super) fn sched_roots(&self, roots: &mut Vec<Value>) {
        for s in self.sched.slots.iter().flatten() {
            roots.push(Value::Ref(s.fut));
            roots.extend_from_slice(&s.stack);
            roots.extend_from_slice(&s.exc_info);
            roots.extend(s.waiting_on.map(Value::Ref));
            if let Resume::Start(g) = s.resume {
                roots.push(Value::Ref(g));
            }
            if let Resume::Push(v) = s.resume {
                roots.push(v);
            }
            if let Resume::Adopt(f) = s.resume {
                roots.push(Value::Ref(f));
            }
            for f in &s.frames {
                super::frame_roots(f, roots);
            }
        }
        for r in &self.sched.ready {
            match *r {
                Ready::Step(t) => roots.push(Value::Ref(t)),
                Ready::Notify(_, f) => roots.push(Value::Ref(f)),
                Ready::Timer(f, v) => {
                    roots.push(Value::Ref(f));
                    roots.push(v);
                }
            }
        }
        for t in &self.sched.timers {
            roots.push(Value::Ref(t.0.fut));
            roots.push(t.0.result);
        }
        for o in self.sched.ops.values() {
            roots.push(Value::Ref(o.fut));
        }
    }
}

/// Wakes a thread blocked waiting for a tool call.
pub(crate) struct ThreadWaker(pub(crate) std::thread::Thread);

impl std::task::Wake for ThreadWaker {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

/// A finished tool future's result as an outcome.
fn outcome_of(
    r: Result<Result<ToolValue, ToolError>, Box<dyn std::any::Any + Send>>,
) -> ToolOutcome {
    match r {
        Ok(Ok(v)) => ToolOutcome::Value(v),
        Ok(Err(e)) => ToolOutcome::Error(e),
        Err(panic) => ToolOutcome::Panic(panic_message(panic)),
    }
}

fn panic_message(panic: Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}
