//! The `struct_time` functions of the `time` module (`gmtime`, `localtime`,
//! `strftime`, `strptime`, `mktime`, `asctime`, `ctime`). Local time is UTC in the
//! sandbox, so `localtime` is `gmtime` and `mktime` its inverse.

use std::time::{SystemTime, UNIX_EPOCH};

use super::format::strftime;
use super::value::{
    dt_us, struct_time_from_us, struct_time_to_fields, DtObj, Fields, SeqKind, EPOCH_US, US_PER_SEC,
};
use super::{alloc, get};
use crate::builtins::ArgParser;
use crate::error::{overflow_error, type_error, value_error, PyResult, Raise};
use crate::modules::ModuleFn;
use crate::objects::Obj;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Whole seconds since the epoch from an optional `secs` argument (floored, as
/// CPython's `gmtime`), or the clock's.
fn secs_arg(vm: &Vm, v: Option<Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64)),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            if f.abs() >= 9.2e18 {
                return Err(overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(f.floor() as i64)
        }
        Some(v) if vm.is_int(v) => {
            use num_traits::ToPrimitive;
            vm.to_bigint(v)
                .and_then(|i| i.to_i64())
                .ok_or_else(|| overflow_error("timestamp out of range for platform time_t"))
        }
        Some(v) => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn struct_time(vm: &mut Vm, secs: i64) -> PyResult<Value> {
    let us = secs as i128 * US_PER_SEC + EPOCH_US;
    let items = struct_time_from_us(us, 0)
        .map_err(|_| overflow_error("timestamp out of range for platform time_t"))?;
    Ok(alloc(vm, DtObj::Seq(SeqKind::StructTime, items)))
}

/// The nine fields of a `struct_time` or 9-tuple argument (`None`: the current time).
fn tuple_arg(vm: &Vm, fname: &str, v: Option<Value>) -> PyResult<Fields> {
    let items: Vec<i64> = match v {
        None => {
            let secs = secs_arg(vm, None)?;
            struct_time_from_us(secs as i128 * US_PER_SEC + EPOCH_US, 0)?.to_vec()
        }
        Some(v) => match get(vm, v) {
            Some(DtObj::Seq(SeqKind::StructTime, items)) => items.to_vec(),
            _ => match v {
                Value::Ref(id) => match vm.heap.get(id) {
                    Obj::Tuple(t) if t.len() == 9 => t
                        .iter()
                        .map(|x| vm.expect_i64(*x))
                        .collect::<PyResult<_>>()?,
                    Obj::Tuple(_) => {
                        return Err(type_error(format!(
                            "{}(): illegal time tuple argument",
                            fname
                        )))
                    }
                    _ => return Err(type_error("Tuple or struct_time argument required")),
                },
                _ => return Err(type_error("Tuple or struct_time argument required")),
            },
        },
    };
    struct_time_to_fields(&items)
}

/// Calls `time.<f>` for the `struct_time` functions.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    use ModuleFn::*;
    let name = format!("time.{}", f.name());
    match f {
        TimeGmtime | TimeLocaltime => {
            let a = ArgParser::new(f.name(), args).positional(0, 1)?;
            let secs = secs_arg(vm, a.first().copied())?;
            struct_time(vm, secs)
        }
        TimeStrftime => {
            let a = ArgParser::new(f.name(), args).positional(1, 2)?;
            if !vm.is_str(a[0]) {
                return Err(type_error(format!(
                    "strftime() argument 1 must be str, not {}",
                    vm.type_name(a[0])
                )));
            }
            let fields = tuple_arg(vm, f.name(), a.get(1).copied())?;
            let fmt = vm.str_ref(a[0])?.to_string();
            vm.charge(fmt.len() as u64 / 64)?;
            let s = strftime(&fields, &fmt);
            vm.check_alloc(s.len())?;
            Ok(vm.new_str(s))
        }
        TimeStrptime => {
            let a = ArgParser::new(f.name(), args).positional(1, 2)?;
            for (i, v) in a.iter().enumerate() {
                if !vm.is_str(*v) {
                    return Err(type_error(format!(
                        "strptime() argument {} must be str, not {}",
                        i + 1,
                        vm.type_name(*v)
                    )));
                }
            }
            let s = vm.str_ref(a[0])?.to_string();
            let fmt = match a.get(1) {
                Some(v) => vm.str_ref(*v)?.to_string(),
                None => "%a %b %d %H:%M:%S %Y".to_string(),
            };
            let p = super::strptime_fields(vm, &s, &fmt)?;
            let items = Box::new([
                p.date.0,
                p.date.1,
                p.date.2,
                p.time.0,
                p.time.1,
                p.time.2,
                p.wday_yday.0,
                p.wday_yday.1,
                -1,
            ]);
            Ok(alloc(vm, DtObj::Seq(SeqKind::StructTime, items)))
        }
        TimeMktime => {
            let a = ArgParser::new(f.name(), args).positional(1, 1)?;
            let fields = tuple_arg(vm, f.name(), Some(a[0]))?;
            let us = dt_us(&fields.date, &fields.time) - EPOCH_US;
            Ok(Value::Float((us / US_PER_SEC) as f64))
        }
        TimeAsctime => {
            let a = ArgParser::new(f.name(), args).positional(0, 1)?;
            let fields = tuple_arg(vm, f.name(), a.first().copied())?;
            let s = super::format::ctime(&fields);
            Ok(vm.new_str(s))
        }
        TimeCtime => {
            let a = ArgParser::new(f.name(), args).positional(0, 1)?;
            let secs = secs_arg(vm, a.first().copied())?;
            let items = struct_time_from_us(secs as i128 * US_PER_SEC + EPOCH_US, 0)
                .map_err(|_| overflow_error("timestamp out of range for platform time_t"))?;
            let s = super::format::ctime(&struct_time_to_fields(&items)?);
            Ok(vm.new_str(s))
        }
        _ => Err(Raise::internal(format!(
            "{name} is not a struct_time function"
        ))),
    }
}
