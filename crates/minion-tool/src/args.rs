//! Binding call arguments against a [`ToolSpec`] (CPython's rules and messages), and
//! the typed accessor tools read them with.

use std::sync::Arc;

use crate::pytype::PyType;
use crate::{FromValue, ToolError, ToolSpec, Value};

/// Arguments bound to a tool's parameters, in spec order (defaults filled in).
#[derive(Debug, Clone, PartialEq)]
pub struct ToolArgs {
    /// `(parameter name, value)` for every parameter of the spec.
    pub values: Vec<(Arc<str>, Value)>,
}

impl ToolArgs {
    /// The raw value of parameter `name`.
    pub fn value(&self, name: &str) -> Option<&Value> {
        self.values
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| v)
    }

    /// Parameter `name` converted to `T`; a missing parameter or a value of the wrong
    /// type is a Python `TypeError`.
    pub fn get<T: FromValue>(&self, name: &str) -> Result<T, ToolError> {
        let v = self
            .value(name)
            .ok_or_else(|| ToolError::type_error(format!("no argument named '{name}'")))?;
        T::from_value(v).map_err(|e| ToolError::type_error(format!("argument '{name}': {e}")))
    }
}

impl ToolSpec {
    /// Binds positional and keyword arguments to this spec's parameters, with
    /// CPython's `TypeError`s naming the tool: missing, unexpected, duplicated, too
    /// many, and mistyped arguments (`int` accepts bools as Python does; `float`
    /// accepts ints; `Any` accepts everything).
    pub fn bind(
        &self,
        positional: Vec<Value>,
        keywords: Vec<(String, Value)>,
    ) -> Result<ToolArgs, ToolError> {
        let name = &self.name;
        let n = self.inputs.len();
        let given = positional.len();
        // Fast path: every parameter given by position, no keywords.
        if keywords.is_empty() && given == n {
            let mut values = Vec::with_capacity(n);
            for (input, v) in self.inputs.iter().zip(positional) {
                check_type(name, &input.name, &input.ty, &v)?;
                values.push((input.name.clone(), v));
            }
            return Ok(ToolArgs { values });
        }
        // CPython's order (`initialize_locals`): fill the slots from the positional
        // arguments that fit, then keywords (unknown or duplicated names fail first),
        // then complain about surplus positional arguments, then about missing ones.
        let mut slots: Vec<Option<Value>> = vec![None; n];
        for (i, v) in positional.into_iter().take(n).enumerate() {
            slots[i] = Some(v);
        }
        for (k, v) in keywords {
            match self.inputs.iter().position(|i| *i.name == *k) {
                Some(i) if slots[i].is_some() => {
                    return Err(ToolError::type_error(format!(
                        "{name}() got multiple values for argument '{k}'"
                    )))
                }
                Some(i) => slots[i] = Some(v),
                None => {
                    return Err(ToolError::type_error(format!(
                        "{name}() got an unexpected keyword argument '{k}'"
                    )))
                }
            }
        }
        if given > n {
            let required = self.inputs.iter().filter(|i| i.default.is_none()).count();
            let takes = if required == n {
                format!("{n} positional argument{}", if n == 1 { "" } else { "s" })
            } else {
                format!("from {required} to {n} positional arguments")
            };
            let was = if given == 1 { "was" } else { "were" };
            return Err(ToolError::type_error(format!(
                "{name}() takes {takes} but {given} {was} given"
            )));
        }
        let missing: Vec<String> = self
            .inputs
            .iter()
            .zip(&slots)
            .filter(|(i, s)| s.is_none() && i.default.is_none())
            .map(|(i, _)| format!("'{}'", i.name))
            .collect();
        if !missing.is_empty() {
            let list = match missing.len() {
                1 => missing[0].clone(),
                2 => format!("{} and {}", missing[0], missing[1]),
                k => format!("{}, and {}", missing[..k - 1].join(", "), missing[k - 1]),
            };
            return Err(ToolError::type_error(format!(
                "{name}() missing {} required positional argument{}: {list}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" }
            )));
        }
        let mut values = Vec::with_capacity(n);
        for (input, slot) in self.inputs.iter().zip(slots) {
            let v = match slot {
                Some(v) => {
                    check_type(name, &input.name, &input.ty, &v)?;
                    v
                }
                None => input.default.clone().unwrap_or(Value::None),
            };
            values.push((input.name.clone(), v));
        }
        Ok(ToolArgs { values })
    }
}

/// Whether `v` fits the declared Python type `ty` (loosely, as Python's own numeric
/// tower does: `int` takes bools, `float` takes ints and bools); `Optional[T]` and
/// `T | None` also take `None`; `Any`, unions and unknown type names accept anything.
fn check_type(tool: &str, param: &str, ty: &str, v: &Value) -> Result<(), ToolError> {
    // Fast path for the plain type names almost every spec uses (no parsing).
    let plain = match ty {
        "str" => Some(matches!(v, Value::Str(_))),
        "int" => Some(matches!(v, Value::Int(_) | Value::Bool(_))),
        "float" => Some(matches!(
            v,
            Value::Float(_) | Value::Int(_) | Value::Bool(_)
        )),
        "bool" => Some(matches!(v, Value::Bool(_))),
        "Any" | "any" | "object" | "" => Some(true),
        _ => None,
    };
    if plain == Some(true) {
        return Ok(());
    }
    let t = PyType::parse(ty);
    if t.optional && matches!(v, Value::None) {
        return Ok(());
    }
    let base = t.normalized_base();
    let ok = match base.as_str() {
        "str" => matches!(v, Value::Str(_)),
        "int" => matches!(v, Value::Int(_) | Value::Bool(_)),
        "float" => matches!(v, Value::Float(_) | Value::Int(_) | Value::Bool(_)),
        "bool" => matches!(v, Value::Bool(_)),
        "list" => matches!(v, Value::List(_)),
        "tuple" => matches!(v, Value::Tuple(_)),
        "dict" => matches!(v, Value::Dict(_)),
        "bytes" => matches!(v, Value::Bytes(_)),
        "set" => matches!(v, Value::Set(_)),
        "frozenset" => matches!(v, Value::FrozenSet(_)),
        "None" => matches!(v, Value::None),
        _ => true,
    };
    if ok {
        Ok(())
    } else {
        let or_none = if t.optional { " or None" } else { "" };
        Err(ToolError::type_error(format!(
            "{tool}() argument '{param}' must be {base}{or_none}, not {}",
            v.type_name()
        )))
    }
}
