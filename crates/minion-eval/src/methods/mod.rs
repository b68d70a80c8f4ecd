//! Methods of the built-in types, one file per type. Each file has a `METHODS` list
//! (for attribute lookup) and a `call` that dispatches on the [`Kn`] name.
//! Calling a method through its type (`str.upper("a")`, `dict.fromkeys(...)`) passes
//! the receiver as the first argument.

mod bytearray;
mod bytes;
mod dict;
mod future;
mod generator;
mod list;
mod number;
mod object;
pub(crate) mod set;
mod str;
mod tuple;

pub(crate) use self::dict::{call as dict_call, METHODS as DICT_METHODS};
pub(crate) use self::object::METHODS as OBJECT_METHODS;
pub(crate) use self::str::strop_err;

use crate::attrs::Kn;
use crate::error::{no_attribute, type_error, PyResult, Raise};
use crate::intern::Sym;
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The method table of a built-in type, if it has one.
fn methods_of(ty: Ty) -> &'static [Kn] {
    match ty {
        Ty::Str => str::METHODS,
        Ty::List => list::METHODS,
        Ty::Dict => dict::METHODS,
        Ty::Set => set::METHODS,
        Ty::FrozenSet => set::FROZENSET_METHODS,
        Ty::Tuple => tuple::METHODS,
        Ty::Int | Ty::Bool => number::INT_METHODS,
        Ty::Float => number::FLOAT_METHODS,
        Ty::Bytes => bytes::METHODS,
        Ty::ByteArray => bytearray::METHODS,
        Ty::Generator | Ty::Coroutine => generator::METHODS,
        Ty::AsyncGenerator => future::ASYNC_GEN_METHODS,
        Ty::Object => object::METHODS,
        Ty::Type => &[Kn::DunderInit, Kn::Mro],
        Ty::Property => &[Kn::Setter, Kn::Getter, Kn::Deleter],
        Ty::Future => future::FUTURE_METHODS,
        Ty::Task => future::TASK_METHODS,
        Ty::Semaphore | Ty::Lock => future::PRIM_METHODS,
        Ty::RePattern => crate::modules::re::PATTERN_METHODS,
        Ty::ReMatch => crate::modules::re::MATCH_METHODS,
        Ty::Hash => crate::modules::hashlib::METHODS,
        Ty::Template => crate::modules::template::METHODS,
        Ty::Queue | Ty::LifoQueue | Ty::PriorityQueue => crate::modules::queue::METHODS,
        Ty::SimpleQueue => crate::modules::queue::SIMPLE_METHODS,
        Ty::Range => &[Kn::Index, Kn::Count],
        Ty::Fraction => crate::modules::fractions::METHODS,
        Ty::Decimal => crate::modules::decimal::METHODS,
        Ty::DecimalContext => crate::modules::decimal::CONTEXT_METHODS,
        Ty::Counter | Ty::DefaultDict | Ty::OrderedDict | Ty::Deque | Ty::ChainMap => {
            crate::modules::collections::methods_of(ty).unwrap_or(&[])
        }
        _ if ty.is_exception() => &[Kn::DunderInit, Kn::AddNote, Kn::WithTraceback],
        _ => &[],
    }
}

/// Whether `CallMethod` on `recv` goes straight to a native method (true for every
/// built-in value; false for objects whose attributes are looked up first).
pub fn has_native_methods(vm: &Vm, recv: Value) -> bool {
    match recv {
        // `itertools.chain.from_iterable(...)` is an attribute, not a method.
        Value::ModuleFn(crate::modules::ModuleFn::ItertoolsChain) => false,
        Value::Ref(id) => !matches!(
            vm.heap.get(id),
            Obj::Function(_)
                | Obj::Namespace(_)
                | Obj::Instance(_)
                | Obj::Class(_)
                | Obj::Super(..)
                | Obj::BoundMethod(..)
                | Obj::FuncTool(_)
                | Obj::NamedTuple(_)
        ),
        _ => true,
    }
}

/// Whether `obj.name` is a method of `obj`'s type (or, for a type, of that type).
pub fn has_method(vm: &Vm, obj: Value, name: Sym) -> bool {
    let ty = match obj {
        Value::Type(t) => t,
        v => vm.type_of(v),
    };
    if crate::modules::datetime::is_type(ty) {
        return crate::modules::datetime::has_method(vm, ty, name);
    }
    let Some(kn) = Kn::of(name) else { return false };
    methods_of(ty).contains(&kn)
}

/// Calls method `name` of `recv` with `args`.
pub fn call_method(vm: &mut Vm, recv: Value, name: Sym, mut args: Args) -> PyResult<Value> {
    let ty = vm.type_of(recv);
    if crate::modules::datetime::is_type(ty)
        || matches!(recv, Value::Type(t) if crate::modules::datetime::is_type(t))
    {
        return crate::modules::datetime::call_method(vm, recv, name, args);
    }
    let (recv, ty) = match recv {
        // `str.upper(s)`: the receiver is the first argument.
        Value::Type(t) if has_method(vm, recv, name) => {
            if Kn::of(name) == Some(Kn::Fromkeys)
                || Kn::of(name) == Some(Kn::Maketrans)
                || Kn::of(name) == Some(Kn::Fromhex)
                || Kn::of(name) == Some(Kn::FromBytes)
                || Kn::of(name) == Some(Kn::FromFloat)
                || Kn::of(name) == Some(Kn::FromDecimal)
            {
                (recv, t)
            } else {
                if args.pos.is_empty() {
                    return Err(type_error(format!(
                        "unbound method {}.{}() needs an argument",
                        t.name(),
                        vm.interner.name(name)
                    )));
                }
                let r = args.pos.remove(0);
                let rt = vm.type_of(r);
                if !rt.is_subtype(t) {
                    return Err(type_error(format!(
                        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        vm.interner.name(name),
                        t.name(),
                        rt.name()
                    )));
                }
                (r, t)
            }
        }
        _ => (recv, ty),
    };
    let Some(kn) = Kn::of(name).filter(|k| methods_of(ty).contains(k)) else {
        return Err(missing(vm, recv, name));
    };
    match ty {
        Ty::Str => str::call(vm, recv, kn, args),
        Ty::List => list::call(vm, recv, kn, args),
        Ty::Dict => dict::call(vm, recv, kn, args),
        Ty::Set | Ty::FrozenSet => set::call(vm, recv, kn, args),
        Ty::Tuple | Ty::Range => tuple::call(vm, recv, kn, args),
        Ty::Int | Ty::Bool | Ty::Float => number::call(vm, recv, kn, args),
        Ty::Bytes => bytes::call(vm, recv, kn, args),
        Ty::ByteArray => bytearray::call(vm, recv, kn, args),
        Ty::Generator | Ty::Coroutine => generator::call(vm, recv, kn, args),
        Ty::Future | Ty::Task => future::call(vm, recv, kn, args),
        Ty::AsyncGenerator => future::call_async_gen(vm, recv, kn, args),
        _ if ty.is_exception() => exception_method(vm, recv, kn, args),
        Ty::Type if kn == Kn::Mro => {
            crate::builtins::ArgParser::new("mro", args).positional(0, 0)?;
            let mro = match recv {
                Value::Ref(id) => match vm.heap.get(id) {
                    Obj::Class(c) => c.mro.clone(),
                    _ => vec![],
                },
                _ => vec![],
            };
            Ok(vm.new_list(mro))
        }
        Ty::Object => object::call(vm, recv, kn, args),
        Ty::Type => {
            // `object.__init__(cls)`, reached through `super().__init__()` in a class.
            crate::builtins::ArgParser::new("object.__init__", args).positional(0, 0)?;
            Ok(Value::None)
        }
        Ty::Property => {
            let a = crate::builtins::ArgParser::new("property", args).positional(1, 1)?;
            let Value::Ref(id) = recv else {
                return Err(Raise::internal("property method on a non-property"));
            };
            let mut p = match vm.heap.get(id) {
                Obj::Property(p) => **p,
                _ => return Err(Raise::internal("property method on a non-property")),
            };
            match kn {
                Kn::Getter => p[0] = a[0],
                Kn::Setter => p[1] = a[0],
                _ => p[2] = a[0],
            }
            Ok(vm.alloc(Obj::Property(Box::new(p))))
        }
        Ty::Semaphore | Ty::Lock => future::call_prim(vm, recv, kn, args),
        Ty::RePattern | Ty::ReMatch => crate::modules::re::call_method(vm, recv, kn, args),
        Ty::Counter | Ty::DefaultDict | Ty::OrderedDict | Ty::Deque | Ty::ChainMap => {
            crate::modules::collections::call_method(vm, recv, ty, kn, args)
        }
        Ty::Hash => crate::modules::hashlib::call_method(vm, recv, kn, args),
        Ty::Template => crate::modules::template::call_method(vm, recv, kn, args),
        Ty::Queue | Ty::LifoQueue | Ty::PriorityQueue | Ty::SimpleQueue => {
            crate::modules::queue::call_method(vm, recv, kn, args)
        }
        Ty::Fraction => crate::modules::fractions::call_method(vm, recv, kn, args),
        Ty::Decimal | Ty::DecimalContext => {
            crate::modules::decimal::call_method(vm, recv, kn, args)
        }
        _ => Err(missing(vm, recv, name)),
    }
}

/// `BaseException.__init__(self, *args)` (from `super().__init__(...)`),
/// `add_note(note)` (appends to `__notes__`, which tracebacks print after the message)
/// and `with_traceback(tb)` (returns the exception; tracebacks are not values here).
fn exception_method(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let Value::Ref(id) = recv else {
        return Err(Raise::internal("exception method on a non-exception"));
    };
    match kn {
        Kn::AddNote => {
            let a = crate::builtins::ArgParser::new("add_note", args).positional(1, 1)?;
            if !vm.is_str(a[0]) {
                return Err(type_error(format!(
                    "note must be a str, not '{}'",
                    vm.type_name(a[0])
                )));
            }
            let notes = Kn::DunderNotes.sym();
            let existing = match vm.heap.get(id) {
                Obj::Exception(e) => e.attrs.iter().find(|(k, _)| *k == notes).map(|(_, v)| *v),
                _ => None,
            };
            match existing {
                Some(list) if vm.type_of(list) == Ty::List => {
                    crate::methods::list_mut(vm, list).push(a[0]);
                }
                Some(_) => return Err(type_error("Cannot add note: __notes__ is not a list")),
                None => {
                    let list = vm.new_list(vec![a[0]]);
                    if let Obj::Exception(e) = vm.heap.get_mut(id) {
                        e.attrs.push((notes, list));
                    }
                }
            }
            Ok(Value::None)
        }
        Kn::WithTraceback => {
            crate::builtins::ArgParser::new("with_traceback", args).positional(1, 1)?;
            Ok(recv)
        }
        _ => {
            if let Obj::Exception(e) = vm.heap.get_mut(id) {
                e.args = args.pos;
            }
            Ok(Value::None)
        }
    }
}

fn missing(vm: &Vm, recv: Value, name: Sym) -> Raise {
    match recv {
        Value::Type(t) => Raise::new(
            Ty::AttributeError,
            format!(
                "type object '{}' has no attribute '{}'",
                t.name(),
                vm.interner.name(name)
            ),
        ),
        _ => no_attribute(vm.type_name(recv), vm.interner.name(name)),
    }
}

/// The list behind a list value (callers checked the type).
pub(crate) fn list_mut(vm: &mut Vm, v: Value) -> &mut Vec<Value> {
    match vm.heap.get_mut(v.as_ref().expect("list value")) {
        Obj::List(l) => l,
        _ => unreachable!("checked to be a list"),
    }
}
