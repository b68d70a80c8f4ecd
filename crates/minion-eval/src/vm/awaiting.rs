//! `await`: what each awaitable does when awaited, and the leniency of the Python
//! minion executor (an async tool call that is not awaited is awaited where its value
//! is first used).
//!
//! | awaited value | effect |
//! |---|---|
//! | coroutine (`async def` call) | its frame runs on top of the awaiting one (`FrameKind::Await`) |
//! | lazy call (async tool, `asyncio.sleep`) | starts it, then as its future |
//! | future or task | its result if done, else the task parks on it |
//! | anything else | itself (lenient) or CPython's `TypeError` (`strict_await`) |

use super::frame::FrameKind;
use super::run::{Exit, Flow};
use super::sched::Resume;
use super::Vm;
use crate::compile::code::CodeKind;
use crate::error::{type_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::intern::Sym;
use crate::objects::{FutState, LazyKind, Obj};
use crate::types::Ty;
use crate::value::Value;

/// What `await` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AwaitStep {
    /// The result replaced the awaitable on the stack.
    Value,
    /// A coroutine frame was pushed.
    Switch,
    /// The task parked until the awaited future completes.
    Park,
}

/// What starting a lazy call gave.
pub(super) enum Started {
    /// A future to wait on.
    Future(HeapId),
    /// `asyncio.sleep(0)`: yield once, then evaluate to this.
    Yield(Value),
}

impl Vm {
    /// The coroutine (an `async def` call's generator object) behind `v`.
    pub fn coroutine_of(&self, v: Value) -> Option<HeapId> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Generator(g) if g.code.kind == CodeKind::Coroutine => Some(id),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` is an async generator.
    pub fn is_async_generator(&self, v: Value) -> bool {
        matches!(v, Value::Ref(id)
            if matches!(self.heap.get(id), Obj::Generator(g) if g.code.kind == CodeKind::AsyncGenerator))
    }

    /// `await` on the value at the top of the stack.
    pub fn await_tos(&mut self) -> PyResult<AwaitStep> {
        let v = *self.stack.last().unwrap_or(&Value::None);
        let Value::Ref(id) = v else {
            return self.await_plain(v);
        };
        match self.heap.get(id) {
            Obj::Generator(g) if g.code.kind == CodeKind::Coroutine => {
                if g.running {
                    return Err(Raise::new(
                        Ty::RuntimeError,
                        "coroutine is being awaited already",
                    ));
                }
                if g.ip.is_none() {
                    return Err(Raise::new(
                        Ty::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    ));
                }
                self.resume_generator(id, Value::None, FrameKind::Await { gen: id })?;
                Ok(AwaitStep::Switch)
            }
            Obj::LazyCall(c) => {
                let (started, awaited) = (c.started, c.awaited);
                if let Obj::LazyCall(c) = self.heap.get_mut(id) {
                    c.awaited = true;
                }
                if let Some(fut) = started {
                    if self.sched.strict_await || awaited {
                        return Err(Raise::new(
                            Ty::RuntimeError,
                            "cannot reuse already awaited coroutine",
                        ));
                    }
                    // Lenient: its first use settled it; this first await gives its result.
                    return self.await_future(fut);
                }
                match self.start_lazy(id, true)? {
                    Started::Future(fut) => {
                        if let Some(top) = self.stack.last_mut() {
                            *top = Value::Ref(fut);
                        }
                        self.await_future(fut)
                    }
                    Started::Yield(result) => {
                        self.stack.pop();
                        self.park_yield(result)?;
                        Ok(AwaitStep::Park)
                    }
                }
            }
            Obj::Future(_) => self.await_future(id),
            Obj::Anext(gen, _) => {
                let gen = *gen;
                if self.resume_generator(gen, Value::None, FrameKind::AwaitAnext { gen })? {
                    return Ok(AwaitStep::Switch);
                }
                self.anext_exhausted()?;
                Ok(AwaitStep::Value)
            }
            _ => self.await_plain(v),
        }
    }

    /// The async generator behind the `anext` awaitable at the top of the stack is
    /// exhausted: replace the awaitable by its default, or raise `StopAsyncIteration`.
    pub(super) fn anext_exhausted(&mut self) -> PyResult<()> {
        let default = match self.stack.last() {
            Some(Value::Ref(id)) => match self.heap.get(*id) {
                Obj::Anext(_, d) => *d,
                _ => Value::Undef,
            },
            _ => Value::Undef,
        };
        if let Value::Undef = default {
            self.stack.pop();
            return Err(Raise::with_arg(Ty::StopAsyncIteration, Value::Undef));
        }
        if let Some(top) = self.stack.last_mut() {
            *top = default;
        }
        Ok(())
    }

    /// `await` on a future at the top of the stack.
    fn await_future(&mut self, fut: HeapId) -> PyResult<AwaitStep> {
        let state = match self.heap.get(fut) {
            Obj::Future(f) => f.state,
            _ => return Err(Raise::internal("await_future on a non-future")),
        };
        match state {
            FutState::Pending => {
                if let Some(top) = self.stack.last_mut() {
                    *top = Value::Ref(fut);
                }
                self.park_on(fut, Resume::AwaitTos)?;
                Ok(AwaitStep::Park)
            }
            _ => {
                self.stack.pop();
                let v = self.future_outcome(Value::Ref(fut))?;
                self.stack.push(v);
                Ok(AwaitStep::Value)
            }
        }
    }

    fn await_plain(&mut self, v: Value) -> PyResult<AwaitStep> {
        if self.sched.strict_await {
            return Err(type_error(format!(
                "object {} can't be used in 'await' expression",
                self.type_name(v)
            )));
        }
        Ok(AwaitStep::Value)
    }

    /// Starts lazy call `id` (an async tool call or `asyncio.sleep`). `consumed` marks
    /// an explicit await or an `asyncio` function taking it over (not a first use).
    pub(super) fn start_lazy(&mut self, id: HeapId, consumed: bool) -> PyResult<Started> {
        let kind = match self.heap.get_mut(id) {
            Obj::LazyCall(c) => match &mut c.kind {
                LazyKind::Tool { tool, args } => LazyKind::Tool {
                    tool: *tool,
                    args: args.take(),
                },
                LazyKind::Sleep { secs, result } => LazyKind::Sleep {
                    secs: *secs,
                    result: *result,
                },
            },
            _ => return Err(Raise::internal("start_lazy on a non-lazy call")),
        };
        let fut = match kind {
            LazyKind::Tool { tool, args } => {
                if consumed {
                    self.sched.unawaited = self.sched.unawaited.saturating_sub(1);
                }
                let Some(args) = args else {
                    return Err(Raise::new(
                        Ty::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    ));
                };
                self.start_tool(tool, args)?
            }
            LazyKind::Sleep { secs, result } => {
                if secs <= 0.0 || secs.is_nan() {
                    return Ok(Started::Yield(result));
                }
                let fut = self.new_future(crate::objects::FutKind::Plain);
                self.add_sleep_timer(secs, fut, result)?;
                fut
            }
        };
        if let Obj::LazyCall(c) = self.heap.get_mut(id) {
            c.started = Some(fut);
        }
        Ok(Started::Future(fut))
    }

    /// The future behind an awaitable handed to an `asyncio` function: a coroutine
    /// becomes a task, a lazy call starts, a future is itself; a plain value becomes a
    /// finished future (lenient) or is CPython's `TypeError` (`strict_await`).
    pub fn ensure_future(&mut self, v: Value) -> PyResult<HeapId> {
        if let Some(gen) = self.coroutine_of(v) {
            if !matches!(self.heap.get(gen), Obj::Generator(g) if g.ip == Some(0) && !g.running) {
                return Err(Raise::new(
                    Ty::RuntimeError,
                    "cannot reuse already awaited coroutine",
                ));
            }
            return Ok(self.create_task(gen, None));
        }
        if let Value::Ref(id) = v {
            match self.heap.get(id) {
                Obj::Future(_) => return Ok(id),
                Obj::LazyCall(c) => {
                    if let Some(f) = c.started {
                        return Ok(f);
                    }
                    if c.awaited {
                        return Err(Raise::new(
                            Ty::RuntimeError,
                            "cannot reuse already awaited coroutine",
                        ));
                    }
                    // A task that starts the call when it first runs, as CPython's
                    // task around an `async def` call does.
                    if let Obj::LazyCall(c) = self.heap.get_mut(id) {
                        c.awaited = true;
                    }
                    if matches!(self.heap.get(id), Obj::LazyCall(c) if matches!(c.kind, LazyKind::Tool { .. }))
                    {
                        self.sched.unawaited = self.sched.unawaited.saturating_sub(1);
                    }
                    return Ok(self.create_task(id, None));
                }
                _ => {}
            }
        }
        if self.sched.strict_await {
            return Err(type_error(
                "An asyncio.Future, a coroutine or an awaitable is required",
            ));
        }
        let f = self.new_future(crate::objects::FutKind::Plain);
        self.complete(f, FutState::Done(v));
        Ok(f)
    }

    /// Leniency: replaces finished async tool calls among the top `n` stack values by
    /// their results; parks the task on the first unfinished one (the instruction
    /// runs again when it completes). Returns whether the task parked.
    #[cold]
    pub(super) fn settle_operands(&mut self, n: usize) -> PyResult<bool> {
        let len = self.stack.len();
        self.settle_slots(len.saturating_sub(n), len)
    }

    /// [`settle_operands`](Self::settle_operands) for stack slots `from..to`.
    fn settle_slots(&mut self, from: usize, to: usize) -> PyResult<bool> {
        if self.sched.strict_await {
            return Ok(false);
        }
        for i in from..to {
            let Value::Ref(id) = self.stack[i] else {
                continue;
            };
            let started = match self.heap.get(id) {
                Obj::LazyCall(c) if matches!(c.kind, LazyKind::Tool { .. }) => c.started,
                _ => continue,
            };
            let fut = match started {
                Some(f) => f,
                None => match self.start_lazy(id, false)? {
                    Started::Future(f) => f,
                    Started::Yield(_) => continue,
                },
            };
            let state = match self.heap.get(fut) {
                Obj::Future(f) => f.state,
                _ => continue,
            };
            match state {
                FutState::Pending if self.native_depth > 0 && self.sched.can_block => {
                    self.block_on_future(fut)?;
                    let v = self.future_outcome(Value::Ref(fut))?;
                    self.stack[i] = v;
                }
                FutState::Pending => {
                    self.park_on(fut, Resume::Continue)?;
                    return Ok(true);
                }
                _ => {
                    let v = self.future_outcome(Value::Ref(fut))?;
                    self.stack[i] = v;
                }
            }
        }
        Ok(false)
    }

    /// Leniency for a call: settles the arguments (the top `n` values) unless the
    /// callee takes awaitables (a Python function, an `asyncio` function, `append`).
    /// `method` names the method of a `CallMethod` (receiver below the arguments).
    #[cold]
    pub(super) fn settle_call_args(&mut self, n: usize, method: Option<Sym>) -> PyResult<bool> {
        let callee_at = self.stack.len() - n - 1;
        let callee = self.stack[callee_at];
        let keeps = match method {
            None => self.takes_awaitables(callee),
            Some(name) => {
                if self.settle_slots(callee_at, callee_at + 1)? {
                    return Ok(true);
                }
                let recv = self.stack[callee_at];
                let keeps_by_name = matches!(self.interner.name(name), "append" | "insert")
                    && matches!(recv, Value::Ref(id) if matches!(self.heap.get(id), Obj::List(_)));
                keeps_by_name
                    || match recv {
                        Value::Ref(id) if matches!(self.heap.get(id), Obj::Namespace(_)) => {
                            match self.get_attr(recv, name) {
                                Ok(f) => self.takes_awaitables(f),
                                Err(_) => false,
                            }
                        }
                        _ => false,
                    }
            }
        };
        if keeps {
            return Ok(false);
        }
        self.settle_operands(n)
    }

    fn takes_awaitables(&self, f: Value) -> bool {
        match f {
            Value::Ref(id) => matches!(self.heap.get(id), Obj::Function(_)),
            Value::ModuleFn(m) => m.module() == "asyncio",
            Value::Tool(_) => false,
            _ => false,
        }
    }

    /// After a native asked for it (`asyncio.run`): awaits the value it returned.
    #[cold]
    pub(super) fn await_requested(&mut self) -> PyResult<Option<Flow>> {
        self.sched.await_request = false;
        Ok(match self.await_tos()? {
            AwaitStep::Value => None,
            AwaitStep::Switch => Some(Flow::Switch),
            AwaitStep::Park => Some(Flow::Exit(Exit::Park)),
        })
    }
}
