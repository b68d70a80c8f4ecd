//! The `collections` module (and its `abc` submodule).
//!
//! | file | what |
//! |---|---|
//! | `counter.rs` | `Counter` (a tagged `Dict`) |
//! | `dicts.rs` | `defaultdict`, `OrderedDict` (tagged `Dict`s), their repr and methods |
//! | `deque.rs` | `deque` (`Obj::Deque`) |
//! | `namedtuple.rs` | `namedtuple` classes and their `Obj::NamedTuple` instances |
//! | `chainmap.rs` | `ChainMap` (`Obj::ChainMap`) |
//! | `abc.rs` | `collections.abc` over the built-in types |
//!
//! `Counter`, `defaultdict` and `OrderedDict` are the ordinary `Obj::Dict` with a
//! [`DictKind`](crate::objects::dict::DictKind) tag, so every dict path (subscript,
//! `json`, iteration, `isinstance(x, dict)`) works on them; only a missing key, the
//! repr, the type and the extra methods differ.

pub mod abc;
mod chainmap;
mod counter;
mod deque;
mod dicts;
mod namedtuple;

pub use deque::Deque;
pub use namedtuple::NamedTuple;

use crate::attrs::Kn;
use crate::error::{PyResult, Raise};
use crate::heap::HeapId;
use crate::intern::Sym;
use crate::modules::ModuleFn;
use crate::objects::dict::DictKind;
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The module's non-function attributes: the types and the `abc` submodule.
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let abc = abc::module(vm);
    vec![
        ("Counter", Value::Type(Ty::Counter)),
        ("defaultdict", Value::Type(Ty::DefaultDict)),
        ("OrderedDict", Value::Type(Ty::OrderedDict)),
        ("deque", Value::Type(Ty::Deque)),
        ("ChainMap", Value::Type(Ty::ChainMap)),
        ("abc", abc),
    ]
}

/// Calls a `collections` function (`namedtuple` and the namedtuple methods).
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::CollectionsNamedtuple => namedtuple::namedtuple(vm, args),
        _ => namedtuple::call(vm, f, args),
    }
}

/// Calling one of the `collections` types.
pub fn construct(vm: &mut Vm, ty: Ty, args: Args) -> PyResult<Value> {
    match ty {
        Ty::Counter => counter::construct(vm, args),
        Ty::DefaultDict => dicts::construct_defaultdict(vm, args),
        Ty::OrderedDict => dicts::construct_ordered(vm, args),
        Ty::Deque => deque::construct(vm, args),
        _ => chainmap::construct(vm, args),
    }
}

/// The method names of a `collections` type (`None` for other types).
pub fn methods_of(ty: Ty) -> Option<&'static [Kn]> {
    Some(match ty {
        Ty::Counter => dicts::COUNTER_METHODS,
        Ty::DefaultDict => crate::methods::DICT_METHODS,
        Ty::OrderedDict => dicts::ORDERED_METHODS,
        Ty::Deque => deque::METHODS,
        Ty::ChainMap => chainmap::METHODS,
        _ => return None,
    })
}

/// Calls method `kn` of a `collections` value of type `ty`.
pub fn call_method(vm: &mut Vm, recv: Value, ty: Ty, kn: Kn, args: Args) -> PyResult<Value> {
    match ty {
        Ty::Counter if counter::EXTRA_METHODS.contains(&kn) || kn == Kn::Update => {
            counter::call(vm, recv, kn, args)
        }
        Ty::Counter if kn == Kn::Fromkeys => counter::call(vm, recv, kn, args),
        Ty::OrderedDict | Ty::DefaultDict | Ty::Counter => dicts::call(vm, recv, ty, kn, args),
        Ty::Deque => deque::call(vm, recv, kn, args),
        Ty::ChainMap => chainmap::call(vm, recv, kn, args),
        _ => Err(Raise::internal("not a collections type")),
    }
}

/// `d[key]` for a key a `collections` dict lacks: 0 for a Counter (not inserted), the
/// factory's value for a defaultdict (inserted), `KeyError` otherwise.
pub fn missing(vm: &mut Vm, id: HeapId, key: Value) -> PyResult<Value> {
    let extra = match vm.heap.get(id) {
        Obj::Dict(d) => d.extra().copied(),
        _ => None,
    };
    match extra {
        Some(x) if x.kind == DictKind::Counter => Ok(Value::Int(0)),
        Some(x) if x.kind == DictKind::DefaultDict && !x.factory.is_none() => {
            vm.hash_value(key)?;
            let v = vm.call_value(x.factory, &[], &[])?;
            vm.dict_set(id, key, v)?;
            Ok(v)
        }
        _ => Err(Raise::with_arg(Ty::KeyError, key)),
    }
}

/// Attributes of `collections` values that are not methods (`maxlen`,
/// `default_factory`, `maps`, `parents`).
pub fn data_attr(vm: &mut Vm, id: HeapId, kn: Kn) -> Option<Value> {
    match vm.heap.get(id) {
        Obj::Deque(d) if kn == Kn::Maxlen => {
            Some(d.maxlen.map_or(Value::None, |m| Value::Int(m as i64)))
        }
        Obj::Dict(d) if kn == Kn::DefaultFactory => match d.extra() {
            Some(x) if x.kind == DictKind::DefaultDict => Some(x.factory),
            _ => None,
        },
        Obj::ChainMap(_) => chainmap::data_attr(vm, id, kn),
        _ => None,
    }
}

/// `obj.name` for namedtuple instances (see [`namedtuple::get_attr`]).
pub fn namedtuple_attr(vm: &mut Vm, obj: Value, cls: HeapId, name: Sym) -> PyResult<Option<Value>> {
    namedtuple::get_attr(vm, obj, cls, name)
}

/// The error of `obj.name = v` on a namedtuple instance.
pub fn namedtuple_set_attr_error(vm: &Vm, obj: Value, cls: HeapId, name: Sym) -> Raise {
    namedtuple::set_attr_error(vm, obj, cls, name)
}

/// Calling a namedtuple class.
pub fn construct_namedtuple(vm: &mut Vm, cls: HeapId, args: Args) -> PyResult<Value> {
    namedtuple::construct_instance(vm, cls, args)
}

/// Two-operand operators on `collections` values: `Some` when handled.
pub fn binary_op(
    vm: &mut Vm,
    op: crate::compile::code::BinOp,
    a: Value,
    b: Value,
    inplace: bool,
) -> PyResult<Option<Value>> {
    use crate::compile::code::BinOp;
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    match (op, ta, tb) {
        (BinOp::Add | BinOp::Sub | BinOp::BitOr | BinOp::BitAnd, Ty::Counter, Ty::Counter) => {
            if inplace {
                counter::inplace(vm, op, a, b).map(Some)
            } else {
                counter::binary(vm, op, a, b).map(Some)
            }
        }
        (BinOp::BitOr, _, _) if ta.is_dict() && tb.is_dict() && ta != Ty::Counter => {
            dicts::union(vm, a, b, inplace).map(Some)
        }
        (BinOp::Add, Ty::Deque, Ty::Deque) if !inplace => deque_concat(vm, a, b).map(Some),
        (BinOp::Add, Ty::Deque, _) if inplace => {
            let extend = Kn::Extend;
            deque::call(vm, a, extend, Args::positional(vec![b]))?;
            Ok(Some(a))
        }
        (BinOp::Mul, Ty::Deque, Ty::Int | Ty::Bool) => {
            let items = deque::items_of(vm, a);
            let n = vm.expect_i64(b)?.max(0) as usize;
            vm.check_alloc(items.len().saturating_mul(n).saturating_mul(16))?;
            let maxlen = deque::deque_of(vm, a).and_then(|d| d.maxlen);
            let mut d = Deque {
                items: Default::default(),
                maxlen,
            };
            for _ in 0..n {
                for x in &items {
                    d.push_back(*x);
                }
            }
            if inplace {
                if let Value::Ref(id) = a {
                    if let Obj::Deque(old) = vm.heap.get_mut(id) {
                        old.items = d.items;
                    }
                }
                return Ok(Some(a));
            }
            Ok(Some(vm.alloc(Obj::Deque(Box::new(d)))))
        }
        _ => Ok(None),
    }
}

fn deque_concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let mut d = deque::deque_of(vm, a).cloned().unwrap_or_default();
    let extra = deque::items_of(vm, b);
    vm.check_alloc((d.items.len() + extra.len()) * 16)?;
    for x in extra {
        d.push_back(x);
    }
    Ok(vm.alloc(Obj::Deque(Box::new(d))))
}

/// `+c` / `-c` for a Counter: `Some` when handled.
pub fn unary_op(vm: &mut Vm, neg: bool, a: Value) -> PyResult<Option<Value>> {
    if vm.type_of(a) != Ty::Counter {
        return Ok(None);
    }
    counter::unary(vm, neg, a).map(Some)
}

/// `a == b` between two tagged dicts, when their kinds give it a meaning of its own
/// (two Counters: missing counts are 0; two OrderedDicts: order matters).
pub fn dict_eq(
    vm: &Vm,
    a: &crate::objects::Dict,
    b: &crate::objects::Dict,
) -> PyResult<Option<bool>> {
    match (a.kind(), b.kind()) {
        (Some(DictKind::Counter), Some(DictKind::Counter)) => {
            counter::counter_eq(vm, a, b).map(Some)
        }
        (Some(DictKind::OrderedDict), Some(DictKind::OrderedDict)) => {
            if a.len() != b.len() {
                return Ok(Some(false));
            }
            for (x, y) in a.iter().zip(b.iter()) {
                if !(x.key.is(y.key) || vm.eq(x.key, y.key)?) {
                    return Ok(Some(false));
                }
                if !(x.value.is(y.value) || vm.eq(x.value, y.value)?) {
                    return Ok(Some(false));
                }
            }
            Ok(Some(true))
        }
        _ => Ok(None),
    }
}

/// `repr()` pieces for the `collections` values, used by `vm/repr.rs`.
pub mod repr {
    pub use super::deque::repr as deque;
    pub use super::namedtuple::repr as namedtuple;
}

/// `len(cm)` for a ChainMap: the distinct keys of its dict maps (other mappings are
/// not counted; `len` cannot run Python code).
pub fn chainmap_len_ref(vm: &Vm, id: HeapId) -> usize {
    let maps = chainmap::maps(vm, id);
    let dicts: Vec<&crate::objects::Dict> = maps.iter().filter_map(|m| vm.dict_of(*m)).collect();
    let mut n = 0;
    for (i, d) in dicts.iter().enumerate() {
        for k in d.keys() {
            let earlier = dicts[..i]
                .iter()
                .any(|e| matches!(vm.dict_find(e, k), Ok(Some(_))));
            if !earlier {
                n += 1;
            }
        }
    }
    n
}

/// `cm[key]`, `cm[key] = v`, `del cm[key]`, `key in cm` for a ChainMap, and `d[i]`
/// for a deque.
pub mod item {
    pub use super::chainmap::merged as chainmap_merged;
    pub use super::chainmap::{contains as chainmap_contains, del_item as chainmap_del};
    pub use super::chainmap::{get_item as chainmap_get, maps as chainmap_maps};
    pub use super::deque::{del_item as deque_del, get_item as deque_get, set_item as deque_set};
}
