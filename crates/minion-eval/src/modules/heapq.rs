//! The `heapq` module: CPython's binary-heap algorithms (`_heapq.c` for the list
//! functions, `heapq.py` for `nlargest`, `nsmallest` and `merge`), comparing with
//! Python's `<` only, so the heap's element order is CPython's.
//!
//! `merge` consumes its inputs when called and returns an iterator over the merged
//! list (CPython's is a lazy generator; the values and their order are the same).

use super::string::{lt, same_or_eq, PySig};
use super::ModuleFn;
use crate::builtins::ArgParser;
use crate::compile::code::CmpOp;
use crate::error::{index_error, type_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// A fallible `<` between two heap entries.
pub(super) type Less<'a, T> = &'a mut dyn FnMut(&mut Vm, &T, &T) -> PyResult<bool>;

/// `_siftdown`: moves `h[pos]` up towards `start` while it is less than its parent.
pub(super) fn sift_down<T: Clone>(
    vm: &mut Vm,
    h: &mut [T],
    start: usize,
    mut pos: usize,
    less: Less<'_, T>,
) -> PyResult<()> {
    let newitem = h[pos].clone();
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        if less(vm, &newitem, &h[parentpos])? {
            h[pos] = h[parentpos].clone();
            pos = parentpos;
            continue;
        }
        break;
    }
    h[pos] = newitem;
    Ok(())
}

/// `_siftup`: bubbles the smaller child up to a leaf, then sifts the item down.
pub(super) fn sift_up<T: Clone>(
    vm: &mut Vm,
    h: &mut [T],
    mut pos: usize,
    less: Less<'_, T>,
) -> PyResult<()> {
    let end = h.len();
    let start = pos;
    let newitem = h[pos].clone();
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !less(vm, &h[child], &h[right])? {
            child = right;
        }
        h[pos] = h[child].clone();
        pos = child;
        child = 2 * pos + 1;
    }
    h[pos] = newitem;
    sift_down(vm, h, start, pos, less)
}

/// `heapify`: sifts every parent, last first.
pub(super) fn heapify_slice<T: Clone>(vm: &mut Vm, h: &mut [T], less: Less<'_, T>) -> PyResult<()> {
    vm.charge(h.len() as u64 / 4)?;
    for i in (0..h.len() / 2).rev() {
        sift_up(vm, h, i, less)?;
    }
    Ok(())
}

/// `heappop` on a Rust vector (`None` when empty).
fn pop_vec<T: Clone>(vm: &mut Vm, h: &mut Vec<T>, less: Less<'_, T>) -> PyResult<Option<T>> {
    let Some(last) = h.pop() else {
        return Ok(None);
    };
    if h.is_empty() {
        return Ok(Some(last));
    }
    let top = std::mem::replace(&mut h[0], last);
    sift_up(vm, h, 0, less)?;
    Ok(Some(top))
}

/// A stable merge sort with a fallible `<`.
pub(super) fn sort_by_less<T: Clone>(
    vm: &mut Vm,
    v: &mut Vec<T>,
    less: Less<'_, T>,
) -> PyResult<()> {
    if v.len() < 2 {
        return Ok(());
    }
    vm.charge(v.len() as u64)?;
    let mut src = std::mem::take(v);
    let mut width = 1;
    let n = src.len();
    while width < n {
        let mut out = Vec::with_capacity(n);
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            while i < mid && j < hi {
                // Take from the right only when it is strictly less (stability).
                if less(vm, &src[j], &src[i])? {
                    out.push(src[j].clone());
                    j += 1;
                } else {
                    out.push(src[i].clone());
                    i += 1;
                }
            }
            out.extend_from_slice(&src[i..mid]);
            out.extend_from_slice(&src[j..hi]);
            lo = hi;
        }
        src = out;
        width *= 2;
    }
    *v = src;
    Ok(())
}

fn value_less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    lt(vm, *a, *b)
}

/// The list `v` (a `TypeError` naming `what` otherwise).
fn list_arg(vm: &Vm, v: Value, what: &str) -> PyResult<HeapId> {
    if let Value::Ref(id) = v {
        if matches!(vm.heap.get(id), Obj::List(_)) {
            return Ok(id);
        }
    }
    Err(type_error(format!(
        "{what} must be list, not {}",
        vm.type_name(v)
    )))
}

/// Runs `f` on the items of list `id`, taken out of the list while it runs (a
/// comparison cannot observe them) and put back after.
fn with_list<R>(
    vm: &mut Vm,
    id: HeapId,
    f: impl FnOnce(&mut Vm, &mut Vec<Value>) -> PyResult<R>,
) -> PyResult<R> {
    let mut items = match vm.heap.get_mut(id) {
        Obj::List(l) => std::mem::take(l),
        _ => return Err(Raise::internal("heap is not a list")),
    };
    let cap = items.capacity();
    let r = f(vm, &mut items);
    let grown = items.capacity().saturating_sub(cap) * 16;
    let mut changed = false;
    if let Obj::List(l) = vm.heap.get_mut(id) {
        changed = !l.is_empty();
        *l = items;
    }
    vm.heap.grew(grown);
    if changed && r.is_ok() {
        return Err(Raise::new(
            Ty::RuntimeError,
            "list changed size during iteration",
        ));
    }
    r
}

/// Two positional-only arguments of a `_heapq` function.
fn two(f: &str, args: Args) -> PyResult<(Value, Value)> {
    if !args.kw.is_empty() {
        return Err(type_error(format!(
            "_heapq.{f}() takes no keyword arguments"
        )));
    }
    let a = ArgParser::new(f, args).positional(2, 2)?;
    Ok((a[0], a[1]))
}

/// One positional-only argument of a `_heapq` function.
fn one(f: &str, args: Args) -> PyResult<Value> {
    let name = format!("_heapq.{f}");
    let a = ArgParser::new(&name, args).positional(1, 1)?;
    Ok(a[0])
}

/// Calls `heapq.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    use ModuleFn::*;
    match f {
        HeapqHeappush => {
            let (heap, item) = two("heappush", args)?;
            let id = list_arg(vm, heap, "heappush() argument 1")?;
            vm.charge(1)?;
            with_list(vm, id, |vm, h| {
                h.push(item);
                let last = h.len() - 1;
                sift_down(vm, h, 0, last, &mut value_less)
            })?;
            Ok(Value::None)
        }
        HeapqHeappop => {
            let heap = one("heappop", args)?;
            let id = list_arg(vm, heap, "heappop() argument")?;
            vm.charge(1)?;
            let r = with_list(vm, id, |vm, h| pop_vec(vm, h, &mut value_less))?;
            r.ok_or_else(|| index_error("index out of range"))
        }
        HeapqHeapify => {
            let heap = one("heapify", args)?;
            let id = list_arg(vm, heap, "heapify() argument")?;
            with_list(vm, id, |vm, h| heapify_slice(vm, h, &mut value_less))?;
            Ok(Value::None)
        }
        HeapqHeapreplace => {
            let (heap, item) = two("heapreplace", args)?;
            let id = list_arg(vm, heap, "heapreplace() argument 1")?;
            vm.charge(1)?;
            with_list(vm, id, |vm, h| {
                if h.is_empty() {
                    return Err(index_error("index out of range"));
                }
                let top = std::mem::replace(&mut h[0], item);
                sift_up(vm, h, 0, &mut value_less)?;
                Ok(top)
            })
        }
        HeapqHeappushpop => {
            let (heap, item) = two("heappushpop", args)?;
            let id = list_arg(vm, heap, "heappushpop() argument 1")?;
            vm.charge(1)?;
            with_list(vm, id, |vm, h| {
                if h.is_empty() || !lt(vm, h[0], item)? {
                    return Ok(item);
                }
                let top = std::mem::replace(&mut h[0], item);
                sift_up(vm, h, 0, &mut value_less)?;
                Ok(top)
            })
        }
        HeapqNlargest | HeapqNsmallest => {
            let name = if f == HeapqNlargest {
                "nlargest"
            } else {
                "nsmallest"
            };
            let b = PySig::new(name, &["n", "iterable", "key"], 2).bind(vm, args)?;
            let n = b.args[0].unwrap_or(Value::None);
            let iterable = b.args[1].unwrap_or(Value::None);
            let key = b.args[2].filter(|k| !k.is_none());
            n_best(vm, n, iterable, key, f == HeapqNlargest)
        }
        HeapqMerge => {
            let b = PySig::new("merge", &[], 0)
                .varargs()
                .kwonly(&["key", "reverse"])
                .bind(vm, args)?;
            let key = b.kwonly[0].filter(|k| !k.is_none());
            let reverse = match b.kwonly[1] {
                Some(r) => vm.truthy(r)?,
                None => false,
            };
            let out = merge(vm, &b.rest, key, reverse)?;
            let list = vm.new_list(out);
            vm.get_iter(list)
        }
        _ => Err(Raise::internal("not a heapq function")),
    }
}

/// An entry of `nlargest`/`nsmallest`/`merge`: compared as the tuple `(key, order)`.
#[derive(Clone)]
struct Entry {
    key: Value,
    order: i64,
    value: Value,
    it: Value,
}

/// `(a.key, a.order) < (b.key, b.order)` as tuples compare (orders are distinct).
fn entry_less(vm: &mut Vm, a: &Entry, b: &Entry) -> PyResult<bool> {
    if same_or_eq(vm, a.key, b.key)? {
        return Ok(a.order < b.order);
    }
    lt(vm, a.key, b.key)
}

fn entry_greater(vm: &mut Vm, a: &Entry, b: &Entry) -> PyResult<bool> {
    entry_less(vm, b, a)
}

fn key_of(vm: &mut Vm, key: Option<Value>, v: Value) -> PyResult<Value> {
    match key {
        Some(k) => vm.call_value(k, &[v], &[]),
        None => Ok(v),
    }
}

/// `nlargest(n, iterable, key=None)` / `nsmallest(...)`, as `heapq.py` computes them.
fn n_best(
    vm: &mut Vm,
    n: Value,
    iterable: Value,
    key: Option<Value>,
    largest: bool,
) -> PyResult<Value> {
    if matches!(n, Value::Int(1) | Value::Bool(true)) {
        // `min`/`max` with a default: the first best element.
        let it = vm.get_iter(iterable)?;
        let mut best: Option<(Value, Value)> = None;
        while let Some(v) = vm.iter_next(it)? {
            vm.charge(1)?;
            let k = key_of(vm, key, v)?;
            best = match best {
                None => Some((k, v)),
                Some((bk, bv)) => {
                    let op = if largest { CmpOp::Gt } else { CmpOp::Lt };
                    let r = vm.compare(op, k, bk)?;
                    if vm.truthy(r)? {
                        Some((k, v))
                    } else {
                        Some((bk, bv))
                    }
                }
            };
        }
        let out = best.map(|(_, v)| vec![v]).unwrap_or_default();
        return Ok(vm.new_list(out));
    }
    if let Ok(size) = vm.py_len(iterable) {
        let ge = vm
            .to_bigint(n)
            .is_some_and(|i| i >= num_bigint::BigInt::from(size));
        if ge {
            let mut items = vm.collect_iterable(iterable)?;
            crate::builtins::sort_values(vm, &mut items, key, largest)?;
            return Ok(vm.new_list(items));
        }
    }
    let count = match vm.to_bigint(n) {
        // A count past `i64` is "everything" (the input is finite or the limits stop it).
        Some(i) => {
            num_traits::ToPrimitive::to_i64(&i).unwrap_or(if i.sign() == num_bigint::Sign::Minus {
                0
            } else {
                i64::MAX
            })
        }
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(n)
            )))
        }
    };
    let it = vm.get_iter(iterable)?;
    let mut result: Vec<Entry> = Vec::new();
    let mut order: i64 = 0;
    while (result.len() as i64) < count {
        let Some(v) = vm.iter_next(it)? else { break };
        let k = key_of(vm, key, v)?;
        result.push(Entry {
            key: k,
            order,
            value: v,
            it: Value::None,
        });
        order += if largest { -1 } else { 1 };
    }
    if result.is_empty() {
        return Ok(vm.new_list(Vec::new()));
    }
    // nsmallest keeps a max-heap of the best so far, nlargest a min-heap.
    let less: fn(&mut Vm, &Entry, &Entry) -> PyResult<bool> =
        if largest { entry_less } else { entry_greater };
    heapify_slice(vm, &mut result, &mut { less })?;
    let mut top = result[0].key;
    while let Some(v) = vm.iter_next(it)? {
        vm.charge(1)?;
        let k = key_of(vm, key, v)?;
        let better = if largest {
            lt(vm, top, k)?
        } else {
            lt(vm, k, top)?
        };
        if better {
            result[0] = Entry {
                key: k,
                order,
                value: v,
                it: Value::None,
            };
            sift_up(vm, &mut result, 0, &mut { less })?;
            top = result[0].key;
            order += if largest { -1 } else { 1 };
        }
    }
    sort_by_less(vm, &mut result, &mut entry_less)?;
    if largest {
        result.reverse();
    }
    let out = result.into_iter().map(|e| e.value).collect();
    Ok(vm.new_list(out))
}

/// `merge(*iterables, key=None, reverse=False)`, consumed eagerly.
fn merge(
    vm: &mut Vm,
    iterables: &[Value],
    key: Option<Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let direction: i64 = if reverse { -1 } else { 1 };
    let less: fn(&mut Vm, &Entry, &Entry) -> PyResult<bool> =
        if reverse { entry_greater } else { entry_less };
    let mut h: Vec<Entry> = Vec::new();
    for (order, iterable) in iterables.iter().enumerate() {
        let it = vm.get_iter(*iterable)?;
        if let Some(v) = vm.iter_next(it)? {
            let k = key_of(vm, key, v)?;
            h.push(Entry {
                key: k,
                order: order as i64 * direction,
                value: v,
                it,
            });
        }
    }
    heapify_slice(vm, &mut h, &mut { less })?;
    let mut out = Vec::new();
    while h.len() > 1 {
        loop {
            vm.charge(1)?;
            out.push(h[0].value);
            let it = h[0].it;
            match vm.iter_next(it)? {
                Some(v) => {
                    let k = key_of(vm, key, v)?;
                    h[0].value = v;
                    h[0].key = k;
                    sift_up(vm, &mut h, 0, &mut { less })?;
                }
                None => {
                    pop_vec(vm, &mut h, &mut { less })?;
                    break;
                }
            }
        }
    }
    if let Some(e) = h.pop() {
        out.push(e.value);
        while let Some(v) = vm.iter_next(e.it)? {
            vm.charge(1)?;
            out.push(v);
        }
    }
    vm.check_alloc(out.len() * 16)?;
    Ok(out)
}
