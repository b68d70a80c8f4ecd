//! Rendering one `%` conversion from an already extracted value, as
//! CPython's `unicode_format_arg_format` / `unicode_format_arg_output`.
//!
//! `width` and `precision` are the resolved counts: the spec's fixed value,
//! or the value of a `*` argument (see [`star_width`], which also says
//! whether a negative `*` width asks for left justification: the caller then
//! sets `minus` on a copy of the spec).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::apply::char_from_code;
use super::float_digits::{double_to_string, DtoaFlags};
use super::number::push_fill;
use super::percent::PercentSpec;
use super::{FormatError, MAX_PRECISION, MAX_WIDTH};

/// Resolves a `*` width argument: `(width, left_justify)`; negative widths
/// mean left justification, as in CPython.
pub fn star_width(value: &BigInt) -> Result<(usize, bool), FormatError> {
    let w = value
        .to_i64()
        .ok_or_else(|| FormatError::overflow("Python int too large to convert to C ssize_t"))?;
    let left = w < 0;
    let w = usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX);
    Ok((w, left))
}

/// Resolves a `*` precision argument (negative means 0, as in CPython).
pub fn star_precision(value: &BigInt) -> Result<usize, FormatError> {
    let p = value
        .to_i32()
        .ok_or_else(|| FormatError::overflow("Python int too large to convert to C int"))?;
    Ok(usize::try_from(p).unwrap_or(0))
}

/// The character for `%c` given an `int` argument.
pub fn percent_char_from_int(value: &BigInt) -> Result<char, FormatError> {
    let code = value.to_i64().unwrap_or(-1);
    char_from_code(code)
}

/// The character for `%c` given a `str` argument (must be one code point).
pub fn percent_char_from_str(value: &str) -> Result<char, FormatError> {
    let mut chars = value.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(FormatError::type_error("%c requires int or char")),
    }
}

fn check_width(width: Option<usize>) -> Result<(), FormatError> {
    match width {
        Some(w) if w > MAX_WIDTH => Err(FormatError::value("width too big")),
        _ => Ok(()),
    }
}

/// `%d %i %u %o %x %X` of an integer (other conversions are treated as
/// `d`). The precision is a minimum number of digits.
pub fn percent_int(
    value: &BigInt,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    if precision.is_some_and(|p| p > MAX_PRECISION) {
        return Err(FormatError::overflow("precision too large"));
    }
    check_width(width)?;
    let conv = spec.conversion;
    let (base, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = value.magnitude().to_str_radix(base);
    let mut text = String::new();
    if value.is_negative() {
        text.push('-');
    }
    if spec.alternate {
        text.push_str(prefix);
    }
    let pad = precision.unwrap_or(0).saturating_sub(digits.len());
    push_fill(&mut text, '0', pad);
    if conv == 'X' {
        text.push_str(&digits.to_ascii_uppercase());
    } else {
        text.push_str(&digits);
    }
    Ok(output(&text, spec, width, precision, true))
}

/// `%e %E %f %F %g %G` of a float (default precision 6).
pub fn percent_float(
    value: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    if precision.is_some_and(|p| p > MAX_PRECISION) {
        return Err(FormatError::value("precision too big"));
    }
    check_width(width)?;
    let flags = DtoaFlags {
        alt: spec.alternate,
        ..DtoaFlags::default()
    };
    let text = double_to_string(value, spec.conversion, precision.unwrap_or(6), flags);
    Ok(output(&text, spec, width, precision, true))
}

/// `%s %r %a` of already converted text (`str()`, `repr()` or `ascii()` of
/// the argument); the precision truncates (counting code points).
pub fn percent_str(
    value: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    check_width(width)?;
    Ok(output(value, spec, width, precision, false))
}

/// `%c` of a character (see [`percent_char_from_int`] and
/// [`percent_char_from_str`]); the precision is ignored.
pub fn percent_char(
    value: char,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    check_width(width)?;
    Ok(output(&value.to_string(), spec, width, precision, false))
}

/// Port of `unicode_format_arg_output`: sign, `0x` prefix, padding.
fn output(
    text: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
    numeric: bool,
) -> String {
    let conv = spec.conversion;
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    if matches!(conv, 's' | 'r' | 'a') {
        len = len.min(precision.unwrap_or(usize::MAX));
    }
    let mut pindex = 0;
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                len = len.saturating_sub(1);
                pindex = 1;
            }
            _ if spec.plus => sign = Some('+'),
            _ if spec.space => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = width.unwrap_or(0).max(len);
    let mut out = String::with_capacity(width + 2);
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = numeric && spec.alternate && matches!(conv, 'x' | 'X' | 'o');
    let prefix: String = if alt_prefix {
        chars.iter().skip(pindex).take(2).collect()
    } else {
        String::new()
    };
    if alt_prefix {
        if fill != ' ' {
            out.push_str(&prefix);
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len = len.saturating_sub(2);
    }
    if width > len && !spec.minus {
        push_fill(&mut out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        if alt_prefix {
            out.push_str(&prefix);
            pindex += 2;
        }
    }
    out.extend(chars.iter().skip(pindex).take(len));
    if width > len {
        push_fill(&mut out, ' ', width - len);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::percent::{parse_percent, Count, PercentPiece};
    use super::*;
    use num_traits::Pow;

    /// A tiny `%` driver for tests: each argument is an int, float or str
    /// (tagged by the spec's conversion).
    enum Arg<'a> {
        I(i64),
        F(f64),
        S(&'a str),
    }

    fn run(template: &str, args: &[Arg<'_>]) -> String {
        let mut args = args.iter();
        let mut out = String::new();
        let pieces = match parse_percent(template) {
            Ok(p) => p,
            Err(e) => return e.to_string(),
        };
        for piece in pieces {
            let mut spec = match piece {
                PercentPiece::Literal(s) => {
                    out.push_str(&s);
                    continue;
                }
                PercentPiece::Spec(s) => s,
            };
            let width = match spec.width {
                None => None,
                Some(Count::Fixed(w)) => Some(w),
                Some(Count::Star) => match args.next() {
                    Some(Arg::I(w)) => {
                        let (w, left) = star_width(&BigInt::from(*w)).unwrap();
                        spec.minus |= left;
                        Some(w)
                    }
                    _ => panic!("bad star"),
                },
            };
            let precision = match spec.precision {
                None => None,
                Some(Count::Fixed(p)) => Some(p),
                Some(Count::Star) => match args.next() {
                    Some(Arg::I(p)) => Some(star_precision(&BigInt::from(*p)).unwrap()),
                    _ => panic!("bad star"),
                },
            };
            let r = match (args.next(), spec.conversion) {
                (Some(Arg::I(v)), 'c') => percent_char_from_int(&BigInt::from(*v))
                    .and_then(|c| percent_char(c, &spec, width, precision)),
                (Some(Arg::S(v)), 'c') => {
                    percent_char_from_str(v).and_then(|c| percent_char(c, &spec, width, precision))
                }
                (Some(Arg::I(v)), _) => percent_int(&BigInt::from(*v), &spec, width, precision),
                (Some(Arg::F(v)), _) => percent_float(*v, &spec, width, precision),
                (Some(Arg::S(v)), _) => percent_str(v, &spec, width, precision),
                (None, _) => panic!("not enough arguments"),
            };
            match r {
                Ok(s) => out.push_str(&s),
                Err(e) => return e.to_string(),
            }
        }
        out
    }

    use Arg::{F, I, S};

    #[test]
    fn brief_example() {
        assert_eq!(
            run(
                "%5.2f|%-6d|%+d|%05d|%x|%#o|%.3s|%e|%g",
                &[
                    F(3.14158),
                    I(42),
                    I(5),
                    I(-42),
                    I(255),
                    I(8),
                    S("abcdef"),
                    F(12345.678),
                    F(0.0001234)
                ]
            ),
            " 3.14|42    |+5|-0042|ff|0o10|abc|1.234568e+04|0.0001234"
        );
    }

    #[test]
    fn int_flags() {
        assert_eq!(
            run(
                "%#x %#X %#o %#5x %#05x %-#8x| %+#x",
                &[I(255), I(255), I(8), I(255), I(255), I(255), I(255)]
            ),
            "0xff 0XFF 0o10  0xff 0x0ff 0xff    | +0xff"
        );
        assert_eq!(
            run(
                "%.5d %.5x %#.5x %-8.3d| %08.3d %+.3d % d",
                &[I(42), I(255), I(255), I(7), I(7), I(7), I(7)]
            ),
            "00042 000ff 0x000ff 007     | 00000007 +007  7"
        );
        assert_eq!(
            run("%+05d|% 05d|%+5d|% 5d", &[I(3), I(3), I(3), I(3)]),
            "+0003| 0003|   +3|    3"
        );
        assert_eq!(run("%x %X %o", &[I(-255), I(-255), I(-8)]), "-ff -FF -10");
        assert_eq!(run("%#x|%#o|%.0d", &[I(0), I(0), I(0)]), "0x0|0o0|0");
        assert_eq!(
            run("%#10.3x|%#010.3x|%0#10.3X|", &[I(255), I(255), I(-255)]),
            "     0x0ff|0x000000ff|-0X00000FF|"
        );
        let huge: BigInt = Pow::pow(BigInt::from(2), 70u32);
        let spec = match &parse_percent("%i").unwrap()[0] {
            PercentPiece::Spec(s) => s.clone(),
            PercentPiece::Literal(_) => unreachable!(),
        };
        assert_eq!(
            percent_int(&huge, &spec, None, None).unwrap(),
            "1180591620717411303424"
        );
        assert_eq!(
            percent_int(&huge, &spec, None, Some(2_147_483_645))
                .unwrap_err()
                .to_string(),
            "OverflowError: precision too large"
        );
    }

    #[test]
    fn strings_and_chars() {
        assert_eq!(
            run("%05s|%-05d|%-05.1f|", &[S("ab"), I(3), F(2.5)]),
            "   ab|3    |2.5  |"
        );
        assert_eq!(
            run(
                "%c%c|%5c|%-5c|%05c",
                &[I(65), S("b"), S("c"), S("d"), S("e")]
            ),
            "Ab|    c|d    |    e"
        );
        assert_eq!(
            run("%c", &[I(-1)]),
            "OverflowError: %c arg not in range(0x110000)"
        );
        assert_eq!(run("%c", &[S("ab")]), "TypeError: %c requires int or char");
        assert_eq!(
            run(
                "%.s|%#.3s|%10.2s|%.3c|%+s|",
                &[S("abc"), S("abcdef"), S("abcdef"), S("a"), S("a")]
            ),
            "|abc|        ab|a|a|"
        );
        assert_eq!(run("%-4s|%4s", &[S("é"), S("日本")]), "é   |  日本");
    }

    #[test]
    fn floats() {
        assert_eq!(
            run(
                "%.0e %#.0e %.0f %#.0f %#g %#.3g %g %G %E %F",
                &[
                    F(1.0),
                    F(1.0),
                    F(1.0),
                    F(1.0),
                    F(1.0),
                    F(1.0),
                    F(1e20),
                    F(1e-20),
                    F(12.5),
                    F(f64::INFINITY)
                ]
            ),
            "1e+00 1.e+00 1 1. 1.00000 1.00 1e+20 1E-20 1.250000E+01 INF"
        );
        assert_eq!(
            run("%f %e %g", &[F(f64::NAN), F(f64::NEG_INFINITY), F(-0.0)]),
            "nan -inf -0"
        );
        assert_eq!(
            run(
                "%010.3f|%-10.3f|%+010.3e|%010f",
                &[F(-3.14158), F(3.14158), F(314.159), F(f64::INFINITY)]
            ),
            "-00003.142|3.142     |+3.142e+02|0000000inf"
        );
        assert_eq!(
            run("%.f|%-+08.2f|% -8.2e|", &[F(2.5), F(2.5), F(2.5)]),
            "2|+2.50   | 2.50e+00|"
        );
    }

    #[test]
    fn star_counts() {
        assert_eq!(
            run(
                "%*d|%-*d|%*d|%.*f|%.*f",
                &[
                    I(5),
                    I(1),
                    I(5),
                    I(2),
                    I(-5),
                    I(3),
                    I(2),
                    F(3.14158),
                    I(-2),
                    F(3.14158)
                ]
            ),
            "    1|2    |3    |3.14|3"
        );
        let huge: BigInt = Pow::pow(BigInt::from(2), 70u32);
        assert_eq!(
            star_width(&huge).unwrap_err().message,
            "Python int too large to convert to C ssize_t"
        );
        assert_eq!(
            star_precision(&huge).unwrap_err().message,
            "Python int too large to convert to C int"
        );
        assert_eq!(
            run("%*d", &[I(1_000_000_000), I(1)]),
            "ValueError: width too big"
        );
    }
}
