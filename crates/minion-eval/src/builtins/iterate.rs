//! Builtins that consume or build iterators.

use std::cmp::Ordering;

use super::ArgParser;
use crate::compile::code::{BinOp, CmpOp};
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::objects::{IterState, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::gen::GenStep;
use crate::vm::Vm;

/// `len(obj)`.
pub fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("len", args).positional(1, 1)?;
    if let Some(n) = vm.user_len(a[0])? {
        return Ok(Value::Int(n as i64));
    }
    let n = vm.py_len(a[0])?;
    Ok(Value::Int(n as i64))
}

impl Vm {
    /// `len(v)`.
    pub fn py_len(&self, v: Value) -> PyResult<usize> {
        if let Value::Ref(id) = v {
            return Ok(match self.heap.get(id) {
                Obj::Str(s) => s.char_len,
                Obj::Bytes(b) | Obj::ByteArray(b) => b.len(),
                Obj::List(l) => l.len(),
                Obj::Tuple(t) => t.len(),
                Obj::Dt(d) if crate::modules::datetime::seq_items(d).is_some() => {
                    crate::modules::datetime::seq_items(d).map_or(0, |i| i.len())
                }
                Obj::NamedTuple(t) => t.items.len(),
                Obj::Deque(d) => d.items.len(),
                Obj::ChainMap(_) => crate::modules::collections::chainmap_len_ref(self, id),
                Obj::Class(c) if c.flags & crate::objects::class::flags::ENUM != 0 => {
                    crate::modules::enum_::len_class(self, id)
                }
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.len(),
                Obj::Range(a, b, c) => crate::vm::convert::range_len(*a, *b, *c) as usize,
                Obj::DictView(d, _) => self.dict_of(*d).map_or(0, |d| d.len()),
                _ => {
                    return Err(type_error(format!(
                        "object of type '{}' has no len()",
                        self.type_name(v)
                    )))
                }
            });
        }
        Err(type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        )))
    }
}

/// `iter(obj)` / `iter(callable, sentinel)`.
pub fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("iter", args).positional(1, 2)?;
    if a.len() == 2 {
        return Ok(vm.alloc(Obj::Iter(Box::new(IterState::CallIter(a[0], a[1])))));
    }
    vm.get_iter(a[0])
}

/// `next(iterator[, default])`.
pub fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("next", args).positional(1, 2)?;
    if vm.is_instance(a[0]) && vm.dunder_of(a[0], "__next__").is_some() {
        // The instance's own `StopIteration` propagates (unless there is a default).
        return match vm.call_dunder(a[0], "__next__", &[]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(type_error("'__next__' vanished")),
            Err(e) if a.len() == 2 && e.is_catchable() => {
                let exc = vm.materialize(e);
                if vm.exc_is(exc, crate::types::Ty::StopIteration) {
                    Ok(a[1])
                } else {
                    Err(Raise::Obj(exc))
                }
            }
            Err(e) => Err(e),
        };
    }
    let is_iter = matches!(a[0], Value::Ref(id) if matches!(vm.heap.get(id), Obj::Iter(_)))
        || vm.generator_of(a[0]).is_some()
        || vm.dunder_of(a[0], "__next__").is_some();
    if !is_iter {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(a[0])
        )));
    }
    if let Some(gen) = vm.generator_of(a[0]) {
        return match vm.gen_send(gen, Value::None)? {
            GenStep::Yield(v) => Ok(v),
            GenStep::Return(r) => match a.get(1) {
                Some(d) => Ok(*d),
                None => Err(vm.stop_iteration(r)),
            },
        };
    }
    match vm.iter_next(a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(*d),
            None => Err(Raise::with_arg(Ty::StopIteration, Value::Undef)),
        },
    }
}

/// `enumerate(iterable, start=0)`.
pub fn enumerate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("enumerate", args).bind(vm, &["iterable", "start"], 1)?;
    let it = vm.get_iter(a[0].expect("required"))?;
    let start = a[1].unwrap_or(Value::Int(0));
    if !vm.is_int(start) {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(start)
        )));
    }
    Ok(vm.alloc(Obj::Iter(Box::new(IterState::Enumerate(it, start)))))
}

/// `zip(*iterables, strict=False)`.
pub fn zip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // CPython checks the keywords first, with its own wording.
    if args.kw.len() > 1 {
        return Err(type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            args.kw.len()
        )));
    }
    let mut strict = false;
    if let Some((k, v)) = args.kw.first() {
        let name = vm.interner.name(*k);
        if name != "strict" {
            return Err(type_error(format!(
                "'{name}' is an invalid keyword argument for zip()"
            )));
        }
        strict = vm.truthy(*v)?;
    }
    let mut its = Vec::with_capacity(args.pos.len());
    for p in &args.pos {
        its.push(vm.get_iter(*p)?);
    }
    Ok(vm.alloc(Obj::Iter(Box::new(IterState::Zip(its, strict)))))
}

/// `map(function, *iterables)`.
pub fn map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("map", args).positional(1, usize::MAX)?;
    if a.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(a.len() - 1);
    for p in &a[1..] {
        its.push(vm.get_iter(*p)?);
    }
    Ok(vm.alloc(Obj::Iter(Box::new(IterState::Map(a[0], its)))))
}

/// `filter(function, iterable)`.
pub fn filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("filter", args).positional(2, 2)?;
    let it = vm.get_iter(a[1])?;
    Ok(vm.alloc(Obj::Iter(Box::new(IterState::Filter(a[0], it)))))
}

/// `reversed(seq)`.
pub fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("reversed", args).positional(1, 1)?;
    let v = a[0];
    let seq = match vm.type_of(v) {
        Ty::List | Ty::Tuple | Ty::Str | Ty::Bytes | Ty::ByteArray | Ty::Range | Ty::Deque => v,
        Ty::Dict | Ty::Counter | Ty::DefaultDict | Ty::OrderedDict | Ty::DictKeys => {
            let mut keys = vm.collect_iterable(v)?;
            keys.reverse();
            let l = vm.new_list(keys);
            return vm.get_iter(l);
        }
        Ty::DictValues | Ty::DictItems => {
            let mut items = vm.collect_iterable(v)?;
            items.reverse();
            let l = vm.new_list(items);
            return vm.get_iter(l);
        }
        _ => {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                vm.type_name(v)
            )))
        }
    };
    let n = vm.py_len(seq)?;
    Ok(vm.alloc(Obj::Iter(Box::new(IterState::Reversed(seq, n)))))
}

/// Sorts `items` in place, stably, by `keys` (or the items), with Python's `<`.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    vm.charge(items.len() as u64)?;
    let keys: Vec<Value> = match key {
        Some(k) if !k.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            // `key=itemgetter(i)`: subscript directly instead of calling per item.
            if let Some(item) = crate::modules::operator::single_item(vm, k) {
                for it in items.iter() {
                    ks.push(vm.get_item(*it, item)?);
                }
            } else {
                for it in items.iter() {
                    ks.push(vm.call_value(k, &[*it], &[])?);
                }
            }
            ks
        }
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if sort_numeric_keys(&keys, &mut idx, reverse) {
        let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
        *items = sorted;
        return Ok(());
    }
    let mut err: Option<Raise> = None;
    if keys
        .iter()
        .any(|k| vm.is_instance(*k) || crate::modules::functools::is_cmp_key(vm, *k))
    {
        // User `__lt__`: comparisons call Python code.
        let mut cmp = |a: &usize, b: &usize| -> Ordering {
            if err.is_some() {
                return Ordering::Equal;
            }
            let lt = |vm: &mut Vm, x: Value, y: Value| -> PyResult<bool> {
                let r = vm.compare(CmpOp::Lt, x, y)?;
                vm.truthy_mut(r)
            };
            match lt(vm, keys[*b], keys[*a]) {
                Ok(true) => Ordering::Greater,
                Ok(false) => match lt(vm, keys[*a], keys[*b]) {
                    Ok(true) => Ordering::Less,
                    Ok(false) => Ordering::Equal,
                    Err(e) => {
                        err = Some(e);
                        Ordering::Equal
                    }
                },
                Err(e) => {
                    err = Some(e);
                    Ordering::Equal
                }
            }
        };
        if reverse {
            idx.reverse();
            idx.sort_by(&mut cmp);
            idx.reverse();
        } else {
            idx.sort_by(&mut cmp);
        }
    } else {
        let vm_ref: &Vm = vm;
        let cmp = |a: &usize, b: &usize| -> Ordering {
            if err.is_some() {
                return Ordering::Equal;
            }
            // Python sorts with `<` only: b < a means Greater.
            match vm_ref.partial_cmp(keys[*a], keys[*b], CmpOp::Lt) {
                Ok(Some(o)) => o,
                Ok(None) => Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    Ordering::Equal
                }
            }
        };
        if reverse {
            // Stable reverse sort: reverse, stable sort descending, reverse back keeps
            // equal elements in original order, as CPython does.
            idx.reverse();
            idx.sort_by(cmp);
            idx.reverse();
        } else {
            idx.sort_by(cmp);
        }
    }
    if let Some(e) = err {
        return Err(e);
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
    *items = sorted;
    Ok(())
}

/// Sorts `idx` by `keys` when every key is an `int` or every key is a non-NaN
/// `float` (CPython's homogeneous-key fast paths); `false` otherwise.
fn sort_numeric_keys(keys: &[Value], idx: &mut [usize], reverse: bool) -> bool {
    fn stable<K: Copy, F: Fn(&K, &K) -> Ordering>(
        idx: &mut [usize],
        ks: &[K],
        reverse: bool,
        cmp: F,
    ) {
        // Reverse, sort, reverse keeps equal keys in their original order.
        if reverse {
            idx.reverse();
        }
        idx.sort_by(|&a, &b| cmp(&ks[a], &ks[b]));
        if reverse {
            idx.reverse();
        }
    }
    let ints: Option<Vec<i64>> = keys
        .iter()
        .map(|k| match k {
            Value::Int(i) => Some(*i),
            _ => None,
        })
        .collect();
    if let Some(ints) = ints {
        stable(idx, &ints, reverse, |a, b| a.cmp(b));
        return true;
    }
    let floats: Option<Vec<f64>> = keys
        .iter()
        .map(|k| match k {
            Value::Float(f) if !f.is_nan() => Some(*f),
            _ => None,
        })
        .collect();
    if let Some(floats) = floats {
        stable(idx, &floats, reverse, |a, b| {
            a.partial_cmp(b).unwrap_or(Ordering::Equal)
        });
        return true;
    }
    false
}

/// `sorted(iterable, *, key=None, reverse=False)`.
pub fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pos, kw) = ArgParser::new("sorted", args).with_keywords(vm, 1, 1, &["key", "reverse"])?;
    let mut items = vm.collect_iterable(pos[0])?;
    let reverse = match kw[1] {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    sort_values(vm, &mut items, kw[0], reverse)?;
    Ok(vm.new_list(items))
}

/// `sum(iterable, /, start=0)`.
pub fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("sum", args).bind(vm, &["iterable", "start"], 1)?;
    let start = a[1].unwrap_or(Value::Int(0));
    if vm.is_str(start) {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = vm.get_iter(a[0].expect("required"))?;
    let mut acc = start;
    // Floats are summed left to right in a plain `f64`, as CPython 3.11 does (the
    // compensated summation arrived in 3.12).
    let mut fsum: Option<f64> = None;
    while let Some(v) = vm.iter_next(it)? {
        vm.charge(1)?;
        match (fsum, acc, v) {
            (None, Value::Float(x), Value::Float(y)) => fsum = Some(x + y),
            (Some(s), _, Value::Float(y)) => fsum = Some(s + y),
            (Some(s), _, Value::Int(i)) => fsum = Some(s + i as f64),
            (Some(s), _, other) => {
                fsum = None;
                acc = vm.binary_op(BinOp::Add, Value::Float(s), other)?;
            }
            (None, _, _) => {
                acc = vm.binary_op(BinOp::Add, acc, v)?;
                if let Value::Float(x) = acc {
                    fsum = Some(x);
                }
            }
        }
    }
    if let Some(s) = fsum {
        return Ok(Value::Float(s));
    }
    Ok(acc)
}

/// `min(...)` / `max(...)` with `key` and `default`.
pub fn min_max(vm: &mut Vm, args: Args, is_min: bool) -> PyResult<Value> {
    let name = if is_min { "min" } else { "max" };
    let (pos, kw) =
        ArgParser::new(name, args).with_keywords(vm, 0, usize::MAX, &["key", "default"])?;
    let items = match pos.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => vm.collect_iterable(pos[0])?,
        _ => {
            if kw[1].is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos
        }
    };
    if items.is_empty() {
        return match kw[1] {
            Some(d) => Ok(d),
            None => Err(value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let key = kw[0].filter(|k| !k.is_none());
    let mut best = items[0];
    let mut best_key = match key {
        Some(k) => vm.call_value(k, &[best], &[])?,
        None => best,
    };
    for &it in &items[1..] {
        let k = match key {
            Some(f) => vm.call_value(f, &[it], &[])?,
            None => it,
        };
        let better = if is_min {
            vm.compare(CmpOp::Lt, k, best_key)?
        } else {
            vm.compare(CmpOp::Gt, k, best_key)?
        };
        if vm.truthy_mut(better)? {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}

/// `any(iterable)` / `all(iterable)`, short-circuiting.
pub fn any_all(vm: &mut Vm, args: Args, is_any: bool) -> PyResult<Value> {
    let a = ArgParser::new(if is_any { "any" } else { "all" }, args).positional(1, 1)?;
    let it = vm.get_iter(a[0])?;
    while let Some(v) = vm.iter_next(it)? {
        if vm.truthy_mut(v)? == is_any {
            return Ok(Value::Bool(is_any));
        }
    }
    Ok(Value::Bool(!is_any))
}

/// `anext(async_iterator[, default])`: an awaitable giving the next value (or
/// `default` once the async generator is exhausted).
pub fn anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("anext", args).positional(1, 2)?;
    if !vm.is_async_generator(a[0]) {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(a[0])
        )));
    }
    let gen = a[0].as_ref().expect("an async generator is a heap value");
    let default = a.get(1).copied().unwrap_or(Value::Undef);
    Ok(vm.alloc(Obj::Anext(gen, default)))
}
