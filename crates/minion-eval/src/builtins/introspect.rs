//! `isinstance`, `issubclass`, `callable`, `repr`, `ascii`, `format`, `getattr`,
//! `hasattr`, `id`.

use super::ArgParser;
use crate::error::{type_error, PyResult, Raise};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Whether class value `sub` (a user class or a built-in type) is `cls` or derives
/// from one of the classes `cls` names.
fn class_matches(vm: &Vm, sub: Value, cls: Value, fname: &str) -> PyResult<bool> {
    match cls {
        Value::Type(t) => Ok(match sub {
            Value::Type(s) => s.is_subtype(t),
            _ => vm.class_derives(sub, cls),
        }),
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Class(_)) => {
            use crate::modules::collections::abc;
            if let Some(name) = abc::abc_name(vm, id) {
                return Ok(abc::is_subclass(vm, sub, id, name));
            }
            Ok(vm.class_derives(sub, cls))
        }
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Tuple(_)) => {
            for c in vm.seq_items(cls) {
                if class_matches(vm, sub, c, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

/// `isinstance(obj, cls)`.
pub fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("isinstance", args).positional(2, 2)?;
    let sub = vm.class_value_of(a[0]);
    Ok(Value::Bool(class_matches(vm, sub, a[1], "isinstance")?))
}

/// `issubclass(cls, classinfo)`.
pub fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("issubclass", args).positional(2, 2)?;
    let is_class = match a[0] {
        Value::Type(_) => true,
        Value::Ref(id) => matches!(vm.heap.get(id), Obj::Class(_)),
        _ => false,
    };
    if !is_class {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::Bool(class_matches(vm, a[0], a[1], "issubclass")?))
}

/// `callable(obj)`.
pub fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("callable", args).positional(1, 1)?;
    Ok(Value::Bool(match a[0] {
        Value::Builtin(_) | Value::Tool(_) | Value::ModuleFn(_) | Value::Type(_) => true,
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Function(_) | Obj::NativeMethod(..) | Obj::BoundMethod(..) | Obj::Class(_) => true,
            Obj::Instance(_) => vm.dunder_of(a[0], "__call__").is_some(),
            Obj::FuncTool(f) => f.is_callable(),
            _ => false,
        },
        _ => false,
    }))
}

/// `repr(obj)`.
pub fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("repr", args).positional(1, 1)?;
    let s = vm.repr_mut(a[0])?;
    Ok(vm.new_str(s))
}

/// `ascii(obj)`.
pub fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("ascii", args).positional(1, 1)?;
    let s = vm.repr(a[0])?;
    let s = crate::vm::repr::escape_non_ascii(&s);
    Ok(vm.new_str(s))
}

/// `format(value, format_spec='')`.
pub fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("format", args).positional(1, 2)?;
    let spec = match a.get(1) {
        Some(s) => vm.str_ref(*s)?.to_string(),
        None => String::new(),
    };
    let s = vm.format_value(a[0], &spec)?;
    Ok(vm.new_str(s))
}

fn attr_name(vm: &mut Vm, v: Value) -> PyResult<crate::intern::Sym> {
    if !vm.is_str(v) {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        )));
    }
    let s = vm.str_ref(v)?.to_string();
    Ok(vm.interner.intern(&s))
}

/// `getattr(obj, name[, default])`.
pub fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("getattr", args).positional(2, 3)?;
    let name = attr_name(vm, a[1])?;
    match vm.get_attr(a[0], name) {
        Ok(v) => Ok(v),
        Err(e) if a.len() == 3 && is_attribute_error(vm, &e) => Ok(a[2]),
        Err(e) => Err(e),
    }
}

/// `setattr(obj, name, value)`.
pub fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("setattr", args).positional(3, 3)?;
    let name = attr_name(vm, a[1])?;
    vm.set_attr(a[0], name, a[2])?;
    Ok(Value::None)
}

/// `delattr(obj, name)`.
pub fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("delattr", args).positional(2, 2)?;
    let name = attr_name(vm, a[1])?;
    vm.del_attr(a[0], name)?;
    Ok(Value::None)
}

/// `vars(obj)`: the `__dict__` of an instance or class (a copy; `vars()` without an
/// argument is not available).
pub fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("vars", args).positional(1, 1)?;
    let dict = vm.interner.intern("__dict__");
    match vm.get_attr(a[0], dict) {
        Ok(d) => Ok(d),
        Err(_) => Err(type_error("vars() argument must have __dict__ attribute")),
    }
}

/// `hasattr(obj, name)`.
pub fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("hasattr", args).positional(2, 2)?;
    let name = attr_name(vm, a[1])?;
    match vm.get_attr(a[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if is_attribute_error(vm, &e) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

/// Whether `e` is an `AttributeError` (a new one or a raised instance, also of a
/// user subclass).
fn is_attribute_error(vm: &Vm, e: &Raise) -> bool {
    match e {
        Raise::New(n) => n.ty.is_subtype(Ty::AttributeError),
        Raise::Obj(id) => vm.exc_is(*id, Ty::AttributeError),
        Raise::Fatal(_) => false,
    }
}

/// `id(obj)`: stable for the object's lifetime (heap slot based, not an address).
pub fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("id", args).positional(1, 1)?;
    Ok(Value::Int(match a[0] {
        Value::Ref(id) => 0x10000 + id.index() as i64 * 16,
        other => vm.hash_value(other).unwrap_or(0) as i64 & 0xffff,
    }))
}
