//! `dict` methods.

use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{type_error, PyResult, Raise};
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Methods of `dict`.
pub const METHODS: &[Kn] = &[
    Kn::Get,
    Kn::Setdefault,
    Kn::Pop,
    Kn::Popitem,
    Kn::Update,
    Kn::Items,
    Kn::Keys,
    Kn::Values,
    Kn::Fromkeys,
    Kn::Copy,
    Kn::Clear,
];

/// Calls a dict method.
pub fn call(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    if kn == Kn::Fromkeys {
        let a = ArgParser::new("fromkeys", args).positional(1, 2)?;
        let keys = vm.collect_iterable(a[0])?;
        let v = a.get(1).copied().unwrap_or(Value::None);
        let d = vm.alloc(Obj::Dict(Dict::new()));
        for k in keys {
            vm.dict_set(d.as_ref().expect("dict"), k, v)?;
        }
        return Ok(d);
    }
    let id = recv.as_ref().expect("dict value");
    match kn {
        Kn::Get => {
            let a = ArgParser::new("get", args).positional(1, 2)?;
            Ok(vm
                .dict_get(id, a[0])?
                .unwrap_or(a.get(1).copied().unwrap_or(Value::None)))
        }
        Kn::Setdefault => {
            let a = ArgParser::new("setdefault", args).positional(1, 2)?;
            if let Some(v) = vm.dict_get(id, a[0])? {
                return Ok(v);
            }
            let d = a.get(1).copied().unwrap_or(Value::None);
            vm.dict_set(id, a[0], d)?;
            Ok(d)
        }
        Kn::Pop => {
            let a = ArgParser::new("pop", args).positional(1, 2)?;
            match vm.dict_remove(id, a[0])? {
                Some(v) => Ok(v),
                None => match a.get(1) {
                    Some(d) => Ok(*d),
                    None => Err(Raise::with_arg(Ty::KeyError, a[0])),
                },
            }
        }
        Kn::Popitem => {
            ArgParser::new("dict.popitem", args).positional(0, 0)?;
            let e = match vm.heap.get_mut(id) {
                Obj::Dict(d) => d.pop_last(),
                _ => None,
            };
            match e {
                Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
                None => Err(Raise::new(Ty::KeyError, "popitem(): dictionary is empty")),
            }
        }
        Kn::Update => {
            let pos = args.pos.clone();
            if pos.len() > 1 {
                return Err(type_error(format!(
                    "update expected at most 1 argument, got {}",
                    pos.len()
                )));
            }
            if let Some(&src) = pos.first() {
                let tmp = crate::builtins::call_type(vm, Ty::Dict, Args::positional(vec![src]))?;
                vm.dict_update_from(recv, tmp, false)?;
            }
            for (k, v) in args.kw {
                let key = vm.interner.name(k).to_string();
                let key = vm.new_str(key);
                vm.dict_set(id, key, v)?;
            }
            Ok(Value::None)
        }
        Kn::Keys | Kn::Values | Kn::Items => {
            let name = format!("dict.{}", kn.as_str());
            ArgParser::new(&name, args).positional(0, 0)?;
            let kind = match kn {
                Kn::Keys => 0,
                Kn::Values => 1,
                _ => 2,
            };
            Ok(vm.alloc(Obj::DictView(recv, kind)))
        }
        Kn::Copy => {
            ArgParser::new("dict.copy", args).positional(0, 0)?;
            let d = match vm.heap.get(id) {
                Obj::Dict(d) => d.clone(),
                _ => Dict::new(),
            };
            Ok(vm.alloc(Obj::Dict(d)))
        }
        _ => {
            ArgParser::new("dict.clear", args).positional(0, 0)?;
            if let Obj::Dict(d) = vm.heap.get_mut(id) {
                d.clear();
            }
            Ok(Value::None)
        }
    }
}
