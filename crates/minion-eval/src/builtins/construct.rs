//! Calling a built-in type: `int(...)`, `str(...)`, `list(...)`, `ValueError(...)`...

use num_bigint::BigInt;
use num_traits::Num;

use super::ArgParser;
use crate::error::{type_error, unsupported, value_error, PyResult};
use crate::objects::{Dict, Exception, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Calls type `ty` with `args`.
pub fn call_type(vm: &mut Vm, ty: Ty, args: Args) -> PyResult<Value> {
    if ty.is_exception() {
        if let Some((k, _)) = args.kw.first() {
            return Err(type_error(format!(
                "{}() takes no keyword arguments ({} given)",
                ty.name(),
                vm.interner.name(*k)
            )));
        }
        return Ok(vm.alloc(Obj::Exception(Box::new(Exception::new(ty, args.pos)))));
    }
    match ty {
        Ty::Int => int(vm, args),
        Ty::Float => float(vm, args),
        Ty::Str => str(vm, args),
        Ty::Bool => {
            let a = ArgParser::new("bool", args).positional(0, 1)?;
            Ok(Value::Bool(match a.first() {
                Some(v) => vm.truthy_mut(*v)?,
                None => false,
            }))
        }
        Ty::List => {
            let a = ArgParser::new("list", args).positional(0, 1)?;
            let items = match a.first() {
                Some(v) => collect(vm, *v)?,
                None => vec![],
            };
            Ok(vm.new_list(items))
        }
        Ty::Tuple => {
            let a = ArgParser::new("tuple", args).positional(0, 1)?;
            let items = match a.first() {
                Some(v) => collect(vm, *v)?,
                None => vec![],
            };
            Ok(vm.new_tuple(items))
        }
        Ty::Set | Ty::FrozenSet => {
            let a = ArgParser::new(ty.name(), args).positional(0, 1)?;
            let frozen = ty == Ty::FrozenSet;
            match a.first() {
                // `frozenset(f)` is `f` for a frozenset `f`.
                Some(&v) if frozen && vm.type_of(v) == Ty::FrozenSet => Ok(v),
                v => crate::methods::set::make_new(vm, frozen, v.copied()),
            }
        }
        Ty::Dict => dict(vm, args),
        Ty::Counter | Ty::DefaultDict | Ty::OrderedDict | Ty::Deque | Ty::ChainMap => {
            crate::modules::collections::construct(vm, ty, args)
        }
        Ty::Range => {
            let a = ArgParser::new("range", args).positional(1, 3)?;
            let ints: Vec<i64> = a
                .iter()
                .map(|v| vm.expect_i64(*v))
                .collect::<PyResult<_>>()?;
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                _ => unreachable!("arity checked"),
            };
            if step == 0 {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            Ok(vm.alloc(Obj::Range(start, stop, step)))
        }
        Ty::Slice => {
            let a = ArgParser::new("slice", args).positional(1, 3)?;
            let (s, e, st) = match a.as_slice() {
                [stop] => (Value::None, *stop, Value::None),
                [start, stop] => (*start, *stop, Value::None),
                [start, stop, step] => (*start, *stop, *step),
                _ => unreachable!("arity checked"),
            };
            Ok(vm.alloc(Obj::Slice(s, e, st)))
        }
        Ty::Bytes => bytes(vm, args),
        Ty::ByteArray => bytearray(vm, args),
        Ty::ClassMethod | Ty::StaticMethod => {
            let a = ArgParser::new(ty.name(), args).positional(1, 1)?;
            Ok(vm.alloc(if ty == Ty::ClassMethod {
                Obj::ClassMethod(a[0])
            } else {
                Obj::StaticMethod(a[0])
            }))
        }
        Ty::Property => {
            let a =
                ArgParser::new("property", args).bind(vm, &["fget", "fset", "fdel", "doc"], 0)?;
            let p = [
                a[0].unwrap_or(Value::None),
                a[1].unwrap_or(Value::None),
                a[2].unwrap_or(Value::None),
            ];
            Ok(vm.alloc(Obj::Property(Box::new(p))))
        }
        Ty::Super => {
            let a = ArgParser::new("super", args).positional(0, 2)?;
            if a.len() != 2 {
                return Err(crate::error::unsupported(
                    "super() outside a method, or with one argument",
                ));
            }
            Ok(vm.alloc(Obj::Super(a[0], a[1])))
        }
        Ty::Type => match (args.pos.len(), args.kw.is_empty()) {
            (1, true) => Ok(vm.class_value_of(args.pos[0])),
            (1, false) => Err(type_error("type() takes no keyword arguments")),
            (3, _) => {
                let want = [(Ty::Str, "str"), (Ty::Tuple, "tuple"), (Ty::Dict, "dict")];
                for (i, (v, (ty, name))) in args.pos.iter().zip(want).enumerate() {
                    if vm.type_of(*v) != ty {
                        return Err(type_error(format!(
                            "type.__new__() argument {} must be {name}, not {}",
                            i + 1,
                            vm.type_name(*v)
                        )));
                    }
                }
                Err(unsupported("creating classes with type()"))
            }
            _ => Err(type_error("type() takes 1 or 3 arguments")),
        },
        Ty::Uuid => crate::modules::uuid::construct(vm, args),
        Ty::Template => crate::modules::template::construct(vm, args),
        t if crate::modules::queue::is_type(t) => crate::modules::queue::construct(vm, t, args),
        Ty::Object => {
            if !args.pos.is_empty() || !args.kw.is_empty() {
                return Err(type_error("object() takes no arguments"));
            }
            Ok(vm.alloc(Obj::PlainObject))
        }
        Ty::Fraction => crate::modules::fractions::construct(vm, args),
        Ty::Decimal => crate::modules::decimal::construct(vm, args),
        Ty::DecimalContext => crate::modules::decimal::construct_context(vm, args),
        t if crate::modules::datetime::is_type(t) => {
            crate::modules::datetime::construct(vm, t, args)
        }
        other => Err(unsupported(&format!("calling '{}'", other.name()))),
    }
}

fn collect(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    if !vm.is_iterable(v) {
        return Err(type_error(format!(
            "'{}' object is not iterable",
            vm.type_name(v)
        )));
    }
    vm.collect_iterable(v)
}

fn int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("int", args).bind(vm, &["x", "base"], 0)?;
    let Some(x) = a[0] else {
        if a[1].is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(base) = a[1] {
        let base = vm.expect_i64(base)?;
        if !vm.is_str(x) && !matches!(vm.type_of(x), Ty::Bytes | Ty::ByteArray) {
            return Err(type_error(
                "int() can't convert non-string with explicit base",
            ));
        }
        if base != 0 && !(2..=36).contains(&base) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = text_of(vm, x);
        return parse_int(vm, &text, base as u32);
    }
    match x {
        Value::Int(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => super::number::float_to_int(vm, f),
        _ if vm.is_int(x) => Ok(x),
        _ if crate::modules::exact::is_exact(vm, x) => {
            crate::modules::exact::integral(vm, x, crate::modules::exact::Integral::Trunc)
                .map(|v| v.unwrap_or(Value::Int(0)))
        }
        _ if vm.is_str(x) || matches!(vm.type_of(x), Ty::Bytes | Ty::ByteArray) => {
            let text = text_of(vm, x);
            parse_int(vm, &text, 10)
        }
        _ => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(x)
        ))),
    }
}

fn text_of(vm: &Vm, v: Value) -> String {
    match vm.str_ref(v) {
        Ok(s) => s.to_string(),
        Err(_) => String::from_utf8_lossy(vm.bytes_of(v)).into_owned(),
    }
}

/// Parses an int literal as `int(text, base)` does.
pub fn parse_int(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
    let bad = || {
        value_error(format!(
            "invalid literal for int() with base {base}: {}",
            minion_tool::repr_str(text)
        ))
    };
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let (base, digits) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (16, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0o") {
                (8, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0b") {
                (2, r.to_string())
            } else {
                if lower.len() > 1
                    && lower.starts_with('0')
                    && lower.chars().any(|c| c != '0' && c != '_')
                {
                    return Err(bad());
                }
                (10, lower.clone())
            }
        }
        16 => (
            16,
            lower
                .strip_prefix("0x")
                .map_or(lower.clone(), |r| r.to_string()),
        ),
        8 => (
            8,
            lower
                .strip_prefix("0o")
                .map_or(lower.clone(), |r| r.to_string()),
        ),
        2 => (
            2,
            lower
                .strip_prefix("0b")
                .map_or(lower.clone(), |r| r.to_string()),
        ),
        b => (b, lower.clone()),
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| base != 10 && body.len() > 2)
        .map(|s| s.to_string())
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(bad());
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if clean.len() > 4300 && base == 10 {
        return Err(value_error(format!("Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit", clean.len())));
    }
    let clean: String = clean
        .chars()
        .map(|c| {
            c.to_digit(10)
                .map_or(c, |d| char::from_digit(d, 10).unwrap_or(c))
        })
        .collect();
    let v = BigInt::from_str_radix(&clean, base).map_err(|_| bad())?;
    Ok(vm.new_int(if neg { -v } else { v }))
}

fn float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("float", args).positional(0, 1)?;
    let Some(&x) = a.first() else {
        return Ok(Value::Float(0.0));
    };
    if let Some(f) = vm.to_f64(x) {
        return Ok(Value::Float(f?));
    }
    if vm.is_str(x) {
        let s = vm.str_ref(x)?.to_string();
        return parse_float(&s).map(Value::Float);
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

/// Parses a float literal as `float(text)` does.
pub fn parse_float(text: &str) -> PyResult<f64> {
    let t = text.trim();
    let bad = || {
        value_error(format!(
            "could not convert string to float: {}",
            minion_tool::repr_str(text)
        ))
    };
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, lower.as_str()),
    };
    match body {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN),
        _ => {}
    }
    if body.is_empty()
        || body.starts_with('_')
        || body.ends_with('_')
        || body.contains("__")
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
    {
        return Err(bad());
    }
    let clean: String = body.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().map(|f| sign * f).map_err(|_| bad())
}

fn str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("str", args).bind(vm, &["object", "encoding", "errors"], 0)?;
    let Some(x) = a[0] else {
        return Ok(vm.new_str(""));
    };
    if a[1].is_some() || a[2].is_some() {
        // CPython checks the argument types first, then the object.
        let mut names = ["utf-8".to_owned(), "strict".to_owned()];
        for (i, which) in ["encoding", "errors"].iter().enumerate() {
            if let Some(v) = a[i + 1] {
                match vm.pystr(v) {
                    Some(p) => names[i] = p.s.to_string(),
                    None => {
                        return Err(type_error(format!(
                            "str() argument '{which}' must be str, not {}",
                            vm.type_name(v)
                        )))
                    }
                }
            }
        }
        if vm.is_str(x) {
            return Err(type_error("decoding str is not supported"));
        }
        if !matches!(vm.type_of(x), Ty::Bytes | Ty::ByteArray) {
            return Err(type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(x)
            )));
        }
        let b = vm.bytes_of(x).to_vec();
        let s = crate::strops::bytes_decode(&b, &names[0], &names[1])
            .map_err(crate::methods::strop_err)?;
        vm.check_alloc(s.len())?;
        return Ok(vm.new_str(s));
    }
    if vm.is_str(x) {
        return Ok(x);
    }
    let s = vm.str_mut(x)?;
    Ok(vm.new_str(s))
}

fn bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bytes_source(vm, args, Ty::Bytes)?;
    Ok(vm.alloc(Obj::Bytes(b)))
}

fn bytearray(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bytes_source(vm, args, Ty::ByteArray)?;
    Ok(vm.alloc(Obj::ByteArray(b)))
}

/// The contents of `bytes(...)` / `bytearray(...)`: `(source, encoding, errors)`.
fn bytes_source(vm: &mut Vm, args: Args, ty: Ty) -> PyResult<Vec<u8>> {
    let name = ty.name();
    let a = ArgParser::new(name, args).bind(vm, &["source", "encoding", "errors"], 0)?;
    let Some(x) = a[0] else {
        if a[1].is_some() || a[2].is_some() {
            let what = if a[1].is_some() { "encoding" } else { "errors" };
            return Err(type_error(format!("{what} without a string argument")));
        }
        return Ok(vec![]);
    };
    for (i, which) in ["encoding", "errors"].iter().enumerate() {
        if let Some(v) = a[i + 1] {
            if !vm.is_str(v) {
                return Err(type_error(format!(
                    "{name}() argument '{which}' must be str, not {}",
                    vm.type_name(v)
                )));
            }
        }
    }
    if vm.is_str(x) {
        let Some(enc) = a[1] else {
            return Err(type_error("string argument without an encoding"));
        };
        let enc = vm.str_ref(enc)?.to_owned();
        let errors = match a[2] {
            Some(e) => vm.str_ref(e)?.to_owned(),
            None => "strict".to_owned(),
        };
        let b = crate::strops::str_encode(vm.str_ref(x)?, &enc, &errors)
            .map_err(crate::methods::strop_err)?;
        vm.check_alloc(b.len())?;
        return Ok(b);
    }
    if a[1].is_some() || a[2].is_some() {
        let what = if a[1].is_some() { "encoding" } else { "errors" };
        return Err(type_error(format!("{what} without a string argument")));
    }
    if matches!(vm.type_of(x), Ty::Bytes | Ty::ByteArray) {
        return Ok(vm.bytes_of(x).to_vec());
    }
    if vm.is_int(x) {
        let n = vm.expect_i64(x).map_err(|_| {
            crate::error::overflow_error("cannot fit 'int' into an index-sized integer")
        })?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        vm.check_alloc(n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    if !vm.is_iterable(x) {
        return Err(type_error(format!(
            "cannot convert '{}' object to {name}",
            vm.type_name(x)
        )));
    }
    let items = vm.collect_iterable(x)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        if !vm.is_int(it) {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(it)
            )));
        }
        match vm.expect_i64(it) {
            Ok(i) if (0..256).contains(&i) => out.push(i as u8),
            _ if ty == Ty::Bytes => return Err(value_error("bytes must be in range(0, 256)")),
            _ => return Err(value_error("byte must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn dict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let d = vm.alloc(Obj::Dict(Dict::new()));
    let id = d.as_ref().expect("dict");
    if let Some(&src) = args.pos.first() {
        if vm.type_of(src) == Ty::ChainMap {
            let id = src.as_ref().expect("chainmap");
            let merged = crate::modules::collections::item::chainmap_merged(vm, id)?;
            vm.dict_update_from(d, merged, false)?;
        } else if vm.type_of(src).is_dict() {
            vm.dict_update_from(d, src, false)?;
        } else {
            let items = collect(vm, src)?;
            for (i, it) in items.into_iter().enumerate() {
                let pair = if vm.is_iterable(it) {
                    vm.collect_iterable(it)?
                } else {
                    return Err(type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                };
                if pair.len() != 2 {
                    return Err(value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                vm.dict_set(id, pair[0], pair[1])?;
            }
        }
    }
    for (k, v) in args.kw {
        let key = vm.interner.name(k).to_string();
        let key = vm.new_str(key);
        vm.dict_set(id, key, v)?;
    }
    Ok(d)
}
