//! Numeric builtins: `abs`, `round`, `divmod`, `pow`, `hex`/`oct`/`bin`, `chr`, `ord`,
//! `hash`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::ArgParser;
use crate::compile::code::BinOp;
use crate::error::{overflow_error, type_error, value_error, zero_division, PyResult};
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::ops::float_divmod;
use crate::vm::Vm;

/// `abs(x)`.
pub fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(&v) = args.pos.first() {
        if vm.is_instance(v) {
            if let Some(r) = vm.call_dunder(v, "__abs__", &[])? {
                return Ok(r);
            }
        }
    }
    let a = ArgParser::new("abs", args).positional(1, 1)?;
    if let Some(r) = crate::modules::exact::abs(vm, a[0])? {
        return Ok(r);
    }
    // `abs(timedelta)`: the datetime module reads `Invert` as abs.
    if let Some(r) =
        crate::modules::datetime::unary_op(vm, crate::compile::code::UnOp::Invert, a[0])?
    {
        return Ok(r);
    }
    match a[0] {
        Value::Float(f) => Ok(Value::Float(f.abs())),
        v => match vm.to_bigint(v) {
            Some(i) => Ok(vm.new_int(i.abs())),
            None => Err(type_error(format!(
                "bad operand type for abs(): '{}'",
                vm.type_name(v)
            ))),
        },
    }
}

/// `round(number, ndigits=None)`: banker's rounding, as CPython.
pub fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("round", args).bind(vm, &["number", "ndigits"], 1)?;
    let x = a[0].expect("required");
    let nd = a[1].filter(|v| !v.is_none());
    match x {
        Value::Float(f) => match nd {
            None => {
                if !f.is_finite() {
                    return Err(if f.is_nan() {
                        value_error("cannot convert float NaN to integer")
                    } else {
                        overflow_error("cannot convert float infinity to integer")
                    });
                }
                let r = f.round_ties_even();
                Ok(vm.new_int(num_traits::FromPrimitive::from_f64(r).unwrap_or_default()))
            }
            Some(n) => {
                let n = vm.expect_i64(n)?;
                Ok(Value::Float(round_float(f, n)?))
            }
        },
        v if vm.is_int(v) => match nd {
            None => Ok(match v {
                Value::Bool(b) => Value::Int(b as i64),
                v => v,
            }),
            Some(n) => {
                let n = vm.expect_i64(n)?;
                if n >= 0 {
                    return Ok(match v {
                        Value::Bool(b) => Value::Int(b as i64),
                        v => v,
                    });
                }
                let i = vm.to_bigint(v).expect("int");
                let p = num_traits::pow(BigInt::from(10), (-n).min(4000) as usize);
                let (q, r) = i.div_mod_floor(&p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && q.is_odd()) {
                    q + 1
                } else {
                    q
                };
                Ok(vm.new_int(q * p))
            }
        },
        v if crate::modules::exact::is_exact(vm, v) => {
            crate::modules::exact::round(vm, v, nd).map(|r| r.unwrap_or(Value::None))
        }
        v => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(v)
        ))),
    }
}

/// Rounds `x` to `n` decimal places with correct half-even rounding of the exact
/// binary value, as CPython's `double_round` does (via `_Py_dg_dtoa` mode 3).
fn round_float(x: f64, n: i64) -> PyResult<f64> {
    // CPython's NDIGITS_MAX / NDIGITS_MIN for IEEE doubles.
    if !x.is_finite() || n > 323 || x == 0.0 {
        return Ok(x);
    }
    if n < -308 {
        return Ok(0.0f64.copysign(x));
    }
    let rounded: f64 = if n >= 0 {
        // Rust's fixed-precision formatting is exact and rounds ties to even.
        format!("{:.*}", n as usize, x).parse().unwrap_or(x)
    } else {
        // Round the exact integer part to a multiple of 10^-n; the fraction only
        // breaks ties (10^-n is even, so it cannot push a smaller remainder past half).
        let int_part = x.abs().trunc();
        let frac = x.abs() - int_part;
        let i: BigInt = num_traits::FromPrimitive::from_f64(int_part).unwrap_or_default();
        let p = num_traits::pow(BigInt::from(10), (-n) as usize);
        let (q, r) = i.div_mod_floor(&p);
        let twice = &r * 2;
        let up = twice > p || (twice == p && (frac != 0.0 || q.is_odd()));
        let q = if up { q + 1 } else { q };
        (q * p).to_string().parse().unwrap_or(f64::INFINITY)
    };
    if rounded.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    Ok(rounded.copysign(x))
}

/// `divmod(a, b)`.
pub fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("divmod", args).positional(2, 2)?;
    let (x, y) = (a[0], a[1]);
    if let Some(r) = crate::modules::exact::divmod(vm, x, y)? {
        return Ok(r);
    }
    if matches!(x, Value::Float(_)) || matches!(y, Value::Float(_)) {
        let (Some(fx), Some(fy)) = (vm.to_f64(x), vm.to_f64(y)) else {
            return Err(type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.type_name(x),
                vm.type_name(y)
            )));
        };
        let (fx, fy) = (fx?, fy?);
        if fy == 0.0 {
            return Err(zero_division("float divmod()"));
        }
        let (q, r) = float_divmod(fx, fy);
        return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    if (!vm.is_int(x) || !vm.is_int(y)) && !crate::modules::datetime::both_deltas(vm, x, y) {
        return Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(x),
            vm.type_name(y)
        )));
    }
    let q = vm.binary_op(BinOp::FloorDiv, x, y)?;
    let r = vm.binary_op(BinOp::Mod, x, y)?;
    Ok(vm.new_tuple(vec![q, r]))
}

/// `pow(base, exp, mod=None)`.
pub fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("pow", args).bind(vm, &["base", "exp", "mod"], 2)?;
    let (b, e) = (a[0].expect("required"), a[1].expect("required"));
    match a[2].filter(|m| !m.is_none()) {
        None => vm.binary_op(BinOp::Pow, b, e),
        Some(m) => {
            let (Some(b), Some(e), Some(m)) = (vm.to_bigint(b), vm.to_bigint(e), vm.to_bigint(m))
            else {
                return Err(type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if m.is_zero() {
                return Err(value_error("pow() 3rd argument cannot be 0"));
            }
            let r = if e.is_negative() {
                let inv = mod_inverse(&b, &m)
                    .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
                inv.modpow(&(-e), &m.abs())
            } else {
                b.modpow(&e, &m.abs())
            };
            // Result takes the sign convention of Python's %.
            let r = if !r.is_zero() && m.is_negative() {
                r + &m
            } else {
                r.mod_floor(&m)
            };
            Ok(vm.new_int(r))
        }
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

/// `hex(x)`, `oct(x)`, `bin(x)`.
pub fn radix(vm: &mut Vm, args: Args, name: &str, base: u32) -> PyResult<Value> {
    let a = ArgParser::new(name, args).positional(1, 1)?;
    let Some(i) = vm.to_bigint(a[0]) else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(a[0])
        )));
    };
    let prefix = match base {
        16 => "0x",
        8 => "0o",
        _ => "0b",
    };
    let digits = i.abs().to_str_radix(base);
    let s = if i.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    };
    Ok(vm.new_str(s))
}

/// `chr(i)`.
pub fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("chr", args).positional(1, 1)?;
    let i = vm.expect_i64(a[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None if (0xD800..0xE000).contains(&i) => Err(value_error(
            "surrogate code points are not supported by this executor",
        )),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

/// `ord(c)`.
pub fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("ord", args).positional(1, 1)?;
    if let Some(s) = vm.pystr(a[0]) {
        if s.char_len != 1 {
            return Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.char_len
            )));
        }
        return Ok(Value::Int(s.s.chars().next().map_or(0, |c| c as i64)));
    }
    let b = vm.bytes_of(a[0]);
    if matches!(
        vm.type_of(a[0]),
        crate::types::Ty::Bytes | crate::types::Ty::ByteArray
    ) {
        if b.len() != 1 {
            return Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(Value::Int(b[0] as i64));
    }
    Err(type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(a[0])
    )))
}

/// `hash(obj)`.
pub fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("hash", args).positional(1, 1)?;
    // An instance's `__hash__` (dataclasses, enums); `__hash__ = None` is refused by
    // `hash_value`.
    if vm.is_instance(a[0]) && vm.dunder_of(a[0], "__hash__").is_some_and(|f| !f.is_none()) {
        let r = vm
            .call_dunder(a[0], "__hash__", &[])?
            .unwrap_or(Value::None);
        return match r {
            Value::Int(_) => Ok(r),
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            _ => Err(crate::error::type_error(
                "__hash__ method should return an integer",
            )),
        };
    }
    let h = vm.hash_value(a[0])? as i64;
    Ok(Value::Int(h))
}

/// `int(x)` truncation of a float, with CPython's errors.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    let b: BigInt = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
    let _ = b.to_i64();
    Ok(vm.new_int(b))
}
