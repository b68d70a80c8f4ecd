//! `list` methods.

use super::list_mut;
use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{index_error, value_error, PyResult};
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Methods of `list`.
pub const METHODS: &[Kn] = &[
    Kn::Append,
    Kn::Extend,
    Kn::Insert,
    Kn::Pop,
    Kn::Remove,
    Kn::Index,
    Kn::Count,
    Kn::Sort,
    Kn::Reverse,
    Kn::Copy,
    Kn::Clear,
];

/// Resolves optional `start, end` arguments against `len` (CPython's slice rules).
pub fn bounds(vm: &Vm, a: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let norm = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = vm.expect_i64(*v)?;
                Ok(if i < 0 {
                    (i + len as i64).max(0) as usize
                } else {
                    (i as usize).min(len)
                })
            }
        }
    };
    Ok((norm(a.first(), 0)?, norm(a.get(1), len)?))
}

/// Calls a list method.
pub fn call(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    match kn {
        Kn::Append => {
            let a = ArgParser::new("list.append", args).positional(1, 1)?;
            vm.list_append(recv, a[0])?;
            Ok(Value::None)
        }
        Kn::Extend => {
            let a = ArgParser::new("list.extend", args).positional(1, 1)?;
            let items = vm.collect_iterable(a[0])?;
            vm.list_extend(recv, items)?;
            Ok(Value::None)
        }
        Kn::Insert => {
            let a = ArgParser::new("insert", args).positional(2, 2)?;
            let i = vm.expect_i64(a[0])?;
            let l = list_mut(vm, recv);
            let n = l.len() as i64;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
            l.insert(at, a[1]);
            vm.heap.grew(16);
            Ok(Value::None)
        }
        Kn::Pop => {
            let a = ArgParser::new("pop", args).positional(0, 1)?;
            let i = match a.first() {
                Some(v) => vm.expect_i64(*v)?,
                None => -1,
            };
            let l = list_mut(vm, recv);
            if l.is_empty() {
                return Err(index_error("pop from empty list"));
            }
            let n = l.len() as i64;
            let at = if i < 0 { i + n } else { i };
            if at < 0 || at >= n {
                return Err(index_error("pop index out of range"));
            }
            Ok(l.remove(at as usize))
        }
        Kn::Remove => {
            let a = ArgParser::new("list.remove", args).positional(1, 1)?;
            let items = vm.seq_items(recv);
            for (i, x) in items.iter().enumerate() {
                if x.is(a[0]) || vm.eq_mut(*x, a[0])? {
                    list_mut(vm, recv).remove(i);
                    return Ok(Value::None);
                }
            }
            Err(value_error("list.remove(x): x not in list"))
        }
        Kn::Index => {
            let a = ArgParser::new("index", args).positional(1, 3)?;
            let items = vm.seq_items(recv);
            let (start, end) = bounds(vm, &a[1..], items.len())?;
            for (i, x) in items.iter().enumerate().take(end).skip(start) {
                if x.is(a[0]) || vm.eq_mut(*x, a[0])? {
                    return Ok(Value::Int(i as i64));
                }
            }
            Err(value_error(format!("{} is not in list", vm.repr(a[0])?)))
        }
        Kn::Count => {
            let a = ArgParser::new("list.count", args).positional(1, 1)?;
            let mut n = 0;
            for x in vm.seq_items(recv) {
                if x.is(a[0]) || vm.eq_mut(x, a[0])? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
        Kn::Sort => {
            if !args.pos.is_empty() {
                return Err(crate::error::type_error(
                    "sort() takes no positional arguments",
                ));
            }
            let (_, kw) =
                ArgParser::new("sort", args).with_keywords(vm, 0, 0, &["key", "reverse"])?;
            let mut items = std::mem::take(list_mut(vm, recv));
            let reverse = match kw[1] {
                Some(r) => vm.truthy(r)?,
                None => false,
            };
            let r = crate::builtins::sort_values(vm, &mut items, kw[0], reverse);
            let l = list_mut(vm, recv);
            let modified = !l.is_empty();
            *l = items;
            r?;
            if modified {
                return Err(value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Kn::Reverse => {
            ArgParser::new("list.reverse", args).positional(0, 0)?;
            list_mut(vm, recv).reverse();
            Ok(Value::None)
        }
        Kn::Copy => {
            ArgParser::new("list.copy", args).positional(0, 0)?;
            let items = vm.seq_items(recv);
            Ok(vm.new_list(items))
        }
        _ => {
            ArgParser::new("list.clear", args).positional(0, 0)?;
            list_mut(vm, recv).clear();
            Ok(Value::None)
        }
    }
}
