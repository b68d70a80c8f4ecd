//! `bytes` methods, built on the pure algorithms of [`crate::strops`].

use super::str::{bound, check_kw, int_arg, strop_err};
use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{type_error, value_error, PyResult};
use crate::strops;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// A method list: `$extra` (names of [`Kn`] variants), then the methods of `bytes`,
/// which `bytearray` shares.
macro_rules! bytes_methods {
    ($($extra:ident),* $(,)?) => {{
        use $crate::attrs::Kn;
        &[
            $(Kn::$extra,)*
            Kn::Decode,
            Kn::Split,
            Kn::Rsplit,
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
            Kn::Hex,
            Kn::Fromhex,
            Kn::Join,
            Kn::Isalpha,
            Kn::Isdigit,
            Kn::Isspace,
            Kn::Isalnum,
            Kn::Islower,
            Kn::Isupper,
            Kn::Partition,
            Kn::Rpartition,
            Kn::Splitlines,
        ]
    }};
}
pub(super) use bytes_methods;

/// Methods of `bytes`.
pub const METHODS: &[Kn] = bytes_methods!();

/// Whether `v` is a bytes-like value (`bytes` or `bytearray`).
fn is_bytes(vm: &Vm, v: Value) -> bool {
    matches!(vm.type_of(v), Ty::Bytes | Ty::ByteArray)
}

/// A bytes-like argument or `TypeError: a bytes-like object is required, not 'T'`.
fn bytes_arg(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    if is_bytes(vm, v) {
        Ok(vm.bytes_of(v).to_vec())
    } else {
        Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        )))
    }
}

/// A new bytes value (a `bytearray` when `ty` is), checking the memory limit first.
fn out_bytes(vm: &mut Vm, ty: Ty, b: Vec<u8>) -> PyResult<Value> {
    vm.check_alloc(b.len())?;
    Ok(vm.new_bytes_like(ty, b))
}

/// A list of new bytes (or `bytearray`) values.
fn bytes_list(vm: &mut Vm, ty: Ty, parts: Vec<Vec<u8>>) -> PyResult<Value> {
    let total: usize = parts.iter().map(|p| p.len() + 64).sum();
    vm.check_alloc(total)?;
    let items = parts
        .into_iter()
        .map(|p| vm.new_bytes_like(ty, p))
        .collect();
    Ok(vm.new_list(items))
}

/// Calls a `bytes` method (or a read-only `bytearray` method: results that are bytes
/// are then `bytearray`s).
pub fn call(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    let ty = match recv {
        Value::Type(t) => t,
        v => vm.type_of(v),
    };
    if kn == Kn::Fromhex {
        let a = ArgParser::new("fromhex", args).positional(1, 1)?;
        let s = match vm.pystr(a[0]) {
            Some(p) => p.s.to_string(),
            None => {
                return Err(type_error(format!(
                    "fromhex() argument must be str, not {}",
                    vm.type_name(a[0])
                )))
            }
        };
        let b = strops::bytes_fromhex(&s).map_err(strop_err)?;
        return out_bytes(vm, ty, b);
    }
    let me = vm.bytes_of(recv).to_vec();
    match kn {
        Kn::Decode => {
            check_kw(vm, &args, "decode", &["encoding", "errors"])?;
            let a = ArgParser::new("decode", args).bind(vm, &["encoding", "errors"], 0)?;
            let mut names = ["utf-8".to_owned(), "strict".to_owned()];
            for (i, which) in ["encoding", "errors"].iter().enumerate() {
                if let Some(v) = a[i] {
                    match vm.pystr(v) {
                        Some(p) => names[i] = p.s.to_string(),
                        None => {
                            return Err(type_error(format!(
                                "decode() argument '{which}' must be str, not {}",
                                vm.type_name(v)
                            )))
                        }
                    }
                }
            }
            let s = strops::bytes_decode(&me, &names[0], &names[1]).map_err(strop_err)?;
            vm.check_alloc(s.len())?;
            Ok(vm.new_str(s))
        }
        Kn::Split | Kn::Rsplit => {
            check_kw(vm, &args, kn.as_str(), &["sep", "maxsplit"])?;
            let a = ArgParser::new(kn.as_str(), args).bind(vm, &["sep", "maxsplit"], 0)?;
            let sep = match a[0] {
                None | Some(Value::None) => None,
                Some(v) => Some(bytes_arg(vm, v)?),
            };
            let maxsplit = match a[1] {
                Some(v) => int_arg(vm, v)?,
                None => -1,
            };
            let parts = if kn == Kn::Split {
                strops::bytes_split(&me, sep.as_deref(), maxsplit)
            } else {
                strops::bytes_rsplit(&me, sep.as_deref(), maxsplit)
            }
            .map_err(strop_err)?;
            let parts = parts.into_iter().map(<[u8]>::to_vec).collect();
            bytes_list(vm, ty, parts)
        }
        Kn::Splitlines => {
            let a = ArgParser::new("splitlines", args).bind(vm, &["keepends"], 0)?;
            let keep = match a[0] {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let parts = strops::bytes_splitlines(&me, keep)
                .into_iter()
                .map(<[u8]>::to_vec)
                .collect();
            bytes_list(vm, ty, parts)
        }
        Kn::Strip | Kn::Lstrip | Kn::Rstrip => {
            let a = ArgParser::new(kn.as_str(), args).positional(0, 1)?;
            let chars = match a.first() {
                None | Some(Value::None) => None,
                Some(v) => Some(bytes_arg(vm, *v)?),
            };
            let r = match kn {
                Kn::Strip => strops::bytes_strip(&me, chars.as_deref()),
                Kn::Lstrip => strops::bytes_lstrip(&me, chars.as_deref()),
                _ => strops::bytes_rstrip(&me, chars.as_deref()),
            };
            if r.len() == me.len() && ty == Ty::Bytes {
                return Ok(recv);
            }
            out_bytes(vm, ty, r.to_vec())
        }
        Kn::Replace => {
            let a = ArgParser::new("replace", args).positional(2, 3)?;
            let old = bytes_arg(vm, a[0])?;
            let new = bytes_arg(vm, a[1])?;
            let count = match a.get(2) {
                Some(v) => int_arg(vm, *v)?,
                None => -1,
            };
            let r = strops::bytes_replace(&me, &old, &new, count).map_err(strop_err)?;
            out_bytes(vm, ty, r)
        }
        Kn::Find | Kn::Rfind | Kn::Index | Kn::Rindex | Kn::Count => {
            let a = ArgParser::new(kn.as_str(), args).positional(1, 3)?;
            let sub = if is_bytes(vm, a[0]) {
                vm.bytes_of(a[0]).to_vec()
            } else if vm.is_int(a[0]) {
                match vm.expect_i64(a[0]) {
                    Ok(n) if (0..256).contains(&n) => vec![n as u8],
                    _ => return Err(value_error("byte must be in range(0, 256)")),
                }
            } else {
                return Err(type_error(format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    vm.type_name(a[0])
                )));
            };
            let (start, end) = (bound(vm, a.get(1).copied())?, bound(vm, a.get(2).copied())?);
            let r = match kn {
                Kn::Find => strops::bytes_find(&me, &sub, start, end).map_or(-1, |i| i as i64),
                Kn::Rfind => strops::bytes_rfind(&me, &sub, start, end).map_or(-1, |i| i as i64),
                Kn::Index => strops::bytes_index(&me, &sub, start, end).map_err(strop_err)? as i64,
                Kn::Rindex => {
                    strops::bytes_rindex(&me, &sub, start, end).map_err(strop_err)? as i64
                }
                _ => strops::bytes_count(&me, &sub, start, end) as i64,
            };
            Ok(Value::Int(r))
        }
        Kn::Startswith | Kn::Endswith => {
            let name = kn.as_str();
            let a = ArgParser::new(name, args).positional(1, 3)?;
            let (start, end) = (bound(vm, a.get(1).copied())?, bound(vm, a.get(2).copied())?);
            let test = |p: &[u8]| {
                if kn == Kn::Startswith {
                    strops::bytes_startswith(&me, p, start, end)
                } else {
                    strops::bytes_endswith(&me, p, start, end)
                }
            };
            if is_bytes(vm, a[0]) {
                return Ok(Value::Bool(test(vm.bytes_of(a[0]))));
            }
            if vm.type_of(a[0]) == Ty::Tuple {
                for item in vm.seq_items(a[0]) {
                    if !is_bytes(vm, item) {
                        return Err(type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            vm.type_name(item)
                        )));
                    }
                    if test(vm.bytes_of(item)) {
                        return Ok(Value::Bool(true));
                    }
                }
                return Ok(Value::Bool(false));
            }
            Err(type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(a[0])
            )))
        }
        Kn::Upper | Kn::Lower => {
            ArgParser::new(kn.as_str(), args).positional(0, 0)?;
            let r = if kn == Kn::Upper {
                strops::bytes_upper(&me)
            } else {
                strops::bytes_lower(&me)
            };
            out_bytes(vm, ty, r)
        }
        Kn::Hex => {
            let a = ArgParser::new("hex", args).bind(vm, &["sep", "bytes_per_sep"], 0)?;
            let sep = match a[0] {
                None => None,
                Some(v) if is_bytes(vm, v) => {
                    Some(String::from_utf8_lossy(vm.bytes_of(v)).into_owned())
                }
                Some(v) => match vm.pystr(v) {
                    Some(p) => Some(p.s.to_string()),
                    None => {
                        return Err(type_error(format!(
                            "sep must be str or bytes, not {}",
                            vm.type_name(v)
                        )))
                    }
                },
            };
            let per = match a[1] {
                Some(v) => int_arg(vm, v)?,
                None => 1,
            };
            vm.check_alloc(me.len().saturating_mul(3))?;
            let s = strops::bytes_hex(&me, sep.as_deref(), per).map_err(strop_err)?;
            Ok(vm.new_str(s))
        }
        Kn::Join => {
            let a = ArgParser::new("bytes.join", args).positional(1, 1)?;
            let items = vm.collect_iterable(a[0])?;
            let mut total = 0usize;
            for (i, it) in items.iter().enumerate() {
                if !is_bytes(vm, *it) {
                    return Err(type_error(format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        vm.type_name(*it)
                    )));
                }
                total = total.saturating_add(vm.bytes_of(*it).len() + me.len());
            }
            vm.check_alloc(total)?;
            let mut out = Vec::with_capacity(total);
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(&me);
                }
                out.extend_from_slice(vm.bytes_of(*it));
            }
            Ok(vm.new_bytes_like(ty, out))
        }
        Kn::Isalpha | Kn::Isdigit | Kn::Isspace | Kn::Isalnum | Kn::Islower | Kn::Isupper => {
            ArgParser::new(kn.as_str(), args).positional(0, 0)?;
            let r = match kn {
                Kn::Isalpha => strops::bytes_isalpha(&me),
                Kn::Isdigit => strops::bytes_isdigit(&me),
                Kn::Isspace => strops::bytes_isspace(&me),
                Kn::Isalnum => strops::bytes_isalnum(&me),
                Kn::Islower => strops::bytes_islower(&me),
                _ => strops::bytes_isupper(&me),
            };
            Ok(Value::Bool(r))
        }
        Kn::Partition | Kn::Rpartition => {
            let a = ArgParser::new(kn.as_str(), args).positional(1, 1)?;
            let sep = bytes_arg(vm, a[0])?;
            let (x, y, z) = if kn == Kn::Partition {
                strops::bytes_partition(&me, &sep)
            } else {
                strops::bytes_rpartition(&me, &sep)
            }
            .map_err(strop_err)?;
            let items = vec![
                vm.new_bytes_like(ty, x.to_vec()),
                vm.new_bytes_like(ty, y.to_vec()),
                vm.new_bytes_like(ty, z.to_vec()),
            ];
            Ok(vm.new_tuple(items))
        }
        _ => Err(crate::error::unsupported(&format!(
            "method '{}.{}'",
            ty.name(),
            kn.as_str()
        ))),
    }
}
