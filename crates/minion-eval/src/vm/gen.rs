//! The generator protocol driven from native code: `send`, `throw`, `close`, the
//! return value (`StopIteration.value`) and `yield from` delegation.

use super::frame::FrameKind;
use super::run::Exit;
use super::{Vm, MAX_NATIVE_DEPTH};
use crate::compile::code::Instr;
use crate::error::{type_error, LimitError, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::{Exception, Obj};
use crate::types::Ty;
use crate::value::Value;

/// How one resumption of a generator ended.
#[derive(Debug, Clone, Copy)]
pub enum GenStep {
    /// It yielded this value (and is suspended again).
    Yield(Value),
    /// It returned this value (and is finished); an exhausted generator returns `None`.
    Return(Value),
}

impl Vm {
    /// `(ip, running)` of generator `gen`.
    fn gen_state(&self, gen: HeapId) -> PyResult<(Option<usize>, bool)> {
        match self.heap.get(gen) {
            Obj::Generator(g) => Ok((g.ip, g.running)),
            _ => Err(Raise::internal("generator operation on a non-generator")),
        }
    }

    fn set_running(&mut self, gen: HeapId, running: bool) {
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            g.running = running;
        }
    }

    /// Resumes `gen` from native code and runs it until it yields or returns. With
    /// `throw`, the exception is raised at the paused `yield` instead of sending.
    fn gen_resume(&mut self, gen: HeapId, sent: Value, throw: Option<HeapId>) -> PyResult<GenStep> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(Raise::limit(LimitError::Recursion));
        }
        if !self.resume_generator(gen, sent, FrameKind::GenStop { gen })? {
            return match throw {
                Some(exc) => Err(Raise::Obj(exc)),
                None => Ok(GenStep::Return(Value::None)),
            };
        }
        let depth = self.frames.len() - 1;
        let exc_depth = self.exc_info.len();
        self.native_depth += 1;
        let r = match throw {
            None => self.run_until(depth),
            Some(exc) => self.run_until_raising(depth, Raise::Obj(exc)),
        };
        self.native_depth -= 1;
        match r {
            Ok(Exit::Yield(v)) => Ok(GenStep::Yield(v)),
            Ok(Exit::Return(v)) => Ok(GenStep::Return(v)),
            Ok(Exit::Park) => Err(Raise::internal("a generator parked in a nested run")),
            Err(e) => {
                // Handlers of the generator's own frames are gone.
                self.exc_info.truncate(exc_depth);
                Err(e)
            }
        }
    }

    /// Refuses sending a value to a generator that has not started.
    pub fn check_send(&self, gen: HeapId, sent: Value) -> PyResult<()> {
        let (ip, _) = self.gen_state(gen)?;
        if ip == Some(0) && !matches!(sent, Value::None) {
            return Err(type_error(
                "can't send non-None value to a just-started generator",
            ));
        }
        Ok(())
    }

    /// `gen.send(value)` (`next(gen)` is `send(None)`).
    pub fn gen_send(&mut self, gen: HeapId, sent: Value) -> PyResult<GenStep> {
        self.check_send(gen, sent)?;
        self.gen_resume(gen, sent, None)
    }

    /// The sub-generator `gen` is delegating to with `yield from`, if any.
    fn delegate_of(&self, gen: HeapId) -> Option<HeapId> {
        let Obj::Generator(g) = self.heap.get(gen) else {
            return None;
        };
        let ip = g.ip?;
        if !matches!(g.code.instrs.get(ip), Some(Instr::YieldFrom)) {
            return None;
        }
        self.generator_of(*g.saved_stack.last()?)
    }

    /// `gen.throw(exc)`: raises `exc` at the paused `yield` (or in the sub-generator
    /// of a `yield from`).
    pub fn gen_throw(&mut self, gen: HeapId, mut exc: HeapId) -> PyResult<GenStep> {
        let (ip, running) = self.gen_state(gen)?;
        if running {
            return Err(crate::error::value_error("generator already executing"));
        }
        match ip {
            None => return Err(Raise::Obj(exc)),
            Some(0) => {
                // Raised before the first instruction: nothing can catch it.
                self.finish_generator(gen);
                return Err(Raise::Obj(exc));
            }
            Some(_) => {}
        }
        if let Some(inner) = self.delegate_of(gen) {
            // The chain of delegations is no longer than the frame limit allowed.
            let closing = self.exc_is(exc, Ty::GeneratorExit);
            self.set_running(gen, true);
            let r = if closing {
                self.gen_close(inner).map(|()| None)
            } else {
                self.gen_throw(inner, exc).map(Some)
            };
            self.set_running(gen, false);
            match r {
                Ok(Some(GenStep::Yield(v))) => return Ok(GenStep::Yield(v)),
                Ok(Some(GenStep::Return(v))) => {
                    // The sub-generator finished: `yield from` evaluates to `v`.
                    if let Obj::Generator(g) = self.heap.get_mut(gen) {
                        g.saved_stack.pop();
                        g.ip = g.ip.map(|ip| ip + 1);
                    }
                    return self.gen_resume(gen, v, None);
                }
                Ok(None) => {}
                Err(e @ Raise::Fatal(_)) => return Err(e),
                Err(e) => exc = self.materialize(e),
            }
        }
        self.gen_resume(gen, Value::None, Some(exc))
    }

    /// `gen.close()`: raises `GeneratorExit` at the paused `yield`.
    pub fn gen_close(&mut self, gen: HeapId) -> PyResult<()> {
        match self.gen_state(gen)?.0 {
            None => return Ok(()),
            Some(0) => {
                self.finish_generator(gen);
                return Ok(());
            }
            Some(_) => {}
        }
        let exc = self.heap.alloc(Obj::Exception(Box::new(Exception::new(
            Ty::GeneratorExit,
            vec![],
        ))));
        match self.gen_throw(gen, exc) {
            Ok(GenStep::Yield(_)) => Err(Raise::new(
                Ty::RuntimeError,
                "generator ignored GeneratorExit",
            )),
            Ok(GenStep::Return(_)) => Ok(()),
            Err(e @ Raise::Fatal(_)) => Err(e),
            Err(e) => {
                let id = self.materialize(e);
                if self.exc_is(id, Ty::GeneratorExit) || self.exc_is(id, Ty::StopIteration) {
                    Ok(())
                } else {
                    Err(Raise::Obj(id))
                }
            }
        }
    }

    /// One step of `yield from` on the (non-generator) iterator at the top of the
    /// stack, sending `sent`.
    pub fn yield_from_step(&mut self, sent: Value) -> PyResult<GenStep> {
        let it = *self.stack.last().unwrap_or(&Value::None);
        if !matches!(sent, Value::None) {
            return Err(crate::error::no_attribute(self.type_name(it), "send"));
        }
        Ok(match self.iter_next(it)? {
            Some(v) => GenStep::Yield(v),
            None => GenStep::Return(Value::None),
        })
    }

    /// `StopIteration` carrying a generator's return value (none for `None`).
    pub fn stop_iteration(&self, v: Value) -> Raise {
        match v {
            Value::None => Raise::with_arg(Ty::StopIteration, Value::Undef),
            v => Raise::with_arg(Ty::StopIteration, v),
        }
    }

    /// Whether exception `exc` is an instance of `ty` (or a subclass).
    pub fn exc_is(&self, exc: HeapId, ty: Ty) -> bool {
        matches!(self.heap.get(exc), Obj::Exception(e) if e.ty.is_subtype(ty))
    }

    /// A `StopIteration` escaping a generator frame becomes
    /// `RuntimeError: generator raised StopIteration` (PEP 479).
    pub(super) fn generator_raised(&mut self, exc: HeapId) -> HeapId {
        if !self.exc_is(exc, Ty::StopIteration) {
            return exc;
        }
        let msg = self.new_str("generator raised StopIteration");
        let mut e = Exception::new(Ty::RuntimeError, vec![msg]);
        e.cause = Value::Ref(exc);
        e.context = Value::Ref(exc);
        e.suppress_context = true;
        self.heap.alloc(Obj::Exception(Box::new(e)))
    }
}
