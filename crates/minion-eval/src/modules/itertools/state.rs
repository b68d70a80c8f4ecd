//! The state of each `itertools` iterator and one step of it.
//!
//! An itertools iterator is an `Obj::Iter(IterState::Itertools(..))`, so everything
//! that iterates (`for`, `list`, `next`, unpacking, the other builtins) drives it
//! through `Vm::iter_next`, which hands the state here. Every step charges one
//! operation, so an infinite `count()` or `cycle()` under `list()` hits the operation
//! limit instead of running forever.

use std::collections::VecDeque;

use super::combinatoric::{Combinations, Permutations, Product};
use crate::compile::code::BinOp;
use crate::error::{PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::{IterState, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::Vm;

/// `groupby`'s state (CPython's `groupbyobject`); `Undef` stands for CPython's NULL.
#[derive(Debug)]
pub struct GroupBy {
    /// The underlying iterator.
    pub it: Value,
    /// The key function (`None` for identity).
    pub keyfunc: Value,
    /// The key of the group last handed out.
    pub tgtkey: Value,
    /// The key of `currvalue`.
    pub currkey: Value,
    /// The value read ahead and not yet yielded by a grouper.
    pub currvalue: Value,
    /// The grouper that may still yield (older ones are invalidated).
    pub currgrouper: Option<HeapId>,
}

/// The buffer `tee` iterators share (CPython's `teedataobject` chain).
#[derive(Debug)]
pub struct TeeShared {
    /// The underlying iterator (`Undef` once exhausted).
    pub it: Value,
    /// Values read but not yet seen by every tee.
    pub buf: VecDeque<Value>,
    /// Absolute index of `buf[0]`.
    pub base: usize,
    /// Absolute read position of each tee.
    pub positions: Vec<usize>,
}

/// The state of an itertools iterator.
#[derive(Debug)]
pub enum ItState {
    /// `count(start, step)`: the next value and the step.
    Count(Value, Value),
    /// `cycle(it)`: the iterator (`Undef` once exhausted), the saved values, the
    /// replay position.
    Cycle(Value, Vec<Value>, usize),
    /// `repeat(obj, times)`: `None` times repeats forever.
    Repeat(Value, Option<i64>),
    /// `accumulate(it, func, initial)`: total (`Undef` before the first), func
    /// (`None` for `+`), whether `initial` is still to be yielded.
    Accumulate {
        /// The underlying iterator.
        it: Value,
        /// The running total.
        total: Value,
        /// The binary function (`None` adds).
        func: Value,
        /// `initial` was given and not yet yielded.
        pending_initial: bool,
    },
    /// `chain(*its)` / `chain.from_iterable(its)`: iterator over the iterables, and the
    /// current iterator (`Undef` between iterables).
    Chain(Value, Value),
    /// `compress(data, selectors)`.
    Compress(Value, Value),
    /// `dropwhile(pred, it)`: whether the predicate has failed yet.
    DropWhile(Value, Value, bool),
    /// `takewhile(pred, it)`.
    TakeWhile(Value, Value),
    /// `filterfalse(pred, it)` (`None` predicate tests truth).
    FilterFalse(Value, Value),
    /// `groupby(it, key)`.
    GroupBy(Box<GroupBy>),
    /// A group of a `groupby`: the parent and this group's key.
    Grouper(Value, Value),
    /// `islice(it, start, stop, step)`: CPython's `next`, `stop` (`None` for no stop),
    /// `step` and `cnt`.
    Islice {
        /// The underlying iterator.
        it: Value,
        /// Index of the next item to yield.
        next: usize,
        /// Index to stop at.
        stop: Option<usize>,
        /// Distance between yielded items.
        step: usize,
        /// Items consumed so far.
        cnt: usize,
    },
    /// `pairwise(it)`: the previous value (`Undef` before the first).
    Pairwise(Value, Value),
    /// `starmap(func, it)`.
    Starmap(Value, Value),
    /// One of the iterators `tee` returns: the shared buffer and this tee's slot.
    Tee(Value, usize),
    /// The buffer of a `tee` group (never handed to Python code).
    TeeShared(Box<TeeShared>),
    /// `zip_longest(*its, fillvalue)`: iterators (`Undef` once exhausted), the fill
    /// value, how many are still active.
    ZipLongest(Vec<Value>, Value, usize),
    /// `product(*its, repeat)`.
    Product(Box<Product>),
    /// `permutations(it, r)`.
    Permutations(Box<Permutations>),
    /// `combinations(it, r)` and `combinations_with_replacement(it, r)`.
    Combinations(Box<Combinations>),
}

impl ItState {
    /// Values the collector must keep alive.
    pub fn children(&self, out: &mut Vec<Value>) {
        match self {
            ItState::Repeat(a, _) => out.push(*a),
            ItState::Count(a, b)
            | ItState::Chain(a, b)
            | ItState::Compress(a, b)
            | ItState::DropWhile(a, b, _)
            | ItState::TakeWhile(a, b)
            | ItState::FilterFalse(a, b)
            | ItState::Grouper(a, b)
            | ItState::Pairwise(a, b)
            | ItState::Starmap(a, b) => out.extend([*a, *b]),
            ItState::Cycle(it, saved, _) => {
                out.push(*it);
                out.extend_from_slice(saved);
            }
            ItState::Accumulate {
                it, total, func, ..
            } => out.extend([*it, *total, *func]),
            ItState::GroupBy(g) => {
                out.extend([g.it, g.keyfunc, g.tgtkey, g.currkey, g.currvalue]);
                out.extend(g.currgrouper.map(Value::Ref));
            }
            ItState::Islice { it, .. } => out.push(*it),
            ItState::Tee(shared, _) => out.push(*shared),
            ItState::TeeShared(t) => {
                out.push(t.it);
                out.extend(t.buf.iter().copied());
            }
            ItState::ZipLongest(its, fill, _) => {
                out.extend_from_slice(its);
                out.push(*fill);
            }
            ItState::Product(p) => p.children(out),
            ItState::Permutations(p) => out.extend_from_slice(&p.pool),
            ItState::Combinations(c) => out.extend_from_slice(&c.pool),
        }
    }

    /// CPython's type name (`itertools.count`).
    pub fn type_name(&self) -> &'static str {
        match self {
            ItState::Count(..) => "itertools.count",
            ItState::Cycle(..) => "itertools.cycle",
            ItState::Repeat(..) => "itertools.repeat",
            ItState::Accumulate { .. } => "itertools.accumulate",
            ItState::Chain(..) => "itertools.chain",
            ItState::Compress(..) => "itertools.compress",
            ItState::DropWhile(..) => "itertools.dropwhile",
            ItState::TakeWhile(..) => "itertools.takewhile",
            ItState::FilterFalse(..) => "itertools.filterfalse",
            ItState::GroupBy(_) => "itertools.groupby",
            ItState::Grouper(..) => "itertools._grouper",
            ItState::Islice { .. } => "itertools.islice",
            ItState::Pairwise(..) => "itertools.pairwise",
            ItState::Starmap(..) => "itertools.starmap",
            ItState::Tee(..) => "itertools._tee",
            ItState::TeeShared(_) => "itertools._tee_dataobject",
            ItState::ZipLongest(..) => "itertools.zip_longest",
            ItState::Product(_) => "itertools.product",
            ItState::Permutations(_) => "itertools.permutations",
            ItState::Combinations(c) if c.replace => "itertools.combinations_with_replacement",
            ItState::Combinations(_) => "itertools.combinations",
        }
    }

    /// Approximate bytes held beyond the object itself, for the memory limit.
    pub fn heap_bytes(&self) -> usize {
        match self {
            ItState::Cycle(_, saved, _) => saved.capacity() * 16,
            ItState::TeeShared(t) => t.buf.capacity() * 16 + t.positions.len() * 8,
            ItState::ZipLongest(its, ..) => its.len() * 16,
            ItState::Product(p) => p.heap_bytes(),
            ItState::Permutations(p) => p.pool.len() * 32,
            ItState::Combinations(c) => c.pool.len() * 16 + c.indices.len() * 8,
            _ => 0,
        }
    }
}

/// `repr()` of an itertools iterator: `count(5)` and `repeat(...)` show their state,
/// the rest are `<itertools.chain object at 0x...>`.
pub fn repr(vm: &Vm, s: &ItState, id: HeapId) -> PyResult<String> {
    Ok(match s {
        ItState::Count(cur, step) => {
            let start = vm.repr(*cur)?;
            if matches!(step, Value::Int(1)) {
                format!("count({start})")
            } else {
                format!("count({start}, {})", vm.repr(*step)?)
            }
        }
        ItState::Repeat(v, times) => match times {
            Some(n) => format!("repeat({}, {n})", vm.repr(*v)?),
            None => format!("repeat({})", vm.repr(*v)?),
        },
        _ => format!("<{} object at 0x{:012x}>", s.type_name(), id.index() * 16),
    })
}

type Step = (Option<Value>, Option<Box<ItState>>);

fn done() -> PyResult<Step> {
    Ok((None, None))
}

fn yielded(v: Value, s: Box<ItState>) -> PyResult<Step> {
    Ok((Some(v), Some(s)))
}

/// One step of iterator `id` whose state is `s` (taken out of the heap for the step):
/// the value, if any, and the state to put back (`None` when exhausted).
pub fn step(vm: &mut Vm, id: HeapId, mut s: Box<ItState>) -> PyResult<Step> {
    vm.count_op()?;
    match &mut *s {
        ItState::Count(cur, step) => {
            let v = *cur;
            *cur = match (v, *step) {
                (Value::Int(a), Value::Int(b)) if a.checked_add(b).is_some() => Value::Int(a + b),
                (a, b) => vm.binary_op(BinOp::Add, a, b)?,
            };
            yielded(v, s)
        }
        ItState::Repeat(v, times) => {
            let v = *v;
            match times {
                None => yielded(v, s),
                Some(0) => done(),
                Some(n) => {
                    *n -= 1;
                    yielded(v, s)
                }
            }
        }
        ItState::Cycle(it, saved, pos) => {
            if !undef(*it) {
                if let Some(v) = vm.iter_next(*it)? {
                    vm.check_alloc(16)?;
                    saved.push(v);
                    vm.heap.grew(16);
                    return yielded(v, s);
                }
                *it = Value::Undef;
            }
            if saved.is_empty() {
                return done();
            }
            let v = saved[*pos % saved.len()];
            *pos = (*pos + 1) % saved.len();
            yielded(v, s)
        }
        ItState::Accumulate {
            it,
            total,
            func,
            pending_initial,
        } => {
            if *pending_initial {
                *pending_initial = false;
                let v = *total;
                return yielded(v, s);
            }
            let Some(v) = vm.iter_next(*it)? else {
                return done();
            };
            let next = if undef(*total) {
                v
            } else if func.is_none() {
                vm.binary_op(BinOp::Add, *total, v)?
            } else {
                vm.call_value(*func, &[*total, v], &[])?
            };
            *total = next;
            yielded(next, s)
        }
        ItState::Chain(sources, cur) => loop {
            if undef(*cur) {
                match vm.iter_next(*sources)? {
                    Some(iterable) => *cur = vm.get_iter(iterable)?,
                    None => return done(),
                }
            }
            match vm.iter_next(*cur)? {
                Some(v) => return yielded(v, s),
                None => *cur = Value::Undef,
            }
            vm.count_op()?;
        },
        ItState::Compress(data, sel) => loop {
            let (Some(d), Some(t)) = (vm.iter_next(*data)?, vm.iter_next(*sel)?) else {
                return done();
            };
            if vm.truthy_mut(t)? {
                return yielded(d, s);
            }
            vm.count_op()?;
        },
        ItState::DropWhile(pred, it, dropped) => loop {
            let Some(v) = vm.iter_next(*it)? else {
                return done();
            };
            if *dropped {
                return yielded(v, s);
            }
            let r = vm.call_value(*pred, &[v], &[])?;
            if !vm.truthy_mut(r)? {
                *dropped = true;
                return yielded(v, s);
            }
            vm.count_op()?;
        },
        ItState::TakeWhile(pred, it) => {
            let Some(v) = vm.iter_next(*it)? else {
                return done();
            };
            let r = vm.call_value(*pred, &[v], &[])?;
            if vm.truthy_mut(r)? {
                yielded(v, s)
            } else {
                done()
            }
        }
        ItState::FilterFalse(pred, it) => loop {
            let Some(v) = vm.iter_next(*it)? else {
                return done();
            };
            let r = if pred.is_none() {
                v
            } else {
                vm.call_value(*pred, &[v], &[])?
            };
            if !vm.truthy_mut(r)? {
                return yielded(v, s);
            }
            vm.count_op()?;
        },
        ItState::Starmap(func, it) => {
            let Some(v) = vm.iter_next(*it)? else {
                return done();
            };
            let args = vm.collect_iterable(v)?;
            let r = vm.call_value(*func, &args, &[])?;
            yielded(r, s)
        }
        ItState::Pairwise(it, old) => {
            if undef(*old) {
                match vm.iter_next(*it)? {
                    Some(v) => *old = v,
                    None => return done(),
                }
            }
            let Some(new) = vm.iter_next(*it)? else {
                return done();
            };
            let pair = vm.new_tuple(vec![*old, new]);
            *old = new;
            yielded(pair, s)
        }
        ItState::Islice {
            it,
            next,
            stop,
            step,
            cnt,
        } => {
            while *cnt < *next {
                if vm.iter_next(*it)?.is_none() {
                    return done();
                }
                *cnt += 1;
                vm.count_op()?;
            }
            if stop.is_some_and(|st| *cnt >= st) {
                return done();
            }
            let Some(v) = vm.iter_next(*it)? else {
                return done();
            };
            *cnt += 1;
            let old = *next;
            *next = next.saturating_add(*step);
            if let Some(st) = *stop {
                if *next < old || *next > st {
                    *next = st;
                }
            }
            yielded(v, s)
        }
        ItState::ZipLongest(its, fill, active) => {
            if *active == 0 {
                return done();
            }
            let mut items = Vec::with_capacity(its.len());
            for slot in its.iter_mut() {
                if undef(*slot) {
                    items.push(*fill);
                    continue;
                }
                match vm.iter_next(*slot)? {
                    Some(v) => items.push(v),
                    None => {
                        *slot = Value::Undef;
                        *active -= 1;
                        if *active == 0 {
                            return done();
                        }
                        items.push(*fill);
                    }
                }
            }
            let t = vm.new_tuple(items);
            yielded(t, s)
        }
        ItState::GroupBy(_) => groupby_next(vm, id, s),
        ItState::Grouper(parent, tgtkey) => {
            let (parent, tgtkey) = (*parent, *tgtkey);
            match grouper_next(vm, id, parent, tgtkey)? {
                Some(v) => yielded(v, s),
                None => done(),
            }
        }
        ItState::Tee(shared, slot) => {
            let (shared, slot) = (*shared, *slot);
            match tee_next(vm, shared, slot)? {
                Some(v) => yielded(v, s),
                None => done(),
            }
        }
        ItState::TeeShared(_) => done(),
        ItState::Product(p) => match p.next(vm)? {
            Some(v) => yielded(v, s),
            None => done(),
        },
        ItState::Permutations(p) => match p.next(vm)? {
            Some(v) => yielded(v, s),
            None => done(),
        },
        ItState::Combinations(c) => match c.next(vm)? {
            Some(v) => yielded(v, s),
            None => done(),
        },
    }
}

/// `groupby_step`: reads the next value and its key.
fn groupby_step(vm: &mut Vm, g: &mut GroupBy) -> PyResult<bool> {
    let Some(v) = vm.iter_next(g.it)? else {
        return Ok(false);
    };
    let key = if g.keyfunc.is_none() {
        v
    } else {
        vm.call_value(g.keyfunc, &[v], &[])?
    };
    g.currvalue = v;
    g.currkey = key;
    Ok(true)
}

/// `groupby.__next__`: skips the rest of the current group, then hands out the next
/// `(key, grouper)` pair; the new grouper invalidates the previous one.
fn groupby_next(vm: &mut Vm, id: HeapId, mut s: Box<ItState>) -> PyResult<Step> {
    let ItState::GroupBy(g) = &mut *s else {
        return Err(Raise::internal("groupby state"));
    };
    g.currgrouper = None;
    loop {
        if !undef(g.currkey) {
            if undef(g.tgtkey) {
                break;
            }
            if !vm.eq_mut(g.tgtkey, g.currkey)? {
                break;
            }
        }
        if !groupby_step(vm, g)? {
            return done();
        }
        vm.count_op()?;
    }
    g.tgtkey = g.currkey;
    let key = g.currkey;
    let grouper = vm.alloc(Obj::Iter(Box::new(IterState::Itertools(Box::new(
        ItState::Grouper(Value::Ref(id), key),
    )))));
    let Value::Ref(gid) = grouper else {
        return Err(Raise::internal("grouper handle"));
    };
    g.currgrouper = Some(gid);
    let pair = vm.new_tuple(vec![key, grouper]);
    Ok((Some(pair), Some(s)))
}

/// `_grouper.__next__`: yields while the parent's current key equals this group's.
fn grouper_next(vm: &mut Vm, me: HeapId, parent: Value, tgtkey: Value) -> PyResult<Option<Value>> {
    let Value::Ref(pid) = parent else {
        return Ok(None);
    };
    let mut state = match vm.heap.get_mut(pid) {
        Obj::Iter(st) => match &mut **st {
            IterState::Itertools(it) if matches!(**it, ItState::GroupBy(_)) => {
                std::mem::replace(&mut **st, IterState::Done)
            }
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    let r = grouper_step(vm, me, &mut state, tgtkey);
    if let Obj::Iter(st) = vm.heap.get_mut(pid) {
        **st = state;
    }
    r
}

fn grouper_step(
    vm: &mut Vm,
    me: HeapId,
    state: &mut IterState,
    tgtkey: Value,
) -> PyResult<Option<Value>> {
    let IterState::Itertools(it) = state else {
        return Ok(None);
    };
    let ItState::GroupBy(g) = &mut **it else {
        return Ok(None);
    };
    if g.currgrouper != Some(me) {
        return Ok(None);
    }
    if undef(g.currvalue) && !groupby_step(vm, g)? {
        return Ok(None);
    }
    if !vm.eq_mut(tgtkey, g.currkey)? {
        return Ok(None);
    }
    let v = g.currvalue;
    g.currvalue = Value::Undef;
    Ok(Some(v))
}

/// Next value for tee `slot` of the group sharing `shared`.
fn tee_next(vm: &mut Vm, shared: Value, slot: usize) -> PyResult<Option<Value>> {
    let Value::Ref(sid) = shared else {
        return Ok(None);
    };
    let mut t = match vm.heap.get_mut(sid) {
        Obj::Iter(st) => match std::mem::replace(&mut **st, IterState::Done) {
            IterState::Itertools(b) => match *b {
                ItState::TeeShared(t) => t,
                other => {
                    **st = IterState::Itertools(Box::new(other));
                    return Err(Raise::internal("tee buffer"));
                }
            },
            IterState::Done => {
                return Err(Raise::new(
                    Ty::RuntimeError,
                    "cannot re-enter the tee iterator",
                ))
            }
            other => {
                **st = other;
                return Err(Raise::internal("tee buffer"));
            }
        },
        _ => return Err(Raise::internal("tee buffer")),
    };
    let r = tee_read(vm, &mut t, slot);
    if let Obj::Iter(st) = vm.heap.get_mut(sid) {
        **st = IterState::Itertools(Box::new(ItState::TeeShared(t)));
    }
    r
}

fn tee_read(vm: &mut Vm, t: &mut TeeShared, slot: usize) -> PyResult<Option<Value>> {
    let pos = t.positions[slot];
    let v = if pos < t.base + t.buf.len() {
        t.buf[pos - t.base]
    } else {
        if undef(t.it) {
            return Ok(None);
        }
        match vm.iter_next(t.it)? {
            Some(v) => {
                vm.check_alloc(16)?;
                t.buf.push_back(v);
                v
            }
            None => {
                t.it = Value::Undef;
                return Ok(None);
            }
        }
    };
    t.positions[slot] = pos + 1;
    // Drop what every tee has read.
    let low = t.positions.iter().copied().min().unwrap_or(pos + 1);
    while t.base < low && !t.buf.is_empty() {
        t.buf.pop_front();
        t.base += 1;
    }
    Ok(Some(v))
}

/// Whether `v` stands for CPython's NULL (nothing there yet).
fn undef(v: Value) -> bool {
    matches!(v, Value::Undef)
}
