//! `fractions`: `Fraction`, an exact rational over big ints, following CPython 3.11's
//! `Lib/fractions.py` (normalised sign and gcd, exact float conversion, float results
//! when mixed with floats, hashes equal to the equal int's or float's).
//!
//! The operator and comparison rules shared with `decimal` live in `exact.rs`.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::attrs::Kn;
use crate::builtins::ArgParser;
use crate::error::{overflow_error, type_error, value_error, zero_division, PyResult, Raise};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::repr::int_to_decimal;
use crate::vm::Vm;

/// An exact rational: `den > 0` and `gcd(num, den) == 1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fraction {
    /// The numerator (carries the sign).
    pub num: BigInt,
    /// The denominator, always positive.
    pub den: BigInt,
}

/// The methods of `Fraction` (attribute lookup and dispatch).
pub const METHODS: &[Kn] = &[
    Kn::LimitDenominator,
    Kn::AsIntegerRatio,
    Kn::FromFloat,
    Kn::FromDecimal,
    Kn::Conjugate,
];

/// The module's names.
pub fn constants() -> Vec<(&'static str, Value)> {
    vec![("Fraction", Value::Type(Ty::Fraction))]
}

impl Fraction {
    /// `num/den` in lowest terms; `ZeroDivisionError: Fraction(num, 0)` for `den == 0`.
    pub fn new(num: BigInt, den: BigInt) -> PyResult<Fraction> {
        if den.is_zero() {
            return Err(zero_division(format!("Fraction({num}, 0)")));
        }
        Ok(Self::reduced(num, den))
    }

    /// `num/den` in lowest terms (`den` must be non-zero).
    fn reduced(num: BigInt, den: BigInt) -> Fraction {
        let g = num.gcd(&den);
        let (mut num, mut den) = if g.is_one() || g.is_zero() {
            (num, den)
        } else {
            (num / &g, den / &g)
        };
        if den.is_negative() {
            num = -num;
            den = -den;
        }
        Fraction { num, den }
    }

    /// An integer as a fraction.
    pub fn from_int(i: BigInt) -> Fraction {
        Fraction {
            num: i,
            den: BigInt::one(),
        }
    }

    /// The exact value of a float (`ValueError`/`OverflowError` for NaN and infinities).
    pub fn from_f64(f: f64) -> PyResult<Fraction> {
        let (n, d) = float_ratio(f)?;
        Ok(Fraction { num: n, den: d })
    }

    /// The nearest float (correctly rounded, as `int / int`).
    pub fn to_f64(&self) -> PyResult<f64> {
        crate::vm::ops::big_true_div(&self.num, &self.den)
    }

    /// `math.floor`.
    pub fn floor(&self) -> BigInt {
        self.num.div_floor(&self.den)
    }

    /// `math.ceil`.
    pub fn ceil(&self) -> BigInt {
        -((-&self.num).div_floor(&self.den))
    }

    /// `math.trunc` / `int()`.
    pub fn trunc(&self) -> BigInt {
        if self.num.is_negative() {
            self.ceil()
        } else {
            self.floor()
        }
    }

    /// `round(f)`: the nearest int, ties to even.
    pub fn round_half_even(&self) -> BigInt {
        let (floor, rem) = self.num.div_mod_floor(&self.den);
        let twice: BigInt = rem * 2;
        match twice.cmp(&self.den) {
            std::cmp::Ordering::Less => floor,
            std::cmp::Ordering::Greater => floor + 1,
            std::cmp::Ordering::Equal if floor.is_even() => floor,
            std::cmp::Ordering::Equal => floor + 1,
        }
    }

    /// CPython's `Fraction.__hash__`: equal to the hash of an equal int or float.
    pub fn hash(&self) -> i64 {
        let m = BigInt::from(crate::objects::hash::MODULUS);
        let inv = self.den.modpow(&(&m - 2), &m);
        let h = if inv.is_zero() {
            BigInt::from(314159) // _PyHASH_INF
        } else {
            (self.num.abs() % &m * inv) % &m
        };
        let h = h.to_i64().unwrap_or(0);
        let h = if self.num.is_negative() { -h } else { h };
        if h == -1 {
            -2
        } else {
            h
        }
    }

    /// `str(f)`: `3/4`, or `3` for an integer (CPython's 4300-digit limit applies).
    pub fn to_str(&self) -> PyResult<String> {
        let num = int_to_decimal(&self.num)?;
        if self.den.is_one() {
            Ok(num)
        } else {
            Ok(format!("{num}/{}", int_to_decimal(&self.den)?))
        }
    }

    /// `limit_denominator(max_denominator)`: the closest fraction with a denominator at
    /// most `max` (continued fractions, as CPython).
    pub fn limit_denominator(&self, max: &BigInt) -> Fraction {
        if self.den <= *max {
            return self.clone();
        }
        let (mut p0, mut q0, mut p1, mut q1) =
            (BigInt::zero(), BigInt::one(), BigInt::one(), BigInt::zero());
        let (mut n, mut d) = (self.num.clone(), self.den.clone());
        loop {
            let a = n.div_floor(&d);
            let q2 = &q0 + &a * &q1;
            if q2 > *max {
                break;
            }
            let p2 = &p0 + &a * &p1;
            p0 = std::mem::replace(&mut p1, p2);
            q0 = std::mem::replace(&mut q1, q2);
            let r = &n - &a * &d;
            n = std::mem::replace(&mut d, r);
        }
        let k = (max - &q0).div_floor(&q1);
        let bound1 = Fraction::reduced(&p0 + &k * &p1, &q0 + &k * &q1);
        let bound2 = Fraction::reduced(p1, q1);
        let dist = |b: &Fraction| {
            let diff =
                Fraction::reduced(&b.num * &self.den - &self.num * &b.den, &b.den * &self.den);
            Fraction::reduced(diff.num.abs(), diff.den)
        };
        let (d2, d1) = (dist(&bound2), dist(&bound1));
        if &d2.num * &d1.den <= &d1.num * &d2.den {
            bound2
        } else {
            bound1
        }
    }
}

/// `float.as_integer_ratio()`: the exact ratio of a finite float, in lowest terms.
pub fn float_ratio(f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        bits & ((1 << 52) - 1)
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let e = exp.max(1) - 1075;
    let tz = mant.trailing_zeros() as i64;
    let (mant, e) = (mant >> tz, e + tz);
    let sign = if f < 0.0 { Sign::Minus } else { Sign::Plus };
    let m = BigInt::from_biguint(sign, mant.into());
    Ok(if e >= 0 {
        (m << e as usize, BigInt::one())
    } else {
        (m, BigInt::one() << (-e) as usize)
    })
}

/// The fraction behind `v`, if it is one.
pub fn get(vm: &Vm, v: Value) -> Option<&Fraction> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Fraction(f) => Some(f),
            _ => None,
        },
        _ => None,
    }
}

/// Allocates a fraction value.
pub fn alloc(vm: &mut Vm, f: Fraction) -> PyResult<Value> {
    vm.check_alloc(((f.num.bits() + f.den.bits()) / 8) as usize)?;
    Ok(vm.alloc(Obj::Fraction(Box::new(f))))
}

/// `Fraction(numerator=0, denominator=None)`.
pub fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ArgParser::new("Fraction", args).bind(vm, &["numerator", "denominator"], 0)?;
    let num = a[0].unwrap_or(Value::Int(0));
    let f = match a[1].filter(|d| !d.is_none()) {
        None => one_arg(vm, num)?,
        Some(den) => {
            let (Some(n), Some(d)) = (rational_of(vm, num), rational_of(vm, den)) else {
                return Err(type_error("both arguments should be Rational instances"));
            };
            Fraction::new(&n.num * &d.den, &n.den * &d.num)?
        }
    };
    alloc(vm, f)
}

/// An int, bool or Fraction as a fraction (the `numbers.Rational` instances we have).
pub fn rational_of(vm: &Vm, v: Value) -> Option<Fraction> {
    if let Some(f) = get(vm, v) {
        return Some(f.clone());
    }
    vm.to_bigint(v).map(Fraction::from_int)
}

fn one_arg(vm: &mut Vm, v: Value) -> PyResult<Fraction> {
    if let Some(f) = rational_of(vm, v) {
        return Ok(f);
    }
    if let Value::Float(f) = v {
        return Fraction::from_f64(f);
    }
    if let Some(d) = super::decimal::get(vm, v) {
        return super::decimal::to_fraction(d);
    }
    if vm.is_str(v) {
        let s = vm.str_ref(v)?.to_string();
        return parse(&s).ok_or_else(|| {
            value_error(format!(
                "Invalid literal for Fraction: {}",
                minion_tool::repr_str(&s)
            ))
        })?;
    }
    Err(type_error(
        "argument should be a string or a Rational instance",
    ))
}

/// Parses CPython's `_RATIONAL_FORMAT`: `[sign] int [/ int]` or a decimal literal with
/// an optional exponent, surrounded by whitespace. `None` for a syntax error.
fn parse(text: &str) -> Option<PyResult<Fraction>> {
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first()? {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    let digits = |s: &str| -> Option<BigInt> {
        // Digits with single underscores between them.
        if s.is_empty()
            || s.starts_with('_')
            || s.ends_with('_')
            || s.contains("__")
            || !s.bytes().all(|b| b.is_ascii_digit() || b == b'_')
        {
            return None;
        }
        s.replace('_', "").parse().ok()
    };
    let sign = |n: BigInt| if neg { -n } else { n };
    if let Some((n, d)) = body.split_once('/') {
        let (n, d) = (digits(n)?, digits(d)?);
        return Some(Fraction::new(sign(n), d));
    }
    let lower = body.to_ascii_lowercase();
    let (mant, exp) = match lower.split_once('e') {
        Some((m, e)) => {
            let (eneg, e) = match e.as_bytes().first()? {
                b'-' => (true, &e[1..]),
                b'+' => (false, &e[1..]),
                _ => (false, e),
            };
            let e = digits(e)?.to_i64()?;
            (m, if eneg { -e } else { e })
        }
        None => (lower.as_str(), 0),
    };
    let (int_part, frac_part) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let i = if int_part.is_empty() {
        BigInt::zero()
    } else {
        digits(int_part)?
    };
    let (f, flen) = if frac_part.is_empty() {
        (BigInt::zero(), 0)
    } else {
        (digits(frac_part)?, frac_part.replace('_', "").len() as i64)
    };
    if int_part.is_empty() && !mant.starts_with('.') {
        return None;
    }
    let e = exp - flen;
    // 10**e must fit the int size cap, as any int result must (`ops::MAX_INT_BITS`).
    let max_bits = crate::vm::ops::MAX_INT_BITS;
    if e.unsigned_abs() as f64 * std::f64::consts::LOG2_10 > max_bits as f64 {
        return Some(Err(Raise::limit(crate::error::LimitError::IntTooLarge(
            max_bits,
        ))));
    }
    let n = i * num_traits::pow(BigInt::from(10), flen as usize) + f;
    let p = num_traits::pow(BigInt::from(10), e.unsigned_abs() as usize);
    Some(Ok(if e >= 0 {
        Fraction::reduced(sign(n * p), BigInt::one())
    } else {
        Fraction::reduced(sign(n), p)
    }))
}

/// Calls method `kn` of a fraction (or of the `Fraction` type, for the class methods).
pub fn call_method(vm: &mut Vm, recv: Value, kn: Kn, args: Args) -> PyResult<Value> {
    match kn {
        Kn::FromFloat => {
            let a = ArgParser::new("from_float", args).positional(1, 1)?;
            let f = match a[0] {
                Value::Float(f) => Fraction::from_f64(f)?,
                v if vm.is_int(v) => Fraction::from_int(vm.to_bigint(v).expect("int")),
                v => {
                    return Err(type_error(format!(
                        "Fraction.from_float() only takes floats, not {} ({})",
                        vm.repr(v)?,
                        vm.type_name(v)
                    )))
                }
            };
            return alloc(vm, f);
        }
        Kn::FromDecimal => {
            let a = ArgParser::new("from_decimal", args).positional(1, 1)?;
            let f = match super::decimal::get(vm, a[0]) {
                Some(d) => super::decimal::to_fraction(d)?,
                None if vm.is_int(a[0]) => Fraction::from_int(vm.to_bigint(a[0]).expect("int")),
                None => {
                    return Err(type_error(format!(
                        "Fraction.from_decimal() only takes Decimals, not {} ({})",
                        vm.repr(a[0])?,
                        vm.type_name(a[0])
                    )))
                }
            };
            return alloc(vm, f);
        }
        _ => {}
    }
    let f = get(vm, recv)
        .cloned()
        .ok_or_else(|| Raise::internal("Fraction method on a non-Fraction"))?;
    match kn {
        Kn::LimitDenominator => {
            let a = ArgParser::new("limit_denominator", args).bind(vm, &["max_denominator"], 0)?;
            let max = match a[0] {
                None => BigInt::from(1_000_000),
                Some(v) => vm
                    .to_bigint(v)
                    .ok_or_else(|| type_error("max_denominator should be an int"))?,
            };
            if max < BigInt::one() {
                return Err(value_error("max_denominator should be at least 1"));
            }
            vm.charge(f.den.bits() / 8 + 1)?;
            let r = f.limit_denominator(&max);
            alloc(vm, r)
        }
        Kn::AsIntegerRatio => {
            ArgParser::new("as_integer_ratio", args).positional(0, 0)?;
            let (n, d) = (vm.new_int(f.num), vm.new_int(f.den));
            Ok(vm.new_tuple(vec![n, d]))
        }
        _ => {
            ArgParser::new("conjugate", args).positional(0, 0)?;
            Ok(recv)
        }
    }
}

/// `Fraction` data attributes: `numerator`, `denominator`, `real`, `imag`.
pub fn attr(vm: &mut Vm, v: Value, kn: Kn) -> Option<Value> {
    let f = get(vm, v)?.clone();
    Some(match kn {
        Kn::Numerator => vm.new_int(f.num),
        Kn::Denominator => vm.new_int(f.den),
        Kn::Real => v,
        Kn::Imag => Value::Int(0),
        _ => return None,
    })
}

/// `Fraction(1, 2)`.
pub fn repr(f: &Fraction) -> PyResult<String> {
    Ok(format!(
        "Fraction({}, {})",
        int_to_decimal(&f.num)?,
        int_to_decimal(&f.den)?
    ))
}
