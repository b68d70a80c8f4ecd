//! `tuple` (and `range`) methods: `index`, `count`.

use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{value_error, PyResult};
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Methods of `tuple`.
pub const METHODS: &[Kn] = &[Kn::Index, Kn::Count];

/// Calls a tuple/range method.
pub fn call(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let items = vm.collect_iterable(recv)?;
    let tname = vm.type_name(recv).to_string();
    match kn {
        Kn::Count => {
            let name = format!("{tname}.count");
            let a = ArgParser::new(&name, args).positional(1, 1)?;
            let mut n = 0;
            for x in items {
                if x.is(a[0]) || vm.eq_mut(x, a[0])? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
        _ => {
            let a = ArgParser::new("index", args).positional(1, 3)?;
            let (start, end) = super::list::bounds(vm, &a[1..], items.len())?;
            for (i, x) in items.iter().enumerate().take(end).skip(start) {
                if x.is(a[0]) || vm.eq_mut(*x, a[0])? {
                    return Ok(Value::Int(i as i64));
                }
            }
            Err(value_error(if tname == "range" {
                format!("{} is not in range", vm.repr(a[0])?)
            } else {
                format!("{tname}.index(x): x not in {tname}")
            }))
        }
    }
}
