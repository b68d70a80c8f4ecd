//! The `re` module: Python 3.11 regular expressions on `str`, run natively.
//!
//! | file | job |
//! |---|---|
//! | `translate.rs` | Python pattern syntax to the engines' syntax, CPython's `re.error`s |
//! | `engine.rs` | the compiled pattern (`regex-automata` or `fancy-regex`), anchored search, the cache |
//! | `scan.rs` | CPython's iteration over matches (empty-match rules), byte to char indices |
//! | `ops.rs` | `search`/`match`/`fullmatch`, `findall`, `finditer`, `sub`/`subn`, `split` |
//! | `template.rs` | replacement templates (`\1`, `\g<name>`) |
//! | `matchobj.rs` | `re.Pattern` / `re.Match` objects: attributes, reprs, `Match` methods |
//!
//! Departures from CPython (also listed in `docs/architecture.md`):
//! - `bytes` patterns raise `NotImplementedError`; so do `\N{...}` escapes, `re.DEBUG`,
//!   `re.Scanner` and `re.template`.
//! - Flags are plain ints (`re.I` prints as `2`, not `re.IGNORECASE`);
//!   `Pattern.groupindex` is a `dict` (CPython: a read-only `mappingproxy`).
//! - Patterns without lookaround, backreferences, atomic groups, possessive repeats or
//!   conditionals run in linear time, so `(a+)+$` never backtracks catastrophically.
//!   The others run on a backtracking engine bounded per search: past the bound a
//!   search raises `RuntimeError` (CPython would run on, possibly for hours).
//! - After an empty match, CPython tries a non-empty match at the same position before
//!   moving on; here the search moves on one character (differs only for patterns such
//!   as `|b` whose preferred match there is empty).
//! - `\w`, `\d`, `\s`, `\b` follow Unicode's definitions as `regex-automata` has them,
//!   which can differ from `str.isalnum`/`str.isdigit` for rare characters;
//!   IGNORECASE with ASCII still folds non-ASCII letters.
//! - `finditer` finds every match when called (CPython: lazily).

mod engine;
mod matchobj;
mod ops;
mod scan;
mod template;
mod translate;

pub use engine::Cache;
pub use matchobj::{MatchObj, PatternObj, MATCH_METHODS};

use super::string::PySig;
use super::ModuleFn;
use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{type_error, PyResult, Raise};
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;
use engine::{Compiled, Mode};
use ops::Target;
use translate::{ErrKind, PatErr};

/// The methods of `re.Pattern`.
pub const PATTERN_METHODS: &[Kn] = &[
    Kn::Search,
    Kn::Match,
    Kn::Fullmatch,
    Kn::Findall,
    Kn::Finditer,
    Kn::Sub,
    Kn::Subn,
    Kn::Split,
];

/// The module's constants: the flags, `error`, `Pattern` and `Match`.
pub fn constants() -> Vec<(&'static str, Value)> {
    use translate::{A, DEBUG, I, L, M, S, U, X};
    let mut out: Vec<(&'static str, Value)> = Vec::new();
    for (names, v) in [
        (&["I", "IGNORECASE"][..], I),
        (&["L", "LOCALE"], L),
        (&["M", "MULTILINE"], M),
        (&["S", "DOTALL"], S),
        (&["U", "UNICODE"], U),
        (&["X", "VERBOSE"], X),
        (&["A", "ASCII"], A),
        (&["DEBUG"], DEBUG),
        (&["NOFLAG"], 0),
    ] {
        for n in names {
            out.push((n, Value::Int(v as i64)));
        }
    }
    out.push(("error", Value::Type(Ty::ReError)));
    out.push(("Pattern", Value::Type(Ty::RePattern)));
    out.push(("Match", Value::Type(Ty::ReMatch)));
    out
}

/// The exception a pattern error becomes.
fn pat_error(pattern: &str, e: PatErr) -> Raise {
    let msg = e.message(pattern);
    let ty = match e.kind {
        ErrKind::Re => Ty::ReError,
        ErrKind::Value => Ty::ValueError,
        ErrKind::NotImpl => Ty::NotImplementedError,
        ErrKind::Overflow => Ty::OverflowError,
    };
    Raise::new(ty, msg)
}

/// Parses a replacement template, raising CPython's errors.
fn parse_template(c: &Compiled, tmpl: &str) -> PyResult<Vec<template::Piece>> {
    template::parse(c, tmpl).map_err(|e| match e {
        template::TemplateErr::Re(e) => pat_error(tmpl, e),
        template::TemplateErr::Index(m) => Raise::new(Ty::IndexError, m),
    })
}

fn not_supported(what: &str) -> Raise {
    Raise::new(
        Ty::NotImplementedError,
        format!("{what} is not supported by this executor's re module"),
    )
}

/// An int argument (`pos`, `count`, `flags`...); big ints clamp.
fn int_arg(vm: &Vm, v: Option<Value>, default: i64) -> PyResult<i64> {
    let Some(v) = v else { return Ok(default) };
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => match vm.to_bigint(v) {
            Some(b) if b.sign() == num_bigint::Sign::Minus => Ok(i64::MIN),
            Some(_) => Ok(i64::MAX),
            None => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))),
        },
    }
}

/// The pattern to use for `pattern` (a `str` or a `re.Pattern`) and `flags`.
fn target(vm: &mut Vm, pattern: Value, flags: Option<Value>) -> PyResult<Target> {
    // CPython computes `flags & RegexFlag...` first.
    if let Some(f) = flags.filter(|f| !vm.is_int(*f)) {
        return Err(type_error(format!(
            "unsupported operand type(s) for &: '{}' and 'RegexFlag'",
            vm.type_name(f)
        )));
    }
    let flags = int_arg(vm, flags, 0)?;
    if let Value::Ref(id) = pattern {
        match vm.heap.get(id) {
            Obj::RePattern(p) => {
                if flags != 0 {
                    return Err(Raise::new(
                        Ty::ValueError,
                        "cannot process flags argument with a compiled pattern",
                    ));
                }
                return Ok(Target {
                    c: p.c.clone(),
                    obj: Some(pattern),
                });
            }
            Obj::Str(s) => {
                if flags & i64::from(translate::DEBUG) != 0 {
                    return Err(not_supported("re.DEBUG"));
                }
                let text = s.s.to_string();
                let flags = (flags & 0x1ff) as u32;
                let c = match vm.re_cache.get(&text, flags) {
                    Ok(c) => c,
                    Err(e) => return Err(pat_error(&text, e)),
                };
                return Ok(Target { c, obj: None });
            }
            Obj::Bytes(_) | Obj::ByteArray(_) => return Err(not_supported("a bytes pattern")),
            _ => {}
        }
    }
    Err(type_error(
        "first argument must be string or compiled pattern",
    ))
}

fn req(v: Option<Value>) -> PyResult<Value> {
    v.ok_or_else(|| Raise::internal("required argument missing after binding"))
}

/// Calls `re.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    match f {
        ModuleFn::ReCompile => {
            let a = PySig::new("compile", &["pattern", "flags"], 1)
                .bind(vm, args)?
                .args;
            let mut t = target(vm, req(a[0])?, a[1])?;
            Ok(t.pattern_value(vm))
        }
        ModuleFn::ReSearch
        | ModuleFn::ReMatch
        | ModuleFn::ReFullmatch
        | ModuleFn::ReFindall
        | ModuleFn::ReFinditer => {
            let a = PySig::new(f.name(), &["pattern", "string", "flags"], 2)
                .bind(vm, args)?
                .args;
            let mut t = target(vm, req(a[0])?, a[2])?;
            let s = req(a[1])?;
            scan_fn(vm, f, &mut t, s, 0, i64::MAX)
        }
        ModuleFn::ReSub | ModuleFn::ReSubn => {
            let params = &["pattern", "repl", "string", "count", "flags"];
            let a = PySig::new(f.name(), params, 3).bind(vm, args)?.args;
            let mut t = target(vm, req(a[0])?, a[4])?;
            let count = int_arg(vm, a[3], 0)?;
            ops::sub(
                vm,
                &mut t,
                req(a[1])?,
                req(a[2])?,
                count,
                f == ModuleFn::ReSubn,
            )
        }
        ModuleFn::ReSplit => {
            let params = &["pattern", "string", "maxsplit", "flags"];
            let a = PySig::new("split", params, 2).bind(vm, args)?.args;
            let mut t = target(vm, req(a[0])?, a[3])?;
            let maxsplit = int_arg(vm, a[2], 0)?;
            ops::split(vm, &mut t, req(a[1])?, maxsplit)
        }
        ModuleFn::ReEscape => {
            let a = PySig::new("escape", &["pattern"], 1).bind(vm, args)?.args;
            let p = req(a[0])?;
            match vm.pystr(p) {
                Some(s) => {
                    let out = ops::escape(&s.s);
                    Ok(vm.new_str(out))
                }
                None if matches!(vm.type_of(p), Ty::Bytes | Ty::ByteArray) => {
                    Err(not_supported("re.escape of bytes"))
                }
                None => Err(type_error(format!("expected str, got {}", vm.type_name(p)))),
            }
        }
        ModuleFn::RePurge => {
            PySig::new("purge", &[], 0).bind(vm, args)?;
            vm.re_cache.clear();
            Ok(Value::None)
        }
        ModuleFn::ReScanner => Err(not_supported("re.Scanner")),
        ModuleFn::ReTemplate => Err(not_supported("re.template")),
        _ => Err(Raise::internal("not an re function")),
    }
}

/// The searches shared by `re.<f>(pattern, string)` and `Pattern.<f>(string, pos,
/// endpos)`.
fn scan_fn(
    vm: &mut Vm,
    f: ModuleFn,
    t: &mut Target,
    s: Value,
    pos: i64,
    endpos: i64,
) -> PyResult<Value> {
    match f {
        ModuleFn::ReSearch => ops::search(vm, t, s, pos, endpos, Mode::Search),
        ModuleFn::ReMatch => ops::search(vm, t, s, pos, endpos, Mode::Match),
        ModuleFn::ReFullmatch => ops::search(vm, t, s, pos, endpos, Mode::Full),
        ModuleFn::ReFindall => ops::findall(vm, t, s, pos, endpos),
        _ => ops::finditer(vm, t, s, pos, endpos),
    }
}

fn pattern_of(vm: &Vm, v: Value) -> PyResult<std::sync::Arc<Compiled>> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::RePattern(p) => Ok(p.c.clone()),
            _ => Err(Raise::internal("re.Pattern method on another object")),
        },
        _ => Err(Raise::internal("re.Pattern method on another object")),
    }
}

/// Calls method `kn` of a `re.Pattern` or `re.Match`.
pub fn call_method(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    if vm.type_of(recv) == Ty::ReMatch {
        return matchobj::call(vm, recv, kn, args);
    }
    let mut t = Target {
        c: pattern_of(vm, recv)?,
        obj: Some(recv),
    };
    let name = kn.as_str();
    match kn {
        Kn::Sub | Kn::Subn => {
            let a = ArgParser::new(name, args).bind(vm, &["repl", "string", "count"], 2)?;
            let count = int_arg(vm, a[2], 0)?;
            ops::sub(vm, &mut t, req(a[0])?, req(a[1])?, count, kn == Kn::Subn)
        }
        Kn::Split => {
            let a = ArgParser::new(name, args).bind(vm, &["string", "maxsplit"], 1)?;
            let maxsplit = int_arg(vm, a[1], 0)?;
            ops::split(vm, &mut t, req(a[0])?, maxsplit)
        }
        _ => {
            let a = ArgParser::new(name, args).bind(vm, &["string", "pos", "endpos"], 1)?;
            let pos = int_arg(vm, a[1], 0)?;
            let endpos = int_arg(vm, a[2], i64::MAX)?;
            let f = match kn {
                Kn::Search => ModuleFn::ReSearch,
                Kn::Match => ModuleFn::ReMatch,
                Kn::Fullmatch => ModuleFn::ReFullmatch,
                Kn::Findall => ModuleFn::ReFindall,
                _ => ModuleFn::ReFinditer,
            };
            scan_fn(vm, f, &mut t, req(a[0])?, pos, endpos)
        }
    }
}

/// Attributes of a `re.Pattern` or `re.Match` that are values.
pub fn data_attr(vm: &mut Vm, obj: Value, kn: Kn) -> PyResult<Option<Value>> {
    if vm.type_of(obj) == Ty::ReMatch {
        return matchobj::data_attr(vm, obj, kn);
    }
    let c = pattern_of(vm, obj)?;
    Ok(Some(match kn {
        Kn::Pattern => vm.new_str(c.pattern.as_str()),
        Kn::Flags => Value::Int(c.flags as i64),
        Kn::Groups => Value::Int(c.groups as i64),
        Kn::Groupindex => {
            let d = vm.alloc(Obj::Dict(Dict::new()));
            let Value::Ref(did) = d else {
                return Err(Raise::internal("dict allocation"));
            };
            for (name, g) in &c.names {
                let k = vm.new_str(name.as_str());
                vm.dict_set(did, k, Value::Int(*g as i64))?;
            }
            d
        }
        _ => return Ok(None),
    }))
}

/// `m[g]` on a `re.Match`.
pub fn get_item(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    matchobj::get_item(vm, obj, key)
}

/// `repr()` of a `re.Pattern` or `re.Match`.
pub fn repr(vm: &Vm, obj: &Obj) -> String {
    match obj {
        Obj::RePattern(p) => matchobj::pattern_repr(&p.c),
        Obj::ReMatch(m) => matchobj::match_repr(vm, m),
        _ => String::new(),
    }
}

/// Pattern equality (same source and flags), for `==`.
pub fn pattern_eq(a: &PatternObj, b: &PatternObj) -> bool {
    a.c.flags == b.c.flags && a.c.pattern == b.c.pattern
}

/// Pattern hash, consistent with [`pattern_eq`].
pub fn pattern_hash(p: &PatternObj) -> i64 {
    let h = crate::objects::hash::hash_bytes(p.c.pattern.as_bytes());
    (h ^ u64::from(p.c.flags).wrapping_mul(0x9E37_79B9_7F4A_7C15)) as i64
}
