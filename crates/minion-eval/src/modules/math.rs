//! The `math` module, with CPython 3.11's results and error messages.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use super::ModuleFn;
use crate::builtins::ArgParser;
use crate::compile::code::BinOp;
use crate::error::{overflow_error, type_error, value_error, LimitError, PyResult, Raise};
use crate::types::Ty;
use crate::value::Value;
use crate::vm::call::Args;
use crate::vm::ops::MAX_INT_BITS;
use crate::vm::Vm;

/// The module's constants.
pub fn constants() -> Vec<(&'static str, Value)> {
    vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
    ]
}

fn domain() -> Raise {
    value_error("math domain error")
}

fn range() -> Raise {
    overflow_error("math range error")
}

/// A real-number argument as `f64`.
fn real(vm: &Vm, v: Value) -> PyResult<f64> {
    match vm.to_f64(v) {
        Some(r) => r,
        None => Err(type_error(format!(
            "must be real number, not {}",
            vm.type_name(v)
        ))),
    }
}

/// An integer argument.
fn int_arg(vm: &Vm, v: Value) -> PyResult<BigInt> {
    vm.to_bigint(v).ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

fn check_bits(n: &BigInt) -> PyResult<()> {
    if n.bits() > MAX_INT_BITS {
        return Err(Raise::limit(LimitError::IntTooLarge(MAX_INT_BITS)));
    }
    Ok(())
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error; an infinity from a
/// finite input is a range error when the function `can_overflow`, else a domain error.
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::Float(r))
}

/// One float argument.
fn one(vm: &Vm, f: ModuleFn, args: Args) -> PyResult<f64> {
    let name = format!("math.{}", f.name());
    let a = ArgParser::new(&name, args).positional(1, 1)?;
    real(vm, a[0])
}

/// Two float arguments.
fn two(vm: &Vm, f: ModuleFn, args: Args) -> PyResult<(f64, f64)> {
    let a = ArgParser::new(f.name(), args).positional(2, 2)?;
    Ok((real(vm, a[0])?, real(vm, a[1])?))
}

/// `floor`/`ceil`/`trunc` of a float as an int.
fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let i = BigInt::from_f64(f).unwrap_or_default();
    Ok(vm.new_int(i))
}

fn rounding(vm: &mut Vm, f: ModuleFn, args: Args, op: fn(f64) -> f64) -> PyResult<Value> {
    let name = format!("math.{}", f.name());
    let a = ArgParser::new(&name, args).positional(1, 1)?;
    if let Some(i) = vm.to_bigint(a[0]) {
        return Ok(vm.new_int(i));
    }
    let how = match f {
        ModuleFn::MathFloor => super::exact::Integral::Floor,
        ModuleFn::MathCeil => super::exact::Integral::Ceil,
        _ => super::exact::Integral::Trunc,
    };
    if let Some(v) = super::exact::integral(vm, a[0], how)? {
        return Ok(v);
    }
    let x = real(vm, a[0])?;
    float_to_int(vm, op(x))
}

/// Natural log of a positive number, exact for ints too large for a float.
fn log_of(vm: &Vm, v: Value, f: fn(f64) -> f64, ln2: f64) -> PyResult<f64> {
    if let Some(i) = vm.to_bigint(v) {
        if !i.is_positive() {
            return Err(domain());
        }
        let bits = i.bits();
        if bits > 1000 {
            let shift = bits - 60;
            let top = (&i >> shift).to_f64().unwrap_or(1.0);
            return Ok(f(top) + shift as f64 * ln2);
        }
        return Ok(f(i.to_f64().unwrap_or(f64::INFINITY)));
    }
    let x = real(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(f(x))
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let e = e.clamp(-2200, 2200) as i32;
    let (m, me) = frexp(x);
    let mut total = me + e;
    if total > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if total >= -1021 {
        // Normal result: exact.
        return m * 2f64.powi(total);
    }
    // Subnormal or zero: one rounding step.
    let mut r = m * 2f64.powi(-1021);
    total += 1021;
    if total < -60 {
        return 0.0f64.copysign(x);
    }
    r *= 2f64.powi(total);
    r
}

/// CPython's `math.fsum` (Shewchuk's exact summation, `msum`).
fn fsum(values: &[f64]) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &xsave in values {
        let mut x = xsave;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// The product of `lo..=hi` (binary splitting).
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    let span = hi - lo;
    if span < BigInt::from(8) {
        let mut r = lo.clone();
        let mut i = lo + 1;
        while &i <= hi {
            r *= &i;
            i += 1;
        }
        return r;
    }
    let mid: BigInt = (lo + hi) >> 1;
    range_product(lo, &mid) * range_product(&(mid + 1), hi)
}

/// Refuses products whose result would pass the int size limit: about
/// `k * log2(n)` bits for a product of `k` factors up to `n`.
fn check_product_size(vm: &mut Vm, n: &BigInt, k: &BigInt) -> PyResult<()> {
    let est = k.to_f64().unwrap_or(f64::INFINITY) * (n.bits() as f64);
    if est > 1.5 * MAX_INT_BITS as f64 {
        return Err(Raise::limit(LimitError::IntTooLarge(MAX_INT_BITS)));
    }
    vm.charge(k.to_u64().unwrap_or(u64::MAX) / 16)
}

fn factorial(vm: &mut Vm, n: BigInt) -> PyResult<Value> {
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    check_product_size(vm, &n, &n)?;
    let r = range_product(&BigInt::one(), &n);
    check_bits(&r)?;
    Ok(vm.new_int(r))
}

fn nonneg(n: &BigInt, which: &str) -> PyResult<()> {
    if n.is_negative() {
        return Err(value_error(format!(
            "{which} must be a non-negative integer"
        )));
    }
    Ok(())
}

/// Calls `math.<f>`.
pub fn call(vm: &mut Vm, f: ModuleFn, args: Args) -> PyResult<Value> {
    use ModuleFn::*;
    match f {
        MathSqrt => math_1(one(vm, f, args)?, f64::sqrt, false),
        MathExp => math_1(one(vm, f, args)?, f64::exp, true),
        MathExpm1 => math_1(one(vm, f, args)?, f64::exp_m1, true),
        MathFabs => Ok(Value::Float(one(vm, f, args)?.abs())),
        MathSin => math_1(one(vm, f, args)?, f64::sin, false),
        MathCos => math_1(one(vm, f, args)?, f64::cos, false),
        MathTan => math_1(one(vm, f, args)?, f64::tan, false),
        MathAsin => math_1(one(vm, f, args)?, f64::asin, false),
        MathAcos => math_1(one(vm, f, args)?, f64::acos, false),
        MathAtan => math_1(one(vm, f, args)?, f64::atan, false),
        MathSinh => math_1(one(vm, f, args)?, f64::sinh, true),
        MathCosh => math_1(one(vm, f, args)?, f64::cosh, true),
        MathTanh => math_1(one(vm, f, args)?, f64::tanh, false),
        MathLog1p => math_1(one(vm, f, args)?, f64::ln_1p, false),
        MathDegrees => Ok(Value::Float(
            one(vm, f, args)? * (180.0 / std::f64::consts::PI),
        )),
        MathRadians => Ok(Value::Float(
            one(vm, f, args)? * (std::f64::consts::PI / 180.0),
        )),
        MathIsfinite => Ok(Value::Bool(one(vm, f, args)?.is_finite())),
        MathIsinf => Ok(Value::Bool(one(vm, f, args)?.is_infinite())),
        MathIsnan => Ok(Value::Bool(one(vm, f, args)?.is_nan())),
        MathFloor => rounding(vm, f, args, f64::floor),
        MathCeil => rounding(vm, f, args, f64::ceil),
        MathTrunc => rounding(vm, f, args, f64::trunc),
        MathLog2 | MathLog10 => {
            let name = format!("math.{}", f.name());
            let a = ArgParser::new(&name, args).positional(1, 1)?;
            let r = if f == MathLog2 {
                log_of(vm, a[0], f64::log2, 1.0)?
            } else {
                log_of(vm, a[0], f64::log10, std::f64::consts::LOG10_2)?
            };
            Ok(Value::Float(r))
        }
        MathLog => {
            if args.pos.is_empty() || args.pos.len() > 2 {
                if !args.kw.is_empty() {
                    return Err(type_error("math.log() takes no keyword arguments"));
                }
                return Err(type_error("math.log requires 1 to 2 arguments"));
            }
            let a = ArgParser::new("math.log", args).positional(1, 2)?;
            let num = log_of(vm, a[0], f64::ln, std::f64::consts::LN_2)?;
            if a.len() == 1 {
                return Ok(Value::Float(num));
            }
            let den = log_of(vm, a[1], f64::ln, std::f64::consts::LN_2)?;
            if den == 0.0 {
                return Err(crate::error::zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
        MathPow => {
            let (x, y) = two(vm, f, args)?;
            let r = x.powf(y);
            if x.is_finite() && y.is_finite() {
                if r.is_nan() {
                    return Err(domain());
                }
                if r.is_infinite() {
                    return Err(if x == 0.0 { domain() } else { range() });
                }
            }
            Ok(Value::Float(r))
        }
        MathAtan2 => {
            let (y, x) = two(vm, f, args)?;
            Ok(Value::Float(y.atan2(x)))
        }
        MathCopysign => {
            let (x, y) = two(vm, f, args)?;
            Ok(Value::Float(x.copysign(y)))
        }
        MathFmod => {
            let (x, y) = two(vm, f, args)?;
            if y.is_infinite() && x.is_finite() {
                return Ok(Value::Float(x));
            }
            let r = x % y;
            if r.is_nan() && !x.is_nan() && !y.is_nan() {
                return Err(domain());
            }
            Ok(Value::Float(r))
        }
        MathHypot | MathDist => {
            let vals: Vec<f64> = if f == MathDist {
                let a = ArgParser::new("dist", args).positional(2, 2)?;
                let p = vm.collect_iterable(a[0])?;
                let q = vm.collect_iterable(a[1])?;
                if p.len() != q.len() {
                    return Err(value_error(
                        "both points must have the same number of dimensions",
                    ));
                }
                let mut out = Vec::with_capacity(p.len());
                for (x, y) in p.into_iter().zip(q) {
                    out.push(real(vm, x)? - real(vm, y)?);
                }
                out
            } else {
                if !args.kw.is_empty() {
                    return Err(type_error("hypot() takes no keyword arguments"));
                }
                let mut out = Vec::with_capacity(args.pos.len());
                for v in &args.pos {
                    out.push(real(vm, *v)?);
                }
                out
            };
            if vals.iter().any(|v| v.is_infinite()) {
                return Ok(Value::Float(f64::INFINITY));
            }
            if vals.iter().any(|v| v.is_nan()) {
                return Ok(Value::Float(f64::NAN));
            }
            Ok(Value::Float(
                vals.iter().fold(0.0f64, |acc, v| acc.hypot(*v)),
            ))
        }
        MathIsclose => {
            if args.pos.len() > 2 {
                return Err(type_error(format!(
                    "isclose() takes exactly 2 positional arguments ({} given)",
                    args.pos.len()
                )));
            }
            let kw =
                ArgParser::new("isclose", args).bind(vm, &["a", "b", "rel_tol", "abs_tol"], 2)?;
            let a = real(vm, kw[0].unwrap_or(Value::None))?;
            let b = real(vm, kw[1].unwrap_or(Value::None))?;
            let kw = &kw[2..];
            let rel = match kw[0] {
                Some(v) => real(vm, v)?,
                None => 1e-9,
            };
            let abs = match kw[1] {
                Some(v) => real(vm, v)?,
                None => 0.0,
            };
            if rel < 0.0 || abs < 0.0 {
                return Err(value_error("tolerances must be non-negative"));
            }
            if a == b {
                return Ok(Value::Bool(true));
            }
            if a.is_infinite() || b.is_infinite() {
                return Ok(Value::Bool(false));
            }
            let diff = (b - a).abs();
            Ok(Value::Bool(
                diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
            ))
        }
        MathGcd | MathLcm => {
            if !args.kw.is_empty() {
                return Err(type_error(format!(
                    "{}() takes no keyword arguments",
                    f.name()
                )));
            }
            let mut acc = if f == MathGcd {
                BigInt::zero()
            } else {
                BigInt::one()
            };
            for v in args.pos {
                let n = int_arg(vm, v)?;
                acc = if f == MathGcd {
                    acc.gcd(&n)
                } else {
                    acc.lcm(&n)
                };
                check_bits(&acc)?;
            }
            Ok(vm.new_int(acc.abs()))
        }
        MathFactorial => {
            let a = ArgParser::new("math.factorial", args).positional(1, 1)?;
            let n = int_arg(vm, a[0])?;
            factorial(vm, n)
        }
        MathComb | MathPerm => {
            let a = if f == MathComb {
                ArgParser::new("comb", args).positional(2, 2)?
            } else {
                ArgParser::new("perm", args).positional(1, 2)?
            };
            let n = int_arg(vm, a[0])?;
            if f == MathPerm && (a.len() == 1 || a[1].is_none()) {
                nonneg(&n, "n")?;
                return factorial(vm, n);
            }
            let k = int_arg(vm, a[1])?;
            nonneg(&n, "n")?;
            nonneg(&k, "k")?;
            if k > n {
                return Ok(Value::Int(0));
            }
            if f == MathPerm {
                check_product_size(vm, &n, &k)?;
                let r = range_product(&(&n - &k + 1), &n);
                check_bits(&r)?;
                return Ok(vm.new_int(r));
            }
            let k = std::cmp::min(k.clone(), &n - &k);
            check_product_size(vm, &n, &k)?;
            let r = range_product(&(&n - &k + 1), &n) / range_product(&BigInt::one(), &k);
            check_bits(&r)?;
            Ok(vm.new_int(r))
        }
        MathProd => {
            let (pos, kw) = ArgParser::new("prod", args).with_keywords(vm, 1, 1, &["start"])?;
            let items = vm.collect_iterable(pos[0])?;
            let mut acc = kw[0].unwrap_or(Value::Int(1));
            for v in items {
                acc = vm.binary_op(BinOp::Mul, acc, v)?;
            }
            Ok(acc)
        }
        MathFsum => {
            let a = ArgParser::new("math.fsum", args).positional(1, 1)?;
            let items = vm.collect_iterable(a[0])?;
            let mut vals = Vec::with_capacity(items.len());
            for v in items {
                vals.push(real(vm, v)?);
            }
            vm.charge(vals.len() as u64 / 16)?;
            Ok(Value::Float(fsum(&vals)?))
        }
        MathModf => {
            let x = one(vm, f, args)?;
            let (frac, int) = if x.is_infinite() {
                (0.0f64.copysign(x), x)
            } else if x.is_nan() {
                (x, x)
            } else {
                ((x - x.trunc()).copysign(x), x.trunc())
            };
            Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
        }
        MathFrexp => {
            let x = one(vm, f, args)?;
            let (m, e) = frexp(x);
            Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
        }
        MathLdexp => {
            let a = ArgParser::new("ldexp", args).positional(2, 2)?;
            let x = real(vm, a[0])?;
            let Some(e) = vm.to_bigint(a[1]) else {
                return Err(type_error("Expected an int as second argument to ldexp."));
            };
            let e = e.clamp(BigInt::from(-100_000), BigInt::from(100_000));
            let r = ldexp(x, e.to_i64().unwrap_or(0));
            if r.is_infinite() && x.is_finite() {
                return Err(range());
            }
            Ok(Value::Float(r))
        }
        MathIsqrt => {
            let a = ArgParser::new("math.isqrt", args).positional(1, 1)?;
            let n = int_arg(vm, a[0])?;
            if n.is_negative() {
                return Err(value_error("isqrt() argument must be nonnegative"));
            }
            vm.charge(n.bits() / 64)?;
            let r = n.sqrt();
            Ok(vm.new_int(r))
        }
        _ => Err(Raise::new(Ty::SystemError, "not a math function")),
    }
}
