//! `print` and `final_answer`.

use super::ArgParser;
use crate::error::{type_error, Fatal, PyResult, Raise};
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// `print(*objects, sep=' ', end='\n')`: writes to the run's logs.
pub fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (items, kw) = ArgParser::new("print", args).with_keywords(
        vm,
        0,
        usize::MAX,
        &["sep", "end", "file", "flush"],
    )?;
    let text_of = |vm: &Vm, v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(v) if vm.is_str(v) => Ok(vm.str_ref(v)?.to_string()),
            Some(v) => Err(type_error(format!(
                "{what} must be None or a string, not {}",
                vm.type_name(v)
            ))),
        }
    };
    let sep = text_of(vm, kw[0], " ", "sep")?;
    let end = text_of(vm, kw[1], "\n", "end")?;
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_mut(*v)?);
    }
    out.push_str(&end);
    vm.charge(out.len() as u64 / 64)?;
    vm.write_log(&out);
    Ok(Value::None)
}

/// `final_answer(answer)`: ends the run at once with `answer` as the final output.
pub fn final_answer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("final_answer", args).bind(vm, &["answer"], 1)?;
    Err(Raise::Fatal(Box::new(Fatal::FinalAnswer(
        a[0].unwrap_or(Value::None),
    ))))
}
