//! `ArgParser`: binds a native call's arguments against a declared signature and
//! produces CPython's arity and keyword errors, naming the function.

use crate::error::{type_error, PyResult};
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Binds arguments for a native function.
pub struct ArgParser<'a> {
    name: &'a str,
    args: Args,
}

impl<'a> ArgParser<'a> {
    /// Starts binding `args` for the function `name`.
    pub fn new(name: &'a str, args: Args) -> Self {
        ArgParser { name, args }
    }

    /// Binds positional-or-keyword parameters `params`, of which the first `required`
    /// must be given. Returns one slot per parameter. Unknown keywords and excess
    /// positionals are `TypeError`s.
    pub fn bind(self, vm: &Vm, params: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
        let mut out = vec![None; params.len()];
        if self.args.pos.len() > params.len() {
            return Err(type_error(if required == params.len() {
                format!(
                    "{}() takes exactly {} argument{} ({} given)",
                    self.name,
                    params.len(),
                    if params.len() == 1 { "" } else { "s" },
                    self.args.pos.len()
                )
            } else {
                format!(
                    "{}() takes at most {} argument{} ({} given)",
                    self.name,
                    params.len(),
                    if params.len() == 1 { "" } else { "s" },
                    self.args.pos.len()
                )
            }));
        }
        for (i, v) in self.args.pos.iter().enumerate() {
            out[i] = Some(*v);
        }
        for (k, v) in &self.args.kw {
            let name = vm.interner.name(*k);
            match params.iter().position(|p| *p == name) {
                Some(i) if out[i].is_some() => {
                    return Err(type_error(format!(
                        "argument for {}() given by name ('{name}') and position ({})",
                        self.name,
                        i + 1
                    )))
                }
                Some(i) => out[i] = Some(*v),
                None => {
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{name}'",
                        self.name
                    )))
                }
            }
        }
        for (i, slot) in out.iter().enumerate().take(required) {
            if slot.is_none() {
                return Err(type_error(
                    if required == params.len() && self.args.kw.is_empty() {
                        format!(
                            "{}() takes exactly {} argument{} ({} given)",
                            self.name,
                            required,
                            if required == 1 { "" } else { "s" },
                            self.args.pos.len()
                        )
                    } else {
                        format!(
                            "{}() missing required argument '{}' (pos {})",
                            self.name,
                            params[i],
                            i + 1
                        )
                    },
                ));
            }
        }
        Ok(out)
    }

    /// Positional-only arguments: between `min` and `max`, no keywords.
    pub fn positional(self, min: usize, max: usize) -> PyResult<Vec<Value>> {
        if !self.args.kw.is_empty() {
            return Err(type_error(format!(
                "{}() takes no keyword arguments",
                self.name
            )));
        }
        let n = self.args.pos.len();
        if n < min || n > max {
            let msg = if min == max {
                if min == 0 {
                    format!("{}() takes no arguments ({n} given)", self.name)
                } else if min == 1 {
                    format!("{}() takes exactly one argument ({n} given)", self.name)
                } else {
                    format!("{} expected {min} arguments, got {n}", self.name)
                }
            } else if n < min {
                format!(
                    "{} expected at least {min} argument{}, got {n}",
                    self.name,
                    if min == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{} expected at most {max} argument{}, got {n}",
                    self.name,
                    if max == 1 { "" } else { "s" }
                )
            };
            return Err(type_error(msg));
        }
        Ok(self.args.pos)
    }

    /// Splits off keyword arguments named in `names` (the rest must be positional-only
    /// and within `min..=max`).
    pub fn with_keywords(
        self,
        vm: &Vm,
        min: usize,
        max: usize,
        names: &[&str],
    ) -> PyResult<(Vec<Value>, Vec<Option<Value>>)> {
        let mut kw = vec![None; names.len()];
        for (k, v) in &self.args.kw {
            let name = vm.interner.name(*k);
            match names.iter().position(|p| *p == name) {
                Some(i) => kw[i] = Some(*v),
                None => {
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{name}'",
                        self.name
                    )))
                }
            }
        }
        let pos =
            ArgParser::new(self.name, Args::positional(self.args.pos)).positional(min, max)?;
        Ok((pos, kw))
    }
}
