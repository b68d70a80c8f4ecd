//! How evaluation stops early: a Python exception the code may catch, or an engine
//! error (limits, `final_answer`, interpreter bugs) it never can.

use std::time::Duration;

use crate::heap::HeapId;
use crate::types::Ty;
use crate::value::Value;

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, Raise>;

/// Why evaluation unwinds.
#[derive(Debug)]
pub enum Raise {
    /// A Python exception not yet materialised on the heap (cheap to create in natives).
    New(Box<NewExc>),
    /// An exception object on the heap.
    Obj(HeapId),
    /// An uncatchable stop: no `except` clause sees it.
    Fatal(Box<Fatal>),
}

/// A Python exception described by class and message, materialised when caught.
#[derive(Debug)]
pub struct NewExc {
    /// The class.
    pub ty: Ty,
    /// The single message argument (`None`: no arguments).
    pub msg: Option<String>,
    /// A single value argument instead of a message (`KeyError(key)`), or `Undef`.
    pub arg: Value,
}

/// A resource limit that stopped the run.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LimitError {
    /// Too many operations.
    #[error("the operation limit ({0}) was exceeded")]
    Operations(u64),
    /// Ran too long.
    #[error("the time limit ({0:?}) was exceeded")]
    Time(Duration),
    /// Used too much memory.
    #[error("the memory limit ({0} bytes) was exceeded")]
    Memory(usize),
    /// An int grew past the size arithmetic may produce (`ops::MAX_INT_BITS`).
    #[error("integer too large: arithmetic results are limited to {0} bits")]
    IntTooLarge(u64),
    /// Python calls nested too deeply.
    #[error("maximum recursion depth exceeded")]
    Recursion,
    /// Too many tool calls in one run.
    #[error("the tool call limit ({0}) was exceeded")]
    ToolCalls(u64),
    /// Every task waits and nothing can wake any of them.
    #[error("deadlock: every task is waiting and nothing can wake them")]
    Deadlock,
    /// A wait (a tool call, a sleep) would last longer than the tool timeout.
    #[error("waited longer than the tool timeout ({0:?})")]
    Wait(Duration),
}

/// Stops that no Python code can catch.
#[derive(Debug)]
pub enum Fatal {
    /// A limit was exceeded.
    Limit(LimitError),
    /// `final_answer(value)` was called.
    FinalAnswer(Value),
    /// A bug in the interpreter, reported instead of panicking.
    Internal(String),
}

impl Raise {
    /// A new exception of class `ty` with message `msg`.
    #[cold]
    pub fn new(ty: Ty, msg: impl Into<String>) -> Self {
        Raise::New(Box::new(NewExc {
            ty,
            msg: Some(msg.into()),
            arg: Value::Undef,
        }))
    }

    /// A new exception of class `ty` whose single argument is `arg` (e.g. `KeyError`).
    #[cold]
    pub fn with_arg(ty: Ty, arg: Value) -> Self {
        Raise::New(Box::new(NewExc { ty, msg: None, arg }))
    }

    /// A limit error.
    #[cold]
    pub fn limit(e: LimitError) -> Self {
        Raise::Fatal(Box::new(Fatal::Limit(e)))
    }

    /// An interpreter bug.
    #[cold]
    pub fn internal(msg: impl Into<String>) -> Self {
        Raise::Fatal(Box::new(Fatal::Internal(msg.into())))
    }

    /// Whether `except` clauses may see this.
    pub fn is_catchable(&self) -> bool {
        !matches!(self, Raise::Fatal(_))
    }
}

/// `TypeError(msg)`.
#[cold]
pub fn type_error(msg: impl Into<String>) -> Raise {
    Raise::new(Ty::TypeError, msg)
}

/// `ValueError(msg)`.
#[cold]
pub fn value_error(msg: impl Into<String>) -> Raise {
    Raise::new(Ty::ValueError, msg)
}

/// `IndexError(msg)`.
#[cold]
pub fn index_error(msg: impl Into<String>) -> Raise {
    Raise::new(Ty::IndexError, msg)
}

/// `OverflowError(msg)`.
#[cold]
pub fn overflow_error(msg: impl Into<String>) -> Raise {
    Raise::new(Ty::OverflowError, msg)
}

/// `ZeroDivisionError(msg)`.
#[cold]
pub fn zero_division(msg: impl Into<String>) -> Raise {
    Raise::new(Ty::ZeroDivisionError, msg)
}

/// `AttributeError: '<type>' object has no attribute '<name>'`.
#[cold]
pub fn no_attribute(type_name: &str, attr: &str) -> Raise {
    Raise::new(
        Ty::AttributeError,
        format!("'{type_name}' object has no attribute '{attr}'"),
    )
}

/// `NotImplementedError` naming a construct not supported yet.
#[cold]
pub fn unsupported(what: &str) -> Raise {
    Raise::new(
        Ty::NotImplementedError,
        format!("this executor does not support {what} yet"),
    )
}
