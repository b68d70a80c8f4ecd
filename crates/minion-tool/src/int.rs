//! [`Int`]: a Python `int` of any size with a fast `i64` path.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// A Python `int` of any size.
///
/// Values that fit in an `i64` are stored as [`Int::Small`]; every constructor in this
/// crate normalises, so [`Int::Big`] only holds values outside the `i64` range. Code that
/// builds `Int::Big` by hand with a small value still works: equality, ordering, hashing
/// and [`Int::to_i64`] compare by numeric value, never by variant.
#[derive(Clone, Debug)]
pub enum Int {
    /// An integer that fits in an `i64`.
    Small(i64),
    /// An integer outside the `i64` range (normalised constructors guarantee this).
    Big(BigInt),
}

impl Int {
    /// Builds an `Int` from a `BigInt`, using [`Int::Small`] when the value fits an `i64`.
    pub fn from_bigint(b: BigInt) -> Int {
        match b.to_i64() {
            Some(i) => Int::Small(i),
            None => Int::Big(b),
        }
    }

    /// Returns this `Int` in normal form (`Big` only for values outside `i64`).
    pub fn normalized(self) -> Int {
        match self {
            Int::Big(b) => Int::from_bigint(b),
            small => small,
        }
    }

    /// The value as an `i64`, or `None` when it does not fit.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(i) => Some(*i),
            Int::Big(b) => b.to_i64(),
        }
    }

    /// The value as a `u64`, or `None` when it is negative or too large.
    pub fn to_u64(&self) -> Option<u64> {
        match self {
            Int::Small(i) => u64::try_from(*i).ok(),
            Int::Big(b) => b.to_u64(),
        }
    }

    /// The value as an `i128`, or `None` when it does not fit.
    pub fn to_i128(&self) -> Option<i128> {
        match self {
            Int::Small(i) => Some(i128::from(*i)),
            Int::Big(b) => b.to_i128(),
        }
    }

    /// The value as a `u128`, or `None` when it is negative or too large.
    pub fn to_u128(&self) -> Option<u128> {
        match self {
            Int::Small(i) => u128::try_from(*i).ok(),
            Int::Big(b) => b.to_u128(),
        }
    }

    /// The value as a `BigInt` (allocates for [`Int::Small`]).
    pub fn to_bigint(&self) -> BigInt {
        match self {
            Int::Small(i) => BigInt::from(*i),
            Int::Big(b) => b.clone(),
        }
    }

    /// The value as the nearest `f64` (round-half-even, like Python's `float(int)`), or
    /// `None` when it is too large (Python raises `OverflowError`).
    pub fn to_f64(&self) -> Option<f64> {
        let f = match self {
            Int::Small(i) => *i as f64,
            Int::Big(b) => b.to_f64()?,
        };
        f.is_finite().then_some(f)
    }

    /// True when the value is zero.
    pub fn is_zero(&self) -> bool {
        match self {
            Int::Small(i) => *i == 0,
            Int::Big(b) => b.is_zero(),
        }
    }

    /// True when the value is below zero.
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(i) => *i < 0,
            Int::Big(b) => b.is_negative(),
        }
    }

    /// Parses a decimal integer with an optional sign (no underscores or spaces).
    pub fn parse_decimal(s: &str) -> Option<Int> {
        if let Ok(i) = s.parse::<i64>() {
            return Some(Int::Small(i));
        }
        let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse::<BigInt>().ok().map(Int::from_bigint)
    }

    /// Exact Python comparison `self == f` (no rounding: `2**53 + 1 != 2.0**53`).
    pub fn eq_f64(&self, f: f64) -> bool {
        match float_as_int(f) {
            Some(i) => *self == i,
            None => false,
        }
    }
}

/// The integer a float is exactly equal to, if it is finite and integral.
pub(crate) fn float_as_int(f: f64) -> Option<Int> {
    if !f.is_finite() || f.fract() != 0.0 {
        return None;
    }
    // -2**63 <= f < 2**63 converts exactly.
    if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&f) {
        return Some(Int::Small(f as i64));
    }
    num_traits::FromPrimitive::from_f64(f).map(Int::from_bigint)
}

impl Default for Int {
    fn default() -> Self {
        Int::Small(0)
    }
}

impl PartialEq for Int {
    fn eq(&self, other: &Int) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Int {}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            (Int::Big(a), Int::Big(b)) => a.cmp(b),
            (Int::Small(a), Int::Big(b)) => BigInt::from(*a).cmp(b),
            (Int::Big(a), Int::Small(b)) => a.cmp(&BigInt::from(*b)),
        }
    }
}

impl Hash for Int {
    fn hash<H: Hasher>(&self, state: &mut H) {
        match self.to_i64() {
            Some(i) => i.hash(state),
            None => match self {
                Int::Big(b) => b.hash(state),
                Int::Small(i) => i.hash(state),
            },
        }
    }
}

impl fmt::Display for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Int::Small(i) => fmt::Display::fmt(i, f),
            Int::Big(b) => fmt::Display::fmt(b, f),
        }
    }
}

impl From<BigInt> for Int {
    fn from(b: BigInt) -> Int {
        Int::from_bigint(b)
    }
}

impl From<&BigInt> for Int {
    fn from(b: &BigInt) -> Int {
        match b.to_i64() {
            Some(i) => Int::Small(i),
            None => Int::Big(b.clone()),
        }
    }
}

impl From<Int> for BigInt {
    fn from(i: Int) -> BigInt {
        match i {
            Int::Small(i) => BigInt::from(i),
            Int::Big(b) => b,
        }
    }
}

macro_rules! int_from_small {
    ($($t:ty),*) => {$(
        impl From<$t> for Int {
            fn from(v: $t) -> Int {
                Int::Small(i64::from(v))
            }
        }
    )*};
}
int_from_small!(i8, i16, i32, i64, u8, u16, u32, bool);

macro_rules! int_from_wide {
    ($($t:ty),*) => {$(
        impl From<$t> for Int {
            fn from(v: $t) -> Int {
                match i64::try_from(v) {
                    Ok(i) => Int::Small(i),
                    Err(_) => Int::Big(BigInt::from(v)),
                }
            }
        }
    )*};
}
int_from_wide!(u64, i128, u128, usize, isize);

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Pow;

    #[test]
    fn normalises() {
        assert!(matches!(Int::from(BigInt::from(5)), Int::Small(5)));
        assert!(matches!(Int::from(u64::MAX), Int::Big(_)));
        assert!(matches!(Int::from(i64::MIN as i128), Int::Small(i64::MIN)));
        assert!(matches!(
            Int::Big(BigInt::from(3)).normalized(),
            Int::Small(3)
        ));
    }

    #[test]
    fn compares_by_value() {
        assert_eq!(Int::Big(BigInt::from(3)), Int::Small(3));
        assert!(Int::from(u64::MAX) > Int::Small(i64::MAX));
        assert!(Int::from(i128::MIN) < Int::Small(i64::MIN));
    }

    #[test]
    fn big_display_and_conversions() {
        let two_200 = Int::from(BigInt::from(2).pow(200u32));
        assert_eq!(
            two_200.to_string(),
            "1606938044258990275541962092341162602522202993782792835301376"
        );
        assert_eq!(two_200.to_i64(), None);
        assert_eq!(two_200.to_f64(), Some(2f64.powi(200)));
        let huge = Int::from(BigInt::from(10).pow(400u32));
        assert_eq!(huge.to_f64(), None);
        assert_eq!(Int::from(u64::MAX).to_u64(), Some(u64::MAX));
        assert_eq!(Int::from(-1).to_u64(), None);
    }

    #[test]
    fn float_equality_is_exact() {
        assert!(Int::from(1).eq_f64(1.0));
        assert!(!Int::from(1).eq_f64(1.5));
        assert!(!Int::from((1i64 << 53) + 1).eq_f64((1u64 << 53) as f64));
        let two_200 = Int::from(BigInt::from(2).pow(200u32));
        assert!(two_200.eq_f64(2f64.powi(200)));
        assert!(!Int::from(0).eq_f64(f64::NAN));
        assert!(Int::from(i64::MIN).eq_f64(-9_223_372_036_854_775_808.0));
        assert!(!Int::from(i64::MAX).eq_f64(9_223_372_036_854_775_808.0));
    }

    #[test]
    fn parses() {
        assert_eq!(Int::parse_decimal("-12"), Some(Int::from(-12)));
        assert_eq!(
            Int::parse_decimal("18446744073709551616"),
            Some(Int::from(1u128 << 64))
        );
        assert_eq!(Int::parse_decimal("1_0"), None);
        assert_eq!(Int::parse_decimal("-"), None);
        assert_eq!(Int::parse_decimal(""), None);
    }
}
