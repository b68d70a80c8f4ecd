//! The methods of `object`, the base of every class: what `super().__setattr__(...)`,
//! `object.__setattr__(self, ...)`, `super().__repr__()` or `super().__eq__(other)`
//! reach when no class before `object` in the MRO defines the method.

use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{no_attribute, type_error, PyResult};
use crate::objects::Obj;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The methods `object` provides (besides `__init__`, handled with `type`'s).
pub const METHODS: &[Kn] = &[
    Kn::DunderInit,
    Kn::DunderSetattr,
    Kn::DunderDelattr,
    Kn::DunderRepr,
    Kn::DunderStr,
    Kn::DunderEq,
    Kn::DunderNe,
    Kn::DunderHash,
    Kn::DunderFormat,
];

/// Calls `object.<kn>` on `recv`.
pub fn call(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let name = format!("object.{}", kn.as_str());
    match kn {
        Kn::DunderSetattr | Kn::DunderDelattr => {
            let setting = kn == Kn::DunderSetattr;
            let n = if setting { 2 } else { 1 };
            let a = ArgParser::new(&name, args).positional(n, n)?;
            let Some(attr) = vm.pystr(a[0]).map(|s| s.s.to_string()) else {
                return Err(type_error(format!(
                    "attribute name must be string, not '{}'",
                    vm.type_name(a[0])
                )));
            };
            let sym = vm.interner.intern(&attr);
            if crate::attrs::is_forbidden(sym) {
                return Err(no_attribute(vm.type_name(recv), &attr));
            }
            raw_set(vm, recv, sym, &attr, setting.then(|| a[1]))?;
            Ok(Value::None)
        }
        Kn::DunderRepr => {
            ArgParser::new(&name, args).positional(0, 0)?;
            let text = vm.repr(recv)?;
            Ok(vm.new_str(text))
        }
        Kn::DunderStr => {
            // `object.__str__` is `type(self).__repr__(self)`.
            ArgParser::new(&name, args).positional(0, 0)?;
            let text = vm.repr_mut(recv)?;
            Ok(vm.new_str(text))
        }
        Kn::DunderEq => {
            let a = ArgParser::new(&name, args).positional(1, 1)?;
            Ok(if recv.is(a[0]) {
                Value::Bool(true)
            } else {
                Value::Builtin(crate::builtins::Builtin::NotImplemented)
            })
        }
        Kn::DunderNe => {
            // `object.__ne__` inverts `self.__eq__(other)` unless that is NotImplemented.
            let a = ArgParser::new(&name, args).positional(1, 1)?;
            let eq = match vm.call_dunder(recv, "__eq__", &[a[0]])? {
                Some(r) => r,
                None => Value::Bool(recv.is(a[0])),
            };
            if matches!(eq, Value::Builtin(crate::builtins::Builtin::NotImplemented)) {
                return Ok(eq);
            }
            Ok(Value::Bool(!vm.truthy(eq)?))
        }
        Kn::DunderHash => {
            ArgParser::new(&name, args).positional(0, 0)?;
            let h = match recv {
                Value::Ref(id) => id.index() as i64 * 16 + 7,
                v => vm.hash_value(v)? as i64,
            };
            Ok(Value::Int(h))
        }
        Kn::DunderFormat => {
            let a = ArgParser::new(&name, args).positional(1, 1)?;
            let spec = vm.pystr(a[0]).map(|s| s.s.to_string());
            match spec.as_deref() {
                Some("") => {
                    let text = vm.str_mut(recv)?;
                    Ok(vm.new_str(text))
                }
                Some(_) => Err(type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    vm.type_name(recv)
                ))),
                None => Err(type_error(format!(
                    "__format__() argument must be str, not {}",
                    vm.type_name(a[0])
                ))),
            }
        }
        _ => {
            ArgParser::new(&name, args).positional(0, 0)?;
            Ok(Value::None)
        }
    }
}

/// Sets (or, for `None`, deletes) attribute `sym` in the object's own namespace,
/// without the class's `__setattr__`/`__delattr__` or properties.
fn raw_set(
    vm: &mut Vm,
    recv: Value,
    sym: crate::intern::Sym,
    attr: &str,
    v: Option<Value>,
) -> PyResult<()> {
    let Value::Ref(id) = recv else {
        return Err(no_attribute(vm.type_name(recv), attr));
    };
    let dict = match vm.heap.get_mut(id) {
        Obj::Instance(inst) => &mut inst.dict,
        Obj::Exception(e) => &mut e.attrs,
        _ => {
            return Err(crate::error::Raise::new(
                crate::types::Ty::AttributeError,
                format!("'{}' object has no attribute '{attr}'", vm.type_name(recv)),
            ))
        }
    };
    match v {
        Some(v) => match dict.iter_mut().find(|(k, _)| *k == sym) {
            Some(slot) => slot.1 = v,
            None => dict.push((sym, v)),
        },
        None => match dict.iter().position(|(k, _)| *k == sym) {
            Some(i) => {
                dict.remove(i);
            }
            None => {
                let t = vm.type_name(recv).to_string();
                return Err(no_attribute(&t, attr));
            }
        },
    }
    Ok(())
}
