//! The `string` module: its constants, `capwords` and `Template` (in `template.rs`).
//! `string.Formatter` is not provided.
//!
//! This file also holds helpers shared by the modules CPython writes in Python
//! (`statistics`, `random`, `textwrap`, `base64`, `heapq`'s `nlargest`...): [`PySig`]
//! binds arguments with the messages CPython's interpreter gives for a Python
//! function, and [`lt`] / [`method`] run Python's `<` and a method call.

use super::ModuleFn;
use crate::compile::code::CmpOp;
use crate::error::{type_error, PyResult, Raise};
use crate::intern::Sym;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

/// The module's constants.
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let letters = format!("{LOWER}{UPPER}");
    let printable = format!("{DIGITS}{letters}{PUNCTUATION}{WHITESPACE}");
    let texts: [(&'static str, String); 9] = [
        ("ascii_letters", letters),
        ("ascii_lowercase", LOWER.to_string()),
        ("ascii_uppercase", UPPER.to_string()),
        ("digits", DIGITS.to_string()),
        ("hexdigits", "0123456789abcdefABCDEF".to_string()),
        ("octdigits", "01234567".to_string()),
        ("punctuation", PUNCTUATION.to_string()),
        ("printable", printable),
        ("whitespace", WHITESPACE.to_string()),
    ];
    let mut out: Vec<(&'static str, Value)> =
        texts.into_iter().map(|(k, s)| (k, vm.new_str(s))).collect();
    out.push(("Template", Value::Type(crate::types::Ty::Template)));
    out
}

/// Calls `string.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::StringCapwords => {
            let sig = PySig::new("capwords", &["s", "sep"], 1);
            let a = sig.bind(vm, args)?.args;
            let s = a[0].unwrap_or(Value::None);
            let sep = a[1].unwrap_or(Value::None);
            // `(sep or ' ').join(map(str.capitalize, s.split(sep)))`
            let parts = method(vm, s, "split", &[sep])?;
            let mut words = Vec::new();
            for w in vm.collect_iterable(parts)? {
                words.push(method(vm, w, "capitalize", &[])?);
            }
            let joiner = if vm.truthy(sep)? {
                sep
            } else {
                vm.new_str(" ")
            };
            let list = vm.new_list(words);
            method(vm, joiner, "join", &[list])
        }
        _ => Err(Raise::internal("not a string function")),
    }
}

/// `recv.name(*args)`, through the VM's attribute lookup (so a missing method is
/// CPython's `AttributeError`).
pub(super) fn method(vm: &mut Vm, recv: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let sym = vm.interner.intern(name);
    let m = vm.get_attr(recv, sym)?;
    vm.call_value(m, args, &[])
}

/// Python's `a < b`, as a bool.
pub(super) fn lt(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => {
            let r = vm.compare(CmpOp::Lt, a, b)?;
            vm.truthy(r)
        }
    }
}

/// Python's `a == b`, as a bool (identity first, as containers compare items).
pub(super) fn same_or_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    let r = vm.compare(CmpOp::Eq, a, b)?;
    vm.truthy(r)
}

/// The signature of a function CPython implements in Python: binding arguments
/// against it gives the interpreter's `TypeError` messages.
pub(super) struct PySig<'a> {
    /// The qualified name used in messages (`mean`, `Random.randint`).
    pub name: &'a str,
    /// Positional-or-keyword parameters (the first `posonly` are positional-only).
    pub params: &'a [&'a str],
    /// How many of `params` are positional-only.
    pub posonly: usize,
    /// How many of `params` have no default.
    pub required: usize,
    /// Keyword-only parameters (all with defaults).
    pub kwonly: &'a [&'a str],
    /// Whether extra positionals are collected (`*args`).
    pub varargs: bool,
    /// Whether extra keywords are collected (`**kwargs`).
    pub varkw: bool,
    /// A method of an instance: messages count `self`.
    pub bound: bool,
}

/// Arguments bound by [`PySig::bind`].
pub(super) struct Bound {
    /// One slot per positional parameter.
    pub args: Vec<Option<Value>>,
    /// One slot per keyword-only parameter.
    pub kwonly: Vec<Option<Value>>,
    /// Extra positionals (`*args`).
    pub rest: Vec<Value>,
    /// Extra keywords (`**kwargs`), in call order.
    pub extra_kw: Vec<(Sym, Value)>,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

impl<'a> PySig<'a> {
    /// A plain function: `params`, of which the first `required` have no default.
    pub fn new(name: &'a str, params: &'a [&'a str], required: usize) -> Self {
        PySig {
            name,
            params,
            posonly: 0,
            required,
            kwonly: &[],
            varargs: false,
            varkw: false,
            bound: false,
        }
    }

    /// With keyword-only parameters.
    pub fn kwonly(mut self, names: &'a [&'a str]) -> Self {
        self.kwonly = names;
        self
    }

    /// With the first `n` parameters positional-only.
    pub fn posonly(mut self, n: usize) -> Self {
        self.posonly = n;
        self
    }

    /// Collecting `*args`.
    pub fn varargs(mut self) -> Self {
        self.varargs = true;
        self
    }

    /// Collecting `**kwargs`.
    pub fn varkw(mut self) -> Self {
        self.varkw = true;
        self
    }

    /// A method of an instance (counts include `self`).
    pub fn bound(mut self) -> Self {
        self.bound = true;
        self
    }

    /// Binds `args` in CPython's order: keywords, then the positional count, then
    /// missing arguments.
    pub fn bind(&self, vm: &Vm, args: Args) -> PyResult<Bound> {
        let n = self.params.len();
        let mut slots: Vec<Option<Value>> = vec![None; n];
        let mut kwslots: Vec<Option<Value>> = vec![None; self.kwonly.len()];
        let npos = args.pos.len().min(n);
        for (slot, v) in slots.iter_mut().zip(&args.pos) {
            *slot = Some(*v);
        }
        let rest = if self.varargs {
            args.pos[npos..].to_vec()
        } else {
            Vec::new()
        };
        let mut extra_kw = Vec::new();
        let mut posonly_as_kw = Vec::new();
        let mut kwonly_given = 0;
        for (k, v) in &args.kw {
            let name = vm.interner.name(*k);
            if let Some(i) = self.params.iter().position(|p| *p == name) {
                if i < self.posonly {
                    if self.varkw {
                        extra_kw.push((*k, *v));
                    } else {
                        posonly_as_kw.push(name.to_string());
                    }
                    continue;
                }
                if slots[i].is_some() {
                    return Err(type_error(format!(
                        "{}() got multiple values for argument '{name}'",
                        self.name
                    )));
                }
                slots[i] = Some(*v);
            } else if let Some(i) = self.kwonly.iter().position(|p| *p == name) {
                kwslots[i] = Some(*v);
                kwonly_given += 1;
            } else if self.varkw {
                extra_kw.push((*k, *v));
            } else {
                return Err(type_error(format!(
                    "{}() got an unexpected keyword argument '{name}'",
                    self.name
                )));
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                self.name,
                posonly_as_kw.join(", ")
            )));
        }
        let extra = self.bound as usize;
        if !self.varargs && args.pos.len() > n {
            let given = args.pos.len() + extra;
            let most = n + extra;
            let takes = if self.required == n {
                format!("{most} positional argument{}", plural(most))
            } else {
                format!(
                    "from {} to {most} positional arguments",
                    self.required + extra
                )
            };
            return Err(type_error(if kwonly_given > 0 {
                format!(
                    "{}() takes {takes} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                    self.name,
                    plural(given),
                    plural(kwonly_given)
                )
            } else {
                format!(
                    "{}() takes {takes} but {given} {} given",
                    self.name,
                    if given == 1 { "was" } else { "were" }
                )
            }));
        }
        let missing: Vec<String> = (0..self.required)
            .filter(|&i| slots[i].is_none())
            .map(|i| self.params[i].to_string())
            .collect();
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                self.name,
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
        Ok(Bound {
            args: slots,
            kwonly: kwslots,
            rest,
            extra_kw,
        })
    }
}

/// Binds arguments the way CPython's Argument Clinic does for C functions with
/// keyword-only parameters (`bisect_left(a, x, lo=0, hi=None, *, key=None)`).
pub(super) fn bind_clinic(
    vm: &Vm,
    name: &str,
    params: &[&str],
    required: usize,
    kwonly: &[&str],
    args: Args,
) -> PyResult<Vec<Option<Value>>> {
    let n = params.len();
    if args.pos.len() > n {
        return Err(type_error(format!(
            "{name}() takes at most {n} positional argument{} ({} given)",
            plural(n),
            args.pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; n + kwonly.len()];
    for (slot, v) in out.iter_mut().zip(&args.pos) {
        *slot = Some(*v);
    }
    for (k, v) in &args.kw {
        let kname = vm.interner.name(*k);
        let i = params.iter().chain(kwonly.iter()).position(|p| *p == kname);
        match i {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!(
                    "argument for {name}() given by name ('{kname}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(*v),
            None => {
                return Err(type_error(format!(
                    "'{kname}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(type_error(format!(
                "{name}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// The text of `v` if it is a `str`.
pub(super) fn text_of(vm: &Vm, v: Value) -> Option<String> {
    vm.pystr(v).map(|s| s.s.to_string())
}

/// An `AttributeError` as CPython gives it for `obj.name`.
pub(super) fn no_attr(vm: &Vm, v: Value, name: &str) -> Raise {
    Raise::new(
        Ty::AttributeError,
        format!("'{}' object has no attribute '{name}'", vm.type_name(v)),
    )
}
