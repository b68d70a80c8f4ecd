//! `bytearray` methods: the mutating ones here, the read-only ones shared with
//! `bytes` (see [`super::bytes`], whose results are `bytearray`s for a `bytearray`).

use super::bytes;
use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Methods of `bytearray` (the mutating ones, then those of `bytes`).
pub const METHODS: &[Kn] =
    bytes::bytes_methods!(Append, Extend, Insert, Pop, Remove, Clear, Copy, Reverse,);

/// The buffer behind a `bytearray` value (callers checked the type).
fn buf_mut(vm: &mut Vm, v: Value) -> &mut Vec<u8> {
    match vm.heap.get_mut(v.as_ref().expect("bytearray value")) {
        Obj::ByteArray(b) => b,
        _ => unreachable!("checked to be a bytearray"),
    }
}

/// The bytes `bytearray.extend(x)` appends.
fn extend_source(vm: &mut Vm, x: Value) -> PyResult<Vec<u8>> {
    if matches!(vm.type_of(x), Ty::Bytes | Ty::ByteArray) {
        return Ok(vm.bytes_of(x).to_vec());
    }
    if !vm.is_iterable(x) {
        return Err(type_error(format!(
            "can't extend bytearray with {}",
            vm.type_name(x)
        )));
    }
    let items = vm.collect_iterable(x)?;
    items.into_iter().map(|i| vm.byte_value(i)).collect()
}

/// Calls a `bytearray` method.
pub fn call(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    if matches!(recv, Value::Type(_)) {
        return bytes::call(vm, recv, kn, args);
    }
    match kn {
        Kn::Append => {
            let a = ArgParser::new("bytearray.append", args).positional(1, 1)?;
            let x = vm.byte_value(a[0])?;
            buf_mut(vm, recv).push(x);
            vm.heap.grew(1);
            Ok(Value::None)
        }
        Kn::Extend => {
            let a = ArgParser::new("bytearray.extend", args).positional(1, 1)?;
            let more = extend_source(vm, a[0])?;
            vm.check_alloc(more.len())?;
            let n = more.len();
            buf_mut(vm, recv).extend(more);
            vm.heap.grew(n);
            Ok(Value::None)
        }
        Kn::Insert => {
            let a = ArgParser::new("insert", args).positional(2, 2)?;
            let i = vm.expect_i64(a[0])?;
            let x = vm.byte_value(a[1])?;
            let b = buf_mut(vm, recv);
            let n = b.len() as i64;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
            b.insert(at, x);
            vm.heap.grew(1);
            Ok(Value::None)
        }
        Kn::Pop => {
            let a = ArgParser::new("pop", args).positional(0, 1)?;
            let i = match a.first() {
                Some(v) => vm.expect_i64(*v)?,
                None => -1,
            };
            let b = buf_mut(vm, recv);
            if b.is_empty() {
                return Err(index_error("pop from empty bytearray"));
            }
            let n = b.len() as i64;
            let at = if i < 0 { i + n } else { i };
            if at < 0 || at >= n {
                return Err(index_error("pop index out of range"));
            }
            Ok(Value::Int(b.remove(at as usize) as i64))
        }
        Kn::Remove => {
            let a = ArgParser::new("bytearray.remove", args).positional(1, 1)?;
            let x = vm.byte_value(a[0])?;
            let b = buf_mut(vm, recv);
            match b.iter().position(|&y| y == x) {
                Some(i) => {
                    b.remove(i);
                    Ok(Value::None)
                }
                None => Err(value_error("value not found in bytearray")),
            }
        }
        Kn::Clear => {
            ArgParser::new("bytearray.clear", args).positional(0, 0)?;
            buf_mut(vm, recv).clear();
            Ok(Value::None)
        }
        Kn::Copy => {
            ArgParser::new("bytearray.copy", args).positional(0, 0)?;
            let b = vm.bytes_of(recv).to_vec();
            vm.check_alloc(b.len())?;
            Ok(vm.alloc(Obj::ByteArray(b)))
        }
        Kn::Reverse => {
            ArgParser::new("bytearray.reverse", args).positional(0, 0)?;
            buf_mut(vm, recv).reverse();
            Ok(Value::None)
        }
        _ => bytes::call(vm, recv, kn, args),
    }
}
