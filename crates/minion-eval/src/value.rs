//! `Value`: the small `Copy` handle every Python value is represented by.
//!
//! ```text
//! +--------+----------------------------------------------+
//! | tag u8 | payload (8 bytes)                            |
//! +--------+----------------------------------------------+
//!   None | Bool(bool) | Int(i64) | Float(f64) | Ref(HeapId -> Obj in the arena)
//!   Builtin(function id) | ModuleFn(module function id) | Tool(tool index) | Type(builtin type id) | Ellipsis
//!   | Undef (unbound slot)
//! ```
//! Ints that do not fit in `i64` live on the heap as `Obj::Int(BigInt)`; every
//! arithmetic result is normalised back to `Value::Int` when it fits, so two equal ints
//! are always represented the same way.

use crate::builtins::Builtin;
use crate::heap::HeapId;
use crate::types::Ty;

/// A Python value: immediate for small scalars, a heap handle for everything else.
#[derive(Clone, Copy, Debug)]
pub enum Value {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// A float.
    Float(f64),
    /// An object in the heap arena.
    Ref(HeapId),
    /// A built-in function such as `len`.
    Builtin(Builtin),
    /// A function of a native module such as `math.sqrt`.
    ModuleFn(crate::modules::ModuleFn),
    /// A host tool, by its index in the VM's tool table.
    Tool(u32),
    /// A built-in type or exception class such as `int` or `ValueError`.
    Type(Ty),
    /// `...`.
    Ellipsis,
    /// Marks an unbound local or empty cell; never visible to Python code.
    Undef,
}

impl Value {
    /// The heap handle, if this value lives on the heap.
    #[inline]
    pub fn as_ref(self) -> Option<HeapId> {
        match self {
            Value::Ref(id) => Some(id),
            _ => None,
        }
    }

    /// Whether this is `None`.
    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity comparison (`is`).
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are cached in CPython; all i64 ints compare by value here.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Ref(a), Value::Ref(b)) => a == b,
            (Value::Builtin(a), Value::Builtin(b)) => a == b,
            (Value::Tool(a), Value::Tool(b)) => a == b,
            (Value::ModuleFn(a), Value::ModuleFn(b)) => a == b,
            (Value::Type(a), Value::Type(b)) => a == b,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<super::Value>(), 16);
    }
}
