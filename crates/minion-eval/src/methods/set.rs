//! `set` and `frozenset` methods.
//!
//! Both types share one method table for lookup; the mutating methods raise
//! `AttributeError` when the receiver is a `frozenset`, as CPython has no such
//! attributes there.

use crate::attrs::Kn;
use crate::builtins::ArgParser;
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
        Obj::FrozenSet(Dict::new())
    } else {
        Obj::Set(Dict::new())
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
fn contains(vm: &Vm, s: Value, x: Value) -> PyResult<bool> {
    match vm.dict_of(s) {
        Some(d) => Ok(vm.dict_find(d, x)?.is_some()),
        None => Ok(false),
    }
}

/// Replaces the contents of the set handle `id` with `items`.
fn replace(vm: &mut Vm, id: HeapId, items: Vec<Value>) -> PyResult<()> {
    if let Obj::Set(d) = vm.heap.get_mut(id) {
        d.clear();
    }
    for v in items {
        vm.set_add(id, v)?;
    }
    Ok(())
}

/// The elements of `recv` that are in every one of `others` (CPython's iteration order).
fn intersect(vm: &mut Vm, recv: Value, others: &[Value]) -> PyResult<Vec<Value>> {
    let mut cur = keys(vm, recv);
    for &o in others {
        let mut next = Vec::new();
        if is_set(vm, o) {
            // CPython iterates the smaller set, keeping its elements.
            let cur_set = new_set(vm, false, cur.clone())?;
            let (iter_over, probe) = if keys(vm, o).len() > cur.len() {
                (cur_set, o)
            } else {
                (o, cur_set)
            };
            for x in keys(vm, iter_over) {
                if contains(vm, probe, x)? {
                    next.push(x);
                }
            }
        } else {
            let cur_set = new_set(vm, false, cur.clone())?;
            let found = new_set(vm, false, Vec::new())?;
            let fid = found.as_ref().expect("set");
            for x in vm.collect_iterable(o)? {
                if contains(vm, cur_set, x)? && !contains(vm, found, x)? {
                    vm.set_add(fid, x)?;
                    next.push(x);
                }
            }
        }
        cur = next;
    }
    Ok(cur)
}

/// The elements of `recv` in none of `others`.
fn subtract(vm: &mut Vm, recv: Value, others: &[Value]) -> PyResult<Vec<Value>> {
    let mut cur = keys(vm, recv);
    for &o in others {
        let o = as_set(vm, o)?;
        let mut next = Vec::new();
        for x in cur {
            if !contains(vm, o, x)? {
                next.push(x);
            }
        }
        cur = next;
    }
    Ok(cur)
}

/// Elements in exactly one of `recv` and `other` (`recv`'s first, as the `^` operator).
fn sym_diff(vm: &mut Vm, recv: Value, other: Value) -> PyResult<Vec<Value>> {
    let o = as_set(vm, other)?;
    let mut out = Vec::new();
    for x in keys(vm, recv) {
        if !contains(vm, o, x)? {
            out.push(x);
        }
    }
    for x in keys(vm, o) {
        if !contains(vm, recv, x)? {
            out.push(x);
        }
    }
    Ok(out)
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
                Obj::Set(d) => match d.next_from(0).map(|(i, _)| i) {
                    Some(i) => d.remove_at(i),
                    None => None,
                },
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
            let items = keys(vm, recv);
            new_set(vm, false, items)
        }
        Kn::Update => {
            for o in many(args)? {
                let items = if is_set(vm, o) {
                    keys(vm, o)
                } else {
                    vm.collect_iterable(o)?
                };
                for x in items {
                    vm.set_add(id, x)?;
                }
            }
            Ok(Value::None)
        }
        Kn::Union => {
            let others = many(args)?;
            let out = new_set(vm, frozen, keys(vm, recv))?;
            let oid = out.as_ref().expect("set");
            for o in others {
                let items = if is_set(vm, o) {
                    keys(vm, o)
                } else {
                    vm.collect_iterable(o)?
                };
                for x in items {
                    vm.set_add(oid, x)?;
                }
            }
            Ok(out)
        }
        Kn::Intersection => {
            let others = many(args)?;
            let items = intersect(vm, recv, &others)?;
            new_set(vm, frozen, items)
        }
        Kn::IntersectionUpdate => {
            let others = many(args)?;
            let items = intersect(vm, recv, &others)?;
            replace(vm, id, items)?;
            Ok(Value::None)
        }
        Kn::Difference => {
            let others = many(args)?;
            let items = subtract(vm, recv, &others)?;
            new_set(vm, frozen, items)
        }
        Kn::DifferenceUpdate => {
            let others = many(args)?;
            let items = subtract(vm, recv, &others)?;
            replace(vm, id, items)?;
            Ok(Value::None)
        }
        Kn::SymmetricDifference => {
            let o = one(args)?;
            let items = sym_diff(vm, recv, o)?;
            new_set(vm, frozen, items)
        }
        Kn::SymmetricDifferenceUpdate => {
            let o = one(args)?;
            let items = sym_diff(vm, recv, o)?;
            replace(vm, id, items)?;
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
    use crate::LocalPythonExecutor;

    fn out(code: &str) -> String {
        let mut ex = LocalPythonExecutor::new();
        match ex.run(code) {
            Ok(o) => o.logs,
            Err(e) => panic!("{code}: {}", e.summary()),
        }
    }

    fn err(code: &str) -> String {
        let mut ex = LocalPythonExecutor::new();
        match ex.run(code) {
            Ok(o) => panic!("{code}: expected an error, got {:?}", o.logs),
            Err(e) => e.summary(),
        }
    }

    #[test]
    fn mutators() {
        assert_eq!(
            out("s = {1, 2}\ns.add(3)\ns.add(1)\nprint(sorted(s))"),
            "[1, 2, 3]\n"
        );
        assert_eq!(
            out("s = {1, 2}\ns.discard(5)\ns.discard(1)\nprint(s)"),
            "{2}\n"
        );
        assert_eq!(out("s = {1, 2}\ns.remove(2)\nprint(s)"), "{1}\n");
        assert_eq!(out("s = {7}\nprint(s.pop(), s)"), "7 set()\n");
        assert_eq!(out("s = {1, 2}\ns.clear()\nprint(s)"), "set()\n");
        assert_eq!(
            out("s = {1}\nt = s.copy()\nt.add(2)\nprint(s, sorted(t))"),
            "{1} [1, 2]\n"
        );
        assert_eq!(
            out("s = {1}\ns.update([2], (3,), {4})\nprint(sorted(s))"),
            "[1, 2, 3, 4]\n"
        );
        assert_eq!(
            out("s = {1, 2, 3}\ns.intersection_update([2, 3], {3})\nprint(s)"),
            "{3}\n"
        );
        assert_eq!(
            out("s = {1, 2, 3}\ns.difference_update([2], {3})\nprint(s)"),
            "{1}\n"
        );
        assert_eq!(
            out("s = {1, 2}\ns.symmetric_difference_update([2, 3])\nprint(sorted(s))"),
            "[1, 3]\n"
        );
        assert_eq!(
            out("s = {frozenset({1})}\ns.remove({1})\nprint(s)"),
            "set()\n"
        );
    }

    #[test]
    fn queries() {
        assert_eq!(
            out("print(sorted({1}.union([2], (3,))), {1}.union())"),
            "[1, 2, 3] {1}\n"
        );
        assert_eq!(
            out("print({1, 2, 3}.intersection([2, 3, 4], {3}))"),
            "{3}\n"
        );
        assert_eq!(out("print({1}.intersection({1.0}))"), "{1.0}\n");
        assert_eq!(out("print({1, 2, 3}.difference([1], {2}))"), "{3}\n");
        assert_eq!(
            out("print(sorted({1, 2}.symmetric_difference([2, 3])))"),
            "[1, 3]\n"
        );
        assert_eq!(
            out("print({1}.issubset([1, 2]), {1, 3}.issubset({1}), {1, 2}.issuperset([1]))"),
            "True False True\n"
        );
        assert_eq!(
            out("print({1}.isdisjoint([2]), {1}.isdisjoint((1,)))"),
            "True False\n"
        );
    }

    #[test]
    fn frozensets() {
        assert_eq!(out("print(frozenset.union(frozenset([1]), [2]), set.union({1}, [2]), {1}.intersection())"), "frozenset({1, 2}) {1, 2} {1}\n");
        assert_eq!(out("s = {1, 2}\ns.update()\nprint(s.isdisjoint(x for x in [5]), s.issuperset(range(1, 3)))"), "True True\n");
        assert_eq!(
            out("f = frozenset([1, 2])\nprint(f.union([3]))"),
            "frozenset({1, 2, 3})\n"
        );
        assert_eq!(
            out("f = frozenset([1, 2])\nprint(f.copy() is f, f.difference({1}))"),
            "True frozenset({2})\n"
        );
        assert_eq!(out("print(set([1]).union(frozenset([2])))"), "{1, 2}\n");
        assert_eq!(
            err("frozenset().add(1)"),
            "AttributeError: 'frozenset' object has no attribute 'add'"
        );
        assert_eq!(
            err("frozenset().issubset()"),
            "TypeError: frozenset.issubset() takes exactly one argument (0 given)"
        );
    }

    #[test]
    fn errors() {
        assert_eq!(err("{1}.remove(2)"), "KeyError: 2");
        assert_eq!(err("set().pop()"), "KeyError: 'pop from an empty set'");
        assert_eq!(
            err("set().add()"),
            "TypeError: set.add() takes exactly one argument (0 given)"
        );
        assert_eq!(
            err("set().add(x=1)"),
            "TypeError: set.add() takes no keyword arguments"
        );
        assert_eq!(
            err("{1}.union(5)"),
            "TypeError: 'int' object is not iterable"
        );
        assert_eq!(
            err("{1}.discard([1])"),
            "TypeError: unhashable type: 'list'"
        );
        assert_eq!(
            err("set().pop(1)"),
            "TypeError: set.pop() takes no arguments (1 given)"
        );
    }
}
