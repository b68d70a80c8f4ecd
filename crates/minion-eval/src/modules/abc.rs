//! The `abc` module: `ABC`, `ABCMeta` (accepted as `metaclass=ABCMeta`) and
//! `abstractmethod`.
//!
//! `abstractmethod(f)` sets `f.__isabstractmethod__ = True` (as CPython). A class
//! deriving from `ABC` carries `flags::ABC`; when it is built, `class_built` computes
//! `__abstractmethods__` as CPython's `ABCMeta.__new__` does (its own abstract
//! attributes, plus the inherited abstract names it still resolves to abstract
//! attributes) and sets `flags::ABSTRACT` when any are left, so calling it raises
//! CPython 3.11's `TypeError`. Not supported: `ABC.register` (virtual subclasses),
//! `abstractproperty` and the other deprecated helpers.

use super::pyclass::{self, as_class, new_class, own_attr, set_class_attr};
use super::ModuleFn;
use crate::builtins::ArgParser;
use crate::error::{type_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::class::flags;
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// `ABC` and `ABCMeta`.
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let abc = new_class(vm, "ABC", "abc", None, vec![], flags::ABC)
        .map(Value::Ref)
        .unwrap_or(Value::None);
    let meta = new_class(vm, "ABCMeta", "abc", Some(Value::Type(Ty::Type)), vec![], 0)
        .map(Value::Ref)
        .unwrap_or(Value::None);
    vec![("ABC", abc), ("ABCMeta", meta)]
}

/// Calls `abc` function `f`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::AbcAbstractmethod => {
            let a = ArgParser::new("abstractmethod", args).positional(1, 1)?;
            mark_abstract(vm, a[0])?;
            Ok(a[0])
        }
        _ => Err(Raise::internal("not an abc function")),
    }
}

/// Sets `__isabstractmethod__` on the function behind `v`.
fn mark_abstract(vm: &mut Vm, v: Value) -> PyResult<()> {
    let f = match inner_function(vm, v) {
        Some(f) => f,
        None => {
            return Err(Raise::new(
                Ty::AttributeError,
                format!(
                    "'{}' object has no attribute '__isabstractmethod__'",
                    vm.type_name(v)
                ),
            ))
        }
    };
    let sym = vm.interner.intern("__isabstractmethod__");
    if let Obj::Function(func) = vm.heap.get_mut(f) {
        match func.attrs.iter_mut().find(|(k, _)| *k == sym) {
            Some(slot) => slot.1 = Value::Bool(true),
            None => func.attrs.push((sym, Value::Bool(true))),
        }
    }
    Ok(())
}

/// The function a method, property, classmethod or staticmethod wraps.
fn inner_function(vm: &Vm, v: Value) -> Option<HeapId> {
    let Value::Ref(id) = v else { return None };
    match vm.heap.get(id) {
        Obj::Function(_) => Some(id),
        Obj::ClassMethod(f) | Obj::StaticMethod(f) => inner_function(vm, *f),
        Obj::Property(p) => inner_function(vm, p[0]),
        _ => None,
    }
}

/// Whether class attribute `v` is abstract (`__isabstractmethod__` is true).
fn is_abstract(vm: &Vm, v: Value) -> bool {
    let Some(f) = inner_function(vm, v) else {
        return false;
    };
    let Some(sym) = vm.interner.lookup("__isabstractmethod__") else {
        return false;
    };
    match vm.heap.get(f) {
        Obj::Function(func) => matches!(func.attr(sym), Some(Value::Bool(true))),
        _ => false,
    }
}

/// Whether `v` is `abc.ABCMeta`.
pub fn is_abcmeta(vm: &mut Vm, v: Value) -> bool {
    let Some(Value::Ref(m)) = super::load(vm, "abc") else {
        return false;
    };
    let Some(sym) = vm.interner.lookup("ABCMeta") else {
        return false;
    };
    match vm.heap.get(m) {
        Obj::Namespace(ns) => ns.1.iter().any(|(k, x)| *k == sym && x.is(v)),
        _ => false,
    }
}

/// Computes `__abstractmethods__` of the new class `cls`.
pub fn class_built(vm: &mut Vm, cls: HeapId) -> PyResult<()> {
    let mut names: Vec<String> = vec![];
    let own: Vec<(crate::intern::Sym, Value)> = match vm.heap.get(cls) {
        Obj::Class(c) => c.dict.clone(),
        _ => vec![],
    };
    for (k, v) in own {
        if is_abstract(vm, v) {
            names.push(vm.interner.name(k).to_string());
        }
    }
    let bases: Vec<Value> = match vm.heap.get(cls) {
        Obj::Class(c) => c.bases.clone(),
        _ => vec![],
    };
    for b in bases {
        let Some(bid) = as_class(vm, b) else { continue };
        let Some(inherited) = pyclass::lookup(vm, bid, "__abstractmethods__") else {
            continue;
        };
        for n in vm.collect_iterable(inherited)? {
            let n = vm.str_ref(n)?.to_string();
            let sym = vm.interner.intern(&n);
            let v = vm.class_lookup(cls, sym);
            if v.is_some_and(|v| is_abstract(vm, v)) && !names.contains(&n) {
                names.push(n);
            }
        }
    }
    vm.charge(names.len() as u64)?;
    names.sort();
    let items: Vec<Value> = names.iter().map(|n| vm.new_str(n.as_str())).collect();
    let list = vm.new_list(items);
    let fs = crate::builtins::call_type(vm, Ty::FrozenSet, Args::positional(vec![list]))?;
    set_class_attr(vm, cls, "__abstractmethods__", fs);
    if let Obj::Class(c) = vm.heap.get_mut(cls) {
        if names.is_empty() {
            c.flags &= !flags::ABSTRACT;
        } else {
            c.flags |= flags::ABSTRACT;
        }
    }
    Ok(())
}

/// `TypeError: Can't instantiate abstract class Shape with abstract methods a, b`.
pub fn instantiation_error(vm: &mut Vm, cls: HeapId) -> Raise {
    let mut names: Vec<String> = vec![];
    if let Some(v) = own_attr(vm, cls, "__abstractmethods__") {
        if let Ok(items) = vm.collect_iterable(v) {
            for n in items {
                if let Ok(s) = vm.str_ref(n) {
                    names.push(s.to_string());
                }
            }
        }
    }
    names.sort();
    let cname = vm.class_name(Value::Ref(cls)).to_string();
    type_error(format!(
        "Can't instantiate abstract class {cname} with abstract method{} {}",
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    ))
}
