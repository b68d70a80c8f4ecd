//! `collections.ChainMap`: a list of mappings looked up in order; writes and deletes
//! go to the first. Its key order is CPython's (the last mapping's keys first).

use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{type_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Methods of `ChainMap`.
pub const METHODS: &[Kn] = &[
    Kn::Get,
    Kn::Keys,
    Kn::Items,
    Kn::Values,
    Kn::NewChild,
    Kn::Pop,
    Kn::Popitem,
    Kn::Clear,
    Kn::Copy,
    Kn::Update,
    Kn::Setdefault,
];

/// `ChainMap(*maps)` (one empty dict when no map is given).
pub fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut maps = ArgParser::new("ChainMap", args).positional(0, usize::MAX)?;
    if maps.is_empty() {
        maps.push(vm.alloc(Obj::Dict(Dict::new())));
    }
    Ok(new_chain(vm, maps))
}

fn new_chain(vm: &mut Vm, maps: Vec<Value>) -> Value {
    let list = vm.new_list(maps);
    vm.alloc(Obj::ChainMap(list))
}

/// The `maps` list of a ChainMap value.
pub fn maps_list(vm: &Vm, id: HeapId) -> Value {
    match vm.heap.get(id) {
        Obj::ChainMap(m) => *m,
        _ => Value::None,
    }
}

/// The mappings of a ChainMap, in lookup order.
pub fn maps(vm: &Vm, id: HeapId) -> Vec<Value> {
    vm.seq_items(maps_list(vm, id))
}

fn first(vm: &Vm, id: HeapId) -> PyResult<Value> {
    maps(vm, id)
        .first()
        .copied()
        .ok_or_else(|| Raise::new(Ty::IndexError, "list index out of range"))
}

/// `key in mapping` and `mapping[key]` for one mapping of the chain (`None` if absent).
fn lookup(vm: &mut Vm, m: Value, key: Value) -> PyResult<Option<Value>> {
    if let Value::Ref(mid) = m {
        if let Obj::Dict(d) = vm.heap.get(mid) {
            if d.kind().is_none() {
                return vm.dict_get(mid, key);
            }
        }
    }
    if !vm.contains(m, key)? {
        return Ok(None);
    }
    vm.get_item(m, key).map(Some)
}

/// `cm[key]`.
pub fn get_item(vm: &mut Vm, id: HeapId, key: Value) -> PyResult<Value> {
    for m in maps(vm, id) {
        if let Some(v) = lookup(vm, m, key)? {
            return Ok(v);
        }
    }
    Err(Raise::with_arg(Ty::KeyError, key))
}

/// `key in cm`.
pub fn contains(vm: &mut Vm, id: HeapId, key: Value) -> PyResult<bool> {
    for m in maps(vm, id) {
        if vm.contains(m, key)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `del cm[key]`: only from the first mapping.
pub fn del_item(vm: &mut Vm, id: HeapId, key: Value) -> PyResult<()> {
    let m = first(vm, id)?;
    if !vm.contains(m, key)? {
        return Err(not_in_first(vm, key));
    }
    vm.del_item(m, key)
}

fn not_in_first(vm: &mut Vm, key: Value) -> Raise {
    match vm.repr_mut(key) {
        Ok(r) => {
            let msg = vm.new_str(format!("Key not found in the first mapping: {r}"));
            Raise::with_arg(Ty::KeyError, msg)
        }
        Err(e) => e,
    }
}

/// The chain flattened into a plain dict: keys in CPython's iteration order, each
/// with the value lookup gives.
pub fn merged(vm: &mut Vm, id: HeapId) -> PyResult<Value> {
    let d = vm.alloc(Obj::Dict(Dict::new()));
    let did = d.as_ref().expect("dict");
    for m in maps(vm, id).into_iter().rev() {
        let keys = vm.collect_iterable(m)?;
        vm.charge(keys.len() as u64 / 8)?;
        for k in keys {
            let v = vm.get_item(m, k)?;
            vm.dict_set(did, k, v)?;
        }
    }
    Ok(d)
}

/// Calls a ChainMap method.
pub fn call(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let id = recv.as_ref().expect("chainmap");
    let name = format!("ChainMap.{}", kn.as_str());
    match kn {
        Kn::Get => {
            let a = ArgParser::new(&name, args).positional(1, 2)?;
            for m in maps(vm, id) {
                if let Some(v) = lookup(vm, m, a[0])? {
                    return Ok(v);
                }
            }
            Ok(a.get(1).copied().unwrap_or(Value::None))
        }
        Kn::Keys | Kn::Items | Kn::Values => {
            ArgParser::new(&name, args).positional(0, 0)?;
            let d = merged(vm, id)?;
            let kind = match kn {
                Kn::Keys => 0,
                Kn::Values => 1,
                _ => 2,
            };
            Ok(vm.alloc(Obj::DictView(d, kind)))
        }
        Kn::NewChild => {
            let a = ArgParser::new(&name, Args::positional(args.pos)).positional(0, 1)?;
            let child = match a.first() {
                Some(v) if !v.is_none() => *v,
                _ => vm.alloc(Obj::Dict(Dict::new())),
            };
            if !args.kw.is_empty() {
                let cid = child
                    .as_ref()
                    .filter(|c| matches!(vm.heap.get(*c), Obj::Dict(_)))
                    .ok_or_else(|| type_error("new_child() keywords need a dict"))?;
                for (k, v) in args.kw {
                    let key = vm.new_str(vm.interner.name(k).to_string());
                    vm.dict_set(cid, key, v)?;
                }
            }
            let mut all = vec![child];
            all.extend(maps(vm, id));
            Ok(new_chain(vm, all))
        }
        Kn::Pop => {
            let a = ArgParser::new(&name, args).positional(1, 2)?;
            let m = first(vm, id)?;
            if vm.contains(m, a[0])? {
                let v = vm.get_item(m, a[0])?;
                vm.del_item(m, a[0])?;
                return Ok(v);
            }
            match a.get(1) {
                Some(d) => Ok(*d),
                None => Err(not_in_first(vm, a[0])),
            }
        }
        Kn::Popitem => {
            ArgParser::new(&name, args).positional(0, 0)?;
            let m = first(vm, id)?;
            let popitem = Kn::Popitem.sym();
            match vm.get_attr(m, popitem) {
                Ok(f) => match vm.call_value(f, &[], &[]) {
                    Ok(v) => Ok(v),
                    Err(e) if is_key_error(vm, &e) => Err(Raise::new(
                        Ty::KeyError,
                        "No keys found in the first mapping.",
                    )),
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            }
        }
        Kn::Clear | Kn::Update => {
            let m = first(vm, id)?;
            let f = vm.get_attr(m, kn.sym())?;
            vm.call_value(f, &args.pos, &args.kw)
        }
        Kn::Copy => {
            ArgParser::new(&name, args).positional(0, 0)?;
            let mut all = maps(vm, id);
            if let Some(m) = all.first().copied() {
                let f = vm.get_attr(m, Kn::Copy.sym())?;
                all[0] = vm.call_value(f, &[], &[])?;
            }
            Ok(new_chain(vm, all))
        }
        _ => {
            let a = ArgParser::new(&name, args).positional(1, 2)?;
            if contains(vm, id, a[0])? {
                return get_item(vm, id, a[0]);
            }
            let d = a.get(1).copied().unwrap_or(Value::None);
            let m = first(vm, id)?;
            vm.set_item(m, a[0], d)?;
            Ok(d)
        }
    }
}

/// `cm.maps` / `cm.parents`.
pub fn data_attr(vm: &mut Vm, id: HeapId, kn: Kn) -> Option<Value> {
    match kn {
        Kn::Maps => Some(maps_list(vm, id)),
        Kn::Parents => {
            let rest = maps(vm, id).into_iter().skip(1).collect::<Vec<_>>();
            let rest = if rest.is_empty() {
                vec![vm.alloc(Obj::Dict(Dict::new()))]
            } else {
                rest
            };
            Some(new_chain(vm, rest))
        }
        _ => None,
    }
}

/// Whether `e` is a `KeyError` (new or raised).
fn is_key_error(vm: &Vm, e: &Raise) -> bool {
    match e {
        Raise::New(n) => n.ty.is_subtype(Ty::KeyError),
        Raise::Obj(id) => vm.exc_is(*id, Ty::KeyError),
        Raise::Fatal(_) => false,
    }
}
