//! `collections.Counter`: a `dict` whose missing keys read as 0. Counting from an
//! iterable runs natively (one hash and one probe per item), the multiset operators
//! follow `collections/__init__.py`, and `most_common` is CPython's stable sort.

use std::cmp::Ordering;

use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::compile::code::{BinOp, CmpOp};
use crate::error::{type_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::dict::DictKind;
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

use super::super::string::PySig;

/// Methods of `Counter` beyond `dict`'s.
pub const EXTRA_METHODS: &[Kn] = &[Kn::MostCommon, Kn::Elements, Kn::Subtract, Kn::Total];

/// A new empty Counter.
pub fn new_counter(vm: &mut Vm) -> Value {
    let mut d = Dict::new();
    d.set_kind(Some(DictKind::Counter), Value::None);
    vm.alloc(Obj::Dict(d))
}

/// `Counter(iterable=None, /, **kwds)`.
pub fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = new_counter(vm);
    update(vm, c, args, "Counter.__init__", 1)?;
    Ok(c)
}

/// `update`/`subtract` (`sign` 1 or -1): counts from an iterable, adds or subtracts
/// the counts of a mapping, then of the keywords.
fn update(vm: &mut Vm, c: Value, args: Args, name: &str, sign: i64) -> PyResult<()> {
    let b = PySig::new(name, &["self", "iterable"], 1)
        .posonly(2)
        .varkw()
        .bind(vm, prepend_self(c, args))?;
    let id = c.as_ref().expect("counter");
    if let Some(Some(src)) = b.args.get(1) {
        let src = *src;
        if vm.type_of(src).is_dict() {
            let pairs: Vec<(Value, Value)> = vm
                .dict_of(src)
                .map(|d| d.iter().map(|e| (e.key, e.value)).collect())
                .unwrap_or_default();
            add_pairs(vm, id, pairs, sign)?;
        } else if sign > 0 {
            count_elements(vm, id, src)?;
        } else {
            let items = vm.collect_iterable(src)?;
            vm.charge(items.len() as u64 / 8)?;
            for k in items {
                add_to(vm, id, k, Value::Int(1), -1)?;
            }
        }
    }
    if !b.extra_kw.is_empty() {
        let mut pairs = Vec::with_capacity(b.extra_kw.len());
        for (k, v) in b.extra_kw {
            pairs.push((vm.new_str(vm.interner.name(k).to_string()), v));
        }
        add_pairs(vm, id, pairs, sign)?;
    }
    Ok(())
}

/// Adds (or subtracts) the counts of a mapping; an empty Counter takes an added
/// mapping's values as they are (CPython's fast path, so any values are accepted).
fn add_pairs(vm: &mut Vm, id: HeapId, pairs: Vec<(Value, Value)>, sign: i64) -> PyResult<()> {
    vm.charge(pairs.len() as u64 / 8)?;
    let empty = vm.dict_of(Value::Ref(id)).is_some_and(|d| d.is_empty());
    for (k, v) in pairs {
        if sign > 0 && empty {
            vm.dict_set(id, k, v)?;
        } else {
            add_to(vm, id, k, v, sign)?;
        }
    }
    Ok(())
}

/// `args` with `self` first (for signatures that count it).
fn prepend_self(recv: Value, mut args: Args) -> Args {
    args.pos.insert(0, recv);
    args
}

/// `c[k] = c[k] + v` (or `- v` when `sign` is negative).
fn add_to(vm: &mut Vm, id: HeapId, k: Value, v: Value, sign: i64) -> PyResult<()> {
    let cur = vm.dict_get(id, k)?.unwrap_or(Value::Int(0));
    let op = if sign > 0 { BinOp::Add } else { BinOp::Sub };
    let new = vm.binary_op(op, cur, v)?;
    vm.dict_set(id, k, new)
}

/// The hot loop of `Counter(iterable)` / `update(iterable)`: one hash and one probe
/// per item, small-int counts bumped in place.
fn count_elements(vm: &mut Vm, id: HeapId, src: Value) -> PyResult<()> {
    let items = vm.collect_iterable(src)?;
    vm.charge(items.len() as u64 / 8)?;
    let bytes = |vm: &Vm| vm.dict_of(Value::Ref(id)).map_or(0, |d| d.heap_bytes());
    let mut accounted = bytes(vm);
    let mut new_keys = 0usize;
    for x in items {
        if vm.is_instance(x) {
            // A user `__hash__`/`__eq__` key: the general (Python-calling) path.
            add_to(vm, id, x, Value::Int(1), 1)?;
            continue;
        }
        let h = vm.hash_value(x)?;
        let pos = {
            let Obj::Dict(d) = vm.heap.get(id) else {
                return Err(Raise::internal("counter is not a dict"));
            };
            let mut err = None;
            let pos = d.find(h, |k| {
                k.is(x)
                    || match vm.eq(k, x) {
                        Ok(b) => b,
                        Err(e) => {
                            err = Some(e);
                            false
                        }
                    }
            });
            if let Some(e) = err {
                return Err(e);
            }
            pos.map(|i| (i, d.entry(i).map_or(Value::Int(0), |e| e.value)))
        };
        match pos {
            Some((i, Value::Int(c))) if c < i64::MAX => {
                if let Obj::Dict(d) = vm.heap.get_mut(id) {
                    d.set_value(i, Value::Int(c + 1));
                }
            }
            Some((i, cur)) => {
                let new = vm.binary_op(BinOp::Add, cur, Value::Int(1))?;
                if let Obj::Dict(d) = vm.heap.get_mut(id) {
                    d.set_value(i, new);
                }
            }
            None => {
                if let Obj::Dict(d) = vm.heap.get_mut(id) {
                    d.insert_new(h, x, Value::Int(1));
                }
                new_keys += 1;
                // The table grows here: account for it now and then, not per key.
                if new_keys.is_multiple_of(4096) {
                    let now = bytes(vm);
                    vm.heap.grew(now.saturating_sub(accounted));
                    accounted = now;
                    vm.check_alloc(0)?;
                }
            }
        }
    }
    let now = bytes(vm);
    vm.heap.grew(now.saturating_sub(accounted));
    vm.check_alloc(0)
}

/// The (key, count) pairs of a dict value, in order.
fn pairs(vm: &Vm, v: Value) -> Vec<(Value, Value)> {
    vm.dict_of(v)
        .map(|d| d.iter().map(|e| (e.key, e.value)).collect())
        .unwrap_or_default()
}

/// Sorts `(key, count)` pairs by count, largest first, keeping insertion order among
/// ties (CPython's `sorted(..., reverse=True)` is stable).
pub fn sort_by_count(vm: &Vm, items: &mut [(Value, Value)]) -> PyResult<()> {
    let mut err = None;
    items.sort_by(|a, b| {
        if err.is_some() {
            return Ordering::Equal;
        }
        match (a.1, b.1) {
            (Value::Int(x), Value::Int(y)) => y.cmp(&x),
            _ => match vm.partial_cmp(b.1, a.1, CmpOp::Lt) {
                Ok(Some(o)) => o,
                Ok(None) => Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    Ordering::Equal
                }
            },
        }
    });
    match err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Whether `v > 0` (counts are compared with Python's rules).
fn positive(vm: &mut Vm, v: Value) -> PyResult<bool> {
    match v {
        Value::Int(i) => Ok(i > 0),
        _ => {
            let r = vm.compare(CmpOp::Gt, v, Value::Int(0))?;
            vm.truthy(r)
        }
    }
}

/// Whether `a < b`.
fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        _ => {
            let r = vm.compare(CmpOp::Lt, a, b)?;
            vm.truthy(r)
        }
    }
}

/// Calls a Counter-only method (the others are `dict`'s).
pub fn call(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    if kn == Kn::Fromkeys {
        return Err(Raise::new(
            Ty::NotImplementedError,
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
        ));
    }
    if !matches!(recv, Value::Ref(_)) {
        return Err(type_error(format!(
            "unbound method Counter.{}() needs an argument",
            kn.as_str()
        )));
    }
    match kn {
        Kn::MostCommon => {
            let b = PySig::new("Counter.most_common", &["self", "n"], 1)
                .bind(vm, prepend_self(recv, args))?;
            let mut items = pairs(vm, recv);
            vm.charge(items.len() as u64 / 4)?;
            sort_by_count(vm, &mut items)?;
            match b.args[1] {
                None | Some(Value::None) => {}
                Some(n) => {
                    if !vm.is_int(n) {
                        // CPython's `heapq.nlargest` first compares `n >= len(self)`.
                        let t = vm.type_of(n);
                        return Err(type_error(if t == Ty::Float {
                            "'float' object cannot be interpreted as an integer".to_string()
                        } else {
                            format!(
                                "'>=' not supported between instances of '{}' and 'int'",
                                vm.type_name(n)
                            )
                        }));
                    }
                    let n = vm.expect_i64(n)?.max(0) as usize;
                    items.truncate(n);
                }
            }
            let out: Vec<Value> = items
                .into_iter()
                .map(|(k, v)| vm.new_tuple(vec![k, v]))
                .collect();
            Ok(vm.new_list(out))
        }
        Kn::Elements => {
            PySig::new("Counter.elements", &[], 0)
                .bound()
                .bind(vm, args)?;
            let items = pairs(vm, recv);
            let mut total: u64 = 0;
            for (_, v) in &items {
                if let Value::Int(n) = v {
                    total = total.saturating_add((*n).max(0) as u64);
                } else if !vm.is_int(*v) {
                    return Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(*v)
                    )));
                }
            }
            vm.check_alloc((total as usize).saturating_mul(16))?;
            vm.charge(total / 8)?;
            let mut out = Vec::with_capacity(total as usize);
            for (k, v) in items {
                if let Value::Int(n) = v {
                    for _ in 0..n.max(0) {
                        out.push(k);
                    }
                }
            }
            let l = vm.new_list(out);
            vm.get_iter(l)
        }
        Kn::Subtract => {
            update(vm, recv, args, "Counter.subtract", -1)?;
            Ok(Value::None)
        }
        Kn::Update => {
            update(vm, recv, args, "Counter.update", 1)?;
            Ok(Value::None)
        }
        Kn::Total => {
            ArgParser::new("Counter.total", args).positional(0, 0)?;
            let mut acc = Value::Int(0);
            for (_, v) in pairs(vm, recv) {
                acc = vm.binary_op(BinOp::Add, acc, v)?;
            }
            Ok(acc)
        }
        _ => Err(Raise::internal("unknown Counter method")),
    }
}

/// `a + b`, `a - b`, `a | b`, `a & b` for two Counters (a new Counter holding only
/// positive counts).
pub fn binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let out = new_counter(vm);
    let oid = out.as_ref().expect("counter");
    let (xs, ys) = (pairs(vm, a), pairs(vm, b));
    let aid = a.as_ref().expect("counter");
    let bid = b.as_ref().expect("counter");
    vm.charge((xs.len() + ys.len()) as u64 / 8)?;
    for (k, count) in &xs {
        let other = vm.dict_get(bid, *k)?.unwrap_or(Value::Int(0));
        let new = match op {
            BinOp::Add => vm.binary_op(BinOp::Add, *count, other)?,
            BinOp::Sub => vm.binary_op(BinOp::Sub, *count, other)?,
            BinOp::BitOr => {
                if less(vm, *count, other)? {
                    other
                } else {
                    *count
                }
            }
            _ => {
                if less(vm, *count, other)? {
                    *count
                } else {
                    other
                }
            }
        };
        if positive(vm, new)? {
            vm.dict_set(oid, *k, new)?;
        }
    }
    if matches!(op, BinOp::Add | BinOp::Sub | BinOp::BitOr) {
        for (k, count) in ys {
            if vm.dict_get(aid, k)?.is_some() {
                continue;
            }
            let new = if op == BinOp::Sub {
                vm.binary_op(BinOp::Sub, Value::Int(0), count)?
            } else {
                count
            };
            if positive(vm, new)? {
                vm.dict_set(oid, k, new)?;
            }
        }
    }
    Ok(out)
}

/// `a += b` etc. for two Counters: `a` updated in place, then its non-positive counts
/// dropped (CPython's `_keep_positive`).
pub fn inplace(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let aid = a.as_ref().expect("counter");
    let bid = b.as_ref().expect("counter");
    match op {
        BinOp::Add | BinOp::Sub => {
            for (k, count) in pairs(vm, b) {
                add_to(vm, aid, k, count, if op == BinOp::Add { 1 } else { -1 })?;
            }
        }
        BinOp::BitOr => {
            for (k, other) in pairs(vm, b) {
                let cur = vm.dict_get(aid, k)?.unwrap_or(Value::Int(0));
                if less(vm, cur, other)? {
                    vm.dict_set(aid, k, other)?;
                }
            }
        }
        _ => {
            for (k, count) in pairs(vm, a) {
                let other = vm.dict_get(bid, k)?.unwrap_or(Value::Int(0));
                if less(vm, other, count)? {
                    vm.dict_set(aid, k, other)?;
                }
            }
        }
    }
    keep_positive(vm, a)?;
    Ok(a)
}

/// Removes the entries whose count is not positive.
fn keep_positive(vm: &mut Vm, c: Value) -> PyResult<()> {
    let id = c.as_ref().expect("counter");
    for (k, v) in pairs(vm, c) {
        if !positive(vm, v)? {
            vm.dict_remove(id, k)?;
        }
    }
    Ok(())
}

/// `+c` (positive counts) and `-c` (negated negative counts).
pub fn unary(vm: &mut Vm, neg: bool, c: Value) -> PyResult<Value> {
    let out = new_counter(vm);
    let oid = out.as_ref().expect("counter");
    for (k, v) in pairs(vm, c) {
        if neg {
            if less(vm, v, Value::Int(0))? {
                let new = vm.binary_op(BinOp::Sub, Value::Int(0), v)?;
                vm.dict_set(oid, k, new)?;
            }
        } else if positive(vm, v)? {
            vm.dict_set(oid, k, v)?;
        }
    }
    Ok(out)
}

/// `a == b` for two Counters: missing elements count as zero (Python 3.10+).
pub fn counter_eq(vm: &Vm, a: &Dict, b: &Dict) -> PyResult<bool> {
    for (x, y) in [(a, b), (b, a)] {
        for e in x.iter() {
            let other = match vm.dict_find(y, e.key)? {
                Some(i) => y.entry(i).map_or(Value::Int(0), |e| e.value),
                None => Value::Int(0),
            };
            if !(e.value.is(other) || vm.eq(e.value, other)?) {
                return Ok(false);
            }
        }
    }
    Ok(true)
}
