//! Methods of generators: `send`, `throw`, `close` (the protocol lives in `vm/gen.rs`).

use crate::attrs::Kn;
use crate::error::{type_error, PyResult, Raise};
use crate::heap::HeapId;
use crate::objects::Obj;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::gen::GenStep;
use crate::vm::Vm;

/// The generator method table.
pub const METHODS: &[Kn] = &[Kn::Send, Kn::Throw, Kn::Close];

/// Calls generator method `kn` of `recv`.
pub fn call(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let Some(gen) = vm.resumable_of(recv) else {
        return Err(Raise::internal("generator method on a non-generator"));
    };
    let name = match kn {
        Kn::Send => "send",
        Kn::Throw => "throw",
        _ => "close",
    };
    if !args.kw.is_empty() {
        return Err(type_error(format!(
            "generator.{name}() takes no keyword arguments"
        )));
    }
    let n = args.pos.len();
    let step = match kn {
        Kn::Send => {
            if n != 1 {
                return Err(type_error(format!(
                    "generator.send() takes exactly one argument ({n} given)"
                )));
            }
            vm.gen_send(gen, args.pos[0])?
        }
        Kn::Throw => {
            if n == 0 {
                return Err(type_error("throw expected at least 1 argument, got 0"));
            }
            if n > 3 {
                return Err(type_error(format!(
                    "throw expected at most 3 arguments, got {n}"
                )));
            }
            if n == 3 && !matches!(args.pos[2], Value::None) {
                return Err(type_error(
                    "throw() third argument must be a traceback object",
                ));
            }
            let val = args.pos.get(1).copied().unwrap_or(Value::None);
            let exc = exception_of(vm, args.pos[0], val)?;
            vm.gen_throw(gen, exc)?
        }
        _ => {
            if n != 0 {
                return Err(type_error(format!(
                    "generator.close() takes no arguments ({n} given)"
                )));
            }
            vm.gen_close(gen)?;
            return Ok(Value::None);
        }
    };
    match step {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(r) => Err(vm.stop_iteration(r)),
    }
}

/// The exception `throw(typ, val)` raises: an instance, or a class instantiated with
/// `val` (a tuple of arguments, one argument, or none for `None`).
fn exception_of(vm: &mut Vm, typ: Value, val: Value) -> PyResult<HeapId> {
    match typ {
        Value::Type(t) if t.is_exception() => {
            if let Value::Ref(id) = val {
                if matches!(vm.heap.get(id), Obj::Exception(e) if e.ty.is_subtype(t)) {
                    return Ok(id);
                }
            }
            let args = match val {
                Value::None => vec![],
                Value::Ref(id) if matches!(vm.heap.get(id), Obj::Tuple(_)) => {
                    vm.collect_iterable(val)?
                }
                v => vec![v],
            };
            match vm.call_native(typ, Args::positional(args))? {
                Value::Ref(id) if matches!(vm.heap.get(id), Obj::Exception(_)) => Ok(id),
                _ => Err(Raise::internal("exception class built a non-exception")),
            }
        }
        // A user exception class: instantiate it as `raise Cls(...)` would.
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Class(c) if c.exc_base.is_some()) => {
            let args = match val {
                Value::None => vec![],
                Value::Ref(t) if matches!(vm.heap.get(t), Obj::Tuple(_)) => {
                    vm.collect_iterable(val)?
                }
                v => vec![v],
            };
            match vm.call_value(typ, &args, &[])? {
                Value::Ref(id) if matches!(vm.heap.get(id), Obj::Exception(_)) => Ok(id),
                _ => Err(Raise::internal("exception class built a non-exception")),
            }
        }
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Exception(_)) => {
            if !matches!(val, Value::None) {
                return Err(type_error(
                    "instance exception may not have a separate value",
                ));
            }
            Ok(id)
        }
        _ => Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(typ)
        ))),
    }
}
