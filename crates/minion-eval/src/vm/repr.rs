//! `repr()` and `str()` of values, and f-string / `format()` field formatting.

use minion_tool::{repr_bytes, repr_str};

use super::convert::MAX_NESTING;
use super::Vm;
use crate::error::{type_error, PyResult, Raise};
use crate::format::{self, FormatSpec};
use crate::heap::HeapId;
use crate::objects::{IterState, Obj};
use crate::types::Ty;
use crate::value::Value;

impl Vm {
    /// `repr(v)`.
    pub fn repr(&self, v: Value) -> PyResult<String> {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.repr_into(v, &mut out, &mut seen)?;
        Ok(out)
    }

    /// `str(v)`.
    pub fn str_of(&self, v: Value) -> PyResult<String> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Str(s) => Ok(s.s.to_string()),
                Obj::Exception(e) => self.exception_str(e.ty, &e.args.clone()),
                Obj::Dt(d) => Ok(crate::modules::datetime::str_of(d)),
                Obj::Fraction(_) | Obj::Decimal(_) | Obj::DecimalContext(_) => {
                    crate::modules::exact::str_of(self, v).unwrap_or_else(|| Ok(String::new()))
                }
                Obj::Uuid(n) => Ok(crate::modules::uuid::text(*n)),
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `str(exc)`: empty for no args, the arg's str for one, the args tuple's repr else.
    pub fn exception_str(&self, ty: Ty, args: &[Value]) -> PyResult<String> {
        match args {
            [] => Ok(String::new()),
            [a] if ty == Ty::KeyError => self.repr(*a),
            [a] => self.str_of(*a),
            _ => {
                let t: Vec<String> = args
                    .iter()
                    .map(|a| self.repr(*a))
                    .collect::<PyResult<_>>()?;
                Ok(format!("({})", t.join(", ")))
            }
        }
    }

    pub(crate) fn repr_into(
        &self,
        v: Value,
        out: &mut String,
        seen: &mut Vec<HeapId>,
    ) -> PyResult<()> {
        if seen.len() > MAX_NESTING {
            return Err(Raise::new(
                Ty::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        match v {
            Value::None | Value::Undef => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::Float(f) => out.push_str(&format::float_repr(f)),
            Value::Ellipsis => out.push_str("Ellipsis"),
            Value::Tool(t) => {
                out.push_str("<tool ");
                out.push_str(self.tool_name(t));
                out.push('>');
            }
            Value::ModuleFn(m) => {
                out.push_str("<built-in function ");
                out.push_str(m.name());
                out.push('>');
            }
            Value::Builtin(crate::builtins::Builtin::NotImplemented) => {
                out.push_str("NotImplemented");
            }
            Value::Builtin(b) => {
                out.push_str("<built-in function ");
                out.push_str(b.name());
                out.push('>');
            }
            Value::Type(t) => {
                out.push_str("<class '");
                if t.module() != "builtins" {
                    out.push_str(t.module());
                    out.push('.');
                }
                out.push_str(t.name());
                out.push_str("'>");
            }
            Value::Ref(id) => {
                let recursive_marker = |out: &mut String, open: &str, close: &str| {
                    out.push_str(open);
                    out.push_str("...");
                    out.push_str(close);
                };
                match self.heap.get(id) {
                    Obj::Str(s) => out.push_str(&repr_str(&s.s)),
                    Obj::Bytes(b) => out.push_str(&repr_bytes(b)),
                    Obj::ByteArray(b) => {
                        // CPython's bytearray repr escapes `'` even inside `b"..."`.
                        let r = repr_bytes(b);
                        out.push_str("bytearray(");
                        if let Some(body) = r.strip_prefix("b\"") {
                            out.push_str("b\"");
                            out.push_str(&body.replace('\'', "\\'"));
                        } else {
                            out.push_str(&r);
                        }
                        out.push(')');
                    }
                    Obj::Int(i) => out.push_str(&int_to_decimal(i)?),
                    Obj::List(items) => {
                        if seen.contains(&id) {
                            recursive_marker(out, "[", "]");
                            return Ok(());
                        }
                        seen.push(id);
                        out.push('[');
                        self.repr_items(items, out, seen)?;
                        out.push(']');
                        seen.pop();
                    }
                    Obj::Tuple(items) => {
                        seen.push(id);
                        out.push('(');
                        self.repr_items(items, out, seen)?;
                        if items.len() == 1 {
                            out.push(',');
                        }
                        out.push(')');
                        seen.pop();
                    }
                    Obj::Dict(d) if d.kind().is_some() => self.repr_tagged_dict(id, out, seen)?,
                    Obj::Deque(d) => {
                        if seen.contains(&id) {
                            out.push_str("[...]");
                            return Ok(());
                        }
                        seen.push(id);
                        let mut parts = Vec::with_capacity(d.items.len());
                        for x in d.items.iter() {
                            let mut s = String::new();
                            self.repr_into(*x, &mut s, seen)?;
                            parts.push(s);
                        }
                        seen.pop();
                        out.push_str(&crate::modules::collections::repr::deque(&parts, d.maxlen));
                    }
                    Obj::NamedTuple(t) => {
                        seen.push(id);
                        let mut parts = Vec::with_capacity(t.items.len());
                        for x in t.items.iter() {
                            let mut s = String::new();
                            self.repr_into(*x, &mut s, seen)?;
                            parts.push(s);
                        }
                        seen.pop();
                        out.push_str(&crate::modules::collections::repr::namedtuple(
                            self, t, &parts,
                        ));
                    }
                    Obj::ChainMap(m) => {
                        if seen.contains(&id) {
                            out.push_str("...");
                            return Ok(());
                        }
                        seen.push(id);
                        out.push_str("ChainMap(");
                        for (i, x) in self.seq_slice(*m).iter().enumerate() {
                            if i > 0 {
                                out.push_str(", ");
                            }
                            self.repr_into(*x, out, seen)?;
                        }
                        out.push(')');
                        seen.pop();
                    }
                    Obj::Dict(d) => {
                        if seen.contains(&id) {
                            recursive_marker(out, "{", "}");
                            return Ok(());
                        }
                        seen.push(id);
                        out.push('{');
                        for (i, e) in d.iter().enumerate() {
                            if i > 0 {
                                out.push_str(", ");
                            }
                            self.repr_into(e.key, out, seen)?;
                            out.push_str(": ");
                            self.repr_into(e.value, out, seen)?;
                        }
                        out.push('}');
                        seen.pop();
                    }
                    Obj::Set(d) | Obj::FrozenSet(d) => {
                        let frozen = matches!(self.heap.get(id), Obj::FrozenSet(_));
                        let name = if frozen { "frozenset" } else { "set" };
                        if d.is_empty() {
                            out.push_str(name);
                            out.push_str("()");
                            return Ok(());
                        }
                        if frozen {
                            out.push_str("frozenset(");
                        }
                        seen.push(id);
                        out.push('{');
                        let keys: Vec<Value> = d.keys().collect();
                        self.repr_items(&keys, out, seen)?;
                        out.push('}');
                        seen.pop();
                        if frozen {
                            out.push(')');
                        }
                    }
                    Obj::Range(a, b, c) => {
                        if *c == 1 {
                            out.push_str(&format!("range({a}, {b})"));
                        } else {
                            out.push_str(&format!("range({a}, {b}, {c})"));
                        }
                    }
                    Obj::Slice(a, b, c) => {
                        out.push_str("slice(");
                        self.repr_into(*a, out, seen)?;
                        out.push_str(", ");
                        self.repr_into(*b, out, seen)?;
                        out.push_str(", ");
                        self.repr_into(*c, out, seen)?;
                        out.push(')');
                    }
                    Obj::Function(f) => {
                        out.push_str(&format!(
                            "<function {} at 0x{:012x}>",
                            f.qualname,
                            id.index() * 16
                        ));
                    }
                    Obj::Code(c) => out.push_str(&format!("<code object {}>", c.name)),
                    Obj::Cell(_) => out.push_str("<cell>"),
                    Obj::NativeMethod(recv, name) => {
                        let n = self.interner.name(*name);
                        match recv {
                            Value::Type(t) => {
                                out.push_str(&format!("<method '{n}' of '{}' objects>", t.name()))
                            }
                            _ => out.push_str(&format!(
                                "<built-in method {n} of {} object at 0x{:012x}>",
                                self.type_name(*recv),
                                id.index() * 16
                            )),
                        }
                    }
                    Obj::Exception(e) => {
                        match e.class {
                            Some(c) => out.push_str(self.class_name(Value::Ref(c))),
                            None => out.push_str(e.ty.name()),
                        }
                        out.push('(');
                        let args = e.args.clone();
                        seen.push(id);
                        self.repr_items(&args, out, seen)?;
                        seen.pop();
                        out.push(')');
                    }
                    Obj::Iter(it) => {
                        let name = match **it {
                            IterState::Seq(s, _) => match self.type_of(s) {
                                Ty::List => "list_iterator",
                                Ty::Tuple => "tuple_iterator",
                                Ty::Str => "str_ascii_iterator",
                                Ty::ByteArray => "bytearray_iterator",
                                _ => "bytes_iterator",
                            },
                            IterState::Range(..) => "range_iterator",
                            IterState::Dict(..) => "dict_keyiterator",
                            IterState::Reversed(..) => "reversed",
                            IterState::Enumerate(..) => "enumerate",
                            IterState::Zip(..) => "zip",
                            IterState::Map(..) => "map",
                            IterState::Filter(..) => "filter",
                            IterState::CallIter(..) => "callable_iterator",
                            IterState::Itertools(ref s) => {
                                out.push_str(&crate::modules::itertools::repr(self, s, id)?);
                                return Ok(());
                            }
                            IterState::Done => "iterator",
                        };
                        out.push_str(&format!("<{name} object at 0x{:012x}>", id.index() * 16));
                    }
                    Obj::Generator(g) => {
                        let what = match g.code.kind {
                            crate::compile::code::CodeKind::Coroutine => "coroutine",
                            crate::compile::code::CodeKind::AsyncGenerator => "async_generator",
                            _ => "generator",
                        };
                        out.push_str(&format!(
                            "<{what} object {} at 0x{:012x}>",
                            g.qualname,
                            id.index() * 16
                        ));
                    }
                    Obj::LazyCall(c) => {
                        let name = match c.kind {
                            crate::objects::LazyKind::Tool { tool, .. } => self.tool_name(tool),
                            crate::objects::LazyKind::Sleep { .. } => "sleep",
                        };
                        out.push_str(&format!(
                            "<coroutine object {name} at 0x{:012x}>",
                            id.index() * 16
                        ));
                    }
                    Obj::Future(f) => out.push_str(&self.future_repr(f)),
                    // Enum classes show as `<enum 'Color'>` (CPython's `EnumType.__repr__`).
                    Obj::Class(c) if c.flags & crate::objects::class::flags::ENUM != 0 => {
                        out.push_str("<enum '");
                        out.push_str(&c.name);
                        out.push_str("'>");
                    }
                    Obj::Class(c) => {
                        // Native classes (`collections.abc.Mapping`) name their module.
                        let module = self
                            .interner
                            .lookup("__module__")
                            .and_then(|m| c.own(m))
                            .and_then(|m| self.pystr(m))
                            .map_or("__main__", |s| &s.s);
                        out.push_str("<class '");
                        out.push_str(module);
                        out.push('.');
                        out.push_str(&c.qualname);
                        out.push_str("'>");
                    }
                    Obj::Instance(i) => {
                        let name = match self.heap.get(i.class) {
                            Obj::Class(c) => c.qualname.as_str(),
                            _ => "?",
                        };
                        out.push_str(&format!(
                            "<__main__.{name} object at 0x{:012x}>",
                            id.index() * 16
                        ));
                    }
                    Obj::BoundMethod(recv, f) => {
                        let fname = match f {
                            Value::Ref(fid) => match self.heap.get(*fid) {
                                Obj::Function(f) => f.qualname.clone(),
                                _ => "?".into(),
                            },
                            _ => "?".into(),
                        };
                        out.push_str(&format!("<bound method {fname} of "));
                        self.repr_into(*recv, out, seen)?;
                        out.push('>');
                    }
                    // A namedtuple field accessor (`collections` stores its position).
                    Obj::Property(p) if matches!(p[0], Value::Int(_)) => {
                        let Value::Int(i) = p[0] else { unreachable!() };
                        out.push_str(&format!("_tuplegetter({i}, 'Alias for field number {i}')"));
                    }
                    Obj::ClassMethod(_)
                    | Obj::StaticMethod(_)
                    | Obj::Property(_)
                    | Obj::Super(..) => {
                        let t = self.type_name(v).to_string();
                        out.push_str(&format!("<{t} object at 0x{:012x}>", id.index() * 16));
                    }
                    Obj::FuncTool(f) => {
                        out.push_str(&crate::modules::functools::repr(self, f, id)?)
                    }
                    Obj::Template(_) => out.push_str(&format!(
                        "<string.Template object at 0x{:012x}>",
                        id.index() * 16
                    )),
                    Obj::PlainObject => {
                        out.push_str(&format!("<object object at 0x{:012x}>", id.index() * 16))
                    }
                    Obj::Uuid(n) => {
                        out.push_str("UUID('");
                        out.push_str(&crate::modules::uuid::text(*n));
                        out.push_str("')");
                    }
                    Obj::Queue(q) => out.push_str(&crate::modules::queue::repr(q, id)),
                    Obj::Hasher(h) => out.push_str(&format!(
                        "<{} _hashlib.HASH object @ 0x{:012x}>",
                        h.name(),
                        id.index() * 16
                    )),
                    Obj::Fraction(_) | Obj::Decimal(_) | Obj::DecimalContext(_) => out.push_str(
                        &crate::modules::exact::repr(self, v)
                            .unwrap_or_else(|| Ok(String::new()))?,
                    ),
                    o @ (Obj::RePattern(_) | Obj::ReMatch(_)) => {
                        out.push_str(&crate::modules::re::repr(self, o))
                    }
                    Obj::Anext(..) => out.push_str(&format!(
                        "<async_generator_asend object at 0x{:012x}>",
                        id.index() * 16
                    )),
                    Obj::SyncPrim(p) => {
                        let kind = if p.is_lock { "Lock" } else { "Semaphore" };
                        let state = if p.is_lock {
                            if p.value > 0 { "unlocked" } else { "locked" }.to_string()
                        } else if p.value > 0 {
                            format!("unlocked, value:{}", p.value)
                        } else {
                            "locked".to_string()
                        };
                        out.push_str(&format!(
                            "<asyncio.locks.{kind} object at 0x{:012x} [{state}]>",
                            id.index() * 16
                        ));
                    }
                    Obj::Dt(d) => out.push_str(&crate::modules::datetime::repr(d)),
                    Obj::Namespace(ns) => {
                        out.push_str("<module '");
                        out.push_str(&ns.0);
                        out.push_str("'>");
                    }
                    Obj::DictView(d, kind) => {
                        let name = ["dict_keys", "dict_values", "dict_items"][*kind as usize % 3];
                        out.push_str(name);
                        out.push_str("([");
                        let table = self.dict_of(*d);
                        if let Some(t) = table {
                            let entries: Vec<(Value, Value)> =
                                t.iter().map(|e| (e.key, e.value)).collect();
                            for (i, (k, v)) in entries.into_iter().enumerate() {
                                if i > 0 {
                                    out.push_str(", ");
                                }
                                match kind {
                                    0 => self.repr_into(k, out, seen)?,
                                    1 => self.repr_into(v, out, seen)?,
                                    _ => {
                                        out.push('(');
                                        self.repr_into(k, out, seen)?;
                                        out.push_str(", ");
                                        self.repr_into(v, out, seen)?;
                                        out.push(')');
                                    }
                                }
                            }
                        }
                        out.push_str("])");
                    }
                }
            }
        }
        Ok(())
    }

    fn repr_items(
        &self,
        items: &[Value],
        out: &mut String,
        seen: &mut Vec<HeapId>,
    ) -> PyResult<()> {
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.repr_into(*it, out, seen)?;
        }
        Ok(())
    }

    /// An f-string field: conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`) then `format`.
    pub fn format_field(&mut self, v: Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
        let v = match conv {
            1 => {
                let s = self.str_mut(v)?;
                self.new_str(s)
            }
            2 => {
                let s = self.repr_mut(v)?;
                self.new_str(s)
            }
            0 if self.class_of(v).is_some() || self.holds_instance(v, 0) => {
                // `format(obj, spec)`: `__format__`, else `str(obj)` for an empty spec.
                let spec_s = match spec {
                    Some(s) => self.str_ref(s)?.to_string(),
                    None => String::new(),
                };
                let spec_v = self.new_str(spec_s.clone());
                if self.class_of(v).is_some() {
                    if let Some(r) = self.call_dunder(v, "__format__", &[spec_v])? {
                        return Ok(r);
                    }
                }
                if !spec_s.is_empty() {
                    return Err(crate::error::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    )));
                }
                let s = self.str_mut(v)?;
                return Ok(self.new_str(s));
            }
            3 => {
                let s = self.repr(v)?;
                let s = escape_non_ascii(&s);
                self.new_str(s)
            }
            _ => v,
        };
        let spec = match spec {
            Some(s) => self.str_ref(s)?.to_string(),
            None => String::new(),
        };
        if spec.is_empty() && self.is_str(v) {
            return Ok(v);
        }
        let s = self.format_value(v, &spec)?;
        Ok(self.new_str(s))
    }

    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if self.is_instance(v) {
            // `format(member, spec)`: the instance's `__format__` (enums, user classes).
            let spec_v = self.new_str(spec);
            let r = self.format_field(v, 0, Some(spec_v))?;
            return Ok(self.str_ref(r)?.to_string());
        }
        let ty = self.type_of(v);
        if crate::modules::datetime::is_type(ty) {
            let s = crate::modules::datetime::format_value(self, v, spec)?;
            self.check_alloc(s.len())?;
            return Ok(s);
        }
        if ty == Ty::Decimal {
            if let Some(s) = crate::modules::exact::format(self, v, spec)? {
                return Ok(s);
            }
        }
        match ty {
            Ty::Int | Ty::Bool | Ty::Float | Ty::Str => {}
            _ => {
                if spec.is_empty() {
                    return self.str_of(v);
                }
                return Err(type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    ty.name()
                )));
            }
        }
        if spec.is_empty() {
            return self.str_of(v);
        }
        let parsed = FormatSpec::parse(spec, ty.name()).map_err(format_error)?;
        let r = match ty {
            Ty::Float => format::format_float(self.to_f64(v).expect("float")?, &parsed),
            Ty::Str => format::format_str(self.str_ref(v)?, &parsed),
            // `bool` inherits `int.__format__`: any non-empty spec formats it as an int.
            _ => {
                let int = self.to_bigint(v).expect("int");
                if matches!(parsed.ty, None | Some('d') | Some('n')) && int.bits() > 63 {
                    int_to_decimal(&int)?;
                }
                format::format_int_for(&int, &parsed, ty.name())
            }
        };
        let s = r.map_err(format_error)?;
        self.check_alloc(s.len())?;
        Ok(s)
    }
}

/// Converts a formatting error to the Python exception CPython raises.
pub fn format_error(e: format::FormatError) -> Raise {
    let ty = match e.kind {
        format::FormatErrorKind::Value => Ty::ValueError,
        format::FormatErrorKind::Type => Ty::TypeError,
        format::FormatErrorKind::Overflow => Ty::OverflowError,
        format::FormatErrorKind::Key => Ty::KeyError,
        format::FormatErrorKind::Index => Ty::IndexError,
    };
    Raise::new(ty, e.message)
}

/// `ascii()`'s rule: a repr with every non-ASCII character escaped.
pub fn escape_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// CPython 3.11's limit on int <-> decimal string conversion (`sys.int_info`).
pub const MAX_STR_DIGITS: usize = 4300;

/// `str(i)` for a big int, refusing more than [`MAX_STR_DIGITS`] digits as CPython does
/// (which also keeps the quadratic conversion cheap).
pub fn int_to_decimal(i: &num_bigint::BigInt) -> PyResult<String> {
    // 4300 decimal digits need at least 14 282 bits; well above that, refuse at once.
    let too_long = || {
        Raise::new(
            Ty::ValueError,
            "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        )
    };
    if i.bits() > 14_400 {
        return Err(too_long());
    }
    let s = i.to_string();
    if s.trim_start_matches('-').len() > MAX_STR_DIGITS {
        return Err(too_long());
    }
    Ok(s)
}

impl Vm {
    /// CPython-like repr of a future or task (no source positions).
    fn future_repr(&self, f: &crate::objects::PyFuture) -> String {
        use crate::objects::{FutKind, FutState};
        let state = match f.state {
            FutState::Pending => "pending".to_string(),
            FutState::Cancelled => "cancelled".to_string(),
            FutState::Done(v) => format!("finished result={}", self.repr(v).unwrap_or_default()),
            FutState::Failed(e) => {
                format!("finished exception={}", self.repr(e).unwrap_or_default())
            }
        };
        match &f.kind {
            FutKind::Task { name, coro, .. } => {
                let coro = match coro {
                    Value::Ref(c) => match self.heap.get(*c) {
                        Obj::Generator(g) => format!(" coro=<{}()>", g.qualname),
                        _ => String::new(),
                    },
                    _ => String::new(),
                };
                format!("<Task {state} name='{name}'{coro}>")
            }
            _ => format!("<Future {state}>"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::escape_non_ascii;
    use minion_tool::{repr_bytes, repr_str};

    #[test]
    fn str_and_bytes_reprs_match_cpython() {
        // Expectations from CPython 3.11.
        assert_eq!(repr_str("abc"), "'abc'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("it's \"x\""), "'it\\'s \"x\"'");
        assert_eq!(repr_str("a\\b\n\r\t"), "'a\\\\b\\n\\r\\t'");
        assert_eq!(repr_str("\x00\x1f\x7f"), "'\\x00\\x1f\\x7f'");
        assert_eq!(
            repr_str("\u{7f}\u{a0}\u{ad}\u{2028}😀\u{e0001}é"),
            "'\\x7f\\xa0\\xad\\u2028😀\\U000e0001é'"
        );
        assert_eq!(
            escape_non_ascii(&repr_str("é😀\x00")),
            "'\\xe9\\U0001f600\\x00'"
        );
        assert_eq!(repr_bytes(b"it's"), "b\"it's\"");
        assert_eq!(
            repr_bytes(b"\t\n\r\\\x00\x1f\x7f\x80\xff"),
            "b'\\t\\n\\r\\\\\\x00\\x1f\\x7f\\x80\\xff'"
        );
        assert_eq!(repr_bytes(b""), "b''");
    }
}
