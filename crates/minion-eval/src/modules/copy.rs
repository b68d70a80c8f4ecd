//! The `copy` module: `copy` (shallow) and `deepcopy` over the built-in containers,
//! the `collections` types and user-class instances, following `copy.py`: immutable
//! values come back as themselves, `__copy__`/`__deepcopy__` are honoured, and
//! `deepcopy` keeps a memo (a dict from `id` to copy, as CPython's) so shared
//! references stay shared and cycles are rebuilt.

use super::ModuleFn;
use crate::error::{PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::{Dict, Instance, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::convert::MAX_NESTING;
use crate::vm::Vm;

/// Calls a `copy` function.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::CopyCopy => {
            let b = super::string::PySig::new("copy", &["x"], 1).bind(vm, args)?;
            shallow(vm, b.args[0].expect("required"))
        }
        _ => {
            let b =
                super::string::PySig::new("deepcopy", &["x", "memo", "_nil"], 1).bind(vm, args)?;
            let x = b.args[0].expect("required");
            let memo = match b.args[1] {
                Some(m) if !m.is_none() => {
                    if vm.dict_of(m).is_none() || !vm.type_of(m).is_dict() {
                        return Err(crate::error::type_error("deepcopy() memo must be a dict"));
                    }
                    m
                }
                _ => vm.alloc(Obj::Dict(Dict::new())),
            };
            deep(vm, x, memo, 0)
        }
    }
}

/// `TypeError` for values `copy.py` cannot reduce (modules, generators, tasks...).
fn check_copyable(vm: &Vm, v: Value) -> PyResult<()> {
    if let Value::Ref(id) = v {
        if let Obj::Namespace(_)
        | Obj::Generator(_)
        | Obj::Future(_)
        | Obj::LazyCall(_)
        | Obj::SyncPrim(_)
        | Obj::Anext(..) = vm.heap.get(id)
        {
            return Err(crate::error::type_error(format!(
                "cannot pickle '{}' object",
                vm.type_name(v)
            )));
        }
    }
    Ok(())
}

/// Whether `copy` returns `v` itself (immutable or unique values).
fn atomic(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Ref(id) => !matches!(
            vm.heap.get(id),
            Obj::List(_)
                | Obj::Tuple(_)
                | Obj::FrozenSet(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::ByteArray(_)
                | Obj::Deque(_)
                | Obj::NamedTuple(_)
                | Obj::ChainMap(_)
                | Obj::Instance(_)
        ),
        _ => true,
    }
}

/// `copy.copy(x)`.
pub fn shallow(vm: &mut Vm, x: Value) -> PyResult<Value> {
    check_copyable(vm, x)?;
    if atomic(vm, x) {
        return Ok(x);
    }
    let id = x.as_ref().expect("heap value");
    if let Obj::Instance(_) = vm.heap.get(id) {
        if let Some(v) = vm.call_dunder(x, "__copy__", &[])? {
            return Ok(v);
        }
    }
    vm.check_alloc(vm.heap.get(id).heap_bytes())?;
    let obj = match vm.heap.get(id) {
        // Immutable containers: CPython returns them unchanged.
        Obj::Tuple(_) | Obj::FrozenSet(_) | Obj::NamedTuple(_) => return Ok(x),
        Obj::List(l) => Obj::List(l.clone()),
        Obj::Dict(d) => Obj::Dict(d.clone()),
        Obj::Set(d) => Obj::Set(d.clone()),
        Obj::ByteArray(b) => Obj::ByteArray(b.clone()),
        Obj::Deque(d) => Obj::Deque(d.clone()),
        Obj::ChainMap(_) => {
            let f = vm.get_attr(x, crate::attrs::Kn::Copy.sym())?;
            return vm.call_value(f, &[], &[]);
        }
        Obj::Instance(i) => Obj::Instance(Box::new(Instance {
            class: i.class,
            dict: i.dict.clone(),
        })),
        _ => return Ok(x),
    };
    Ok(vm.alloc(obj))
}

/// The memo key of a heap object (`id(x)`).
fn key(id: HeapId) -> Value {
    Value::Int(id.index() as i64)
}

fn memo_get(vm: &mut Vm, memo: Value, id: HeapId) -> PyResult<Option<Value>> {
    let mid = memo.as_ref().expect("memo dict");
    vm.dict_get(mid, key(id))
}

fn memo_put(vm: &mut Vm, memo: Value, id: HeapId, copy: Value) -> PyResult<()> {
    let mid = memo.as_ref().expect("memo dict");
    vm.dict_set(mid, key(id), copy)
}

/// `copy.deepcopy(x, memo)` at nesting `depth`.
fn deep(vm: &mut Vm, x: Value, memo: Value, depth: usize) -> PyResult<Value> {
    check_copyable(vm, x)?;
    if atomic(vm, x) {
        return Ok(x);
    }
    if depth > MAX_NESTING {
        return Err(Raise::new(
            Ty::RecursionError,
            "maximum recursion depth exceeded while calling a Python object",
        ));
    }
    let id = x.as_ref().expect("heap value");
    if let Some(done) = memo_get(vm, memo, id)? {
        return Ok(done);
    }
    vm.charge(1)?;
    vm.check_alloc(vm.heap.get(id).heap_bytes())?;
    if let Obj::Instance(_) = vm.heap.get(id) {
        if let Some(v) = vm.call_dunder(x, "__deepcopy__", &[memo])? {
            memo_put(vm, memo, id, v)?;
            return Ok(v);
        }
    }
    let copy = match vm.heap.get(id) {
        Obj::List(l) => {
            let items = l.clone();
            let out = vm.new_list(Vec::with_capacity(items.len()));
            memo_put(vm, memo, id, out)?;
            for it in items {
                let c = deep(vm, it, memo, depth + 1)?;
                if let Obj::List(l) = vm.heap.get_mut(out.as_ref().expect("list")) {
                    l.push(c);
                }
            }
            out
        }
        Obj::Tuple(_) | Obj::FrozenSet(_) | Obj::NamedTuple(_) => {
            let (items, frozen, class) = match vm.heap.get(id) {
                Obj::Tuple(t) => (t.to_vec(), false, None),
                Obj::NamedTuple(t) => (t.items.to_vec(), false, Some(t.class)),
                Obj::FrozenSet(d) => (d.keys().collect(), true, None),
                _ => unreachable!(),
            };
            let mut copied = Vec::with_capacity(items.len());
            for it in &items {
                copied.push(deep(vm, *it, memo, depth + 1)?);
            }
            // A cycle through the tuple may have copied it already.
            if let Some(done) = memo_get(vm, memo, id)? {
                return Ok(done);
            }
            // CPython rebuilds a frozenset (it goes through `__reduce_ex__`), and
            // keeps a tuple whose items all copied to themselves.
            if !frozen && copied.iter().zip(&items).all(|(a, b)| a.is(*b)) {
                return Ok(x);
            }
            let out = if frozen {
                let mut d = Dict::new_set();
                d.set_presize(copied.len());
                let fs = vm.alloc(Obj::FrozenSet(d));
                let fid = fs.as_ref().expect("frozenset");
                for c in copied {
                    vm.dict_set(fid, c, Value::None)?;
                }
                fs
            } else if let Some(class) = class {
                vm.alloc(Obj::NamedTuple(Box::new(
                    crate::modules::collections::NamedTuple {
                        class,
                        items: copied.into_boxed_slice(),
                    },
                )))
            } else {
                vm.new_tuple(copied)
            };
            memo_put(vm, memo, id, out)?;
            out
        }
        Obj::Dict(d) | Obj::Set(d) => {
            let is_set = matches!(vm.heap.get(id), Obj::Set(_));
            let pairs: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
            let mut fresh = if is_set { Dict::new_set() } else { Dict::new() };
            let extra = d.extra().copied();
            let out = if is_set {
                vm.alloc(Obj::Set(fresh))
            } else {
                if let Some(x) = extra {
                    fresh.set_kind(Some(x.kind), x.factory);
                }
                vm.alloc(Obj::Dict(fresh))
            };
            memo_put(vm, memo, id, out)?;
            if let Some(x) = extra {
                let f = deep(vm, x.factory, memo, depth + 1)?;
                if let Obj::Dict(d) = vm.heap.get_mut(out.as_ref().expect("dict")) {
                    d.set_kind(Some(x.kind), f);
                }
            }
            let oid = out.as_ref().expect("dict");
            for (k, v) in pairs {
                let k = deep(vm, k, memo, depth + 1)?;
                let v = if is_set {
                    Value::None
                } else {
                    deep(vm, v, memo, depth + 1)?
                };
                vm.dict_set(oid, k, v)?;
            }
            out
        }
        Obj::ByteArray(b) => {
            let b = b.clone();
            let out = vm.alloc(Obj::ByteArray(b));
            memo_put(vm, memo, id, out)?;
            out
        }
        Obj::Deque(d) => {
            let items: Vec<Value> = d.items.iter().copied().collect();
            let fresh = crate::modules::collections::Deque {
                items: Default::default(),
                maxlen: d.maxlen,
            };
            let out = vm.alloc(Obj::Deque(Box::new(fresh)));
            memo_put(vm, memo, id, out)?;
            for it in items {
                let c = deep(vm, it, memo, depth + 1)?;
                if let Obj::Deque(d) = vm.heap.get_mut(out.as_ref().expect("deque")) {
                    d.push_back(c);
                }
            }
            out
        }
        Obj::ChainMap(m) => {
            let m = *m;
            let maps = deep(vm, m, memo, depth + 1)?;
            let out = vm.alloc(Obj::ChainMap(maps));
            memo_put(vm, memo, id, out)?;
            out
        }
        Obj::Instance(i) => {
            let (class, attrs) = (i.class, i.dict.clone());
            let out = vm.alloc(Obj::Instance(Box::new(Instance {
                class,
                dict: Vec::with_capacity(attrs.len()),
            })));
            memo_put(vm, memo, id, out)?;
            for (k, v) in attrs {
                let c = deep(vm, v, memo, depth + 1)?;
                if let Obj::Instance(i) = vm.heap.get_mut(out.as_ref().expect("instance")) {
                    i.dict.push((k, c));
                }
            }
            out
        }
        _ => x,
    };
    Ok(copy)
}
