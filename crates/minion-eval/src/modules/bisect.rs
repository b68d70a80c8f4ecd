//! The `bisect` module (CPython's `_bisect`): binary search over any sequence with
//! Python's `<`, with `lo`, `hi` and `key=`. `bisect` and `insort` are
//! `bisect_right` and `insort_right` (and are named so in error messages).

use super::string::{bind_clinic, lt, method};
use super::ModuleFn;
use crate::error::{value_error, PyResult, Raise};
use crate::objects::Obj;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Item `i` of sequence `a` (a list's directly, anything else through `a[i]`).
fn item(vm: &mut Vm, a: Value, i: i64) -> PyResult<Value> {
    if let Value::Ref(id) = a {
        if let Obj::List(l) = vm.heap.get(id) {
            if let Some(v) = l.get(i as usize) {
                return Ok(*v);
            }
        }
    }
    vm.get_item(a, Value::Int(i))
}

/// An index argument (`Py_ssize_t`).
fn ssize(vm: &Vm, v: Value) -> PyResult<i64> {
    vm.expect_i64(v)
}

/// `internal_bisect_right` / `internal_bisect_left`.
pub(super) fn bisect(
    vm: &mut Vm,
    a: Value,
    x: Value,
    mut lo: i64,
    hi: Option<i64>,
    key: Option<Value>,
    right: bool,
) -> PyResult<i64> {
    if lo < 0 {
        return Err(value_error("lo must be non-negative"));
    }
    let mut hi = match hi {
        Some(-1) | None => vm.py_len(a)? as i64,
        Some(h) => h,
    };
    while lo < hi {
        vm.charge(1)?;
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut litem = item(vm, a, mid)?;
        if let Some(k) = key {
            litem = vm.call_value(k, &[litem], &[])?;
        }
        if right {
            if lt(vm, x, litem)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        } else if lt(vm, litem, x)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

/// Calls `bisect.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    use ModuleFn::*;
    let (name, right, insort) = match f {
        BisectBisectLeft => ("bisect_left", false, false),
        BisectBisectRight | BisectBisect => ("bisect_right", true, false),
        BisectInsortLeft => ("insort_left", false, true),
        BisectInsortRight | BisectInsort => ("insort_right", true, true),
        _ => return Err(Raise::internal("not a bisect function")),
    };
    let b = bind_clinic(vm, name, &["a", "x", "lo", "hi"], 2, &["key"], args)?;
    let a = b[0].unwrap_or(Value::None);
    let x = b[1].unwrap_or(Value::None);
    let lo = match b[2] {
        Some(v) => ssize(vm, v)?,
        None => 0,
    };
    let hi = match b[3] {
        None | Some(Value::None) => None,
        Some(v) => Some(ssize(vm, v)?),
    };
    let key = b[4].filter(|k| !k.is_none());
    if !insort {
        let i = bisect(vm, a, x, lo, hi, key, right)?;
        return Ok(Value::Int(i));
    }
    let probe = match key {
        Some(k) => vm.call_value(k, &[x], &[])?,
        None => x,
    };
    let i = bisect(vm, a, probe, lo, hi, key, right)?;
    if let Value::Ref(id) = a {
        if let Obj::List(l) = vm.heap.get_mut(id) {
            let at = (i.max(0) as usize).min(l.len());
            let cap = l.capacity();
            l.insert(at, x);
            let grown = (l.capacity() - cap) * 16;
            vm.heap.grew(grown);
            return Ok(Value::None);
        }
    }
    let index = Value::Int(i);
    method(vm, a, "insert", &[index, x])?;
    Ok(Value::None)
}
