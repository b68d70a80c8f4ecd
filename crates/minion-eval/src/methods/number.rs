//! `int` (and `bool`) and `float` methods.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use crate::attrs::Kn;
use crate::error::{overflow_error, type_error, value_error, PyResult, Raise};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::Vm;

/// Methods of `int` (and `bool`).
pub const INT_METHODS: &[Kn] = &[
    Kn::BitLength,
    Kn::BitCount,
    Kn::ToBytes,
    Kn::FromBytes,
    Kn::AsIntegerRatio,
    Kn::Conjugate,
];

/// Methods of `float`.
pub const FLOAT_METHODS: &[Kn] = &[
    Kn::IsInteger,
    Kn::AsIntegerRatio,
    Kn::Conjugate,
    Kn::Hex,
    Kn::Fromhex,
];

/// Checks that a method got no arguments at all.
fn no_args(name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if !args.pos.is_empty() {
        return Err(type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    Ok(())
}

/// Binds `(a, b='big', *, signed=False)` for `to_bytes`/`from_bytes`.
/// Returns the first argument (if given), whether the order is little-endian, and `signed`.
fn bind_bytes_args(
    vm: &Vm,
    fname: &str,
    first: &str,
    args: Args,
) -> PyResult<(Option<Value>, bool, bool)> {
    let total = args.pos.len() + args.kw.len();
    if total > 3 {
        return Err(type_error(format!(
            "{fname}() takes at most 3 arguments ({total} given)"
        )));
    }
    if args.pos.len() > 2 {
        return Err(type_error(format!(
            "{fname}() takes at most 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut slots: [Option<Value>; 3] = [None, None, None];
    for (i, v) in args.pos.iter().enumerate() {
        slots[i] = Some(*v);
    }
    let names = [first, "byteorder", "signed"];
    for (k, v) in &args.kw {
        let kname = vm.interner.name(*k);
        match names.iter().position(|n| *n == kname) {
            Some(i) if slots[i].is_some() => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{kname}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => slots[i] = Some(*v),
            None => {
                return Err(type_error(format!(
                    "'{kname}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    let little = match slots[1] {
        None => false,
        Some(b) => match vm.pystr(b) {
            Some(s) if &*s.s == "little" => true,
            Some(s) if &*s.s == "big" => false,
            Some(_) => return Err(value_error("byteorder must be either 'little' or 'big'")),
            None => {
                return Err(type_error(format!(
                    "{fname}() argument 'byteorder' must be str, not {}",
                    vm.type_name(b)
                )))
            }
        },
    };
    let signed = match slots[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    Ok((slots[0], little, signed))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, n: &BigInt, args: Args) -> PyResult<Value> {
    let (len, little, signed) = bind_bytes_args(vm, "to_bytes", "length", args)?;
    let len = match len {
        Some(v) => vm.expect_i64(v)?,
        None => 1,
    };
    if len < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    if !signed && n.is_negative() {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        if n.is_zero() {
            Vec::new()
        } else {
            n.to_signed_bytes_le()
        }
    } else if n.is_zero() {
        Vec::new()
    } else {
        n.to_bytes_le().1
    };
    let len = len as usize;
    if bytes.len() > len {
        return Err(overflow_error("int too big to convert"));
    }
    vm.check_alloc(len)?;
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(len, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.alloc(Obj::Bytes(bytes)))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes(vm: &mut Vm, cls: Value, args: Args) -> PyResult<Value> {
    let (src, little, signed) = bind_bytes_args(vm, "from_bytes", "bytes", args)?;
    let Some(src) = src else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let mut bytes: Vec<u8> = match src {
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Bytes(_)) => vm.bytes_of(src).to_vec(),
        _ if vm.is_str(src) || !vm.is_iterable(src) => {
            return Err(type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(src)
            )))
        }
        _ => {
            let mut out = Vec::new();
            for x in vm.collect_iterable(src)? {
                if !vm.is_int(x) {
                    return Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(x)
                    )));
                }
                match vm.to_bigint(x).and_then(|b| u8::try_from(b).ok()) {
                    Some(b) => out.push(b),
                    None => return Err(value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    if !little {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    if matches!(cls, Value::Type(Ty::Bool)) {
        return Ok(Value::Bool(!n.is_zero()));
    }
    Ok(vm.new_int(n))
}

/// `float.hex()`, as CPython formats it.
pub fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{mant:013x}p{esign}{}", e.abs())
}

/// `float.fromhex(s)`: parses CPython's hexadecimal float syntax, rounding half-even.
pub fn float_fromhex(text: &str) -> PyResult<f64> {
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let t = text.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |f: f64| if neg { -f } else { f };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant_part, exp_part) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_digits, frac_digits) = match mant_part.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant_part, ""),
    };
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err(invalid());
    }
    let mut m = BigInt::zero();
    for c in int_digits.chars().chain(frac_digits.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        m = (m << 4u32) + d;
    }
    let mut e: i64 = match exp_part {
        None => 0,
        Some(x) => {
            let digits = x.strip_prefix(['+', '-']).unwrap_or(x);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if x.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    e -= 4 * frac_digits.len() as i64;
    if m.is_zero() {
        return Ok(sign(0.0));
    }
    let top = m.bits() as i64 + e;
    if top > 1024 {
        return Err(overflow_error(
            "hexadecimal value too large to represent as a float",
        ));
    }
    if top < -1080 {
        return Ok(sign(0.0));
    }
    let mut ulp = (top - 53).max(-1074);
    let shift = ulp - e;
    let mut q = if shift > 0 {
        let q: BigInt = &m >> (shift as usize);
        let rem = &m - (&q << (shift as usize));
        let half = BigInt::from(1) << ((shift - 1) as usize);
        let odd = (&q & BigInt::from(1)) == BigInt::from(1);
        if rem > half || (rem == half && odd) {
            q + 1
        } else {
            q
        }
    } else {
        m << ((-shift) as usize)
    };
    if q.bits() > 53 {
        q >>= 1usize;
        ulp += 1;
    }
    let q = u64::try_from(q).map_err(|_| invalid())?;
    let bits = if q < (1u64 << 52) {
        q
    } else {
        let biased = ulp + 52 + 1023;
        if biased >= 2047 {
            return Err(overflow_error(
                "hexadecimal value too large to represent as a float",
            ));
        }
        ((biased as u64) << 52) | (q - (1u64 << 52))
    };
    Ok(sign(f64::from_bits(bits)))
}

/// `float.as_integer_ratio()`.
fn float_ratio(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f == 0.0 {
        return Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1u64 << 52) - 1);
    let mut e = if exp == 0 {
        -1074
    } else {
        mant |= 1 << 52;
        exp - 1075
    };
    if e < 0 {
        let shift = (mant.trailing_zeros() as i64).min(-e);
        mant >>= shift;
        e += shift;
    }
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    let num = vm.new_int(num);
    let den = vm.new_int(den);
    Ok(vm.new_tuple(vec![num, den]))
}

/// Calls an `int`/`bool`/`float` method.
pub fn call(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    if kn == Kn::FromBytes {
        return from_bytes(vm, recv, args);
    }
    if kn == Kn::Fromhex {
        let a = crate::builtins::ArgParser::new("fromhex", args).positional(1, 1)?;
        let text = match vm.pystr(a[0]) {
            Some(s) => s.s.to_string(),
            None => return Err(type_error("bad argument type for built-in operation")),
        };
        return Ok(Value::Float(float_fromhex(&text)?));
    }
    if let Value::Float(f) = recv {
        let name = format!("float.{}", kn.as_str());
        no_args(&name, &args)?;
        return match kn {
            Kn::IsInteger => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
            Kn::AsIntegerRatio => float_ratio(vm, f),
            Kn::Conjugate => Ok(recv),
            Kn::Hex => {
                let s = float_hex(f);
                Ok(vm.new_str(s))
            }
            _ => Err(crate::error::no_attribute("float", kn.as_str())),
        };
    }
    let Some(n) = vm.to_bigint(recv) else {
        return Err(Raise::internal("int method on a non-int"));
    };
    if kn == Kn::ToBytes {
        return to_bytes(vm, &n, args);
    }
    no_args(&format!("int.{}", kn.as_str()), &args)?;
    match kn {
        Kn::BitLength => Ok(Value::Int(n.bits() as i64)),
        Kn::BitCount => {
            let ones: u64 = n
                .magnitude()
                .iter_u64_digits()
                .map(|d| d.count_ones() as u64)
                .sum();
            Ok(Value::Int(ones as i64))
        }
        Kn::AsIntegerRatio => {
            let v = vm.new_int(n);
            Ok(vm.new_tuple(vec![v, Value::Int(1)]))
        }
        Kn::Conjugate => Ok(vm.new_int(n)),
        _ => Err(crate::error::no_attribute(vm.type_name(recv), kn.as_str())),
    }
}

#[cfg(test)]
mod tests {
    use crate::testutil::{error, logs};

    #[test]
    fn int_methods() {
        assert_eq!(
            logs("print((0).bit_length(), (-5).bit_length(), (2**100).bit_length())"),
            "0 3 101\n"
        );
        assert_eq!(
            logs("print((-5).bit_count(), (2**100 - 1).bit_count(), True.bit_length())"),
            "2 100 1\n"
        );
        assert_eq!(
            logs("print((7).as_integer_ratio(), True.as_integer_ratio(), True.conjugate())"),
            "(7, 1) (1, 1) 1\n"
        );
        assert_eq!(
            logs("print(int.bit_length(255), (-3).conjugate())"),
            "8 -3\n"
        );
    }

    #[test]
    fn bytes_conversion() {
        assert_eq!(
            logs("print((5).to_bytes(), (255).to_bytes(2, 'little'), (0).to_bytes(0))"),
            "b'\\x05' b'\\xff\\x00' b''\n"
        );
        assert_eq!(logs("print((-128).to_bytes(1, 'big', signed=True), (1024).to_bytes(length=2, byteorder='big'))"), "b'\\x80' b'\\x04\\x00'\n");
        assert_eq!(logs("print(int.from_bytes(b'\\xff\\x00', 'little', signed=True), int.from_bytes(b'\\x01\\x00'))"), "255 256\n");
        assert_eq!(logs("print(int.from_bytes(b'\\xff', signed=True), int.from_bytes([1, 2], 'little'), int.from_bytes(b''))"), "-1 513 0\n");
        assert_eq!(logs("print(bool.from_bytes(b'\\x01', 'big'))"), "True\n");
        assert_eq!(
            logs("n = 2**70 + 5\nprint(int.from_bytes(n.to_bytes(9, 'big'), 'big') == n)"),
            "True\n"
        );
    }

    #[test]
    fn int_errors() {
        assert_eq!(
            error("(-1).to_bytes()"),
            "OverflowError: can't convert negative int to unsigned"
        );
        assert_eq!(
            error("(256).to_bytes()"),
            "OverflowError: int too big to convert"
        );
        assert_eq!(
            error("(-129).to_bytes(1, 'big', signed=True)"),
            "OverflowError: int too big to convert"
        );
        assert_eq!(
            error("(5).to_bytes(1, 'mid')"),
            "ValueError: byteorder must be either 'little' or 'big'"
        );
        assert_eq!(
            error("(5).to_bytes(-1)"),
            "ValueError: length argument must be non-negative"
        );
        assert_eq!(
            error("(5).to_bytes(1, 5)"),
            "TypeError: to_bytes() argument 'byteorder' must be str, not int"
        );
        assert_eq!(
            error("(5).to_bytes(1, 'big', False)"),
            "TypeError: to_bytes() takes at most 2 positional arguments (3 given)"
        );
        assert_eq!(
            error("(5).to_bytes(x=1)"),
            "TypeError: 'x' is an invalid keyword argument for to_bytes()"
        );
        assert_eq!(
            error("int.from_bytes('ab')"),
            "TypeError: cannot convert 'str' object to bytes"
        );
        assert_eq!(
            error("int.from_bytes([300])"),
            "ValueError: bytes must be in range(0, 256)"
        );
        assert_eq!(
            error("int.from_bytes()"),
            "TypeError: from_bytes() missing required argument 'bytes' (pos 1)"
        );
        assert_eq!(
            error("(5).bit_length(1)"),
            "TypeError: int.bit_length() takes no arguments (1 given)"
        );
    }

    #[test]
    fn float_methods() {
        assert_eq!(
            logs("print((2.0).is_integer(), (2.5).is_integer(), float('inf').is_integer())"),
            "True False False\n"
        );
        assert_eq!(logs("print((0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.0).as_integer_ratio())"), "(3602879701896397, 36028797018963968) (-5, 2) (0, 1)\n");
        assert_eq!(
            logs("print((1e300).as_integer_ratio()[1], (1.5).conjugate())"),
            "1 1.5\n"
        );
        assert_eq!(
            logs("print((0.0).hex(), (-0.0).hex(), (3.0).hex(), (5e-324).hex(), (-0.1).hex(), float('-inf').hex())"),
            "0x0.0p+0 -0x0.0p+0 0x1.8000000000000p+1 0x0.0000000000001p-1022 -0x1.999999999999ap-4 -inf\n"
        );
        assert_eq!(
            error("float('nan').as_integer_ratio()"),
            "ValueError: cannot convert NaN to integer ratio"
        );
        assert_eq!(
            error("float('inf').as_integer_ratio()"),
            "OverflowError: cannot convert Infinity to integer ratio"
        );
        assert_eq!(
            error("(1.5).hex(1)"),
            "TypeError: float.hex() takes no arguments (1 given)"
        );
    }
}
