//! `set` and `frozenset` methods.
//!
//! Both types share one method table for lookup; the mutating methods raise
//! `AttributeError` when the receiver is a `frozenset`, as CPython has no such
//! attributes there.

use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::compile::code::BinOp;
use crate::error::{no_attribute, type_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Methods of `set` (a superset of those of `frozenset`).
pub const METHODS: &[Kn] = &[
    Kn::Add,
    Kn::Discard,
    Kn::Remove,
    Kn::Pop,
    Kn::Clear,
    Kn::Copy,
    Kn::Update,
    Kn::Union,
    Kn::Intersection,
    Kn::Difference,
    Kn::SymmetricDifference,
    Kn::IntersectionUpdate,
    Kn::DifferenceUpdate,
    Kn::SymmetricDifferenceUpdate,
    Kn::Issubset,
    Kn::Issuperset,
    Kn::Isdisjoint,
];

/// Methods of `frozenset` (the non-mutating ones).
pub const FROZENSET_METHODS: &[Kn] = &[
    Kn::Copy,
    Kn::Union,
    Kn::Intersection,
    Kn::Difference,
    Kn::SymmetricDifference,
    Kn::Issubset,
    Kn::Issuperset,
    Kn::Isdisjoint,
];

/// Whether `v` is a set or frozenset.
fn is_set(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Obj::Set(_) | Obj::FrozenSet(_)))
}

/// The elements of a set/frozenset value, in order.
fn keys(vm: &Vm, v: Value) -> Vec<Value> {
    vm.dict_of(v)
        .map(|d| d.keys().collect())
        .unwrap_or_default()
}

/// A new set (or frozenset) holding `items`.
fn new_set(vm: &mut Vm, frozen: bool, items: Vec<Value>) -> PyResult<Value> {
    let out = vm.alloc(if frozen {
        Obj::FrozenSet(Dict::new_set())
    } else {
        Obj::Set(Dict::new_set())
    });
    let id = out.as_ref().expect("set");
    for v in items {
        vm.set_add(id, v)?;
    }
    Ok(out)
}

/// `other` as a set value: itself if it is a set/frozenset, else a new set of its items.
fn as_set(vm: &mut Vm, other: Value) -> PyResult<Value> {
    if is_set(vm, other) {
        return Ok(other);
    }
    let items = vm.collect_iterable(other)?;
    new_set(vm, false, items)
}

/// A lookup key for `x`: a `set` argument is looked up as the equal `frozenset`.
fn lookup_key(vm: &mut Vm, x: Value) -> PyResult<Value> {
    match x {
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Set(_)) => {
            let items = keys(vm, x);
            new_set(vm, true, items)
        }
        _ => Ok(x),
    }
}

/// Whether the set value `s` contains `x`.
fn contains(vm: &mut Vm, s: Value, x: Value) -> PyResult<bool> {
    match s {
        Value::Ref(id) if vm.dict_of(s).is_some() => Ok(vm.dict_find_mut(id, x)?.is_some()),
        _ => Ok(false),
    }
}

/// Whether `v` is a `dict` (not a view).
fn is_dict(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Obj::Dict(_)))
}

/// Runs `f` on the set table of handle `id`, counting any growth against the memory
/// limit.
fn with_table<R>(vm: &mut Vm, id: HeapId, f: impl FnOnce(&mut Dict) -> R) -> Option<R> {
    let (r, before, after) = match vm.heap.get_mut(id) {
        Obj::Set(d) | Obj::FrozenSet(d) => {
            let before = d.heap_bytes();
            let r = f(d);
            (r, before, d.heap_bytes())
        }
        _ => return None,
    };
    vm.heap.grew(after.saturating_sub(before));
    Some(r)
}

fn len_of(vm: &Vm, v: Value) -> usize {
    vm.dict_of(v).map_or(0, |d| d.len())
}

/// CPython's `set_merge`: adds the elements of the set value `src` to the set `dst`.
fn merge(vm: &mut Vm, dst: HeapId, src: Value) -> PyResult<()> {
    if src.as_ref() == Some(dst) {
        return Ok(());
    }
    let Some(other) = vm.dict_of(src).cloned() else {
        return Ok(());
    };
    if other.is_empty() {
        return Ok(());
    }
    let done = with_table(vm, dst, |d| {
        d.set_presize(other.len());
        d.set_merge_into_empty(&other)
    });
    if done != Some(true) {
        for k in other.keys() {
            vm.set_add(dst, k)?;
        }
    }
    Ok(())
}

/// CPython's `set_update_internal`: adds the elements of any iterable to the set `dst`.
pub(crate) fn update_from(vm: &mut Vm, dst: HeapId, other: Value) -> PyResult<()> {
    if is_set(vm, other) {
        return merge(vm, dst, other);
    }
    if is_dict(vm, other) {
        let ks = keys(vm, other);
        with_table(vm, dst, |d| d.set_presize(ks.len()));
        for k in ks {
            vm.set_add(dst, k)?;
        }
        return Ok(());
    }
    for x in vm.collect_iterable(other)? {
        vm.set_add(dst, x)?;
    }
    Ok(())
}

/// CPython's `make_new_set`: a new set (or frozenset) of the elements of `iterable`.
pub(crate) fn make_new(vm: &mut Vm, frozen: bool, iterable: Option<Value>) -> PyResult<Value> {
    let out = new_set(vm, frozen, Vec::new())?;
    if let Some(it) = iterable {
        update_from(vm, out.as_ref().expect("set"), it)?;
    }
    Ok(out)
}

/// CPython's `set_intersection` of the set value `so` and any iterable `other`.
pub(crate) fn intersection(vm: &mut Vm, so: Value, other: Value, frozen: bool) -> PyResult<Value> {
    if so.is(other) {
        return make_new(vm, frozen, Some(so));
    }
    let result = new_set(vm, frozen, Vec::new())?;
    let rid = result.as_ref().expect("set");
    if is_set(vm, other) {
        let (probe, iterated) = if len_of(vm, other) > len_of(vm, so) {
            (other, so)
        } else {
            (so, other)
        };
        for k in keys(vm, iterated) {
            if contains(vm, probe, k)? {
                vm.set_add(rid, k)?;
            }
        }
        return Ok(result);
    }
    let n = len_of(vm, so);
    for k in vm.collect_iterable(other)? {
        if contains(vm, so, k)? {
            vm.set_add(rid, k)?;
            if len_of(vm, result) >= n {
                break;
            }
        }
    }
    Ok(result)
}

/// CPython's `set_intersection_multi`.
fn intersection_multi(vm: &mut Vm, so: Value, others: &[Value], frozen: bool) -> PyResult<Value> {
    if others.is_empty() {
        return make_new(vm, frozen, Some(so));
    }
    let mut result = so;
    for &o in others {
        result = intersection(vm, result, o, frozen)?;
    }
    Ok(result)
}

/// Replaces the table of the set `id` with that of the set value `tmp` (CPython's
/// `set_swap_bodies`).
fn take_body(vm: &mut Vm, id: HeapId, tmp: Value) {
    let body = match vm.heap.get_mut(tmp.as_ref().expect("set")) {
        Obj::Set(d) | Obj::FrozenSet(d) => std::mem::take(d),
        _ => return,
    };
    with_table(vm, id, |d| d.set_take_body(body));
}

/// CPython's `set_intersection_update`-style in-place intersection of the set `id`.
pub(crate) fn intersection_update(vm: &mut Vm, id: HeapId, others: &[Value]) -> PyResult<()> {
    let tmp = intersection_multi(vm, Value::Ref(id), others, false)?;
    take_body(vm, id, tmp);
    Ok(())
}

/// CPython's `set_difference_update_internal` on the set `id`.
pub(crate) fn difference_update(vm: &mut Vm, id: HeapId, other: Value) -> PyResult<()> {
    let so = Value::Ref(id);
    if so.is(other) {
        with_table(vm, id, |d| d.clear());
        return Ok(());
    }
    if is_set(vm, other) {
        let other = if (len_of(vm, other) >> 3) > len_of(vm, so) {
            intersection(vm, so, other, false)?
        } else {
            other
        };
        for k in keys(vm, other) {
            vm.dict_remove(id, k)?;
        }
    } else {
        for k in vm.collect_iterable(other)? {
            vm.dict_remove(id, k)?;
        }
    }
    with_table(vm, id, |d| d.set_purge_dummies());
    Ok(())
}

/// CPython's `set_difference` of the set value `so` and `other`.
pub(crate) fn difference(vm: &mut Vm, so: Value, other: Value, frozen: bool) -> PyResult<Value> {
    let other_size = if is_set(vm, other) || is_dict(vm, other) {
        Some(len_of(vm, other))
    } else {
        None
    };
    match other_size {
        Some(n) if (len_of(vm, so) >> 2) <= n => {
            let result = new_set(vm, frozen, Vec::new())?;
            let rid = result.as_ref().expect("set");
            for k in keys(vm, so) {
                if !contains(vm, other, k)? {
                    vm.set_add(rid, k)?;
                }
            }
            Ok(result)
        }
        _ => {
            let result = make_new(vm, frozen, Some(so))?;
            difference_update(vm, result.as_ref().expect("set"), other)?;
            Ok(result)
        }
    }
}

/// CPython's `set_difference_multi`.
fn difference_multi(vm: &mut Vm, so: Value, others: &[Value], frozen: bool) -> PyResult<Value> {
    let Some((&first, rest)) = others.split_first() else {
        return make_new(vm, frozen, Some(so));
    };
    let result = difference(vm, so, first, frozen)?;
    for &o in rest {
        difference_update(vm, result.as_ref().expect("set"), o)?;
    }
    Ok(result)
}

/// CPython's `set_symmetric_difference_update` on the set `id`.
pub(crate) fn sym_diff_update(vm: &mut Vm, id: HeapId, other: Value) -> PyResult<()> {
    if Value::Ref(id).is(other) {
        with_table(vm, id, |d| d.clear());
        return Ok(());
    }
    let items = if is_dict(vm, other) {
        keys(vm, other)
    } else {
        let o = if is_set(vm, other) {
            other
        } else {
            make_new(vm, false, Some(other))?
        };
        keys(vm, o)
    };
    for k in items {
        if vm.dict_remove(id, k)?.is_none() {
            vm.set_add(id, k)?;
        }
    }
    Ok(())
}

/// CPython's `set_symmetric_difference` of the set value `so` and `other`.
pub(crate) fn sym_diff(vm: &mut Vm, so: Value, other: Value, frozen: bool) -> PyResult<Value> {
    let result = make_new(vm, frozen, Some(other))?;
    sym_diff_update(vm, result.as_ref().expect("set"), so)?;
    Ok(result)
}

/// CPython's `set_union` (`set_or` with one operand).
pub(crate) fn union(vm: &mut Vm, so: Value, others: &[Value], frozen: bool) -> PyResult<Value> {
    let result = make_new(vm, frozen, Some(so))?;
    for &o in others {
        if o.is(so) {
            continue;
        }
        update_from(vm, result.as_ref().expect("set"), o)?;
    }
    Ok(result)
}

/// `a op b` for two sets (`|`, `&`, `-`, `^`), as CPython's `set_or` etc.
pub(crate) fn binary_op(
    vm: &mut Vm,
    op: BinOp,
    a: Value,
    b: Value,
    frozen: bool,
) -> PyResult<Value> {
    match op {
        BinOp::BitOr => union(vm, a, &[b], frozen),
        BinOp::BitAnd => intersection(vm, a, b, frozen),
        BinOp::Sub => difference(vm, a, b, frozen),
        _ => sym_diff(vm, a, b, frozen),
    }
}

/// `a op= b` for a set `a` and a set `b`, in place (CPython's `set_ior` etc.).
pub(crate) fn inplace_op(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<()> {
    let id = a.as_ref().expect("set");
    match op {
        BinOp::BitOr => update_from(vm, id, b),
        BinOp::BitAnd => {
            let tmp = intersection(vm, a, b, false)?;
            take_body(vm, id, tmp);
            Ok(())
        }
        BinOp::Sub => difference_update(vm, id, b),
        _ => sym_diff_update(vm, id, b),
    }
}

/// `view op other` for a dict keys/items view on the left (CPython's `dictviews_or`
/// etc.): a set of the view updated with `other`.
pub(crate) fn dict_view_op(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    // A keys view converts through its dict (`dictviews_to_set`).
    let src = match a {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::DictView(d, 0) => *d,
            _ => a,
        },
        _ => a,
    };
    if op == BinOp::BitAnd {
        // `_PyDictView_Intersect`, with view membership tested through a set of it.
        let mine = make_new(vm, false, Some(src))?;
        if matches!(b, Value::Ref(id) if matches!(vm.heap.get(id), Obj::Set(_)))
            && len_of(vm, mine) <= len_of(vm, b)
        {
            return intersection(vm, b, a, false);
        }
        let result = new_set(vm, false, Vec::new())?;
        let rid = result.as_ref().expect("set");
        for k in vm.collect_iterable(b)? {
            if contains(vm, mine, k)? {
                vm.set_add(rid, k)?;
            }
        }
        return Ok(result);
    }
    let result = make_new(vm, false, Some(src))?;
    let id = result.as_ref().expect("set");
    match op {
        BinOp::BitOr => update_from(vm, id, b)?,
        BinOp::Sub => difference_update(vm, id, b)?,
        _ => sym_diff_update(vm, id, b)?,
    }
    Ok(result)
}

/// Calls a set/frozenset method.
pub fn call(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let Some(id) = recv.as_ref() else {
        return Err(Raise::internal("set method on a non-set"));
    };
    let frozen = match vm.heap.get(id) {
        Obj::Set(_) => false,
        Obj::FrozenSet(_) => true,
        _ => return Err(Raise::internal("set method on a non-set")),
    };
    if frozen && !FROZENSET_METHODS.contains(&kn) {
        return Err(no_attribute("frozenset", kn.as_str()));
    }
    let tname = if frozen { "frozenset" } else { "set" };
    let name = format!("{tname}.{}", kn.as_str());
    let one =
        |args: Args| -> PyResult<Value> { Ok(ArgParser::new(&name, args).positional(1, 1)?[0]) };
    let none = |args: Args| -> PyResult<()> {
        if !args.kw.is_empty() {
            return Err(type_error(format!("{name}() takes no keyword arguments")));
        }
        if !args.pos.is_empty() {
            return Err(type_error(format!(
                "{name}() takes no arguments ({} given)",
                args.pos.len()
            )));
        }
        Ok(())
    };
    let many = |args: Args| -> PyResult<Vec<Value>> {
        ArgParser::new(&name, args).positional(0, usize::MAX)
    };
    match kn {
        Kn::Add => {
            let x = one(args)?;
            vm.set_add(id, x)?;
            Ok(Value::None)
        }
        Kn::Discard | Kn::Remove => {
            let x = one(args)?;
            let key = lookup_key(vm, x)?;
            if vm.dict_remove(id, key)?.is_none() && kn == Kn::Remove {
                return Err(Raise::with_arg(Ty::KeyError, x));
            }
            Ok(Value::None)
        }
        Kn::Pop => {
            none(args)?;
            let e = match vm.heap.get_mut(id) {
                Obj::Set(d) => d.set_pop(),
                _ => None,
            };
            match e {
                Some(e) => Ok(e.key),
                None => {
                    let msg = vm.new_str("pop from an empty set");
                    Err(Raise::with_arg(Ty::KeyError, msg))
                }
            }
        }
        Kn::Clear => {
            none(args)?;
            if let Obj::Set(d) = vm.heap.get_mut(id) {
                d.clear();
            }
            Ok(Value::None)
        }
        Kn::Copy => {
            none(args)?;
            if frozen {
                return Ok(recv);
            }
            make_new(vm, false, Some(recv))
        }
        Kn::Update => {
            for o in many(args)? {
                update_from(vm, id, o)?;
            }
            Ok(Value::None)
        }
        Kn::Union => {
            let others = many(args)?;
            union(vm, recv, &others, frozen)
        }
        Kn::Intersection => {
            let others = many(args)?;
            intersection_multi(vm, recv, &others, frozen)
        }
        Kn::IntersectionUpdate => {
            let others = many(args)?;
            intersection_update(vm, id, &others)?;
            Ok(Value::None)
        }
        Kn::Difference => {
            let others = many(args)?;
            difference_multi(vm, recv, &others, frozen)
        }
        Kn::DifferenceUpdate => {
            for o in many(args)? {
                difference_update(vm, id, o)?;
            }
            Ok(Value::None)
        }
        Kn::SymmetricDifference => {
            let o = one(args)?;
            sym_diff(vm, recv, o, frozen)
        }
        Kn::SymmetricDifferenceUpdate => {
            let o = one(args)?;
            sym_diff_update(vm, id, o)?;
            Ok(Value::None)
        }
        Kn::Issubset => {
            let o = one(args)?;
            let o = as_set(vm, o)?;
            let mine = keys(vm, recv);
            if mine.len() > keys(vm, o).len() {
                return Ok(Value::Bool(false));
            }
            for x in mine {
                if !contains(vm, o, x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }
        Kn::Issuperset => {
            let o = one(args)?;
            let items = if is_set(vm, o) {
                keys(vm, o)
            } else {
                vm.collect_iterable(o)?
            };
            for x in items {
                if !contains(vm, recv, x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }
        Kn::Isdisjoint => {
            let o = one(args)?;
            let items = if is_set(vm, o) {
                keys(vm, o)
            } else {
                vm.collect_iterable(o)?
            };
            for x in items {
                if contains(vm, recv, x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }
        _ => Err(no_attribute(tname, kn.as_str())),
    }
}

#[cfg(test)]
mod tests {
    use crate::testutil::{error, logs};

    #[test]
    fn mutators() {
        assert_eq!(
            logs("s = {1, 2}\ns.add(3)\ns.add(1)\nprint(sorted(s))"),
            "[1, 2, 3]\n"
        );
        assert_eq!(
            logs("s = {1, 2}\ns.discard(5)\ns.discard(1)\nprint(s)"),
            "{2}\n"
        );
        assert_eq!(logs("s = {1, 2}\ns.remove(2)\nprint(s)"), "{1}\n");
        assert_eq!(logs("s = {7}\nprint(s.pop(), s)"), "7 set()\n");
        assert_eq!(logs("s = {1, 2}\ns.clear()\nprint(s)"), "set()\n");
        assert_eq!(
            logs("s = {1}\nt = s.copy()\nt.add(2)\nprint(s, sorted(t))"),
            "{1} [1, 2]\n"
        );
        assert_eq!(
            logs("s = {1}\ns.update([2], (3,), {4})\nprint(sorted(s))"),
            "[1, 2, 3, 4]\n"
        );
        assert_eq!(
            logs("s = {1, 2, 3}\ns.intersection_update([2, 3], {3})\nprint(s)"),
            "{3}\n"
        );
        assert_eq!(
            logs("s = {1, 2, 3}\ns.difference_update([2], {3})\nprint(s)"),
            "{1}\n"
        );
        assert_eq!(
            logs("s = {1, 2}\ns.symmetric_difference_update([2, 3])\nprint(sorted(s))"),
            "[1, 3]\n"
        );
        assert_eq!(
            logs("s = {frozenset({1})}\ns.remove({1})\nprint(s)"),
            "set()\n"
        );
    }

    #[test]
    fn queries() {
        assert_eq!(
            logs("print(sorted({1}.union([2], (3,))), {1}.union())"),
            "[1, 2, 3] {1}\n"
        );
        assert_eq!(
            logs("print({1, 2, 3}.intersection([2, 3, 4], {3}))"),
            "{3}\n"
        );
        assert_eq!(logs("print({1}.intersection({1.0}))"), "{1.0}\n");
        assert_eq!(logs("print({1, 2, 3}.difference([1], {2}))"), "{3}\n");
        assert_eq!(
            logs("print(sorted({1, 2}.symmetric_difference([2, 3])))"),
            "[1, 3]\n"
        );
        assert_eq!(
            logs("print({1}.issubset([1, 2]), {1, 3}.issubset({1}), {1, 2}.issuperset([1]))"),
            "True False True\n"
        );
        assert_eq!(
            logs("print({1}.isdisjoint([2]), {1}.isdisjoint((1,)))"),
            "True False\n"
        );
    }

    #[test]
    fn frozensets() {
        assert_eq!(logs("print(frozenset.union(frozenset([1]), [2]), set.union({1}, [2]), {1}.intersection())"), "frozenset({1, 2}) {1, 2} {1}\n");
        assert_eq!(logs("s = {1, 2}\ns.update()\nprint(s.isdisjoint(x for x in [5]), s.issuperset(range(1, 3)))"), "True True\n");
        assert_eq!(
            logs("f = frozenset([1, 2])\nprint(f.union([3]))"),
            "frozenset({1, 2, 3})\n"
        );
        assert_eq!(
            logs("f = frozenset([1, 2])\nprint(f.copy() is f, f.difference({1}))"),
            "True frozenset({2})\n"
        );
        assert_eq!(logs("print(set([1]).union(frozenset([2])))"), "{1, 2}\n");
        assert_eq!(
            error("frozenset().add(1)"),
            "AttributeError: 'frozenset' object has no attribute 'add'"
        );
        assert_eq!(
            error("frozenset().issubset()"),
            "TypeError: frozenset.issubset() takes exactly one argument (0 given)"
        );
    }

    #[test]
    fn errors() {
        assert_eq!(error("{1}.remove(2)"), "KeyError: 2");
        assert_eq!(error("set().pop()"), "KeyError: 'pop from an empty set'");
        assert_eq!(
            error("set().add()"),
            "TypeError: set.add() takes exactly one argument (0 given)"
        );
        assert_eq!(
            error("set().add(x=1)"),
            "TypeError: set.add() takes no keyword arguments"
        );
        assert_eq!(
            error("{1}.union(5)"),
            "TypeError: 'int' object is not iterable"
        );
        assert_eq!(
            error("{1}.discard([1])"),
            "TypeError: unhashable type: 'list'"
        );
        assert_eq!(
            error("set().pop(1)"),
            "TypeError: set.pop() takes no arguments (1 given)"
        );
    }
}
