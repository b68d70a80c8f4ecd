//! `str` methods, built on the pure algorithms of [`crate::strops`].

use num_bigint::Sign;

use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{type_error, value_error, NewExc, PyResult, Raise};
use crate::objects::{Dict, Obj};
use crate::strops::{self, StrOpError, StrOpErrorKind, Translation};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Methods of `str`.
pub const METHODS: &[Kn] = &[
    Kn::Split,
    Kn::Rsplit,
    Kn::Splitlines,
    Kn::Join,
    Kn::Strip,
    Kn::Lstrip,
    Kn::Rstrip,
    Kn::Replace,
    Kn::Find,
    Kn::Rfind,
    Kn::Index,
    Kn::Rindex,
    Kn::Count,
    Kn::Startswith,
    Kn::Endswith,
    Kn::Upper,
    Kn::Lower,
    Kn::Casefold,
    Kn::Swapcase,
    Kn::Title,
    Kn::Capitalize,
    Kn::Center,
    Kn::Ljust,
    Kn::Rjust,
    Kn::Zfill,
    Kn::Expandtabs,
    Kn::Partition,
    Kn::Rpartition,
    Kn::Isalpha,
    Kn::Isdigit,
    Kn::Isdecimal,
    Kn::Isnumeric,
    Kn::Isalnum,
    Kn::Isspace,
    Kn::Islower,
    Kn::Isupper,
    Kn::Istitle,
    Kn::Isidentifier,
    Kn::Isprintable,
    Kn::Isascii,
    Kn::Removeprefix,
    Kn::Removesuffix,
    Kn::Format,
    Kn::FormatMap,
    Kn::Encode,
    Kn::Translate,
    Kn::Maketrans,
];

/// Converts a [`StrOpError`] to the Python exception it stands for.
pub(crate) fn strop_err(e: StrOpError) -> Raise {
    let ty = match e.kind {
        StrOpErrorKind::Value => Ty::ValueError,
        StrOpErrorKind::Type => Ty::TypeError,
        StrOpErrorKind::Overflow => Ty::OverflowError,
        StrOpErrorKind::Memory => Ty::MemoryError,
        StrOpErrorKind::Lookup => Ty::LookupError,
        StrOpErrorKind::UnicodeDecode => Ty::UnicodeDecodeError,
        StrOpErrorKind::UnicodeEncode => Ty::UnicodeEncodeError,
    };
    if e.message.is_empty() {
        Raise::New(Box::new(NewExc {
            ty,
            msg: None,
            arg: Value::Undef,
        }))
    } else {
        Raise::new(ty, e.message)
    }
}

/// A `start`/`end` slice bound: `None` stays `None`, huge ints clamp.
pub(crate) fn bound(vm: &Vm, v: Option<Value>) -> PyResult<Option<isize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(i as isize)),
        Some(Value::Bool(b)) => Ok(Some(b as isize)),
        Some(v) => match vm.to_bigint(v) {
            Some(b) => Ok(Some(if b.sign() == Sign::Minus {
                isize::MIN
            } else {
                isize::MAX
            })),
            None => Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
    }
}

/// An integer argument as `isize` (`TypeError`/`OverflowError` like CPython).
pub(crate) fn int_arg(vm: &Vm, v: Value) -> PyResult<isize> {
    Ok(vm.expect_i64(v)? as isize)
}

/// The text of the receiver (callers checked it is a `str`).
fn text(vm: &Vm, v: Value) -> &str {
    vm.pystr(v).map(|s| &*s.s).unwrap_or("")
}

/// A `str` argument, or a `TypeError` built from the argument's type name.
fn str_arg(vm: &Vm, v: Value, msg: impl FnOnce(&str) -> String) -> PyResult<&str> {
    match vm.pystr(v) {
        Some(s) => Ok(&s.s),
        None => Err(type_error(msg(vm.type_name(v)))),
    }
}

/// `must be str, not int`.
fn must_str(t: &str) -> String {
    format!("must be str, not {t}")
}

/// Raises the CPython error for a method taking no arguments.
fn no_args(name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(type_error(format!(
            "str.{name}() takes no keyword arguments"
        )));
    }
    if !args.pos.is_empty() {
        return Err(type_error(format!(
            "str.{name}() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    Ok(())
}

/// CPython's error for an unknown keyword of a clinic-generated method.
pub(crate) fn check_kw(vm: &Vm, args: &Args, name: &str, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in &args.kw {
        let k = vm.interner.name(*k);
        if !allowed.contains(&k) {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for {name}()"
            )));
        }
    }
    Ok(())
}

/// A new str value, checking the memory limit first.
fn out_str(vm: &mut Vm, s: String) -> PyResult<Value> {
    vm.check_alloc(s.len())?;
    Ok(vm.new_str(s))
}

/// The receiver itself when `s` equals its text, else a new str.
fn same_or_new(vm: &mut Vm, recv: Value, s: &str, orig_len: usize) -> PyResult<Value> {
    if s.len() == orig_len {
        return Ok(recv);
    }
    out_str(vm, s.to_owned())
}

/// A list of new strs.
fn str_list(vm: &mut Vm, parts: Vec<String>) -> PyResult<Value> {
    let total: usize = parts.iter().map(|p| p.len() + 64).sum();
    vm.check_alloc(total)?;
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

/// `sep` for `split`/`rsplit`: `None` or a str.
fn split_args(vm: &Vm, name: &str, args: Args) -> PyResult<(Option<String>, isize)> {
    check_kw(vm, &args, name, &["sep", "maxsplit"])?;
    let a = ArgParser::new(name, args).bind(vm, &["sep", "maxsplit"], 0)?;
    let sep = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg(vm, v, |t| format!("must be str or None, not {t}"))?.to_owned()),
    };
    let maxsplit = match a[1] {
        None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    Ok((sep, maxsplit))
}

/// The `chars` argument of `strip`/`lstrip`/`rstrip`.
fn strip_chars(vm: &Vm, name: &str, args: Args) -> PyResult<Option<String>> {
    let a = ArgParser::new(name, args).positional(0, 1)?;
    match a.first() {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(
            str_arg(vm, *v, |_| format!("{name} arg must be None or str"))?.to_owned(),
        )),
    }
}

/// `sub[, start[, end]]` for the search methods.
fn search_args(
    vm: &Vm,
    name: &str,
    args: Args,
) -> PyResult<(String, Option<isize>, Option<isize>)> {
    let a = ArgParser::new(name, args).positional(1, 3)?;
    let sub = str_arg(vm, a[0], must_str)?.to_owned();
    Ok((
        sub,
        bound(vm, a.get(1).copied())?,
        bound(vm, a.get(2).copied())?,
    ))
}

/// `startswith`/`endswith`.
fn starts_ends(vm: &Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let name = if kn == Kn::Startswith {
        "startswith"
    } else {
        "endswith"
    };
    let a = ArgParser::new(name, args).positional(1, 3)?;
    let (start, end) = (bound(vm, a.get(1).copied())?, bound(vm, a.get(2).copied())?);
    let s = text(vm, recv);
    let test = |p: &str| {
        if kn == Kn::Startswith {
            strops::startswith(s, p, start, end)
        } else {
            strops::endswith(s, p, start, end)
        }
    };
    let bad = |t: &str| format!("{name} first arg must be str or a tuple of str, not {t}");
    if let Some(p) = vm.pystr(a[0]) {
        return Ok(Value::Bool(test(&p.s)));
    }
    if vm.type_of(a[0]) == Ty::Tuple {
        for item in vm.seq_items(a[0]) {
            let p = str_arg(vm, item, |t| {
                format!("tuple for {name} must only contain str, not {t}")
            })?;
            if test(p) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    Err(type_error(bad(vm.type_name(a[0]))))
}

/// `width[, fillchar]` for `center`/`ljust`/`rjust`.
fn pad_args(vm: &Vm, name: &str, args: Args) -> PyResult<(isize, String)> {
    let a = ArgParser::new(name, args).positional(1, 2)?;
    let width = int_arg(vm, a[0])?;
    let fill = match a.get(1) {
        None => " ".to_owned(),
        Some(v) => str_arg(vm, *v, |t| {
            format!("{name}() argument 2 must be str, not {t}")
        })?
        .to_owned(),
    };
    if fill.chars().count() != 1 {
        return Err(type_error(
            "The fill character must be exactly one character long",
        ));
    }
    Ok((width, fill))
}

/// Whether `e` is a catchable exception of class `ty` (or a subclass).
pub(crate) fn raise_is(vm: &Vm, e: &Raise, ty: Ty) -> bool {
    match e {
        Raise::New(n) => n.ty.is_subtype(ty),
        Raise::Obj(id) => match vm.heap.get(*id) {
            Obj::Exception(x) => x.ty.is_subtype(ty),
            _ => false,
        },
        Raise::Fatal(_) => false,
    }
}

/// `s.translate(table)`.
fn translate(vm: &mut Vm, recv: Value, table: Value) -> PyResult<Value> {
    let s = text(vm, recv).to_owned();
    let out = strops::translate(&s, |c| -> PyResult<Translation> {
        let key = Value::Int(c as i64);
        let got = match table {
            Value::Ref(id) if matches!(vm.heap.get(id), Obj::Dict(_)) => vm.dict_get(id, key)?,
            _ => match vm.get_item(table, key) {
                Ok(v) => Some(v),
                Err(e) if raise_is(vm, &e, Ty::LookupError) => None,
                Err(e) => return Err(e),
            },
        };
        let Some(v) = got else {
            return Ok(Translation::Keep);
        };
        if matches!(v, Value::None) {
            return Ok(Translation::Delete);
        }
        if let Some(p) = vm.pystr(v) {
            return Ok(Translation::Text(p.s.to_string()));
        }
        if vm.is_int(v) {
            let n = vm.to_bigint(v).and_then(|b| u32::try_from(b).ok());
            return match n.and_then(char::from_u32) {
                Some(c) => Ok(Translation::Char(c)),
                None => Err(value_error("character mapping must be in range(0x110000)")),
            };
        }
        Err(type_error(
            "character mapping must return integer, None or str",
        ))
    })?;
    out_str(vm, out)
}

/// `str.maketrans(x[, y[, z]])`.
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("maketrans", args).positional(1, 3)?;
    let d = vm.alloc(Obj::Dict(Dict::new()));
    let did = d.as_ref().expect("dict");
    if a.len() == 1 {
        let Some(src) = vm
            .dict_of(a[0])
            .map(|d| d.iter().map(|e| (e.key, e.value)).collect::<Vec<_>>())
        else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, v) in src {
            let key = if let Some(p) = vm.pystr(k) {
                let mut it = p.s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Value::Int(c as i64),
                    _ => {
                        return Err(value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                }
            } else if vm.is_int(k) {
                k
            } else {
                return Err(type_error(
                    "keys in translate table must be strings or integers",
                ));
            };
            vm.dict_set(did, key, v)?;
        }
        return Ok(d);
    }
    let x: Vec<char> = str_arg(vm, a[0], |_| {
        "first maketrans argument must be a string if there is a second argument".to_owned()
    })?
    .chars()
    .collect();
    let y: Vec<char> = str_arg(vm, a[1], |t| {
        format!("maketrans() argument 2 must be str, not {t}")
    })?
    .chars()
    .collect();
    if x.len() != y.len() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    let z: Vec<char> = match a.get(2) {
        Some(v) => str_arg(vm, *v, |t| {
            format!("maketrans() argument 3 must be str, not {t}")
        })?
        .chars()
        .collect(),
        None => Vec::new(),
    };
    for (cx, cy) in x.iter().zip(y.iter()) {
        vm.dict_set(did, Value::Int(*cx as i64), Value::Int(*cy as i64))?;
    }
    for c in z {
        vm.dict_set(did, Value::Int(c as i64), Value::None)?;
    }
    Ok(d)
}

/// Calls a `str` method.
pub fn call(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    if kn == Kn::Maketrans {
        return maketrans(vm, args);
    }
    let len = text(vm, recv).len();
    match kn {
        Kn::Split | Kn::Rsplit => {
            let (sep, maxsplit) = split_args(vm, kn.as_str(), args)?;
            let s = text(vm, recv);
            let parts = if kn == Kn::Split {
                strops::split(s, sep.as_deref(), maxsplit)
            } else {
                strops::rsplit(s, sep.as_deref(), maxsplit)
            }
            .map_err(strop_err)?;
            let parts = parts.into_iter().map(str::to_owned).collect();
            str_list(vm, parts)
        }
        Kn::Splitlines => {
            check_kw(vm, &args, "splitlines", &["keepends"])?;
            let a = ArgParser::new("splitlines", args).bind(vm, &["keepends"], 0)?;
            let keep = match a[0] {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let parts = strops::splitlines(text(vm, recv), keep)
                .into_iter()
                .map(str::to_owned)
                .collect();
            str_list(vm, parts)
        }
        Kn::Join => {
            let a = ArgParser::new("str.join", args).positional(1, 1)?;
            let items = vm.collect_iterable(a[0])?;
            let mut total = 0usize;
            for (i, it) in items.iter().enumerate() {
                match vm.pystr(*it) {
                    Some(p) => total = total.saturating_add(p.s.len()),
                    None => {
                        return Err(type_error(format!(
                            "sequence item {i}: expected str instance, {} found",
                            vm.type_name(*it)
                        )))
                    }
                }
            }
            let sep = text(vm, recv);
            total = total.saturating_add(sep.len().saturating_mul(items.len().saturating_sub(1)));
            vm.check_alloc(total)?;
            if items.len() == 1 {
                return Ok(items[0]);
            }
            let mut out = String::with_capacity(total);
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                out.push_str(text(vm, *it));
            }
            Ok(vm.new_str(out))
        }
        Kn::Strip | Kn::Lstrip | Kn::Rstrip => {
            let chars = strip_chars(vm, kn.as_str(), args)?;
            let s = text(vm, recv);
            let r = match kn {
                Kn::Strip => strops::strip(s, chars.as_deref()),
                Kn::Lstrip => strops::lstrip(s, chars.as_deref()),
                _ => strops::rstrip(s, chars.as_deref()),
            }
            .to_owned();
            same_or_new(vm, recv, &r, len)
        }
        Kn::Replace => {
            let a = ArgParser::new("replace", args).positional(2, 3)?;
            let old = str_arg(vm, a[0], |t| {
                format!("replace() argument 1 must be str, not {t}")
            })?;
            let new = str_arg(vm, a[1], |t| {
                format!("replace() argument 2 must be str, not {t}")
            })?;
            let count = match a.get(2) {
                Some(v) => int_arg(vm, *v)?,
                None => -1,
            };
            let r = strops::replace(text(vm, recv), old, new, count).map_err(strop_err)?;
            out_str(vm, r)
        }
        Kn::Find | Kn::Rfind | Kn::Index | Kn::Rindex | Kn::Count => {
            let (sub, start, end) = search_args(vm, kn.as_str(), args)?;
            let s = text(vm, recv);
            let r = match kn {
                Kn::Find => strops::find(s, &sub, start, end).map_or(-1, |i| i as i64),
                Kn::Rfind => strops::rfind(s, &sub, start, end).map_or(-1, |i| i as i64),
                Kn::Index => strops::index(s, &sub, start, end).map_err(strop_err)? as i64,
                Kn::Rindex => strops::rindex(s, &sub, start, end).map_err(strop_err)? as i64,
                _ => strops::count(s, &sub, start, end) as i64,
            };
            Ok(Value::Int(r))
        }
        Kn::Startswith | Kn::Endswith => starts_ends(vm, recv, kn, args),
        Kn::Upper | Kn::Lower | Kn::Casefold | Kn::Swapcase | Kn::Title | Kn::Capitalize => {
            no_args(kn.as_str(), &args)?;
            let s = text(vm, recv);
            let r = match kn {
                Kn::Upper => strops::upper(s),
                Kn::Lower => strops::lower(s),
                Kn::Casefold => strops::casefold(s),
                Kn::Swapcase => strops::swapcase(s),
                Kn::Title => strops::title(s),
                _ => strops::capitalize(s),
            };
            out_str(vm, r)
        }
        Kn::Center | Kn::Ljust | Kn::Rjust => {
            let (width, fill) = pad_args(vm, kn.as_str(), args)?;
            if width > 0 {
                vm.check_alloc((width as usize).saturating_mul(fill.len()))?;
            }
            let s = text(vm, recv);
            let r = match kn {
                Kn::Center => strops::center(s, width, &fill),
                Kn::Ljust => strops::ljust(s, width, &fill),
                _ => strops::rjust(s, width, &fill),
            }
            .map_err(strop_err)?;
            same_or_new(vm, recv, &r, len)
        }
        Kn::Zfill => {
            let a = ArgParser::new("str.zfill", args).positional(1, 1)?;
            let width = int_arg(vm, a[0])?;
            if width > 0 {
                vm.check_alloc(width as usize)?;
            }
            let r = strops::zfill(text(vm, recv), width).map_err(strop_err)?;
            same_or_new(vm, recv, &r, len)
        }
        Kn::Expandtabs => {
            check_kw(vm, &args, "expandtabs", &["tabsize"])?;
            let a = ArgParser::new("expandtabs", args).bind(vm, &["tabsize"], 0)?;
            let tabsize = match a[0] {
                Some(v) => int_arg(vm, v)?,
                None => 8,
            };
            let s = text(vm, recv);
            let tabs = s.bytes().filter(|&b| b == b'\t').count();
            vm.check_alloc(
                tabs.saturating_mul(tabsize.max(0) as usize)
                    .saturating_add(s.len()),
            )?;
            let r = strops::expandtabs(s, tabsize).map_err(strop_err)?;
            out_str(vm, r)
        }
        Kn::Partition | Kn::Rpartition => {
            let name = if kn == Kn::Partition {
                "str.partition"
            } else {
                "str.rpartition"
            };
            let a = ArgParser::new(name, args).positional(1, 1)?;
            let sep = str_arg(vm, a[0], must_str)?;
            let s = text(vm, recv);
            let (x, y, z) = if kn == Kn::Partition {
                strops::partition(s, sep)
            } else {
                strops::rpartition(s, sep)
            }
            .map_err(strop_err)?;
            let (x, y, z) = (x.to_owned(), y.to_owned(), z.to_owned());
            let items = vec![vm.new_str(x), vm.new_str(y), vm.new_str(z)];
            Ok(vm.new_tuple(items))
        }
        Kn::Isalpha
        | Kn::Isdigit
        | Kn::Isdecimal
        | Kn::Isnumeric
        | Kn::Isalnum
        | Kn::Isspace
        | Kn::Islower
        | Kn::Isupper
        | Kn::Istitle
        | Kn::Isidentifier
        | Kn::Isprintable
        | Kn::Isascii => {
            no_args(kn.as_str(), &args)?;
            let s = text(vm, recv);
            let r = match kn {
                Kn::Isalpha => strops::isalpha(s),
                Kn::Isdigit => strops::isdigit(s),
                Kn::Isdecimal => strops::isdecimal(s),
                Kn::Isnumeric => strops::isnumeric(s),
                Kn::Isalnum => strops::isalnum(s),
                Kn::Isspace => strops::isspace(s),
                Kn::Islower => strops::islower(s),
                Kn::Isupper => strops::isupper(s),
                Kn::Istitle => strops::istitle(s),
                Kn::Isidentifier => strops::isidentifier(s),
                Kn::Isprintable => strops::isprintable(s),
                _ => strops::isascii(s),
            };
            Ok(Value::Bool(r))
        }
        Kn::Removeprefix | Kn::Removesuffix => {
            let name = kn.as_str();
            let a = ArgParser::new(&format!("str.{name}"), args).positional(1, 1)?;
            let p = str_arg(vm, a[0], |t| {
                format!("{name}() argument must be str, not {t}")
            })?;
            let s = text(vm, recv);
            let r = if kn == Kn::Removeprefix {
                strops::removeprefix(s, p)
            } else {
                strops::removesuffix(s, p)
            }
            .to_owned();
            same_or_new(vm, recv, &r, len)
        }
        Kn::Format => {
            let template = text(vm, recv).to_owned();
            let src = crate::vm::strformat::Kwargs::Call(args.kw);
            let r = vm.str_format(&template, &args.pos, &src)?;
            Ok(vm.new_str(r))
        }
        Kn::FormatMap => {
            let a = ArgParser::new("str.format_map", args).positional(1, 1)?;
            let template = text(vm, recv).to_owned();
            let src = crate::vm::strformat::Kwargs::Mapping(a[0]);
            let r = vm.str_format(&template, &[], &src)?;
            Ok(vm.new_str(r))
        }
        Kn::Encode => {
            check_kw(vm, &args, "encode", &["encoding", "errors"])?;
            let a = ArgParser::new("encode", args).bind(vm, &["encoding", "errors"], 0)?;
            let encoding = match a[0] {
                Some(v) => str_arg(vm, v, |t| {
                    format!("encode() argument 'encoding' must be str, not {t}")
                })?,
                None => "utf-8",
            };
            let errors = match a[1] {
                Some(v) => str_arg(vm, v, |t| {
                    format!("encode() argument 'errors' must be str, not {t}")
                })?,
                None => "strict",
            };
            let b = strops::str_encode(text(vm, recv), encoding, errors).map_err(strop_err)?;
            vm.check_alloc(b.len())?;
            Ok(vm.alloc(Obj::Bytes(b)))
        }
        Kn::Translate => {
            let a = ArgParser::new("str.translate", args).positional(1, 1)?;
            translate(vm, recv, a[0])
        }
        _ => Err(crate::error::unsupported(&format!(
            "method 'str.{}'",
            kn.as_str()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use crate::testutil::{error, logs};

    #[test]
    fn split_join_strip() {
        assert_eq!(logs("print(' a  b c '.split())"), "['a', 'b', 'c']\n");
        assert_eq!(logs("print('a,b,,c'.split(',', 1))"), "['a', 'b,,c']\n");
        assert_eq!(
            logs("print('a,b,c'.rsplit(',', maxsplit=1))"),
            "['a,b', 'c']\n"
        );
        assert_eq!(
            logs("print('x\\ny\\r\\nz'.splitlines(True))"),
            "['x\\n', 'y\\r\\n', 'z']\n"
        );
        assert_eq!(logs("print('-'.join(['a', 'b', 'c']))"), "a-b-c\n");
        assert_eq!(
            logs("print('xxhixx'.strip('x'), '  a '.lstrip() + '|')"),
            "hi a |\n"
        );
        assert_eq!(
            error("'-'.join(['a', 1])"),
            "TypeError: sequence item 1: expected str instance, int found"
        );
        assert_eq!(error("'a'.split('')"), "ValueError: empty separator");
    }

    #[test]
    fn search_and_case() {
        assert_eq!(
            logs("print('héllo'.find('l'), 'abcabc'.rfind('b'), 'aaa'.count('a'))"),
            "2 4 3\n"
        );
        assert_eq!(
            logs("print('abc'.startswith(('x', 'a')), 'abc'.endswith('bc', 1))"),
            "True True\n"
        );
        assert_eq!(error("'abc'.index('z')"), "ValueError: substring not found");
        assert_eq!(
            logs("print('hello world'.title(), 'aBc'.swapcase(), 'ß'.upper())"),
            "Hello World AbC SS\n"
        );
        assert_eq!(
            logs("print('ab'.center(6, '*'), '42'.zfill(5), '-4'.zfill(4))"),
            "**ab** 00042 -004\n"
        );
        assert_eq!(
            logs("print('a=b=c'.partition('='), 'a=b=c'.rpartition('='))"),
            "('a', '=', 'b=c') ('a=b', '=', 'c')\n"
        );
        assert_eq!(
            logs("print('123'.isdigit(), 'abc'.isidentifier(), ''.isalpha())"),
            "True True False\n"
        );
        assert_eq!(
            logs("print(repr('a\\tb'.expandtabs(tabsize=2)))"),
            "'a b'\n"
        );
        assert_eq!(
            error("'a'.split(x=1)"),
            "TypeError: 'x' is an invalid keyword argument for split()"
        );
        assert_eq!(
            logs("print('prefix_x'.removeprefix('prefix_'), 'a\\tb'.expandtabs(4))"),
            "x a   b\n"
        );
        assert_eq!(
            error("'abc'.startswith(1)"),
            "TypeError: startswith first arg must be str or a tuple of str, not int"
        );
    }

    #[test]
    fn format_and_translate() {
        assert_eq!(logs("print('{} {}'.format(1, 'a'))"), "1 a\n");
        assert_eq!(
            logs("print('{0[1]} {d[k]} {x:>{w}}|'.format([5, 6], d={'k': 'v'}, x=3, w=4))"),
            "6 v    3|\n"
        );
        assert_eq!(logs("print('{!r:^7}'.format('a'))"), "  'a'  \n");
        assert_eq!(logs("print('{0.real}'.format(5))"), "5\n");
        assert_eq!(
            logs("print('{a}-{b}'.format_map({'a': 1, 'b': 2}))"),
            "1-2\n"
        );
        assert_eq!(
            error("'{1}'.format(1)"),
            "IndexError: Replacement index 1 out of range for positional args tuple"
        );
        assert_eq!(error("'{name}'.format()"), "KeyError: 'name'");
        assert_eq!(
            logs("print('abc'.translate(str.maketrans('ab', 'xy', 'c')))"),
            "xy\n"
        );
        assert_eq!(
            logs("print('abc'.translate({97: 'AA', 98: None}))"),
            "AAc\n"
        );
        assert_eq!(
            logs("print('é'.encode(), b'\\xc3\\xa9'.decode())"),
            "b'\\xc3\\xa9' é\n"
        );
        assert_eq!(
            logs("print(b'a,b'.split(b','), b'ab'.hex(), bytes.fromhex('6162'))"),
            "[b'a', b'b'] 6162 b'ab'\n"
        );
    }
}
