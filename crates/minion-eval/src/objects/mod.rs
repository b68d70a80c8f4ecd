//! The objects that live in the heap arena, one file per kind.

pub mod class;
pub mod dict;
pub mod exception;
pub mod function;
pub mod future;
pub mod hash;
pub mod iter;
pub mod str;

use num_bigint::BigInt;
use std::sync::Arc;

use crate::compile::code::Code;
use crate::heap::HeapId;
use crate::intern::Sym;
use crate::value::Value;

pub use class::{Class, Instance};
pub use dict::Dict;
pub use exception::Exception;
pub use function::{Function, Generator};
pub use future::{FutKind, FutState, LazyCall, LazyKind, PyFuture, SyncPrim, Waiter};
pub use iter::IterState;
pub use str::PyStr;

/// A heap object.
#[derive(Debug)]
pub enum Obj {
    /// `str`.
    Str(PyStr),
    /// `bytes`.
    Bytes(Vec<u8>),
    /// `bytearray` (a mutable `bytes`).
    ByteArray(Vec<u8>),
    /// An `int` too big for `i64`.
    Int(BigInt),
    /// `list`.
    List(Vec<Value>),
    /// `tuple`.
    Tuple(Box<[Value]>),
    /// `dict`.
    Dict(Dict),
    /// `set`.
    Set(Dict),
    /// `frozenset`.
    FrozenSet(Dict),
    /// `range(start, stop, step)`.
    Range(i64, i64, i64),
    /// `slice(start, stop, step)`.
    Slice(Value, Value, Value),
    /// A compiled code object (a constant of its enclosing code).
    Code(Arc<Code>),
    /// A Python function.
    Function(Box<Function>),
    /// A closure cell.
    Cell(Value),
    /// A method of a built-in type bound to its receiver (`[].append`).
    NativeMethod(Value, Sym),
    /// An exception instance.
    Exception(Box<Exception>),
    /// An iterator over a built-in container, or a lazy builtin (`map`, `zip`...).
    Iter(Box<IterState>),
    /// A generator (suspended frame).
    Generator(Box<Generator>),
    /// `dict.keys()`, `.values()`, `.items()` view: (dict, kind 0/1/2).
    DictView(Value, u8),
    /// A read-only namespace of named values (`functions.<tool>`), shown as a module.
    Namespace(Box<(String, Vec<(Sym, Value)>)>),
    /// An `asyncio` future or task.
    Future(Box<PyFuture>),
    /// An async tool call or `asyncio.sleep` not yet awaited.
    LazyCall(Box<LazyCall>),
    /// `asyncio.Semaphore` or `asyncio.Lock`.
    SyncPrim(Box<SyncPrim>),
    /// A `datetime` (or `time.struct_time`) value.
    Dt(Box<crate::modules::datetime::DtObj>),
    /// A user class.
    Class(Box<Class>),
    /// An instance of a user class.
    Instance(Box<Instance>),
    /// A function bound to its first argument: `(self, function)`.
    BoundMethod(Value, Value),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// `staticmethod(f)`.
    StaticMethod(Value),
    /// `property(fget, fset, fdel)` (`None` where absent).
    Property(Box<[Value; 3]>),
    /// `super(cls, obj)`: attribute lookup in `type(obj).__mro__` after `cls`.
    Super(Value, Value),
    /// `anext(agen[, default])` / `agen.__anext__()`: awaiting it runs the async
    /// generator to its next `yield` (`default` is `Undef` when not given).
    Anext(HeapId, Value),
    /// A compiled regular expression (`re.Pattern`).
    RePattern(Box<crate::modules::re::PatternObj>),
    /// A regular expression match (`re.Match`).
    ReMatch(Box<crate::modules::re::MatchObj>),
    /// `fractions.Fraction`.
    Fraction(Box<crate::modules::fractions::Fraction>),
    /// `decimal.Decimal`.
    Decimal(Box<crate::modules::decimal::Decimal>),
    /// `decimal.Context` (or a `localcontext()` manager).
    DecimalContext(Box<crate::modules::decimal::Context>),
    /// `object()`: a featureless instance, compared and hashed by identity (sentinels).
    PlainObject,
    /// A `string.Template` (its template text).
    Template(Value),
    /// A `uuid.UUID` (its 128-bit value).
    Uuid(u128),
    /// A `queue` queue (`Queue`, `LifoQueue`, `PriorityQueue`, `SimpleQueue`).
    Queue(Box<crate::modules::queue::QueueObj>),
    /// A `hashlib` hash object.
    Hasher(Box<crate::modules::hashlib::Hasher>),
    /// `collections.deque`.
    Deque(Box<crate::modules::collections::Deque>),
    /// An instance of a `collections.namedtuple` class (a tuple that knows its class).
    NamedTuple(Box<crate::modules::collections::NamedTuple>),
    /// `collections.ChainMap`: its `maps` list.
    ChainMap(Value),
    /// A `functools`/`operator` object (`partial`, `lru_cache` wrapper, `itemgetter`...).
    FuncTool(Box<crate::modules::functools::FuncTool>),
}

impl Obj {
    /// The items of a `tuple` or of a namedtuple instance.
    #[inline]
    pub fn tuple_items(&self) -> Option<&[Value]> {
        match self {
            Obj::Tuple(t) => Some(t),
            Obj::NamedTuple(t) => Some(&t.items),
            _ => None,
        }
    }

    /// Approximate bytes this object holds, for the memory limit.
    pub fn heap_bytes(&self) -> usize {
        let inner = match self {
            Obj::Str(s) => s.s.len(),
            Obj::Bytes(b) | Obj::ByteArray(b) => b.capacity(),
            Obj::Int(i) => (i.bits() / 8) as usize,
            Obj::List(v) => v.capacity() * 16,
            Obj::Tuple(v) => v.len() * 16,
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.heap_bytes(),
            Obj::Function(f) => 64 + f.defaults.len() * 16,
            Obj::Exception(e) => 64 + e.args.len() * 16,
            Obj::Generator(g) => 64 + g.saved_stack.len() * 16,
            // A task also holds a scheduler slot (its frames live there).
            Obj::Future(f) => {
                let task = matches!(f.kind, FutKind::Task { .. }) as usize * 512;
                96 + f.waiters.len() * 16 + task
            }
            Obj::LazyCall(_) => 128,
            Obj::Fraction(f) => ((f.num.bits() + f.den.bits()) / 8) as usize,
            Obj::Decimal(d) => (d.coeff.bits() / 8) as usize,
            Obj::SyncPrim(p) => 64 + p.waiters.len() * 8,
            Obj::Dt(_) => 64,
            Obj::Deque(d) => 32 + d.items.capacity() * 16,
            Obj::Queue(q) => 48 + q.items.capacity() * 16,
            Obj::NamedTuple(t) => 16 + t.items.len() * 16,
            Obj::FuncTool(f) => f.heap_bytes(),
            // The compiled program lives outside the heap (shared with the cache).
            Obj::RePattern(p) => 256 + p.c.pattern.len(),
            Obj::ReMatch(m) => 64 + m.spans.len() * 64,
            _ => 0,
        };
        inner + std::mem::size_of::<Obj>()
    }

    /// Every value this object refers to, for the collector.
    pub fn children(&self, out: &mut Vec<Value>) {
        match self {
            Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Int(_) | Obj::Range(..) => {}
            Obj::Dt(d) => d.children(out),
            Obj::Uuid(_) | Obj::Hasher(_) | Obj::PlainObject => {}
            Obj::Template(t) => out.push(*t),
            Obj::Code(c) => out.extend_from_slice(&c.consts),
            Obj::List(v) => out.extend_from_slice(v),
            Obj::Tuple(v) => out.extend_from_slice(v),
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => out.extend(d.values_for_gc()),
            Obj::Slice(a, b, c) => out.extend([*a, *b, *c]),
            Obj::Function(f) => f.children(out),
            Obj::Cell(v) => out.push(*v),
            Obj::NativeMethod(v, _) => out.push(*v),
            Obj::Exception(e) => e.children(out),
            Obj::Iter(it) => it.children(out),
            Obj::Generator(g) => g.children(out),
            Obj::DictView(d, _) => out.push(*d),
            Obj::Namespace(ns) => out.extend(ns.1.iter().map(|(_, v)| *v)),
            Obj::Future(f) => f.children(out),
            Obj::LazyCall(c) => c.children(out),
            Obj::SyncPrim(p) => p.children(out),
            Obj::Anext(g, d) => out.extend([Value::Ref(*g), *d]),
            Obj::Fraction(_) | Obj::Decimal(_) => {}
            Obj::DecimalContext(c) => c.children(out),
            Obj::Class(c) => c.children(out),
            Obj::Instance(i) => i.children(out),
            Obj::BoundMethod(a, b) | Obj::Super(a, b) => out.extend([*a, *b]),
            Obj::ClassMethod(f) | Obj::StaticMethod(f) => out.push(*f),
            Obj::Property(p) => out.extend_from_slice(&p[..]),
            Obj::RePattern(_) => {}
            Obj::ReMatch(m) => m.children(out),
            Obj::Deque(d) => out.extend(d.items.iter().copied()),
            Obj::Queue(q) => out.extend(q.items.iter().copied()),
            Obj::NamedTuple(t) => {
                out.push(Value::Ref(t.class));
                out.extend_from_slice(&t.items);
            }
            Obj::ChainMap(m) => out.push(*m),
            Obj::FuncTool(f) => f.children(out),
        }
    }
}
