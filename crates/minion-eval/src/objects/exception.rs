//! Exception instances.

use crate::types::Ty;
use crate::value::Value;

/// One traceback entry: a code location the exception passed through.
#[derive(Debug, Clone)]
pub struct TracebackEntry {
    /// Function name (`<module>` at top level).
    pub name: String,
    /// 1-based source line.
    pub line: u32,
    /// The frame activation it was recorded in (to record each frame once).
    pub frame_id: u64,
    /// The source of the code the frame ran.
    pub source: std::sync::Arc<str>,
}

/// An exception instance of a built-in exception class.
#[derive(Debug)]
pub struct Exception {
    /// The class.
    pub ty: Ty,
    /// `args`.
    pub args: Vec<Value>,
    /// `__cause__` (`raise ... from`).
    pub cause: Value,
    /// `__context__` (the exception being handled when this one was raised).
    pub context: Value,
    /// `__suppress_context__`.
    pub suppress_context: bool,
    /// Where it passed, innermost last.
    pub traceback: Vec<TracebackEntry>,
    /// The user class, for instances of user exception classes (`ty` is then the
    /// nearest built-in base).
    pub class: Option<crate::heap::HeapId>,
    /// Attributes set on it (user exception classes).
    pub attrs: Vec<(crate::intern::Sym, Value)>,
}

impl Exception {
    /// A fresh exception of `ty` with `args`.
    pub fn new(ty: Ty, args: Vec<Value>) -> Self {
        Exception {
            ty,
            args,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            traceback: Vec::new(),
            class: None,
            attrs: Vec::new(),
        }
    }

    /// Values the collector must keep alive.
    pub fn children(&self, out: &mut Vec<Value>) {
        out.extend_from_slice(&self.args);
        out.push(self.cause);
        out.push(self.context);
        out.extend(self.class.map(Value::Ref));
        out.extend(self.attrs.iter().map(|(_, v)| *v));
    }
}
