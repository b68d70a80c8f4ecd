//! Settable attributes of Python functions, which `functools.wraps` needs:
//! `__name__` and `__qualname__` rename the function, anything else (`__doc__`,
//! `__module__`, `__wrapped__`, user attributes) goes to its attribute dict.

use crate::error::{type_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::intern::Sym;
use crate::objects::Obj;
use crate::value::Value;
use crate::vm::Vm;

/// `f.name = v` on the function `id` (`v` is `None` for `del f.name`). Returns
/// whether the attribute was handled (`del` of an absent attribute is not).
pub fn set_function_attr(vm: &mut Vm, id: HeapId, name: Sym, v: Option<Value>) -> PyResult<bool> {
    let n = vm.interner.name(name).to_string();
    if matches!(n.as_str(), "__name__" | "__qualname__") {
        let Some(v) = v else {
            return Err(type_error(format!("{n} must be set to a string object")));
        };
        let Some(text) = vm.pystr(v).map(|s| s.s.to_string()) else {
            return Err(type_error(format!("{n} must be set to a string object")));
        };
        let sym = (n == "__name__").then(|| vm.interner.intern(&text));
        if let Obj::Function(f) = vm.heap.get_mut(id) {
            match sym {
                Some(s) => f.name = s,
                None => f.qualname = text,
            }
        }
        return Ok(true);
    }
    let Obj::Function(f) = vm.heap.get_mut(id) else {
        return Err(Raise::internal("not a function"));
    };
    match v {
        Some(v) => {
            match f.attrs.iter_mut().find(|(k, _)| *k == name) {
                Some(slot) => slot.1 = v,
                None => f.attrs.push((name, v)),
            }
            vm.heap.grew(24);
            Ok(true)
        }
        None => {
            let before = f.attrs.len();
            f.attrs.retain(|(k, _)| *k != name);
            Ok(f.attrs.len() != before)
        }
    }
}

/// `wrapper.__dict__.update(wrapped.__dict__)` for functions and instances.
pub fn copy_dict(vm: &mut Vm, wrapper: Value, wrapped: Value) -> PyResult<()> {
    let pairs: Vec<(Sym, Value)> = match wrapped {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Function(f) => f.attrs.clone(),
            Obj::Instance(i) => i.dict.clone(),
            _ => return Ok(()),
        },
        _ => return Ok(()),
    };
    for (k, v) in pairs {
        vm.set_attr(wrapper, k, v)?;
    }
    Ok(())
}
