//! The decimal number itself: sign, big coefficient and exponent, with the General
//! Decimal Arithmetic rules CPython's `decimal` follows (a port of the relevant parts
//! of `Lib/_pydecimal.py`: `_fix`, `_rescale`, `__add__`, `__mul__`, `__truediv__`,
//! `_divide`, `sqrt`, `quantize`, `normalize`, `__str__`).
//!
//! Every power of ten goes through [`Budget`], so a hostile exponent or precision hits
//! the VM's memory and operation limits before any digit is computed.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

use super::context::{Ctx, Rounding};
use crate::error::{PyResult, Raise};
use crate::types::Ty;

/// What kind of value a decimal is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A finite number.
    Finite,
    /// `Infinity`.
    Inf,
    /// A quiet NaN (the coefficient holds its payload).
    NaN,
    /// A signalling NaN.
    SNaN,
}

/// A decimal value: `(-1)**neg * coeff * 10**exp`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decimal {
    /// The sign (also of zeros, infinities and NaNs).
    pub neg: bool,
    /// Finite, infinite or NaN.
    pub kind: Kind,
    /// The coefficient (the payload for NaNs).
    pub coeff: BigUint,
    /// The exponent (0 for specials).
    pub exp: i64,
}

/// Checks that `n` more decimal digits may be computed (memory and operation limits).
pub type Budget<'a> = &'a mut dyn FnMut(u64) -> PyResult<()>;

/// Raises the `decimal` signal `class` (`InvalidOperation`'s conditions such as
/// `ConversionSyntax` name the condition in the message, as the C module does).
pub fn signal(class: &str) -> Raise {
    let ty = match class {
        "DivisionByZero" => Ty::DecimalDivisionByZero,
        "Overflow" => Ty::DecimalOverflow,
        _ => Ty::InvalidOperation,
    };
    Raise::new(ty, format!("[<class 'decimal.{class}'>]"))
}

fn invalid() -> Raise {
    signal("InvalidOperation")
}

/// `10**n`, after charging the budget.
pub fn pow10(n: u64, budget: Budget) -> PyResult<BigUint> {
    budget(n)?;
    Ok(num_traits::pow(BigUint::from(10u32), n as usize))
}

/// Number of decimal digits of `c` (1 for zero).
pub fn ndigits(c: &BigUint) -> u64 {
    if c.is_zero() {
        return 1;
    }
    // The estimate from the bit length is exact or one too small.
    let est = ((c.bits() - 1) as f64 * std::f64::consts::LOG10_2) as u64 + 1;
    if est < 19 {
        let v = c.to_u64().unwrap_or(u64::MAX);
        return v.to_string().len() as u64;
    }
    let p = num_traits::pow(BigUint::from(10u32), est as usize);
    if *c >= p {
        est + 1
    } else {
        est
    }
}

impl Decimal {
    /// A finite decimal.
    pub fn finite(neg: bool, coeff: BigUint, exp: i64) -> Decimal {
        Decimal {
            neg,
            kind: Kind::Finite,
            coeff,
            exp,
        }
    }

    /// A special value.
    pub fn special(neg: bool, kind: Kind) -> Decimal {
        Decimal {
            neg,
            kind,
            coeff: BigUint::zero(),
            exp: 0,
        }
    }

    /// The exact value of an int.
    pub fn from_bigint(i: &BigInt) -> Decimal {
        Decimal::finite(i.sign() == Sign::Minus, i.magnitude().clone(), 0)
    }

    /// Whether this is a (quiet or signalling) NaN.
    pub fn is_nan(&self) -> bool {
        matches!(self.kind, Kind::NaN | Kind::SNaN)
    }

    /// Whether this is finite.
    pub fn is_finite(&self) -> bool {
        self.kind == Kind::Finite
    }

    /// Whether this is a finite zero.
    pub fn is_zero(&self) -> bool {
        self.kind == Kind::Finite && self.coeff.is_zero()
    }

    /// The exponent of the most significant digit.
    pub fn adjusted(&self) -> i64 {
        if self.kind != Kind::Finite {
            return 0;
        }
        self.exp.saturating_add(ndigits(&self.coeff) as i64 - 1)
    }

    /// Parses a decimal literal as `Decimal(str)` does; `None` for a syntax error.
    pub fn parse(text: &str) -> Option<Decimal> {
        let t = text.trim_matches(|c: char| c.is_whitespace());
        let (neg, body) = match t.as_bytes().first()? {
            b'-' => (true, &t[1..]),
            b'+' => (false, &t[1..]),
            _ => (false, t),
        };
        let lower = body.to_ascii_lowercase();
        match lower.as_str() {
            "inf" | "infinity" => return Some(Decimal::special(neg, Kind::Inf)),
            _ => {}
        }
        for (prefix, kind) in [("snan", Kind::SNaN), ("nan", Kind::NaN)] {
            if let Some(payload) = lower.strip_prefix(prefix) {
                let coeff = if payload.is_empty() {
                    BigUint::zero()
                } else if payload.bytes().all(|b| b.is_ascii_digit()) {
                    payload.parse().ok()?
                } else {
                    return None;
                };
                return Some(Decimal {
                    neg,
                    kind,
                    coeff,
                    exp: 0,
                });
            }
        }
        let clean = |s: &str| -> Option<String> {
            if s.starts_with('_')
                || s.ends_with('_')
                || s.contains("__")
                || !s.bytes().all(|b| b.is_ascii_digit() || b == b'_')
            {
                return None;
            }
            Some(s.replace('_', ""))
        };
        let (mant, exp) = match lower.split_once('e') {
            Some((m, e)) => {
                let (eneg, e) = match e.as_bytes().first()? {
                    b'-' => (true, &e[1..]),
                    b'+' => (false, &e[1..]),
                    _ => (false, e),
                };
                let e = clean(e)?;
                if e.is_empty() {
                    return None;
                }
                let e: i64 = e.parse().ok()?;
                (m, if eneg { -e } else { e })
            }
            None => (lower.as_str(), 0),
        };
        let (int_part, frac_part) = match mant.split_once('.') {
            Some((i, f)) => (clean(i)?, clean(f)?),
            None => (clean(mant)?, String::new()),
        };
        if int_part.is_empty() && frac_part.is_empty() {
            return None;
        }
        let digits = format!("{int_part}{frac_part}");
        let coeff: BigUint = digits.parse().ok()?;
        let exp = exp.checked_sub(frac_part.len() as i64)?;
        Some(Decimal::finite(neg, coeff, exp))
    }

    /// `str(d)`: scientific notation when the exponent is positive or the value is
    /// small, as `Decimal.__str__`.
    pub fn to_sci_string(&self, capitals: bool) -> String {
        let sign = if self.neg { "-" } else { "" };
        match self.kind {
            Kind::Inf => return format!("{sign}Infinity"),
            Kind::NaN | Kind::SNaN => {
                let name = if self.kind == Kind::NaN {
                    "NaN"
                } else {
                    "sNaN"
                };
                let payload = if self.coeff.is_zero() {
                    String::new()
                } else {
                    self.coeff.to_string()
                };
                return format!("{sign}{name}{payload}");
            }
            Kind::Finite => {}
        }
        let digits = self.coeff.to_string();
        let len = digits.len() as i64;
        let leftdigits = self.exp.saturating_add(len);
        let dotplace = if self.exp <= 0 && leftdigits > -6 {
            leftdigits
        } else {
            1
        };
        let (intpart, fracpart) = if dotplace <= 0 {
            (
                "0".to_string(),
                format!(".{}{digits}", "0".repeat((-dotplace) as usize)),
            )
        } else if dotplace >= len {
            (
                format!("{digits}{}", "0".repeat((dotplace - len) as usize)),
                String::new(),
            )
        } else {
            (
                digits[..dotplace as usize].to_string(),
                format!(".{}", &digits[dotplace as usize..]),
            )
        };
        let exp = if leftdigits == dotplace {
            String::new()
        } else {
            let e = if capitals { 'E' } else { 'e' };
            format!("{e}{:+}", leftdigits - dotplace)
        };
        format!("{sign}{intpart}{fracpart}{exp}")
    }

    /// Rounds to the context: precision, exponent range (`Overflow` raises, tiny results
    /// become subnormal), as `_fix`.
    pub fn fix(self, ctx: &Ctx, budget: Budget) -> PyResult<Decimal> {
        if self.kind != Kind::Finite {
            return Ok(self);
        }
        let prec = ctx.prec as i64;
        let etiny = ctx.emin - prec + 1;
        let etop = ctx.emax - prec + 1;
        if self.coeff.is_zero() {
            let exp = self.exp.max(etiny).min(ctx.emax);
            return Ok(Decimal::finite(self.neg, self.coeff, exp));
        }
        let len = ndigits(&self.coeff) as i64;
        let mut exp_min = (len + self.exp).saturating_sub(prec);
        if exp_min > etop {
            return Err(signal("Overflow"));
        }
        if exp_min < etiny {
            exp_min = etiny;
        }
        if self.exp >= exp_min {
            return Ok(self);
        }
        let drop = (exp_min - self.exp) as u64;
        let (mut coeff, _) = round_coeff(
            &self.coeff,
            len as u64,
            drop,
            self.neg,
            ctx.rounding,
            budget,
        )?;
        let mut exp = exp_min;
        if ndigits(&coeff) as i64 > prec {
            coeff /= 10u32;
            exp += 1;
        }
        if exp > etop {
            return Err(signal("Overflow"));
        }
        Ok(Decimal::finite(self.neg, coeff, exp))
    }

    /// The value with exponent `exp`, rounding with `rounding` (`_rescale`; no
    /// precision check).
    pub fn rescale(&self, exp: i64, rounding: Rounding, budget: Budget) -> PyResult<Decimal> {
        if self.coeff.is_zero() {
            return Ok(Decimal::finite(self.neg, BigUint::zero(), exp));
        }
        if self.exp >= exp {
            let shift = (self.exp - exp) as u64;
            let coeff = &self.coeff * pow10(shift, budget)?;
            return Ok(Decimal::finite(self.neg, coeff, exp));
        }
        let drop = exp.saturating_sub(self.exp) as u64;
        let len = ndigits(&self.coeff);
        let (coeff, _) = round_coeff(&self.coeff, len, drop, self.neg, rounding, budget)?;
        Ok(Decimal::finite(self.neg, coeff, exp))
    }

    /// Rounds to `places` significant digits (`_round`, used by formatting).
    pub fn round_sig(&self, places: u64, rounding: Rounding, budget: Budget) -> PyResult<Decimal> {
        if self.kind != Kind::Finite || self.coeff.is_zero() {
            return Ok(self.clone());
        }
        let adj = self.adjusted();
        let ans = self.rescale(adj + 1 - places as i64, rounding, budget)?;
        if ans.adjusted() != adj {
            return ans.rescale(ans.adjusted() + 1 - places as i64, rounding, budget);
        }
        Ok(ans)
    }

    /// The NaN result of an operation on `self` and `other`, if either is a NaN
    /// (a signalling NaN raises `InvalidOperation`).
    fn check_nans(&self, other: Option<&Decimal>) -> PyResult<Option<Decimal>> {
        let all = std::iter::once(self).chain(other);
        for d in all.clone() {
            if d.kind == Kind::SNaN {
                return Err(invalid());
            }
        }
        for d in all {
            if d.kind == Kind::NaN {
                return Ok(Some(d.clone()));
            }
        }
        Ok(None)
    }

    /// `self + other` (`sub` negates `other` first).
    pub fn add(&self, other: &Decimal, ctx: &Ctx, budget: Budget) -> PyResult<Decimal> {
        if let Some(n) = self.check_nans(Some(other))? {
            return Ok(n);
        }
        if self.kind == Kind::Inf {
            if other.kind == Kind::Inf && self.neg != other.neg {
                return Err(invalid());
            }
            return Ok(self.clone());
        }
        if other.kind == Kind::Inf {
            return Ok(other.clone());
        }
        let floor = ctx.rounding == Rounding::Floor;
        let exp = self.exp.min(other.exp);
        let negativezero = floor && self.neg != other.neg;
        if self.coeff.is_zero() && other.coeff.is_zero() {
            let neg = (self.neg && other.neg) || negativezero;
            return Decimal::finite(neg, BigUint::zero(), exp).fix(ctx, budget);
        }
        if self.coeff.is_zero() {
            let e = exp.max(other.exp - ctx.prec as i64 - 1);
            return other.rescale(e, ctx.rounding, budget)?.fix(ctx, budget);
        }
        if other.coeff.is_zero() {
            let e = exp.max(self.exp - ctx.prec as i64 - 1);
            return self.rescale(e, ctx.rounding, budget)?.fix(ctx, budget);
        }
        // `_normalize`: an operand far below the precision only matters as a sticky digit.
        let (hi, lo) = if self.exp < other.exp {
            (other, self)
        } else {
            (self, other)
        };
        let hi_len = ndigits(&hi.coeff) as i64;
        let lo_len = ndigits(&lo.coeff) as i64;
        let e = hi.exp + (-1).min(hi_len - ctx.prec as i64 - 2);
        let (lo_coeff, lo_exp) = if lo_len + lo.exp - 1 < e {
            (BigUint::one(), e)
        } else {
            (lo.coeff.clone(), lo.exp)
        };
        let hi_coeff = &hi.coeff * pow10((hi.exp - lo_exp) as u64, budget)?;
        let (a, b) = (
            BigInt::from_biguint(sign_of(hi.neg), hi_coeff),
            BigInt::from_biguint(sign_of(lo.neg), lo_coeff),
        );
        let sum = a + b;
        if sum.is_zero() {
            return Decimal::finite(negativezero, BigUint::zero(), exp).fix(ctx, budget);
        }
        Decimal::finite(sum.sign() == Sign::Minus, sum.magnitude().clone(), lo_exp).fix(ctx, budget)
    }

    /// `-self` (without rounding).
    pub fn negated(&self) -> Decimal {
        let mut d = self.clone();
        d.neg = !d.neg;
        d
    }

    /// `self * other`.
    pub fn mul(&self, other: &Decimal, ctx: &Ctx, budget: Budget) -> PyResult<Decimal> {
        if let Some(n) = self.check_nans(Some(other))? {
            return Ok(n);
        }
        let neg = self.neg != other.neg;
        if self.kind == Kind::Inf || other.kind == Kind::Inf {
            if self.is_zero() || other.is_zero() {
                return Err(invalid());
            }
            return Ok(Decimal::special(neg, Kind::Inf));
        }
        budget(ndigits(&self.coeff) + ndigits(&other.coeff))?;
        let exp = self.exp.saturating_add(other.exp);
        Decimal::finite(neg, &self.coeff * &other.coeff, exp).fix(ctx, budget)
    }

    /// `self / other`.
    pub fn div(&self, other: &Decimal, ctx: &Ctx, budget: Budget) -> PyResult<Decimal> {
        if let Some(n) = self.check_nans(Some(other))? {
            return Ok(n);
        }
        let neg = self.neg != other.neg;
        if self.kind == Kind::Inf {
            if other.kind == Kind::Inf {
                return Err(invalid());
            }
            return Ok(Decimal::special(neg, Kind::Inf));
        }
        if other.kind == Kind::Inf {
            let etiny = ctx.emin - ctx.prec as i64 + 1;
            return Ok(Decimal::finite(neg, BigUint::zero(), etiny));
        }
        if other.coeff.is_zero() {
            if self.coeff.is_zero() {
                return Err(signal("DivisionUndefined"));
            }
            return Err(signal("DivisionByZero"));
        }
        let (coeff, exp) = if self.coeff.is_zero() {
            (BigUint::zero(), self.exp.saturating_sub(other.exp))
        } else {
            let prec = ctx.prec as i64;
            let shift = ndigits(&other.coeff) as i64 - ndigits(&self.coeff) as i64 + prec + 1;
            let mut exp = self.exp.saturating_sub(other.exp).saturating_sub(shift);
            let (mut coeff, rem) = if shift >= 0 {
                (&self.coeff * pow10(shift as u64, budget)?).div_rem(&other.coeff)
            } else {
                self.coeff
                    .div_rem(&(&other.coeff * pow10((-shift) as u64, budget)?))
            };
            if !rem.is_zero() {
                if (&coeff % 5u32).is_zero() {
                    coeff += 1u32;
                }
            } else {
                let ideal = self.exp.saturating_sub(other.exp);
                while exp < ideal && (&coeff % 10u32).is_zero() {
                    coeff /= 10u32;
                    exp += 1;
                }
            }
            (coeff, exp)
        };
        Decimal::finite(neg, coeff, exp).fix(ctx, budget)
    }

    /// `(self // other, self % other)`: truncating division, as `_divide` and the
    /// special cases of `__floordiv__`/`__mod__`. `want_rem` selects the error wording
    /// of a zero divisor (`x // 0` divides by zero, `x % 0` is invalid).
    pub fn divmod(
        &self,
        other: &Decimal,
        ctx: &Ctx,
        want_rem: bool,
        budget: Budget,
    ) -> PyResult<(Decimal, Decimal)> {
        if let Some(n) = self.check_nans(Some(other))? {
            return Ok((n.clone(), n));
        }
        let sign = self.neg != other.neg;
        if self.kind == Kind::Inf {
            return Err(invalid());
        }
        if other.coeff.is_zero() && other.kind == Kind::Finite {
            if self.coeff.is_zero() {
                return Err(signal("DivisionUndefined"));
            }
            return Err(if want_rem {
                invalid()
            } else {
                signal("DivisionByZero")
            });
        }
        let ideal = self.exp.min(other.exp);
        let expdiff = self.adjusted() - other.adjusted();
        if self.coeff.is_zero() || other.kind == Kind::Inf || expdiff <= -2 {
            let r = self
                .rescale(ideal, ctx.rounding, budget)?
                .fix(ctx, budget)?;
            return Ok((Decimal::finite(sign, BigUint::zero(), 0), r));
        }
        if expdiff <= ctx.prec as i64 {
            let (mut a, mut b) = (self.coeff.clone(), other.coeff.clone());
            if self.exp >= other.exp {
                a *= pow10((self.exp - other.exp) as u64, budget)?;
            } else {
                b *= pow10((other.exp - self.exp) as u64, budget)?;
            }
            let (q, r) = a.div_rem(&b);
            if q < pow10(ctx.prec, budget)? {
                let r = Decimal::finite(self.neg, r, ideal).fix(ctx, budget)?;
                return Ok((Decimal::finite(sign, q, 0), r));
            }
        }
        Err(signal("DivisionImpossible"))
    }

    /// `self ** n` for an integer `n`: binary powering at the working precision
    /// libmpdec uses (`prec + digits(n) + 2`, one more for a reciprocal), then rounded.
    pub fn pow_int(&self, n: &BigInt, ctx: &Ctx, budget: Budget) -> PyResult<Decimal> {
        if let Some(nan) = self.check_nans(None)? {
            return Ok(nan);
        }
        let odd = n.is_odd();
        let neg = self.neg && odd;
        if n.is_zero() {
            if self.is_zero() {
                return Err(invalid());
            }
            return Ok(Decimal::finite(false, BigUint::one(), 0));
        }
        let negative_power = n.sign() == Sign::Minus;
        if self.kind == Kind::Inf {
            return Ok(if negative_power {
                Decimal::finite(neg, BigUint::zero(), ctx.emin - ctx.prec as i64 + 1)
            } else {
                Decimal::special(neg, Kind::Inf)
            });
        }
        if self.is_zero() {
            if negative_power {
                return Err(signal("DivisionByZero"));
            }
            let exp = n
                .to_i64()
                .and_then(|k| self.exp.checked_mul(k))
                .unwrap_or(if self.exp > 0 { i64::MAX } else { i64::MIN });
            return Decimal::finite(neg, BigUint::zero(), exp).fix(ctx, budget);
        }
        let mag = n.magnitude();
        let work = Ctx {
            prec: ctx.prec + ndigits(mag) + 2 + negative_power as u64,
            rounding: Rounding::HalfEven,
            emax: i64::MAX / 4,
            emin: i64::MIN / 4,
            capitals: ctx.capitals,
        };
        let mut base = self.clone();
        base.neg = false;
        if negative_power {
            let one = Decimal::finite(false, BigUint::one(), 0);
            base = one.div(&base, &work, budget)?;
        }
        let mut result = Decimal::finite(false, BigUint::one(), 0);
        let bits = mag.bits();
        for i in (0..bits).rev() {
            result = result.mul(&result, &work, budget)?;
            if mag.bit(i) {
                result = result.mul(&base, &work, budget)?;
            }
            if result.adjusted() > ctx.emax.saturating_mul(2) {
                return Err(signal("Overflow"));
            }
            if result.adjusted() < ctx.emin.saturating_mul(2) - ctx.prec as i64 {
                // Far below the smallest subnormal: the result rounds to zero.
                let etiny = ctx.emin - ctx.prec as i64 + 1;
                return Ok(Decimal::finite(neg, BigUint::zero(), etiny));
            }
        }
        result.neg = neg;
        result.fix(ctx, budget)
    }

    /// `self.sqrt()`, correctly rounded (half-even), as `_pydecimal`'s `sqrt`.
    pub fn sqrt(&self, ctx: &Ctx, budget: Budget) -> PyResult<Decimal> {
        if let Some(n) = self.check_nans(None)? {
            return Ok(n);
        }
        if self.is_zero() {
            return Ok(Decimal::finite(
                self.neg,
                BigUint::zero(),
                Integer::div_floor(&self.exp, &2),
            ));
        }
        if self.neg {
            return Err(invalid());
        }
        if self.kind == Kind::Inf {
            return Ok(self.clone());
        }
        let prec = ctx.prec as i64 + 1;
        let mut e = self.exp >> 1;
        let len = ndigits(&self.coeff) as i64;
        let (c, l) = if self.exp & 1 == 1 {
            (&self.coeff * 10u32, (len >> 1) + 1)
        } else {
            (self.coeff.clone(), (len + 1) >> 1)
        };
        let shift = prec - l;
        let (c, mut exact) = if shift >= 0 {
            (c * pow10(2 * shift as u64, budget)?, true)
        } else {
            let (q, r) = c.div_rem(&pow10(2 * (-shift) as u64, budget)?);
            (q, r.is_zero())
        };
        e -= shift;
        let mut n = c.sqrt();
        exact = exact && &n * &n == c;
        if exact {
            if shift >= 0 {
                n /= pow10(shift as u64, budget)?;
            } else {
                n *= pow10((-shift) as u64, budget)?;
            }
            e += shift;
        } else if (&n % 5u32).is_zero() {
            n += 1u32;
        }
        let mut c2 = ctx.clone();
        c2.rounding = Rounding::HalfEven;
        Decimal::finite(false, n, e).fix(&c2, budget)
    }

    /// `self.quantize(exp, rounding)`.
    pub fn quantize(
        &self,
        other: &Decimal,
        rounding: Rounding,
        ctx: &Ctx,
        budget: Budget,
    ) -> PyResult<Decimal> {
        if let Some(n) = self.check_nans(Some(other))? {
            return Ok(n);
        }
        if self.kind == Kind::Inf || other.kind == Kind::Inf {
            if self.kind == Kind::Inf && other.kind == Kind::Inf {
                return Ok(self.clone());
            }
            return Err(invalid());
        }
        let exp = other.exp;
        let etiny = ctx.emin - ctx.prec as i64 + 1;
        if !(etiny <= exp && exp <= ctx.emax) {
            return Err(invalid());
        }
        if self.coeff.is_zero() {
            return Decimal::finite(self.neg, BigUint::zero(), exp).fix(ctx, budget);
        }
        let adj = self.adjusted();
        if adj > ctx.emax || adj - exp + 1 > ctx.prec as i64 {
            return Err(invalid());
        }
        let ans = self.rescale(exp, rounding, budget)?;
        if ans.adjusted() > ctx.emax || ndigits(&ans.coeff) > ctx.prec {
            return Err(invalid());
        }
        ans.fix(ctx, budget)
    }

    /// `to_integral_value(rounding)`: rounds to an integer, keeping the exponent when it
    /// is already non-negative.
    pub fn to_integral(&self, rounding: Rounding, budget: Budget) -> PyResult<Decimal> {
        if let Some(n) = self.check_nans(None)? {
            return Ok(n);
        }
        if self.kind == Kind::Inf || self.exp >= 0 {
            return Ok(self.clone());
        }
        self.rescale(0, rounding, budget)
    }

    /// `normalize()`: rounded to the context, trailing zeros stripped.
    pub fn normalize(&self, ctx: &Ctx, budget: Budget) -> PyResult<Decimal> {
        if let Some(n) = self.check_nans(None)? {
            return Ok(n);
        }
        let dup = self.clone().fix(ctx, budget)?;
        if dup.kind == Kind::Inf {
            return Ok(dup);
        }
        if dup.coeff.is_zero() {
            return Ok(Decimal::finite(dup.neg, BigUint::zero(), 0));
        }
        let (mut coeff, mut exp) = (dup.coeff, dup.exp);
        while exp < ctx.emax && (&coeff % 10u32).is_zero() {
            coeff /= 10u32;
            exp += 1;
        }
        Ok(Decimal::finite(dup.neg, coeff, exp))
    }

    /// Numeric order (`None` when either is a NaN). Zeros of either sign are equal.
    pub fn cmp_num(&self, other: &Decimal) -> Option<Ordering> {
        if self.is_nan() || other.is_nan() {
            return None;
        }
        let key = |d: &Decimal| -> i8 {
            match (d.kind, d.coeff.is_zero(), d.neg) {
                (Kind::Inf, _, true) => -2,
                (Kind::Inf, _, false) => 2,
                (_, true, _) => 0,
                (_, false, true) => -1,
                (_, false, false) => 1,
            }
        };
        let (ka, kb) = (key(self), key(other));
        if ka != kb || ka.abs() != 1 {
            return Some(ka.cmp(&kb));
        }
        let mag = self.cmp_magnitude(other);
        Some(if self.neg { mag.reverse() } else { mag })
    }

    /// Compares `|self|` and `|other|` (both finite and non-zero).
    fn cmp_magnitude(&self, other: &Decimal) -> Ordering {
        let (aa, ab) = (self.adjusted(), other.adjusted());
        if aa != ab {
            return aa.cmp(&ab);
        }
        // Same adjusted exponent: the exponent difference is below the digit counts.
        let (mut a, mut b) = (self.coeff.clone(), other.coeff.clone());
        let ten = BigUint::from(10u32);
        if self.exp > other.exp {
            a *= num_traits::pow(ten, (self.exp - other.exp) as usize);
        } else {
            b *= num_traits::pow(ten, (other.exp - self.exp) as usize);
        }
        a.cmp(&b)
    }

    /// CPython's `Decimal.__hash__` for finite values and infinities (equal to the
    /// hash of an equal int, float or Fraction).
    pub fn hash(&self) -> i64 {
        const M: u64 = crate::objects::hash::MODULUS;
        if self.kind == Kind::Inf {
            return if self.neg { -314159 } else { 314159 };
        }
        let m = BigUint::from(M);
        let exp_hash = if self.exp >= 0 {
            BigUint::from(10u32).modpow(&BigUint::from(self.exp as u64), &m)
        } else {
            let inv10 = BigUint::from(10u32).modpow(&BigUint::from(M - 2), &m);
            inv10.modpow(&BigUint::from(self.exp.unsigned_abs()), &m)
        };
        let h = ((&self.coeff % &m) * exp_hash % &m).to_i64().unwrap_or(0);
        let h = if self.neg { -h } else { h };
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

fn sign_of(neg: bool) -> Sign {
    if neg {
        Sign::Minus
    } else {
        Sign::Plus
    }
}

/// Drops the last `drop` digits of `coeff` (which has `len` digits), rounding as
/// `rounding` says for a number of sign `neg`. Returns the new coefficient and
/// whether anything non-zero was dropped.
pub fn round_coeff(
    coeff: &BigUint,
    len: u64,
    drop: u64,
    neg: bool,
    rounding: Rounding,
    budget: Budget,
) -> PyResult<(BigUint, bool)> {
    // A coefficient entirely below the rounding digit acts as a sticky 1 below it.
    let (coeff, drop) = if drop > len + 1 {
        (BigUint::one(), 2)
    } else {
        (coeff.clone(), drop)
    };
    let p = pow10(drop, budget)?;
    let (q, r) = coeff.div_rem(&p);
    if r.is_zero() {
        return Ok((q, false));
    }
    let twice = &r * 2u32;
    let half = twice.cmp(&p);
    let up = match rounding {
        Rounding::Down => false,
        Rounding::Up => true,
        Rounding::HalfUp => half != Ordering::Less,
        Rounding::HalfDown => half == Ordering::Greater,
        Rounding::HalfEven => half == Ordering::Greater || (half == Ordering::Equal && q.is_odd()),
        Rounding::Ceiling => !neg,
        Rounding::Floor => neg,
        Rounding::Up05 => {
            let last = (&q % 10u32).to_u32().unwrap_or(0);
            last == 0 || last == 5
        }
    };
    Ok((if up { q + 1u32 } else { q }, true))
}
