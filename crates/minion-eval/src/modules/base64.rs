//! The `base64` module: Base64 (standard, URL-safe, MIME lines), Base32 (and its
//! extended-hex alphabet) and Base16, with `binascii`'s decoding rules (non-strict
//! decoding skips characters outside the alphabet; `validate=True` is 3.11's strict
//! mode). Encoders take `bytes`/`bytearray`; decoders also take ASCII `str`.
//!
//! `binascii.Error` is raised as `ValueError` (its base class) with CPython's message.
//! `b85encode`/`a85encode` and friends are not provided.

use super::string::PySig;
use super::ModuleFn;
use crate::error::{type_error, value_error, PyResult, Raise};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32HEX: &[u8; 32] = b"0123456789ABCDEFGHIJKLMNOPQRSTUV";

/// `binascii.Error` (a `ValueError`).
fn binascii_error(msg: impl Into<String>) -> Raise {
    value_error(msg)
}

/// The bytes of a `bytes`/`bytearray` argument to an encoder.
fn bytes_like(vm: &Vm, v: Value, memoryview: bool) -> PyResult<Vec<u8>> {
    if let Value::Ref(id) = v {
        if let Obj::Bytes(b) | Obj::ByteArray(b) = vm.heap.get(id) {
            return Ok(b.clone());
        }
    }
    Err(type_error(format!(
        "{}a bytes-like object is required, not '{}'",
        if memoryview { "memoryview: " } else { "" },
        vm.type_name(v)
    )))
}

/// `_bytes_from_decode_data`: bytes-like, or a `str` of ASCII characters.
fn decode_data(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.pystr(v) {
        if !s.s.is_ascii() {
            return Err(value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(s.s.as_bytes().to_vec());
    }
    if let Value::Ref(id) = v {
        if let Obj::Bytes(b) | Obj::ByteArray(b) = vm.heap.get(id) {
            return Ok(b.clone());
        }
    }
    Err(type_error(format!(
        "argument should be a bytes-like object or ASCII string, not '{}'",
        vm.type_name(v)
    )))
}

fn new_bytes(vm: &mut Vm, b: Vec<u8>) -> PyResult<Value> {
    vm.check_alloc(b.len())?;
    Ok(vm.new_bytes_like(Ty::Bytes, b))
}

/// `binascii.b2a_base64(data, newline=...)`.
pub(super) fn b64_encode(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    if newline {
        out.push(b'\n');
    }
    out
}

fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// `binascii.a2b_base64(data, strict_mode=strict)` (CPython 3.11's rules).
pub(super) fn b64_decode(data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    if strict && data.first() == Some(&b'=') {
        return Err(binascii_error("Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let mut quad_pos = 0;
    let mut leftchar: u8 = 0;
    let mut pads = 0;
    let mut padding_started = false;
    for (i, &ch) in data.iter().enumerate() {
        if ch == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(binascii_error("Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(ch) else {
            if strict {
                return Err(binascii_error("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(binascii_error("Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                leftchar = v;
            }
            1 => {
                quad_pos = 2;
                out.push((leftchar << 2) | (v >> 4));
                leftchar = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push((leftchar << 4) | (v >> 2));
                leftchar = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push((leftchar << 6) | v);
                leftchar = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(binascii_error(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        ))),
        _ => Err(binascii_error("Incorrect padding")),
    }
}

/// `bytes.translate(bytes.maketrans(from, to))` for two-byte tables.
fn translate(data: &mut [u8], from: &[u8], to: &[u8]) {
    for b in data.iter_mut() {
        if let Some(i) = from.iter().position(|f| f == b) {
            *b = to[i];
        }
    }
}

/// `assert len(altchars) == n, repr(altchars)`.
fn check_len(vm: &mut Vm, v: Value, got: usize, n: usize) -> PyResult<()> {
    if got != n {
        let r = vm.repr(v)?;
        return Err(Raise::new(Ty::AssertionError, r));
    }
    Ok(())
}

fn b32_encode(alphabet: &[u8; 32], data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(5) * 8);
    for chunk in data.chunks(5) {
        let mut buf = [0u8; 5];
        buf[..chunk.len()].copy_from_slice(chunk);
        let c = buf.iter().fold(0u64, |acc, b| acc << 8 | *b as u64);
        for k in (0..8).rev() {
            out.push(alphabet[((c >> (5 * k)) & 31) as usize]);
        }
        let pad = match chunk.len() {
            1 => 6,
            2 => 4,
            3 => 3,
            4 => 1,
            _ => 0,
        };
        let n = out.len();
        for b in &mut out[n - pad..] {
            *b = b'=';
        }
    }
    out
}

fn b32_decode(
    alphabet: &[u8; 32],
    mut s: Vec<u8>,
    casefold: bool,
    map01: Option<u8>,
) -> PyResult<Vec<u8>> {
    if !s.len().is_multiple_of(8) {
        return Err(binascii_error("Incorrect padding"));
    }
    if let Some(m) = map01 {
        translate(&mut s, b"01", &[b'O', m]);
    }
    if casefold {
        s.make_ascii_uppercase();
    }
    let l = s.len();
    while s.last() == Some(&b'=') {
        s.pop();
    }
    let padchars = l - s.len();
    let mut decoded = Vec::with_capacity(s.len() / 8 * 5 + 5);
    let mut acc: u64 = 0;
    for quanta in s.chunks(8) {
        acc = 0;
        for c in quanta {
            let Some(v) = alphabet.iter().position(|a| a == c) else {
                return Err(binascii_error("Non-base32 digit found"));
            };
            acc = (acc << 5) + v as u64;
        }
        // `acc.to_bytes(5)`: a short last quantum leaves fewer than 40 bits.
        for k in (0..5).rev() {
            decoded.push((acc >> (8 * k)) as u8);
        }
    }
    if ![0, 1, 3, 4, 6].contains(&padchars) {
        return Err(binascii_error("Incorrect padding"));
    }
    if padchars > 0 && !decoded.is_empty() {
        acc <<= 5 * padchars;
        let last: Vec<u8> = (0..5).rev().map(|k| (acc >> (8 * k)) as u8).collect();
        let leftover = (43 - 5 * padchars) / 8;
        decoded.truncate(decoded.len() - 5);
        decoded.extend_from_slice(&last[..leftover]);
    }
    Ok(decoded)
}

fn hex_encode(data: &[u8]) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = Vec::with_capacity(data.len() * 2);
    for b in data {
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn hex_decode(mut s: Vec<u8>, casefold: bool) -> PyResult<Vec<u8>> {
    if casefold {
        s.make_ascii_uppercase();
    }
    if s.iter().any(|c| !matches!(c, b'0'..=b'9' | b'A'..=b'F')) {
        return Err(binascii_error("Non-base16 digit found"));
    }
    if !s.len().is_multiple_of(2) {
        return Err(binascii_error("Odd-length string"));
    }
    let digit = |c: u8| if c <= b'9' { c - b'0' } else { c - b'A' + 10 };
    Ok(s.chunks(2)
        .map(|p| digit(p[0]) << 4 | digit(p[1]))
        .collect())
}

/// `base64._input_type_check`.
fn input_check(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Value::Ref(id) = v {
        if let Obj::Bytes(b) | Obj::ByteArray(b) = vm.heap.get(id) {
            return Ok(b.clone());
        }
    }
    Err(type_error(format!(
        "expected bytes-like object, not {}",
        vm.type_name(v)
    )))
}

/// Calls `base64.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    use ModuleFn::*;
    let name = f.name();
    match f {
        Base64B64encode => {
            let a = PySig::new(name, &["s", "altchars"], 1).bind(vm, args)?.args;
            let data = bytes_like(vm, a[0].unwrap_or(Value::None), false)?;
            vm.charge(data.len() as u64 / 64)?;
            let mut out = b64_encode(&data, false);
            if let Some(alt) = a[1].filter(|v| !v.is_none()) {
                let altb = vm.py_len(alt)?;
                check_len(vm, alt, altb, 2)?;
                let to = bytes_like(vm, alt, false)?;
                translate(&mut out, b"+/", &to);
            }
            new_bytes(vm, out)
        }
        Base64B64decode => {
            let a = PySig::new(name, &["s", "altchars", "validate"], 1)
                .bind(vm, args)?
                .args;
            let mut data = decode_data(vm, a[0].unwrap_or(Value::None))?;
            vm.charge(data.len() as u64 / 64)?;
            if let Some(alt) = a[1].filter(|v| !v.is_none()) {
                let from = decode_data(vm, alt)?;
                check_len(vm, alt, from.len(), 2)?;
                translate(&mut data, &from, b"+/");
            }
            let strict = match a[2] {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let out = b64_decode(&data, strict)?;
            new_bytes(vm, out)
        }
        Base64StandardB64encode | Base64UrlsafeB64encode => {
            let a = PySig::new(name, &["s"], 1).bind(vm, args)?.args;
            let data = bytes_like(vm, a[0].unwrap_or(Value::None), false)?;
            vm.charge(data.len() as u64 / 64)?;
            let mut out = b64_encode(&data, false);
            if f == Base64UrlsafeB64encode {
                translate(&mut out, b"+/", b"-_");
            }
            new_bytes(vm, out)
        }
        Base64StandardB64decode | Base64UrlsafeB64decode => {
            let a = PySig::new(name, &["s"], 1).bind(vm, args)?.args;
            let mut data = decode_data(vm, a[0].unwrap_or(Value::None))?;
            vm.charge(data.len() as u64 / 64)?;
            if f == Base64UrlsafeB64decode {
                translate(&mut data, b"-_", b"+/");
            }
            let out = b64_decode(&data, false)?;
            new_bytes(vm, out)
        }
        Base64Encodebytes => {
            let a = PySig::new(name, &["s"], 1).bind(vm, args)?.args;
            let data = input_check(vm, a[0].unwrap_or(Value::None))?;
            vm.charge(data.len() as u64 / 64)?;
            let mut out = Vec::new();
            for chunk in data.chunks(57) {
                out.extend(b64_encode(chunk, true));
            }
            new_bytes(vm, out)
        }
        Base64Decodebytes => {
            let a = PySig::new(name, &["s"], 1).bind(vm, args)?.args;
            let data = input_check(vm, a[0].unwrap_or(Value::None))?;
            vm.charge(data.len() as u64 / 64)?;
            let out = b64_decode(&data, false)?;
            new_bytes(vm, out)
        }
        Base64B32encode | Base64B32hexencode => {
            let a = PySig::new(name, &["s"], 1).bind(vm, args)?.args;
            let data = bytes_like(vm, a[0].unwrap_or(Value::None), true)?;
            vm.charge(data.len() as u64 / 64)?;
            let alphabet = if f == Base64B32encode { B32 } else { B32HEX };
            let out = b32_encode(alphabet, &data);
            new_bytes(vm, out)
        }
        Base64B32decode | Base64B32hexdecode => {
            let hex = f == Base64B32hexdecode;
            let params: &[&str] = if hex {
                &["s", "casefold"]
            } else {
                &["s", "casefold", "map01"]
            };
            let a = PySig::new(name, params, 1).bind(vm, args)?.args;
            let data = decode_data(vm, a[0].unwrap_or(Value::None))?;
            vm.charge(data.len() as u64 / 64)?;
            let casefold = match a[1] {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let map01 = match a.get(2).copied().flatten().filter(|v| !v.is_none()) {
                Some(m) => {
                    let b = decode_data(vm, m)?;
                    check_len(vm, m, b.len(), 1)?;
                    Some(b[0])
                }
                None => None,
            };
            let alphabet = if hex { B32HEX } else { B32 };
            let out = b32_decode(alphabet, data, casefold, map01)?;
            new_bytes(vm, out)
        }
        Base64B16encode => {
            let a = PySig::new(name, &["s"], 1).bind(vm, args)?.args;
            let data = bytes_like(vm, a[0].unwrap_or(Value::None), false)?;
            vm.charge(data.len() as u64 / 64)?;
            let out = hex_encode(&data);
            new_bytes(vm, out)
        }
        Base64B16decode => {
            let a = PySig::new(name, &["s", "casefold"], 1).bind(vm, args)?.args;
            let data = decode_data(vm, a[0].unwrap_or(Value::None))?;
            vm.charge(data.len() as u64 / 64)?;
            let casefold = match a[1] {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let out = hex_decode(data, casefold)?;
            new_bytes(vm, out)
        }
        _ => Err(Raise::internal("not a base64 function")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for data in [&b""[..], b"a", b"ab", b"abc", b"abcd", b"\xff\x00\xfe"] {
            let enc = b64_encode(data, false);
            assert_eq!(b64_decode(&enc, true).unwrap(), data);
            let enc32 = b32_encode(B32, data);
            assert_eq!(b32_decode(B32, enc32, false, None).unwrap(), data);
            assert_eq!(hex_decode(hex_encode(data), false).unwrap(), data);
        }
        assert_eq!(b64_encode(b"hi", true), b"aGk=\n");
        assert_eq!(b32_encode(B32, b"a"), b"ME======");
    }
}
