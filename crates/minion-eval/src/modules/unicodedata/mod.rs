//! `unicodedata`, as CPython 3.11's (Unicode 14.0).
//!
//! Character properties come from `tables.rs`, generated from CPython 3.11 itself
//! (`gen_tables.py`), so they are exactly Unicode 14.0. Names come from
//! `unicode_names2` (Unicode 16.0) and normal forms from `unicode-normalization`
//! (Unicode 18.0); characters unassigned in 14.0 are refused by `name`/`lookup` so names
//! match CPython, while normalising text that holds characters assigned after 14.0 may
//! differ from CPython (Unicode's stability policy keeps every 14.0 character's forms).
//! `ucd_3_2_0` is not provided.

mod tables;

use unicode_normalization::UnicodeNormalization;

use super::ModuleFn;
use crate::builtins::ArgParser;
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The module's constants.
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    vec![("unidata_version", vm.new_str("14.0.0"))]
}

/// Looks `c` up in a table of `(first, last, value)` runs.
fn lookup_run<T: Copy>(table: &[(u32, u32, T)], c: char) -> Option<T> {
    let cp = c as u32;
    let i = table.partition_point(|r| r.1 < cp);
    table.get(i).filter(|r| r.0 <= cp).map(|r| r.2)
}

/// The general category of `c` in Unicode 14.0.
pub fn category(c: char) -> &'static str {
    lookup_run(tables::CATEGORY, c)
        .map(|i| tables::CATEGORY_NAMES[i as usize])
        .unwrap_or("Cn")
}

/// The single character of a one-character string argument.
fn one_char(vm: &Vm, v: Value, func: &str, numbered: bool) -> PyResult<char> {
    if vm.is_str(v) {
        let s = vm.str_ref(v)?;
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
    }
    Err(type_error(format!(
        "{func}() argument{} must be a unicode character, not {}",
        if numbered { " 1" } else { "" },
        arg_type(vm, v)
    )))
}

/// A string argument (`normalize`, `is_normalized`).
fn str_arg(vm: &Vm, v: Value, func: &str, pos: usize) -> PyResult<String> {
    if vm.is_str(v) {
        return Ok(vm.str_ref(v)?.to_string());
    }
    Err(type_error(format!(
        "{func}() argument {pos} must be str, not {}",
        arg_type(vm, v)
    )))
}

/// How argument-clinic errors name a value's type (`None` for `None`).
fn arg_type(vm: &Vm, v: Value) -> &str {
    if v.is_none() {
        "None"
    } else {
        vm.type_name(v)
    }
}

/// The name of `c` as `unicodedata.name` gives it (`None` for unnamed characters).
pub fn name_of(c: char) -> Option<String> {
    if matches!(category(c), "Cn" | "Cc" | "Cs" | "Co") {
        return None;
    }
    unicode_names2::name(c).map(|n| n.to_string())
}

/// Calls a `unicodedata` function.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    use ModuleFn::*;
    let fname = f.name();
    match f {
        UnicodedataName | UnicodedataNumeric | UnicodedataDecimal | UnicodedataDigit => {
            let a = ArgParser::new(fname, args).positional(1, 2)?;
            let c = one_char(vm, a[0], fname, true)?;
            let default = a.get(1).copied();
            let found = match f {
                UnicodedataName => name_of(c).map(|n| vm.new_str(n)),
                _ => numeric(c, f),
            };
            match (found, default) {
                (Some(v), _) => Ok(v),
                (None, Some(d)) => Ok(d),
                (None, None) => Err(value_error(match f {
                    UnicodedataName => "no such name",
                    UnicodedataNumeric => "not a numeric character",
                    UnicodedataDecimal => "not a decimal",
                    _ => "not a digit",
                })),
            }
        }
        UnicodedataLookup => {
            let a = ArgParser::new(fname, args).positional(1, 1)?;
            let name = if vm.is_str(a[0]) {
                vm.str_ref(a[0])?.to_string()
            } else if matches!(vm.type_of(a[0]), Ty::Bytes | Ty::ByteArray) {
                String::from_utf8_lossy(vm.bytes_of(a[0])).into_owned()
            } else {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(a[0])
                )));
            };
            let found = unicode_names2::character(&name).filter(|c| category(*c) != "Cn");
            match found {
                Some(c) => Ok(vm.new_str(c.to_string())),
                None => {
                    let msg = format!("undefined character name '{name}'");
                    let msg = vm.new_str(msg);
                    Err(Raise::with_arg(Ty::KeyError, msg))
                }
            }
        }
        UnicodedataNormalize | UnicodedataIsNormalized => {
            let a = ArgParser::new(fname, args).positional(2, 2)?;
            let form = str_arg(vm, a[0], fname, 1)?;
            let text = str_arg(vm, a[1], fname, 2)?;
            vm.charge(text.len() as u64 / 64)?;
            let out: String = match form.as_str() {
                "NFC" => text.nfc().collect(),
                "NFD" => text.nfd().collect(),
                "NFKC" => text.nfkc().collect(),
                "NFKD" => text.nfkd().collect(),
                _ => return Err(value_error("invalid normalization form")),
            };
            if f == UnicodedataIsNormalized {
                return Ok(Value::Bool(out == text));
            }
            vm.check_alloc(out.len())?;
            Ok(vm.new_str(out))
        }
        _ => {
            let qualified = format!("unicodedata.{fname}");
            let a = ArgParser::new(&qualified, args).positional(1, 1)?;
            let c = one_char(vm, a[0], fname, false)?;
            Ok(match f {
                UnicodedataCategory => vm.new_str(category(c)),
                UnicodedataBidirectional => {
                    let b = lookup_run(tables::BIDI, c)
                        .map(|i| tables::BIDI_NAMES[i as usize])
                        .unwrap_or("");
                    vm.new_str(b)
                }
                UnicodedataEastAsianWidth => {
                    let w = lookup_run(tables::EAST_ASIAN_WIDTH, c)
                        .map(|i| tables::EAST_ASIAN_WIDTH_NAMES[i as usize])
                        .unwrap_or("N");
                    vm.new_str(w)
                }
                UnicodedataCombining => {
                    Value::Int(lookup_run(tables::COMBINING, c).unwrap_or(0) as i64)
                }
                UnicodedataMirrored => {
                    let cp = c as u32;
                    let i = tables::MIRRORED.partition_point(|r| r.1 < cp);
                    let m = tables::MIRRORED.get(i).is_some_and(|r| r.0 <= cp);
                    Value::Int(m as i64)
                }
                _ => {
                    let cp = c as u32;
                    let d = tables::DECOMPOSITION
                        .binary_search_by_key(&cp, |r| r.0)
                        .map(|i| tables::DECOMPOSITION[i].1)
                        .unwrap_or("");
                    vm.new_str(d)
                }
            })
        }
    }
}

/// `decimal`/`digit`/`numeric` of `c`, if it has that value.
fn numeric(c: char, f: ModuleFn) -> Option<Value> {
    let cp = c as u32;
    let i = tables::NUMERIC.binary_search_by_key(&cp, |r| r.0).ok()?;
    let (_, dec, dig, num) = tables::NUMERIC[i];
    match f {
        ModuleFn::UnicodedataDecimal => (dec >= 0).then_some(Value::Int(dec as i64)),
        ModuleFn::UnicodedataDigit => (dig >= 0).then_some(Value::Int(dig as i64)),
        _ => Some(Value::Float(num)),
    }
}
