//! Python functions and generators.

use std::sync::Arc;

use crate::compile::code::Code;
use crate::heap::HeapId;
use crate::intern::Sym;
use crate::value::Value;

/// A Python function: code plus what was captured when `def` ran.
#[derive(Debug)]
pub struct Function {
    /// The compiled body.
    pub code: Arc<Code>,
    /// The code object's heap handle (keeps its constants alive).
    pub code_id: HeapId,
    /// `__name__`.
    pub name: Sym,
    /// `__qualname__`.
    pub qualname: String,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters.
    pub kwdefaults: Vec<(Sym, Value)>,
    /// Cells of the enclosing scopes' variables this function uses.
    pub closure: Vec<Value>,
    /// Attributes set on the function (`f.calls = 0`, `__wrapped__`, `__doc__`...).
    pub attrs: Vec<(Sym, Value)>,
}

impl Function {
    /// Values the collector must keep alive.
    pub fn children(&self, out: &mut Vec<Value>) {
        out.push(Value::Ref(self.code_id));
        out.extend_from_slice(&self.defaults);
        out.extend(self.kwdefaults.iter().map(|(_, v)| *v));
        out.extend_from_slice(&self.closure);
        out.extend(self.attrs.iter().map(|(_, v)| *v));
    }

    /// Attribute `name` set on the function, if any.
    pub fn attr(&self, name: Sym) -> Option<Value> {
        self.attrs.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
    }
}

/// A generator: a suspended frame and its saved operand stack.
#[derive(Debug)]
pub struct Generator {
    /// The function whose body runs (the generator expression's or `def`'s).
    pub code: Arc<Code>,
    /// Code handle (keeps constants alive).
    pub code_id: HeapId,
    /// Resume position; `None` once finished.
    pub ip: Option<usize>,
    /// Locals followed by the operand stack at the last suspension.
    pub saved_stack: Vec<Value>,
    /// Exception-handler blocks active at suspension.
    pub saved_blocks: Vec<crate::vm::frame::Block>,
    /// Whether the generator is currently executing (re-entry is a `ValueError`).
    pub running: bool,
    /// `__qualname__`, for repr.
    pub qualname: String,
}

impl Generator {
    /// Values the collector must keep alive.
    pub fn children(&self, out: &mut Vec<Value>) {
        out.push(Value::Ref(self.code_id));
        out.extend_from_slice(&self.saved_stack);
    }
}
