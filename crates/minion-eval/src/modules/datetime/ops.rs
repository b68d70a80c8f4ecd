//! Operators on datetime-module values: `date ± timedelta`, `datetime − datetime`,
//! timedelta arithmetic (exact, rounded half-to-even as CPython), comparisons with
//! CPython's naive/aware errors, equality and hashing.

use std::cmp::Ordering;

use super::construct::half_even;
use super::value::{delta, dt_from_us, dt_us, DtObj, Time, US_PER_DAY};
use super::{alloc, get};
use crate::compile::code::{BinOp, CmpOp, UnOp};
use crate::error::{overflow_error, type_error, value_error, zero_division, PyResult};
use crate::objects::hash::{hash_i64, hash_tuple, MODULUS};
use crate::value::Value;
use crate::vm::Vm;

/// A number operand of timedelta arithmetic.
enum Num {
    Int(i128),
    Float(f64),
}

fn num_of(vm: &Vm, v: Value) -> PyResult<Option<Num>> {
    Ok(match v {
        Value::Float(f) => Some(Num::Float(f)),
        Value::Int(i) => Some(Num::Int(i as i128)),
        Value::Bool(b) => Some(Num::Int(b as i128)),
        _ if vm.is_int(v) => {
            use num_traits::ToPrimitive;
            match vm.to_bigint(v).expect("int").to_i128() {
                Some(i) => Some(Num::Int(i)),
                None => return Err(overflow_error("Python int too large to convert to C int")),
            }
        }
        _ => None,
    })
}

/// `(sign * mantissa, exponent)` with `f == mantissa * 2**exponent` exactly.
fn decompose(f: f64) -> PyResult<(i128, i32)> {
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let sign: i128 = if bits >> 63 == 0 { 1 } else { -1 };
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = (bits & ((1 << 52) - 1)) as i128;
    Ok(if exp == 0 {
        (sign * frac, -1074)
    } else {
        (sign * (frac | (1 << 52)), exp - 1075)
    })
}

fn too_big() -> crate::error::Raise {
    overflow_error("Python int too large to convert to C int")
}

/// `us * f`, exact then rounded half-to-even.
fn mul_float(us: i128, f: f64) -> PyResult<i128> {
    let (m, e) = decompose(f)?;
    let num = us.checked_mul(m).ok_or_else(too_big)?;
    if e >= 0 {
        if num == 0 {
            return Ok(0);
        }
        if e >= 127 {
            return Err(too_big());
        }
        num.checked_mul(1i128 << e).ok_or_else(too_big)
    } else if -e >= 127 {
        Ok(0)
    } else {
        Ok(half_even(num, 1i128 << -e))
    }
}

/// `us / f`, exact then rounded half-to-even.
fn div_float(us: i128, f: f64) -> PyResult<i128> {
    let (m, e) = decompose(f)?;
    if m == 0 {
        return Err(zero_division("integer division or modulo by zero"));
    }
    let (num, den) = if e <= 0 {
        if us != 0 && -e >= 127 {
            return Err(too_big());
        }
        let num = if us == 0 {
            0
        } else {
            us.checked_mul(1i128 << -e).ok_or_else(too_big)?
        };
        (num, m)
    } else {
        if e >= 127 {
            return Ok(0);
        }
        match m.checked_mul(1i128 << e) {
            Some(den) => (us, den),
            None => return Ok(0),
        }
    };
    Ok(if den < 0 {
        half_even(-num, -den)
    } else {
        half_even(num, den)
    })
}

fn floor_days(us: i128) -> i64 {
    us.div_euclid(US_PER_DAY) as i64
}

/// `a op b` when either side is a datetime-module value (`None`: not supported, the
/// caller raises CPython's `unsupported operand type(s)`).
pub fn binary_op(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (da, db) = (get(vm, a).cloned(), get(vm, b).cloned());
    if da.is_none() && db.is_none() {
        return Ok(None);
    }
    use DtObj::*;
    let obj = match (op, da, db) {
        (BinOp::Add, Some(Delta(x)), Some(Delta(y))) => delta(x + y)?,
        (BinOp::Sub, Some(Delta(x)), Some(Delta(y))) => delta(x - y)?,
        (BinOp::Add, Some(Date(d)), Some(Delta(us)))
        | (BinOp::Add, Some(Delta(us)), Some(Date(d))) => {
            Date(super::value::Date::from_ord(d.ord() + floor_days(us))?)
        }
        (BinOp::Sub, Some(Date(d)), Some(Delta(us))) => {
            Date(super::value::Date::from_ord(d.ord() - floor_days(us))?)
        }
        (BinOp::Add, Some(DateTime(d, t, tz)), Some(Delta(us)))
        | (BinOp::Add, Some(Delta(us)), Some(DateTime(d, t, tz))) => {
            let (d, t) = dt_from_us(dt_us(&d, &t) + us)?;
            DateTime(d, t, tz)
        }
        (BinOp::Sub, Some(DateTime(d, t, tz)), Some(Delta(us))) => {
            let (d, t) = dt_from_us(dt_us(&d, &t) - us)?;
            DateTime(d, t, tz)
        }
        (BinOp::Sub, Some(Date(x)), Some(Date(y))) => {
            Delta((x.ord() - y.ord()) as i128 * US_PER_DAY)
        }
        (BinOp::Sub, Some(DateTime(d1, t1, z1)), Some(DateTime(d2, t2, z2))) => {
            if z1.is_some() != z2.is_some() {
                return Err(type_error(
                    "can't subtract offset-naive and offset-aware datetimes",
                ));
            }
            let o1 = z1.map_or(0, |z| z.off as i128);
            let o2 = z2.map_or(0, |z| z.off as i128);
            Delta((dt_us(&d1, &t1) - o1) - (dt_us(&d2, &t2) - o2))
        }
        (BinOp::Mul, Some(Delta(us)), None) => match num_of(vm, b)? {
            Some(Num::Int(n)) => delta(us.checked_mul(n).ok_or_else(too_big)?)?,
            Some(Num::Float(f)) => delta(mul_float(us, f)?)?,
            None => return Ok(None),
        },
        (BinOp::Mul, None, Some(Delta(us))) => match num_of(vm, a)? {
            Some(Num::Int(n)) => delta(us.checked_mul(n).ok_or_else(too_big)?)?,
            Some(Num::Float(f)) => delta(mul_float(us, f)?)?,
            None => return Ok(None),
        },
        (BinOp::TrueDiv, Some(Delta(x)), Some(Delta(y))) => {
            if y == 0 {
                return Err(zero_division("division by zero"));
            }
            return Ok(Some(Value::Float(true_div(x, y))));
        }
        (BinOp::FloorDiv, Some(Delta(x)), Some(Delta(y))) => {
            if y == 0 {
                return Err(zero_division("integer division or modulo by zero"));
            }
            let q = py_floor_div(x, y).unwrap_or(0);
            return Ok(Some(int_value(vm, q)));
        }
        (BinOp::Mod, Some(Delta(x)), Some(Delta(y))) => {
            if y == 0 {
                return Err(zero_division("integer division or modulo by zero"));
            }
            Delta(x - y * py_floor_div(x, y).unwrap_or(0))
        }
        (BinOp::TrueDiv | BinOp::FloorDiv, Some(Delta(us)), None) => match num_of(vm, b)? {
            Some(Num::Int(0)) => return Err(zero_division("integer division or modulo by zero")),
            Some(Num::Int(n)) if op == BinOp::TrueDiv => delta(if n < 0 {
                half_even(-us, -n)
            } else {
                half_even(us, n)
            })?,
            Some(Num::Int(n)) => delta(py_floor_div(us, n).unwrap_or(0))?,
            Some(Num::Float(f)) if op == BinOp::TrueDiv => delta(div_float(us, f)?)?,
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    Ok(Some(alloc(vm, obj)))
}

/// Python's floor division of i128s (`None` for a zero divisor).
fn py_floor_div(x: i128, y: i128) -> Option<i128> {
    if y == 0 {
        return None;
    }
    let q = x / y;
    Some(if (x % y != 0) && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    })
}

/// `x / y` as a float: exact operands below 2**53 give CPython's correctly rounded
/// quotient.
fn true_div(x: i128, y: i128) -> f64 {
    x as f64 / y as f64
}

fn int_value(vm: &mut Vm, i: i128) -> Value {
    match i64::try_from(i) {
        Ok(v) => Value::Int(v),
        Err(_) => vm.new_int(num_bigint::BigInt::from(i)),
    }
}

/// `-td`, `+td` and `abs(td)` (`abs` passes `UnOp::Invert`, which has no meaning for
/// timedeltas otherwise).
pub fn unary_op(vm: &mut Vm, op: UnOp, a: Value) -> PyResult<Option<Value>> {
    let Some(DtObj::Delta(us)) = get(vm, a).cloned() else {
        return Ok(None);
    };
    let r = match op {
        UnOp::Neg => delta(-us)?,
        UnOp::Pos => DtObj::Delta(us),
        UnOp::Invert => delta(us.abs())?,
        UnOp::Not => return Ok(None),
    };
    Ok(Some(alloc(vm, r)))
}

fn time_key(t: &Time, off: Option<i64>) -> i128 {
    t.us_of_day() - off.unwrap_or(0) as i128
}

/// `a == b` for two datetime-module values.
pub fn eq(a: &DtObj, b: &DtObj) -> bool {
    use DtObj::*;
    match (a, b) {
        (Date(x), Date(y)) => x == y,
        (DateTime(d1, t1, z1), DateTime(d2, t2, z2)) => match (z1, z2) {
            (None, None) => d1 == d2 && t1 == t2,
            (Some(z1), Some(z2)) => {
                dt_us(d1, t1) - z1.off as i128 == dt_us(d2, t2) - z2.off as i128
            }
            _ => false,
        },
        (Time(t1, z1), Time(t2, z2)) => match (z1, z2) {
            (None, None) => t1 == t2,
            (Some(z1), Some(z2)) => time_key(t1, Some(z1.off)) == time_key(t2, Some(z2.off)),
            _ => false,
        },
        (Delta(x), Delta(y)) => x == y,
        (TimeZone(x), TimeZone(y)) => x.off == y.off,
        (Seq(k1, x), Seq(k2, y)) => k1 == k2 && x == y,
        _ => false,
    }
}

/// Orders `a` and `b` if either is a datetime-module value: `Ok(None)` when this
/// module has no rule (the caller raises `'<' not supported ...`).
pub fn partial_cmp(vm: &Vm, a: Value, b: Value, _op: CmpOp) -> PyResult<Option<Ordering>> {
    let (Some(x), Some(y)) = (get(vm, a), get(vm, b)) else {
        return Ok(None);
    };
    use DtObj::*;
    Ok(Some(match (x, y) {
        (Date(x), Date(y)) => x.cmp(y),
        (DateTime(d1, t1, z1), DateTime(d2, t2, z2)) => match (z1, z2) {
            (None, None) => (d1, t1).cmp(&(d2, t2)),
            (Some(z1), Some(z2)) => {
                (dt_us(d1, t1) - z1.off as i128).cmp(&(dt_us(d2, t2) - z2.off as i128))
            }
            _ => {
                return Err(type_error(
                    "can't compare offset-naive and offset-aware datetimes",
                ))
            }
        },
        (Date(_), DateTime(..)) | (DateTime(..), Date(_)) => {
            return Err(type_error(
                "can't compare datetime.datetime to datetime.date",
            ))
        }
        (Time(t1, z1), Time(t2, z2)) => match (z1, z2) {
            (None, None) => t1.cmp(t2),
            (Some(z1), Some(z2)) => time_key(t1, Some(z1.off)).cmp(&time_key(t2, Some(z2.off))),
            _ => {
                return Err(type_error(
                    "can't compare offset-naive and offset-aware times",
                ))
            }
        },
        (Delta(x), Delta(y)) => x.cmp(y),
        (Seq(k1, x), Seq(k2, y)) if k1 == k2 => x.cmp(y),
        _ => return Ok(None),
    }))
}

fn hash_i128(v: i128) -> i64 {
    hash_i64((v % MODULUS as i128) as i64)
}

/// `hash(v)`, consistent with [`eq`] (aware values hash their UTC moment; tuple-likes
/// hash as the tuple of their fields, which they equal).
pub fn hash(d: &DtObj) -> i64 {
    use DtObj::*;
    match d {
        Date(d) => hash_tuple([d.y, d.m as i64, d.d as i64].into_iter()),
        DateTime(d, t, z) => hash_i128(dt_us(d, t) - z.as_ref().map_or(0, |z| z.off as i128)),
        Time(t, z) => hash_i128(time_key(t, z.as_ref().map(|z| z.off)) ^ 0x5555),
        Delta(us) => hash_i128(*us),
        TimeZone(z) => hash_i64(z.off),
        TzInfo => 0x7a7a,
        Seq(_, items) => hash_tuple(
            items
                .iter()
                .map(|i| hash_i64(*i))
                .collect::<Vec<_>>()
                .into_iter(),
        ),
    }
}

/// Whether `a` and `b` are both timedeltas (`divmod` accepts them).
pub fn both_deltas(vm: &Vm, a: Value, b: Value) -> bool {
    matches!(
        (get(vm, a), get(vm, b)),
        (Some(DtObj::Delta(_)), Some(DtObj::Delta(_)))
    )
}

/// `x == t` for a tuple-like value `x` and a tuple's items.
pub fn eq_tuple(vm: &Vm, x: &DtObj, items: &[Value]) -> PyResult<bool> {
    let DtObj::Seq(_, own) = x else {
        return Ok(false);
    };
    if own.len() != items.len() {
        return Ok(false);
    }
    for (a, b) in own.iter().zip(items) {
        if !vm.eq(Value::Int(*a), *b)? {
            return Ok(false);
        }
    }
    Ok(true)
}
