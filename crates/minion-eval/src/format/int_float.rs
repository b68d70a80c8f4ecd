//! Exact `int` -> `float` conversion, as CPython's `PyLong_AsDouble`.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::FormatError;

/// Converts `value` to the nearest `f64` (ties to even), like `float(value)`.
///
/// Errors with `OverflowError("int too large to convert to float")` when the
/// rounded result does not fit in a finite float.
pub fn bigint_to_f64(value: &BigInt) -> Result<f64, FormatError> {
    let magnitude = value.magnitude();
    let bits = magnitude.bits();
    let result = if bits <= 64 {
        // `u64 as f64` rounds to nearest, ties to even.
        magnitude.to_u64().map_or(f64::INFINITY, |m| m as f64)
    } else {
        let shift = bits - 64;
        let top = (magnitude >> shift).to_u64().unwrap_or(u64::MAX);
        // Fold the discarded bits into a sticky bit: 64 kept bits leave
        // 11 bits below the 53-bit mantissa, so rounding stays exact.
        let sticky = u64::from(magnitude.trailing_zeros().unwrap_or(0) < shift);
        let approx = (top | sticky) as f64;
        scale_by_power_of_two(approx, shift)
    };
    if result.is_infinite() {
        return Err(FormatError::overflow("int too large to convert to float"));
    }
    Ok(if value.sign() == Sign::Minus {
        -result
    } else {
        result
    })
}

/// `x * 2**shift`, exact unless it overflows (then infinity).
fn scale_by_power_of_two(x: f64, shift: u64) -> f64 {
    if shift > 1023 {
        return f64::INFINITY;
    }
    // 2**shift as a float: biased exponent 1023 + shift, zero mantissa.
    let factor = f64::from_bits((1023 + shift) << 52);
    x * factor
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::{One, Pow};

    fn two_pow(n: u32) -> BigInt {
        Pow::pow(BigInt::from(2), n)
    }

    #[test]
    fn rounds_like_cpython() {
        // Expected values from CPython: float(...) printed with '.0f'.
        let v = two_pow(53) + BigInt::one();
        assert_eq!(bigint_to_f64(&v).ok(), Some(9007199254740992.0));
        let v = two_pow(64) + two_pow(11) + BigInt::one();
        assert_eq!(bigint_to_f64(&v).ok(), Some(18446744073709555712.0));
        let v = -(two_pow(64) + two_pow(11));
        assert_eq!(bigint_to_f64(&v).ok(), Some(-18446744073709551616.0));
        assert_eq!(bigint_to_f64(&BigInt::from(-7)).ok(), Some(-7.0));
        assert_eq!(bigint_to_f64(&BigInt::from(0)).ok(), Some(0.0));
    }

    #[test]
    fn overflow_boundary() {
        // 2**1024 - 2**970 rounds up to 2**1024: overflow in CPython.
        let v = two_pow(1024) - two_pow(970);
        let err = bigint_to_f64(&v).unwrap_err();
        assert_eq!(err.message, "int too large to convert to float");
        let v = two_pow(1024) - two_pow(970) - BigInt::one();
        assert_eq!(bigint_to_f64(&v).ok(), Some(f64::MAX));
        assert!(bigint_to_f64(&Pow::pow(BigInt::from(10), 400u32)).is_err());
    }
}
