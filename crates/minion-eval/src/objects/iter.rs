//! Iterator objects over built-in containers and the lazy builtins.

use crate::value::Value;

/// The state of a built-in iterator.
#[derive(Debug)]
pub enum IterState {
    /// Over a list, tuple, str (by char index) or bytes: (sequence, next index).
    Seq(Value, usize),
    /// Over a `range`: next value, stop, step.
    Range(i64, i64, i64),
    /// Over a dict/set's entries: (container, next entry position, kind 0 keys /
    /// 1 values / 2 items, size at creation).
    Dict(Value, usize, u8, usize),
    /// `reversed(seq)`: (sequence, remaining count).
    Reversed(Value, usize),
    /// `enumerate(it, start)`.
    Enumerate(Value, Value),
    /// `zip(*its, strict=...)`: (iterators, strict).
    Zip(Vec<Value>, bool),
    /// `map(f, *its)`.
    Map(Value, Vec<Value>),
    /// `filter(f, it)`.
    Filter(Value, Value),
    /// `iter(callable, sentinel)`.
    CallIter(Value, Value),
    /// An `itertools` iterator.
    Itertools(Box<crate::modules::itertools::ItState>),
    /// Exhausted.
    Done,
}

impl IterState {
    /// Values the collector must keep alive.
    pub fn children(&self, out: &mut Vec<Value>) {
        match self {
            IterState::Seq(v, _) | IterState::Reversed(v, _) | IterState::Dict(v, ..) => {
                out.push(*v)
            }
            IterState::Range(..) | IterState::Done => {}
            IterState::Enumerate(a, b) | IterState::Filter(a, b) | IterState::CallIter(a, b) => {
                out.extend([*a, *b])
            }
            IterState::Zip(v, _) => out.extend_from_slice(v),
            IterState::Itertools(s) => s.children(out),
            IterState::Map(f, v) => {
                out.push(*f);
                out.extend_from_slice(v)
            }
        }
    }
}
