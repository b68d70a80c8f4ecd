//! `multi_tool_use.parallel(tool_uses=[...])`: the shim the Python minion executor
//! offers for models trained on parallel function calling. Each entry is
//! `{"recipient_name": "functions.<tool>", "parameters": {...}}`; the calls run
//! concurrently (as `asyncio.gather` would run them) and the call evaluates to the
//! list of their results, in order. It is a global, not an importable module.

use super::ModuleFn;
use crate::builtins::ArgParser;
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::objects::Obj;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Calls `multi_tool_use.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::MultiToolUseParallel => parallel(vm, args),
        _ => Err(Raise::internal("not a multi_tool_use function")),
    }
}

fn parallel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("parallel", args).bind(vm, &["tool_uses"], 1)?;
    let uses = vm.collect_iterable(a[0].unwrap_or(Value::None))?;
    if vm.native_depth > 1 {
        return Err(Raise::new(
            crate::types::Ty::RuntimeError,
            "multi_tool_use.parallel() cannot be called from a callback of a builtin",
        ));
    }
    let recipient = vm.new_str("recipient_name");
    let parameters = vm.new_str("parameters");
    let mut children = Vec::with_capacity(uses.len());
    for u in uses {
        let Some(d) = u
            .as_ref()
            .filter(|id| matches!(vm.heap.get(*id), Obj::Dict(_)))
        else {
            return Err(type_error(format!(
                "tool_uses entries must be dicts, not {}",
                vm.type_name(u)
            )));
        };
        let name = match vm.dict_get(d, recipient)? {
            Some(n) if vm.is_str(n) => vm.str_ref(n)?.to_string(),
            _ => {
                return Err(value_error(
                    "tool_uses entry without a 'recipient_name' string",
                ))
            }
        };
        let short = name.strip_prefix("functions.").unwrap_or(&name);
        let Some(index) = vm.tools.iter().position(|t| t.spec.name == short) else {
            return Err(value_error(format!("unknown tool '{name}'")));
        };
        let mut kw = Vec::new();
        if let Some(p) = vm.dict_get(d, parameters)? {
            let pairs: Vec<(Value, Value)> = match p.as_ref().map(|id| vm.heap.get(id)) {
                Some(Obj::Dict(pd)) => pd.iter().map(|e| (e.key, e.value)).collect(),
                _ => return Err(type_error("'parameters' must be a dict")),
            };
            for (k, v) in pairs {
                let k = vm.str_ref(k)?.to_string();
                kw.push((vm.interner.intern(&k), v));
            }
        }
        let r = vm.call_tool(index as u32, Args { pos: vec![], kw })?;
        children.push(Value::Ref(vm.ensure_future(r)?));
    }
    let outer = super::asyncio::gather_futures(vm, children, false);
    // The call site awaits the gathered results.
    vm.sched.await_request = true;
    Ok(Value::Ref(outer))
}
