//! The VM's hooks for the exact number types, `fractions.Fraction` and
//! `decimal.Decimal`: operators, comparisons, hashing, conversions, `round`/`abs`,
//! `math.floor`-style rounding and `format`. Each hook returns `None` (or `Ok(None)`)
//! when no exact number is involved, so the caller goes on with its own rules.
//!
//! Mixing follows CPython: Fraction with int stays a Fraction, with float becomes a
//! float; Decimal with int stays a Decimal, with float or Fraction is a `TypeError`;
//! comparisons and equality between all of them are exact.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::decimal::{self, num::Kind, Decimal};
use super::fractions::{self, Fraction};
use crate::compile::code::{BinOp, UnOp};
use crate::error::{overflow_error, value_error, PyResult, Raise};
use crate::objects::Obj;
use crate::value::Value;
use crate::vm::Vm;

/// A number operand, by kind.
enum N {
    Int(BigInt),
    Frac(Fraction),
    Float(f64),
    Dec(Decimal),
}

/// Whether `v` is a Fraction or a Decimal.
pub fn is_exact(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Obj::Fraction(_) | Obj::Decimal(_)))
}

fn classify(vm: &Vm, v: Value) -> Option<N> {
    match v {
        Value::Float(f) => Some(N::Float(f)),
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Fraction(f) => Some(N::Frac((**f).clone())),
            Obj::Decimal(d) => Some(N::Dec((**d).clone())),
            _ => vm.to_bigint(v).map(N::Int),
        },
        _ => vm.to_bigint(v).map(N::Int),
    }
}

/// `a op b` when either is a Fraction or Decimal (`Ok(None)`: unsupported operands).
pub fn binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (classify(vm, a), classify(vm, b)) else {
        return Ok(None);
    };
    match (x, y) {
        (N::Dec(x), N::Dec(y)) => dec_op(vm, op, x, y),
        (N::Dec(x), N::Int(y)) => dec_op(vm, op, x, Decimal::from_bigint(&y)),
        (N::Int(x), N::Dec(y)) => dec_op(vm, op, Decimal::from_bigint(&x), y),
        (N::Dec(_), _) | (_, N::Dec(_)) => Ok(None),
        (N::Float(x), y) => float_op(op, x, to_f64_of(&y)?),
        (x, N::Float(y)) => float_op(op, to_f64_of(&x)?, y),
        (N::Frac(x), N::Frac(y)) => frac_op(vm, op, x, y, a, b),
        (N::Frac(x), N::Int(y)) => frac_op(vm, op, x, Fraction::from_int(y), a, b),
        (N::Int(x), N::Frac(y)) => frac_op(vm, op, Fraction::from_int(x), y, a, b),
        _ => Ok(None),
    }
}

fn to_f64_of(n: &N) -> PyResult<f64> {
    match n {
        N::Float(f) => Ok(*f),
        N::Frac(f) => f.to_f64(),
        N::Int(i) => Fraction::from_int(i.clone()).to_f64(),
        N::Dec(d) => Ok(dec_to_f64(d)),
    }
}

fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add
        | BinOp::Sub
        | BinOp::Mul
        | BinOp::TrueDiv
        | BinOp::FloorDiv
        | BinOp::Mod
        | BinOp::Pow => crate::vm::ops::float_op(op, x, y).map(Some),
        _ => Ok(None),
    }
}

fn frac_op(
    vm: &mut Vm,
    op: BinOp,
    x: Fraction,
    y: Fraction,
    a: Value,
    b: Value,
) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => Fraction::new(&x.num * &y.den + &y.num * &x.den, &x.den * &y.den)?,
        BinOp::Sub => Fraction::new(&x.num * &y.den - &y.num * &x.den, &x.den * &y.den)?,
        BinOp::Mul => Fraction::new(&x.num * &y.num, &x.den * &y.den)?,
        BinOp::TrueDiv if y.num.is_zero() => {
            // CPython cancels gcd(x.num, 0) == |x.num| before the check.
            return Err(crate::error::zero_division(format!(
                "Fraction({}, 0)",
                x.num.signum()
            )));
        }
        BinOp::TrueDiv => Fraction::new(&x.num * &y.den, &x.den * &y.num)?,
        BinOp::FloorDiv | BinOp::Mod => {
            // Through the int operators, for their zero-division messages.
            let n = vm.new_int(&x.num * &y.den);
            let d = vm.new_int(&x.den * &y.num);
            if op == BinOp::FloorDiv {
                return vm.binary_op(BinOp::FloorDiv, n, d).map(Some);
            }
            let m = vm.binary_op(BinOp::Mod, n, d)?;
            let m = vm.to_bigint(m).unwrap_or_default();
            Fraction::new(m, &x.den * &y.den)?
        }
        BinOp::Pow => return frac_pow(vm, x, y, a, b),
        _ => return Ok(None),
    };
    fractions::alloc(vm, r).map(Some)
}

/// `x ** y` for rationals, as `Fraction.__pow__` / `__rpow__`.
fn frac_pow(vm: &mut Vm, x: Fraction, y: Fraction, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !y.den.is_one_val() {
        let (fx, fy) = (x.to_f64()?, y.to_f64()?);
        return float_op(BinOp::Pow, fx, fy);
    }
    let p = y.num;
    // `int ** Fraction(n)` with n >= 0 is an int power.
    if fractions::get(vm, a).is_none() && !p.is_negative() {
        let e = vm.new_int(p);
        return vm.binary_op(BinOp::Pow, a, e).map(Some);
    }
    let _ = b;
    let e = vm.new_int(p.abs());
    let (n, d) = (vm.new_int(x.num.clone()), vm.new_int(x.den.clone()));
    let n = vm.binary_op(BinOp::Pow, n, e)?;
    let d = vm.binary_op(BinOp::Pow, d, e)?;
    let (n, d) = (
        vm.to_bigint(n).unwrap_or_default(),
        vm.to_bigint(d).unwrap_or_default(),
    );
    let r = if p.is_negative() {
        Fraction::new(d, n)?
    } else {
        Fraction { num: n, den: d }
    };
    fractions::alloc(vm, r).map(Some)
}

trait IsOne {
    fn is_one_val(&self) -> bool;
}

impl IsOne for BigInt {
    fn is_one_val(&self) -> bool {
        *self == BigInt::from(1)
    }
}

fn dec_op(vm: &mut Vm, op: BinOp, x: Decimal, y: Decimal) -> PyResult<Option<Value>> {
    let ctx = decimal::current(vm)?;
    let mut charge = decimal::budget(vm);
    let budget = &mut charge;
    let r = match op {
        BinOp::Add => x.add(&y, &ctx, budget)?,
        BinOp::Sub => x.add(&y.negated(), &ctx, budget)?,
        BinOp::Mul => x.mul(&y, &ctx, budget)?,
        BinOp::TrueDiv => x.div(&y, &ctx, budget)?,
        BinOp::FloorDiv => x.divmod(&y, &ctx, false, budget)?.0,
        BinOp::Mod => x.divmod(&y, &ctx, true, budget)?.1,
        BinOp::Pow => {
            let n = match y.kind {
                // Any exponent this large over- or underflows; a multiple of ten is even.
                Kind::Finite if !y.coeff.is_zero() && y.exp > 0 && y.adjusted() > 18 => {
                    let n = BigInt::from(10u64.pow(19));
                    if y.neg {
                        -n
                    } else {
                        n
                    }
                }
                Kind::Finite => {
                    let f = decimal::to_fraction(&y)?;
                    if f.den != BigInt::from(1) {
                        return Err(Raise::new(
                            crate::types::Ty::NotImplementedError,
                            "decimal: non-integer powers are not supported in this sandbox",
                        ));
                    }
                    f.num
                }
                _ => {
                    return Err(Raise::new(
                        crate::types::Ty::NotImplementedError,
                        "decimal: powers with infinite or NaN exponents are not supported",
                    ))
                }
            };
            if x.is_zero() && n.is_negative() {
                Decimal::special(x.neg && n.bit(0), Kind::Inf)
            } else {
                x.pow_int(&n, &ctx, budget)?
            }
        }
        _ => return Ok(None),
    };
    drop(charge);
    decimal::alloc(vm, r).map(Some)
}

/// `divmod(a, b)` with a Fraction or Decimal.
pub fn divmod(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !is_exact(vm, a) && !is_exact(vm, b) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (classify(vm, a), classify(vm, b)) else {
        return Ok(None);
    };
    if let (N::Dec(_) | N::Int(_), N::Dec(_) | N::Int(_)) = (&x, &y) {
        let dx = to_dec(x);
        let dy = to_dec(y);
        if dy.is_zero() && dx.is_finite() && !dx.is_zero() {
            return Err(Raise::new(
                crate::types::Ty::InvalidOperation,
                "[<class 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>]",
            ));
        }
        let ctx = decimal::current(vm)?;
        let (q, r) = dx.divmod(&dy, &ctx, false, &mut decimal::budget(vm))?;
        let (q, r) = (decimal::alloc(vm, q)?, decimal::alloc(vm, r)?);
        return Ok(Some(vm.new_tuple(vec![q, r])));
    }
    let Some(q) = binary(vm, BinOp::FloorDiv, a, b)? else {
        return Ok(None);
    };
    let Some(r) = binary(vm, BinOp::Mod, a, b)? else {
        return Ok(None);
    };
    Ok(Some(vm.new_tuple(vec![q, r])))
}

fn to_dec(n: N) -> Decimal {
    match n {
        N::Dec(d) => d,
        N::Int(i) => Decimal::from_bigint(&i),
        _ => Decimal::special(false, Kind::NaN),
    }
}

/// `-a`, `+a`, `~a` for a Fraction or Decimal (`Ok(None)` otherwise).
pub fn unary(vm: &mut Vm, op: UnOp, a: Value) -> PyResult<Option<Value>> {
    match classify(vm, a) {
        Some(N::Frac(f)) => match op {
            UnOp::Neg => fractions::alloc(
                vm,
                Fraction {
                    num: -f.num,
                    den: f.den,
                },
            )
            .map(Some),
            UnOp::Pos => fractions::alloc(vm, f).map(Some),
            _ => Ok(None),
        },
        Some(N::Dec(d)) => match op {
            UnOp::Neg | UnOp::Pos => {
                let ctx = decimal::current(vm)?;
                let mut r = d;
                if op == UnOp::Neg {
                    r = r.negated();
                }
                if r.is_zero() && ctx.rounding != decimal::Rounding::Floor {
                    r.neg = false;
                }
                let r = plus(r, &ctx, vm)?;
                decimal::alloc(vm, r).map(Some)
            }
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// Rounds a decimal to the context (unary plus), quieting nothing else.
fn plus(d: Decimal, ctx: &decimal::Ctx, vm: &mut Vm) -> PyResult<Decimal> {
    if d.kind == Kind::SNaN {
        return Err(decimal::num::signal("InvalidOperation"));
    }
    d.fix(ctx, &mut decimal::budget(vm))
}

/// `abs(v)` for a Fraction or Decimal.
pub fn abs(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    match classify(vm, v) {
        Some(N::Frac(f)) if is_exact(vm, v) => fractions::alloc(
            vm,
            Fraction {
                num: f.num.abs(),
                den: f.den,
            },
        )
        .map(Some),
        Some(N::Dec(mut d)) => {
            d.neg = false;
            let ctx = decimal::current(vm)?;
            let r = plus(d, &ctx, vm)?;
            decimal::alloc(vm, r).map(Some)
        }
        _ => Ok(None),
    }
}

/// `a == b` when either is a Fraction or Decimal.
pub fn eq(vm: &Vm, a: Value, b: Value) -> Option<bool> {
    if !is_exact(vm, a) && !is_exact(vm, b) {
        return None;
    }
    let (x, y) = (classify(vm, a), classify(vm, b));
    let (Some(x), Some(y)) = (x, y) else {
        return Some(false);
    };
    Some(matches!(cmp(&x, &y), Some(Ordering::Equal)))
}

/// Orders `a` and `b` when either is a Fraction or Decimal: `None` when neither is,
/// `Some(Ok(None))` when unordered (a NaN; a Decimal NaN raises `InvalidOperation`).
pub fn partial_cmp(vm: &Vm, a: Value, b: Value) -> Option<PyResult<Option<Ordering>>> {
    if !is_exact(vm, a) && !is_exact(vm, b) {
        return None;
    }
    let (x, y) = (classify(vm, a)?, classify(vm, b)?);
    if matches!(&x, N::Dec(d) if d.is_nan()) || matches!(&y, N::Dec(d) if d.is_nan()) {
        return Some(Err(decimal::num::signal("InvalidOperation")));
    }
    Some(Ok(cmp(&x, &y)))
}

/// A number as an exact value: a finite rational, a signed infinity, or NaN.
enum Ex {
    Rat(Fraction),
    Dec(Decimal),
    Inf(bool),
    NaN,
}

fn exact_of(n: &N) -> Ex {
    match n {
        N::Int(i) => Ex::Rat(Fraction::from_int(i.clone())),
        N::Frac(f) => Ex::Rat(f.clone()),
        N::Float(f) if f.is_nan() => Ex::NaN,
        N::Float(f) if f.is_infinite() => Ex::Inf(*f < 0.0),
        N::Float(f) => Ex::Rat(Fraction::from_f64(*f).expect("finite")),
        N::Dec(d) => match d.kind {
            Kind::Inf => Ex::Inf(d.neg),
            Kind::NaN | Kind::SNaN => Ex::NaN,
            Kind::Finite => Ex::Dec(d.clone()),
        },
    }
}

fn cmp(x: &N, y: &N) -> Option<Ordering> {
    let (x, y) = (exact_of(x), exact_of(y));
    let rank = |e: &Ex| match e {
        Ex::Inf(true) => -1,
        Ex::Inf(false) => 1,
        _ => 0,
    };
    match (&x, &y) {
        (Ex::NaN, _) | (_, Ex::NaN) => None,
        (Ex::Inf(_), _) | (_, Ex::Inf(_)) => Some(rank(&x).cmp(&rank(&y))),
        (Ex::Dec(a), Ex::Dec(b)) => a.cmp_num(b),
        (Ex::Rat(a), Ex::Rat(b)) => Some((&a.num * &b.den).cmp(&(&b.num * &a.den))),
        (Ex::Dec(a), Ex::Rat(b)) => Some(cmp_dec_rat(a, b)),
        (Ex::Rat(a), Ex::Dec(b)) => Some(cmp_dec_rat(b, a).reverse()),
    }
}

/// Compares a finite decimal with a rational without building `10**exp` when the
/// exponent alone decides (a hostile `Decimal('1e999999999')` stays cheap).
fn cmp_dec_rat(d: &Decimal, r: &Fraction) -> Ordering {
    let ds = if d.coeff.is_zero() {
        0
    } else if d.neg {
        -1
    } else {
        1
    };
    let rs = r.num.signum().to_i32().unwrap_or(0);
    if ds != rs || ds == 0 {
        return ds.cmp(&rs);
    }
    if d.exp.unsigned_abs() > 20_000 {
        // log10 |r| lies within one of digits(num) - digits(den).
        let digits = |i: &BigInt| (i.bits() as f64 * std::f64::consts::LOG10_2) as i64;
        let rmag = digits(&r.num) - digits(&r.den);
        let dmag = d.adjusted();
        if (dmag - rmag).abs() > 3 {
            let mag = dmag.cmp(&rmag);
            return if ds < 0 { mag.reverse() } else { mag };
        }
    }
    match decimal::to_fraction(d) {
        Ok(f) => (&f.num * &r.den).cmp(&(&r.num * &f.den)),
        Err(_) => Ordering::Equal,
    }
}

/// `hash(v)` for a Fraction or Decimal.
pub fn hash(vm: &Vm, v: Value) -> Option<PyResult<i64>> {
    let Value::Ref(id) = v else { return None };
    match vm.heap.get(id) {
        Obj::Fraction(f) => Some(Ok(f.hash())),
        Obj::Decimal(d) => Some(match d.kind {
            Kind::SNaN => Err(crate::error::type_error(
                "Cannot hash a signaling NaN value",
            )),
            Kind::NaN => Ok(id.index() as i64 * 16 + 7),
            _ => Ok(d.hash()),
        }),
        _ => None,
    }
}

fn dec_to_f64(d: &Decimal) -> f64 {
    match d.kind {
        Kind::NaN | Kind::SNaN => {
            if d.neg {
                -f64::NAN
            } else {
                f64::NAN
            }
        }
        Kind::Inf if d.neg => f64::NEG_INFINITY,
        Kind::Inf => f64::INFINITY,
        Kind::Finite => {
            // Rust's parser rounds correctly; huge exponents saturate as CPython does.
            let text = format!(
                "{}{}e{}",
                if d.neg { "-" } else { "" },
                d.coeff,
                d.exp.clamp(-1_000_000, 1_000_000)
            );
            text.parse().unwrap_or(0.0)
        }
    }
}

/// `float(v)` for a Fraction or Decimal.
pub fn to_f64(vm: &Vm, v: Value) -> Option<PyResult<f64>> {
    let Value::Ref(id) = v else { return None };
    match vm.heap.get(id) {
        Obj::Fraction(f) => Some(f.to_f64()),
        Obj::Decimal(d) if d.kind == Kind::SNaN => {
            Some(Err(value_error("cannot convert signaling NaN to float")))
        }
        Obj::Decimal(d) => Some(Ok(dec_to_f64(d))),
        _ => None,
    }
}

/// `repr(v)` for the exact types and contexts.
pub fn repr(vm: &Vm, v: Value) -> Option<PyResult<String>> {
    let Value::Ref(id) = v else { return None };
    match vm.heap.get(id) {
        Obj::Fraction(f) => Some(fractions::repr(f)),
        Obj::Decimal(d) => Some(Ok(format!("Decimal('{}')", d.to_sci_string(true)))),
        Obj::DecimalContext(c) => Some(Ok(c.repr())),
        _ => None,
    }
}

/// `str(v)` for the exact types and contexts.
pub fn str_of(vm: &Vm, v: Value) -> Option<PyResult<String>> {
    let Value::Ref(id) = v else { return None };
    match vm.heap.get(id) {
        Obj::Fraction(f) => Some(f.to_str()),
        Obj::Decimal(d) => Some(Ok(d.to_sci_string(true))),
        Obj::DecimalContext(c) => Some(Ok(c.repr())),
        _ => None,
    }
}

/// `bool(v)` for a Fraction or Decimal.
pub fn truthy(vm: &Vm, v: Value) -> Option<bool> {
    let Value::Ref(id) = v else { return None };
    match vm.heap.get(id) {
        Obj::Fraction(f) => Some(!f.num.is_zero()),
        Obj::Decimal(d) => Some(!d.is_zero()),
        _ => None,
    }
}

/// How `integral` rounds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Integral {
    /// `math.floor`.
    Floor,
    /// `math.ceil`.
    Ceil,
    /// `math.trunc`, `int()`.
    Trunc,
}

/// `math.floor/ceil/trunc(v)` and `int(v)` for a Fraction or Decimal.
pub fn integral(vm: &mut Vm, v: Value, how: Integral) -> PyResult<Option<Value>> {
    let i = match classify(vm, v) {
        Some(N::Frac(f)) => match how {
            Integral::Floor => f.floor(),
            Integral::Ceil => f.ceil(),
            Integral::Trunc => f.trunc(),
        },
        Some(N::Dec(d)) => {
            let f = match d.kind {
                Kind::NaN | Kind::SNaN => return Err(value_error("cannot convert NaN to integer")),
                Kind::Inf => return Err(overflow_error("cannot convert Infinity to integer")),
                Kind::Finite => {
                    vm.check_alloc((d.exp.max(0) as usize) / 2)?;
                    decimal::to_fraction(&d)?
                }
            };
            match how {
                Integral::Floor => f.floor(),
                Integral::Ceil => f.ceil(),
                Integral::Trunc => f.trunc(),
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(vm.new_int(i)))
}

/// `round(v)` / `round(v, n)` for a Fraction or Decimal.
pub fn round(vm: &mut Vm, v: Value, nd: Option<Value>) -> PyResult<Option<Value>> {
    match classify(vm, v) {
        Some(N::Frac(f)) if is_exact(vm, v) => {
            let Some(n) = nd else {
                let i = f.round_half_even();
                return Ok(Some(vm.new_int(i)));
            };
            let n = vm.expect_i64(n)?;
            if n.unsigned_abs() > 2_500_000 {
                let max_bits = crate::vm::ops::MAX_INT_BITS;
                return Err(Raise::limit(crate::error::LimitError::IntTooLarge(
                    max_bits,
                )));
            }
            let shift = num_traits::pow(BigInt::from(10), n.unsigned_abs() as usize);
            let r = if n >= 0 {
                let scaled = Fraction::new(&f.num * &shift, f.den.clone())?.round_half_even();
                Fraction::new(scaled, shift)?
            } else {
                let scaled = Fraction::new(f.num.clone(), &f.den * &shift)?.round_half_even();
                Fraction::from_int(scaled * shift)
            };
            fractions::alloc(vm, r).map(Some)
        }
        Some(N::Dec(d)) => match nd {
            None => {
                match d.kind {
                    Kind::NaN | Kind::SNaN => {
                        return Err(value_error("cannot convert NaN to integer"))
                    }
                    Kind::Inf => return Err(overflow_error("cannot convert Infinity to integer")),
                    Kind::Finite => {}
                }
                let r = d.rescale(0, decimal::Rounding::HalfEven, &mut decimal::budget(vm))?;
                let r = decimal::alloc(vm, r)?;
                integral(vm, r, Integral::Trunc)
            }
            Some(n) => {
                let n = vm.expect_i64(n)?;
                let ctx = decimal::current(vm)?;
                let exp = Decimal::finite(false, 1u32.into(), n.saturating_neg());
                let r = d.quantize(&exp, ctx.rounding, &ctx, &mut decimal::budget(vm))?;
                decimal::alloc(vm, r).map(Some)
            }
        },
        _ => Ok(None),
    }
}

/// `format(v, spec)` for a Decimal (`None` for other values).
pub fn format(vm: &mut Vm, v: Value, spec: &str) -> PyResult<Option<String>> {
    let Some(d) = decimal::get(vm, v).cloned() else {
        return Ok(None);
    };
    let ctx = decimal::current(vm)?;
    let s = decimal::format_decimal(&d, spec, &ctx, &mut decimal::budget(vm))?;
    vm.check_alloc(s.len())?;
    Ok(Some(s))
}
