//! `repr(float)` and `str(float)` (identical in Python 3).

use super::float_digits::{double_to_string, DtoaFlags};

/// Formats `x` exactly like CPython's `repr(x)`: the shortest digits that
/// round-trip, scientific notation when the decimal exponent is below -4 or
/// at least 16 (`1e+16`, `1e-05`), a trailing `.0` for integral values
/// (`1.0`), and `inf`, `-inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1.5e300, "1.5e+300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (1.0, "1.0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.8, "1234567890123456.8"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001234, "1.234e-05"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (-1.5, "-1.5"),
            (100.0, "100.0"),
            (1e22, "1e+22"),
            (12345678901234567890.0, "1.2345678901234567e+19"),
            (0.1, "0.1"),
            (1.0 / 3.0, "0.3333333333333333"),
            // Exact ties between two shortest candidates: CPython picks
            // the even last digit.
            (f64::from_bits(0x430b_4997_7809_7452), "960092409245322.2"),
            (f64::from_bits(0xc308_5ae1_fe81_371a), "-856915765634787.2"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {x:e}");
        }
    }
}
