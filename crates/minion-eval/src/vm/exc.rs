//! Exceptions: materialising, raising, matching, tracebacks.

use super::Vm;
use crate::error::{type_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::exception::TracebackEntry;
use crate::objects::{Exception, Obj};
use crate::types::Ty;
use crate::value::Value;

impl Vm {
    /// The string notes `add_note` attached to exception `id`, which a traceback prints
    /// after the message (CPython skips notes that are not strings the same way).
    pub fn exc_notes(&self, id: HeapId) -> Vec<String> {
        let notes = crate::attrs::Kn::DunderNotes.sym();
        let Obj::Exception(e) = self.heap.get(id) else {
            return Vec::new();
        };
        let Some((_, Value::Ref(list))) = e.attrs.iter().find(|(k, _)| *k == notes) else {
            return Vec::new();
        };
        match self.heap.get(*list) {
            Obj::List(items) => items
                .iter()
                .filter_map(|v| self.pystr(*v).map(|s| s.s.to_string()))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Puts a pending exception on the heap (and links `__context__`).
    pub fn materialize(&mut self, raise: Raise) -> HeapId {
        let id = match raise {
            Raise::Obj(id) => id,
            Raise::New(n) => {
                let args = match (n.msg, n.arg) {
                    (Some(m), _) => vec![self.new_str(m)],
                    (None, Value::Undef) => vec![],
                    (None, v) => vec![v],
                };
                self.heap
                    .alloc(Obj::Exception(Box::new(Exception::new(n.ty, args))))
            }
            Raise::Fatal(_) => {
                let args = vec![self.new_str("internal: fatal error materialised")];
                self.heap.alloc(Obj::Exception(Box::new(Exception::new(
                    Ty::SystemError,
                    args,
                ))))
            }
        };
        if let Some(&Value::Ref(ctx)) = self.exc_info.last() {
            if ctx != id {
                if let Obj::Exception(e) = self.heap.get_mut(id) {
                    if e.context.is_none() {
                        e.context = Value::Ref(ctx);
                    }
                }
            }
        }
        id
    }

    /// Records the innermost frame's current line in the exception's traceback.
    pub fn add_traceback(&mut self, exc: HeapId) {
        let Some(frame) = self.frames.last() else {
            return;
        };
        let Some(code) = &frame.code else {
            return;
        };
        let line = code
            .lines
            .get(frame.ip.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        let entry = TracebackEntry {
            name: code.name.clone(),
            line,
            frame_id: frame.id,
            source: code.source.clone(),
        };
        if let Obj::Exception(e) = self.heap.get_mut(exc) {
            if e.traceback
                .last()
                .is_some_and(|t| t.frame_id == entry.frame_id)
            {
                return;
            }
            e.traceback.push(entry);
        }
    }

    /// `Raise(kind)`: 0 bare `raise`, 1 `raise x`, 2 `raise x from y`.
    pub fn do_raise(&mut self, kind: u32) -> Raise {
        match self.do_raise_inner(kind) {
            Ok(r) | Err(r) => r,
        }
    }

    fn do_raise_inner(&mut self, kind: u32) -> PyResult<Raise> {
        if kind == 0 {
            return Ok(match self.exc_info.last() {
                Some(Value::Ref(id)) => Raise::Obj(*id),
                _ => Raise::new(Ty::RuntimeError, "No active exception to reraise"),
            });
        }
        let cause = if kind == 2 {
            Some(self.stack.pop().unwrap_or(Value::None))
        } else {
            None
        };
        let exc = self.stack.pop().unwrap_or(Value::None);
        let id = self.coerce_to_exception(exc, "exceptions must derive from BaseException")?;
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => Value::None,
                c => Value::Ref(
                    self.coerce_to_exception(c, "exception causes must derive from BaseException")?,
                ),
            };
            if let Obj::Exception(e) = self.heap.get_mut(id) {
                e.cause = cause;
                e.suppress_context = true;
            }
        }
        Ok(Raise::Obj(id))
    }

    /// An exception instance from `raise` operand `v` (a class is instantiated).
    fn coerce_to_exception(&mut self, v: Value, msg: &str) -> PyResult<HeapId> {
        if let Value::Ref(id) = v {
            if matches!(self.heap.get(id), Obj::Class(c) if c.exc_base.is_some()) {
                if let Value::Ref(e) = self.call_value(v, &[], &[])? {
                    return Ok(e);
                }
            }
        }
        match v {
            Value::Type(t) if t.is_exception() => Ok(self
                .heap
                .alloc(Obj::Exception(Box::new(Exception::new(t, vec![]))))),
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Exception(_)) => Ok(id),
            _ => Err(type_error(msg)),
        }
    }

    /// `except T` matching: `ty` is a class or a tuple of classes.
    pub fn exception_matches(&self, exc: Value, ty: Value) -> PyResult<bool> {
        let ety = match exc {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Exception(e) => e.ty,
                _ => return Ok(false),
            },
            _ => return Ok(false),
        };
        match ty {
            Value::Type(t) if t.is_exception() => Ok(ety.is_subtype(t)),
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Class(c) if c.exc_base.is_some()) => {
                Ok(self.class_derives(self.class_value_of(exc), ty))
            }
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Tuple(_)) => {
                for t in self.seq_items(ty) {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }
}
