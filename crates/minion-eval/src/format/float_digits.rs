//! CPython's `PyOS_double_to_string`: a float's correctly rounded decimal
//! digits laid out in the `e`, `f`, `g` or `r` (repr) style.
//!
//! Digits come from Rust's float formatting (shortest round-trip for `{:e}`,
//! exact round-half-even for `{:.*e}` / `{:.*}`), which agrees with
//! CPython's `_Py_dg_dtoa` modes 0, 2 and 3; the layout is a port of
//! CPython's `format_float_short`.

/// Options for [`double_to_string`], mirroring CPython's `Py_DTSF_*` flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_ADD_DOT_0`: without an exponent, always show a digit after
    /// the point (`1.0`, not `1`).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (keep the point and trailing zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: a result that rounds to zero loses its minus sign.
    pub no_neg_0: bool,
    /// `Py_DTSF_SIGN`: put `+` before non-negative numbers.
    pub sign: bool,
}

/// Formats `x` like CPython's `PyOS_double_to_string(x, code, precision,
/// flags)`.
///
/// `code` is one of `e E f F g G r` (upper case codes give `E`, `INF`,
/// `NAN`); any other code is treated as `r`. `precision` is ignored for `r`;
/// for `g` a precision of 0 means 1. Precisions above
/// [`MAX_PRECISION`](super::MAX_PRECISION) are clamped to it (callers
/// report an error before that).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let precision = precision.min(super::MAX_PRECISION);
    let upper = code.is_ascii_uppercase();
    let code = match code.to_ascii_lowercase() {
        c @ ('e' | 'f' | 'g') => c,
        _ => 'r',
    };
    let negative = x.is_sign_negative();
    if x.is_nan() {
        // CPython never adds a sign to a nan, even when asked to.
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        let mut out = sign_prefix(negative, flags.sign).to_string();
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let prec = i64::try_from(precision).unwrap_or(i64::MAX / 4);
    let (digits, decpt, prec) = match code {
        'e' => {
            let (d, p) = significant_digits(x.abs(), precision.saturating_add(1));
            (d, p, prec + 1)
        }
        'g' => {
            let n = precision.max(1);
            let (d, p) = significant_digits(x.abs(), n);
            (d, p, prec.max(1))
        }
        'f' => {
            let (d, p) = fixed_digits(x.abs(), precision);
            (d, p, prec)
        }
        _ => {
            let (d, p) = shortest_digits(x.abs());
            (d, p, 0)
        }
    };
    let is_zero = digits == "0";
    let negative = negative && !(flags.no_neg_0 && is_zero);
    layout(&digits, decpt, code, prec, flags, negative, upper)
}

fn sign_prefix(negative: bool, always: bool) -> &'static str {
    if negative {
        "-"
    } else if always {
        "+"
    } else {
        ""
    }
}

/// Shortest round-trip digits of a finite `x >= 0` and the position of the
/// decimal point (`value = 0.DIGITS * 10**decpt`).
fn shortest_digits(x: f64) -> (String, i64) {
    let (digits, decpt) = split_scientific(&format!("{x:e}"));
    prefer_even_on_tie(x, digits, decpt)
}

/// When `x` lies exactly halfway between two shortest candidates, CPython
/// picks the one with an even last digit, while Rust's shortest algorithm
/// may pick the odd one (e.g. `960092409245322.25` -> CPython
/// `960092409245322.2`). Detects that case and switches to the even one.
fn prefer_even_on_tie(x: f64, digits: String, decpt: i64) -> (String, i64) {
    let n = digits.len();
    let Ok(d) = digits.parse::<u128>() else {
        return (digits, decpt);
    };
    if d % 2 == 0 || n > 17 || x == 0.0 {
        return (digits, decpt);
    }
    // x = m * 2**e with m odd.
    let bits = x.to_bits();
    let raw_exp = i64::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if raw_exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), raw_exp - 1075)
    };
    let tz = m.trailing_zeros();
    m >>= tz;
    e += i64::from(tz);
    // A tie value T * 10**k with T ending in 5 has exactly k factors of two.
    let k = decpt - i64::try_from(n).unwrap_or(0) - 1;
    if k != e {
        return (digits, decpt);
    }
    let five_pow = u32::try_from(e.unsigned_abs())
        .ok()
        .and_then(|p| 5u128.checked_pow(p));
    let Some(five_pow) = five_pow else {
        return (digits, decpt);
    };
    for up in [false, true] {
        let t = if up { d * 10 + 5 } else { d * 10 - 5 };
        let exact = if e >= 0 {
            t.checked_mul(five_pow) == Some(u128::from(m))
        } else {
            u128::from(m).checked_mul(five_pow) == Some(t)
        };
        if !exact {
            continue;
        }
        let candidate = if up { d + 1 } else { d - 1 };
        if candidate == 0 {
            continue;
        }
        let text = candidate.to_string();
        let new_decpt =
            decpt + i64::try_from(text.len()).unwrap_or(0) - i64::try_from(n).unwrap_or(0);
        let scientific = format!("0.{text}e{new_decpt}");
        if scientific.parse::<f64>().ok() == Some(x) {
            let trimmed = text.trim_end_matches('0').to_string();
            return (trimmed, new_decpt);
        }
    }
    (digits, decpt)
}

/// A finite double has at most 767 significant decimal digits...
const MAX_SIGNIFICANT: usize = 800;
/// ...and at most 1074 digits after the decimal point, so asking Rust for
/// more (its formatting precision is limited to `u16`) changes nothing: the
/// layout pads with zeros.
const MAX_FRACTION: usize = 1100;

/// `n >= 1` correctly rounded significant digits (trailing zeros removed).
fn significant_digits(x: f64, n: usize) -> (String, i64) {
    let n = n.min(MAX_SIGNIFICANT);
    split_scientific(&format!("{:.*e}", n.saturating_sub(1), x))
}

/// Digits of `x` rounded to `p` places after the point (leading and
/// trailing zeros removed).
fn fixed_digits(x: f64, p: usize) -> (String, i64) {
    let p = p.min(MAX_FRACTION);
    let text = format!("{x:.p$}");
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let mut decpt = i64::try_from(int_part.len()).unwrap_or(0);
    let all: String = int_part.chars().chain(frac_part.chars()).collect();
    let trimmed_lead = all.trim_start_matches('0');
    decpt -= i64::try_from(all.len() - trimmed_lead.len()).unwrap_or(0);
    normalize(trimmed_lead.trim_end_matches('0'), decpt)
}

/// Splits Rust's `d.ddde[-]x` output into digits and decimal point position.
fn split_scientific(text: &str) -> (String, i64) {
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    normalize(digits.trim_end_matches('0'), exp + 1)
}

/// Zero is represented as the digit string `"0"` with the point after it.
fn normalize(digits: &str, decpt: i64) -> (String, i64) {
    if digits.is_empty() {
        ("0".to_string(), 1)
    } else {
        (digits.to_string(), decpt)
    }
}

fn push_zeros(out: &mut String, count: i64) {
    for _ in 0..count.max(0) {
        out.push('0');
    }
}

/// Port of the layout half of CPython's `format_float_short`.
fn layout(
    digits: &str,
    mut decpt: i64,
    code: char,
    precision: i64,
    flags: DtoaFlags,
    negative: bool,
    upper: bool,
) -> String {
    let digits_len = i64::try_from(digits.len()).unwrap_or(0);
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt.saturating_add(precision),
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    let mut out = String::new();
    out.push_str(sign_prefix(negative, flags.sign));
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let split = usize::try_from(decpt).unwrap_or(0);
        out.push_str(&digits[..split]);
        out.push('.');
        out.push_str(&digits[split..]);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    } else {
        push_zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(x: f64, code: char, p: usize) -> String {
        double_to_string(x, code, p, DtoaFlags::default())
    }

    fn alt(x: f64, code: char, p: usize) -> String {
        let flags = DtoaFlags {
            alt: true,
            ..DtoaFlags::default()
        };
        double_to_string(x, code, p, flags)
    }

    #[test]
    fn fixed() {
        assert_eq!(plain(3.14158, 'f', 2), "3.14");
        assert_eq!(plain(0.5, 'f', 0), "0");
        assert_eq!(plain(1.5, 'f', 0), "2");
        assert_eq!(plain(2.5, 'f', 0), "2");
        assert_eq!(plain(0.125, 'f', 2), "0.12");
        assert_eq!(plain(0.375, 'f', 2), "0.38");
        assert_eq!(plain(2.675, 'f', 2), "2.67");
        assert_eq!(plain(-0.0001, 'f', 2), "-0.00");
        assert_eq!(plain(1e20, 'f', 1), "100000000000000000000.0");
        assert_eq!(alt(1.0, 'f', 0), "1.");
        assert_eq!(plain(f64::INFINITY, 'F', 3), "INF");
    }

    #[test]
    fn exponent_and_general() {
        assert_eq!(plain(12345.678, 'e', 6), "1.234568e+04");
        assert_eq!(plain(0.0, 'e', 2), "0.00e+00");
        assert_eq!(plain(1.0, 'e', 0), "1e+00");
        assert_eq!(alt(1.0, 'e', 0), "1.e+00");
        assert_eq!(plain(1.5e300, 'E', 1), "1.5E+300");
        assert_eq!(plain(0.0001234, 'g', 6), "0.0001234");
        assert_eq!(plain(1e-5, 'g', 6), "1e-05");
        assert_eq!(plain(123456789.0, 'g', 6), "1.23457e+08");
        assert_eq!(plain(1.0, 'g', 0), "1");
        assert_eq!(alt(1.0, 'g', 0), "1.");
        assert_eq!(alt(0.0, 'g', 6), "0.00000");
        assert_eq!(plain(1e-20, 'G', 6), "1E-20");
    }

    #[test]
    fn negative_zero_flag() {
        let flags = DtoaFlags {
            no_neg_0: true,
            ..DtoaFlags::default()
        };
        assert_eq!(double_to_string(-0.0001, 'f', 2, flags), "0.00");
        assert_eq!(double_to_string(-0.0, 'e', 2, flags), "0.00e+00");
        assert_eq!(double_to_string(-0.5, 'f', 2, flags), "-0.50");
    }

    #[test]
    fn nan_never_signed() {
        let flags = DtoaFlags {
            sign: true,
            ..DtoaFlags::default()
        };
        assert_eq!(double_to_string(-f64::NAN, 'r', 0, flags), "nan");
        assert_eq!(double_to_string(f64::INFINITY, 'r', 0, flags), "+inf");
        assert_eq!(double_to_string(2.0, 'f', 1, flags), "+2.0");
    }

    #[test]
    fn precision_beyond_rust_limits() {
        // Rust's own formatting precision is limited to u16::MAX.
        let s = plain(1e300, 'f', 100_000);
        assert_eq!(s.len(), 100_302);
        assert!(s.starts_with("1000000000000000052504760255204420248704468581108159"));
        let s = plain(1e-300, 'e', 100_000);
        assert!(s.starts_with("1.0000000000000000250590918352"));
        assert!(s.ends_with("000e-300"));
        assert_eq!(s.len(), 100_007);
        let s = alt(0.1, 'g', 70_000);
        assert!(s.starts_with("0.1000000000000000055511151231257827"));
        assert_eq!(s.len(), 70_002);
    }

    #[test]
    fn huge_precision_is_exact() {
        let s = plain(0.1, 'f', 30);
        assert_eq!(s, "0.100000000000000005551115123126");
        assert_eq!(plain(5e-324, 'e', 3), "4.941e-324");
    }
}
