//! The `uuid` module: `UUID` objects (from a hex string, `int=`, `bytes=`), `uuid4`
//! drawn from the sandbox's `random` generator (so a host that seeds `random` gets
//! reproducible ids; CPython reads `os.urandom`), the name-based `uuid3`/`uuid5`, and
//! the `NAMESPACE_*` constants. `uuid1` would read the host's MAC address and clock
//! sequence and is refused.

use md5::Md5;
use sha1::Sha1;
use sha2::Digest;

use super::ModuleFn;
use crate::builtins::ArgParser;
use crate::error::{type_error, unsupported, value_error, PyResult};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// The module's constants: the RFC 4122 namespaces.
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let namespaces = [
        ("NAMESPACE_DNS", 0x6ba7b810_9dad_11d1_80b4_00c04fd430c8_u128),
        ("NAMESPACE_URL", 0x6ba7b811_9dad_11d1_80b4_00c04fd430c8),
        ("NAMESPACE_OID", 0x6ba7b812_9dad_11d1_80b4_00c04fd430c8),
        ("NAMESPACE_X500", 0x6ba7b814_9dad_11d1_80b4_00c04fd430c8),
    ];
    let variants = [
        ("RESERVED_NCS", "reserved for NCS compatibility"),
        ("RFC_4122", "specified in RFC 4122"),
        ("RESERVED_MICROSOFT", "reserved for Microsoft compatibility"),
        ("RESERVED_FUTURE", "reserved for future definition"),
    ];
    let mut out = vec![("UUID", Value::Type(Ty::Uuid))];
    for (k, n) in namespaces {
        out.push((k, vm.alloc(Obj::Uuid(n))));
    }
    for (k, text) in variants {
        out.push((k, vm.new_str(text)));
    }
    out
}

/// `int` with the RFC 4122 variant and `version` bits set, as `UUID(..., version=)`.
fn with_version(n: u128, version: u128) -> u128 {
    let n = (n & !(0xc000 << 48)) | (0x8000 << 48);
    (n & !(0xf000 << 64)) | (version << 76)
}

/// The first 16 bytes of `digest` as a big-endian integer.
fn from_digest(digest: &[u8]) -> u128 {
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest[..16]);
    u128::from_be_bytes(b)
}

/// The UUID held by `v`, or CPython's AttributeError for what `uuid3`/`uuid5` read.
fn uuid_of(vm: &Vm, v: Value) -> PyResult<u128> {
    if let Value::Ref(id) = v {
        if let Obj::Uuid(n) = vm.heap.get(id) {
            return Ok(*n);
        }
    }
    Err(crate::error::no_attribute(vm.type_name(v), "bytes"))
}

/// The bytes of a `bytes=`/`bytes_le=` argument.
fn bytes_arg(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Value::Ref(id) = v {
        if let Obj::Bytes(b) | Obj::ByteArray(b) = vm.heap.get(id) {
            return Ok(b.clone());
        }
    }
    Err(type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(v)
    )))
}

/// Calls `uuid.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    let n = match f {
        ModuleFn::UuidUuid4 => {
            ArgParser::new("uuid4", args).positional(0, 0)?;
            let hi = super::random::random_u64(vm)? as u128;
            let lo = super::random::random_u64(vm)? as u128;
            with_version((hi << 64) | lo, 4)
        }
        ModuleFn::UuidUuid3 | ModuleFn::UuidUuid5 => {
            let a = ArgParser::new(f.name(), args).positional(2, 2)?;
            let ns = uuid_of(vm, a[0])?;
            let Some(name) = vm.pystr(a[1]).map(|s| s.s.as_bytes().to_vec()) else {
                return Err(type_error("encoding without a string argument"));
            };
            let mut data = ns.to_be_bytes().to_vec();
            data.extend_from_slice(&name);
            if f == ModuleFn::UuidUuid3 {
                with_version(from_digest(&Md5::digest(&data)), 3)
            } else {
                with_version(from_digest(&Sha1::digest(&data)), 5)
            }
        }
        _ => {
            return Err(unsupported(
                "uuid.uuid1 (it reads the host's network address)",
            ))
        }
    };
    Ok(vm.alloc(Obj::Uuid(n)))
}

/// `uuid.UUID(hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None)`.
pub fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let params = [
        "hex", "bytes", "bytes_le", "fields", "int", "version", "is_safe",
    ];
    let a = ArgParser::new("UUID", args).bind(vm, &params, 0)?;
    let given = [a[0], a[1], a[2], a[3], a[4]]
        .iter()
        .filter(|v| v.is_some())
        .count();
    if given != 1 {
        return Err(type_error(
            "one of the hex, bytes, bytes_le, fields, or int arguments must be given",
        ));
    }
    let mut n = if let Some(h) = a[0] {
        let Some(s) = vm.pystr(h).map(|s| s.s.to_string()) else {
            return Err(no_replace(vm, h));
        };
        let s = s.replace("urn:", "").replace("uuid:", "");
        let s = s.trim_matches(|c| c == '{' || c == '}').replace('-', "");
        if s.len() != 32 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(value_error("badly formed hexadecimal UUID string"));
        }
        u128::from_str_radix(&s, 16)
            .map_err(|_| value_error("badly formed hexadecimal UUID string"))?
    } else if let Some(b) = a[1].or(a[2]) {
        let bytes = bytes_arg(vm, b)?;
        if bytes.len() != 16 {
            let which = if a[1].is_some() { "bytes" } else { "bytes_le" };
            return Err(value_error(format!("{which} is not a 16-char string")));
        }
        let mut arr = [0u8; 16];
        arr.copy_from_slice(&bytes);
        if a[2].is_some() {
            arr[0..4].reverse();
            arr[4..6].reverse();
            arr[6..8].reverse();
        }
        u128::from_be_bytes(arr)
    } else if a[3].is_some() {
        return Err(unsupported("uuid.UUID(fields=...)"));
    } else {
        let v = a[4].unwrap_or(Value::None);
        let Some(big) = vm.to_bigint(v) else {
            return Err(type_error(format!(
                "'<=' not supported between instances of 'int' and '{}'",
                vm.type_name(v)
            )));
        };
        match u128::try_from(&big) {
            Ok(n) => n,
            Err(_) => return Err(value_error("int is out of range (need a 128-bit value)")),
        }
    };
    if let Some(v) = a[5].filter(|v| !matches!(v, Value::None)) {
        let version = vm.expect_i64(v)?;
        if !(1..=5).contains(&version) {
            return Err(value_error("illegal version number"));
        }
        n = with_version(n, version as u128);
    }
    Ok(vm.alloc(Obj::Uuid(n)))
}

/// CPython's error for a non-str `hex` argument (it calls `hex.replace`).
fn no_replace(vm: &Vm, v: Value) -> crate::error::Raise {
    crate::error::no_attribute(vm.type_name(v), "replace")
}

/// `str(u)`: the canonical 8-4-4-4-12 form.
pub fn text(n: u128) -> String {
    let h = format!("{n:032x}");
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// Data attributes of a UUID (`hex`, `int`, `bytes`, `urn`, `version`, `variant`).
pub fn attr(vm: &mut Vm, n: u128, name: &str) -> Option<Value> {
    let rfc4122 = (n >> 62) & 0b11 == 0b10;
    Some(match name {
        "hex" => vm.new_str(format!("{n:032x}")),
        "int" => vm.new_int(num_bigint::BigInt::from(n)),
        "bytes" => vm.new_bytes_like(Ty::Bytes, n.to_be_bytes().to_vec()),
        "urn" => vm.new_str(format!("urn:uuid:{}", text(n))),
        "bytes_le" => {
            let mut b = n.to_be_bytes();
            b[0..4].reverse();
            b[4..6].reverse();
            b[6..8].reverse();
            vm.new_bytes_like(Ty::Bytes, b.to_vec())
        }
        "version" if rfc4122 => Value::Int(((n >> 76) & 0xf) as i64),
        "version" => Value::None,
        "variant" => {
            let v = if n & (0x8000 << 48) == 0 {
                "reserved for NCS compatibility"
            } else if n & (0x4000 << 48) == 0 {
                "specified in RFC 4122"
            } else if n & (0x2000 << 48) == 0 {
                "reserved for Microsoft compatibility"
            } else {
                "reserved for future definition"
            };
            vm.new_str(v)
        }
        _ => return None,
    })
}
