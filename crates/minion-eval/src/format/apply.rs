//! `format(value, spec)` for `int`, `float` and `str` (CPython's
//! `formatter_unicode.c`).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float_digits::{double_to_string, DtoaFlags};
use super::int_float::bigint_to_f64;
use super::number::{insert_grouping, push_fill, render_number, NumberParts, NumberStyle};
use super::spec::{separator_type_error, Align, FormatSpec, Sign};
use super::{char_for_message, FormatError, MAX_PRECISION, MAX_WIDTH};

/// Inserts `sep` between groups of `every` characters of `digits`, counted
/// from the right: `group_digits("1234567", ',', 3) == "1,234,567"`.
pub fn group_digits(digits: &str, sep: char, every: usize) -> String {
    insert_grouping(digits, Some((sep, every)), 0)
}

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        char_for_message(ty, 128)
    ))
}

/// Divergence: CPython would try to allocate the whole field.
fn check_width(spec: &FormatSpec) -> Result<(), FormatError> {
    match spec.width {
        Some(w) if w > MAX_WIDTH => Err(FormatError::value("width too big")),
        _ => Ok(()),
    }
}

/// `format(value, spec)` for an `int` (`int.__format__`).
///
/// Types `b c d o x X n` and none format the integer; `e E f F g G %`
/// convert it to a float first (`OverflowError` when too large).
/// An empty spec gives `str(value)`.
pub fn format_int(value: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    format_int_for(value, spec, "int")
}

/// Like [`format_int`], naming `type_name` in "Unknown format code"
/// messages (e.g. `"bool"`; note `format(True, '')` is `'True'`, which the
/// caller handles).
pub fn format_int_for(
    value: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    match spec.ty.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_integer(value, spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float(bigint_to_f64(value)?, spec),
        other => Err(unknown_code(other, type_name)),
    }
}

fn format_integer(value: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let ty = spec.ty.unwrap_or('d');
    if ty == 'c' {
        return format_int_char(value, spec);
    }
    check_width(spec)?;
    let (base, prefix, every) = match ty {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let mut digits = value.magnitude().to_str_radix(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    let mut style = NumberStyle::new(spec, every);
    if ty == 'n' {
        style = style.without_grouping();
    }
    Ok(render_number(&parts, &style))
}

fn format_int_char(value: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.sign != Sign::Default {
        return Err(FormatError::value(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let code = value
        .to_i64()
        .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
    let ch = char_from_code(code)?;
    check_width(spec)?;
    let text = ch.to_string();
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: "",
        decimal: false,
        remainder: &text,
    };
    Ok(render_number(&parts, &NumberStyle::new(spec, 3)))
}

/// A code point for `%c`-style conversions.
///
/// Divergence: lone surrogates (U+D800..U+DFFF) cannot live in a Rust
/// string and are rejected with a `ValueError`.
pub(crate) fn char_from_code(code: i64) -> Result<char, FormatError> {
    if !(0..=0x10ffff).contains(&code) {
        return Err(FormatError::overflow("%c arg not in range(0x110000)"));
    }
    u32::try_from(code)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| FormatError::value("surrogate code points are not supported"))
}

/// `format(value, spec)` for a `float` (`float.__format__`).
///
/// Types `e E f F g G n %` and none (like `g`, but repr-like without a
/// precision and always with a digit after the point).
pub fn format_float(value: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(t, "float"));
        }
    }
    if spec.precision.is_some_and(|p| p > MAX_PRECISION) {
        return Err(FormatError::value("precision too big"));
    }
    check_width(spec)?;
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let mut value = value;
    let mut add_pct = false;
    let (code, precision) = match (ty, spec.precision) {
        (None, p) => {
            flags.add_dot_0 = true;
            match p {
                None => ('r', 0),
                Some(p) => ('g', p),
            }
        }
        (Some('n'), p) => ('g', p.unwrap_or(6)),
        (Some('%'), p) => {
            value *= 100.0;
            add_pct = true;
            ('f', p.unwrap_or(6))
        }
        (Some(t), p) => (t, p.unwrap_or(6)),
    };
    let mut text = double_to_string(value, code, precision, flags);
    if add_pct {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(split);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder,
    };
    let mut style = NumberStyle::new(spec, 3);
    if ty == Some('n') {
        style = style.without_grouping();
    }
    Ok(render_number(&parts, &style))
}

/// `format(value, spec)` for a `str` (`str.__format__`): type `s` or none,
/// precision truncates (counting code points), default left alignment.
pub fn format_str(value: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    if let (Some(sep), None) = (spec.grouping, spec.ty) {
        return Err(separator_type_error(sep, 's'));
    }
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    match spec.sign {
        Sign::Default => {}
        Sign::Space => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        _ => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    check_width(spec)?;
    let fill = if spec.zero_pad { '0' } else { spec.fill };
    let mut len = value.chars().count();
    let text = match spec.precision {
        Some(p) if p < len => {
            len = p;
            value.chars().take(p).collect::<String>()
        }
        _ => value.to_string(),
    };
    let total = spec.width.unwrap_or(0).max(len);
    let left = match spec.align.unwrap_or(Align::Left) {
        Align::Right => total - len,
        Align::Center => (total - len) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let right = total - len - left;
    let mut out = String::with_capacity(text.len() + total - len);
    push_fill(&mut out, fill, left);
    out.push_str(&text);
    push_fill(&mut out, fill, right);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Pow;

    fn int(v: i64, spec: &str) -> String {
        let spec = FormatSpec::parse(spec, "int").unwrap();
        match format_int(&BigInt::from(v), &spec) {
            Ok(s) => s,
            Err(e) => format!("{e}"),
        }
    }

    fn big(v: &BigInt, spec: &str) -> String {
        let spec = FormatSpec::parse(spec, "int").unwrap();
        match format_int(v, &spec) {
            Ok(s) => s,
            Err(e) => format!("{e}"),
        }
    }

    fn flt(v: f64, spec: &str) -> String {
        let spec = match FormatSpec::parse(spec, "float") {
            Ok(s) => s,
            Err(e) => return format!("{e}"),
        };
        match format_float(v, &spec) {
            Ok(s) => s,
            Err(e) => format!("{e}"),
        }
    }

    fn st(v: &str, spec: &str) -> String {
        let spec = match FormatSpec::parse(spec, "str") {
            Ok(s) => s,
            Err(e) => return format!("{e}"),
        };
        match format_str(v, &spec) {
            Ok(s) => s,
            Err(e) => format!("{e}"),
        }
    }

    #[test]
    fn group_digits_helper() {
        assert_eq!(group_digits("1234567", ',', 3), "1,234,567");
        assert_eq!(group_digits("11111111", '_', 4), "1111_1111");
        assert_eq!(group_digits("1", ',', 3), "1");
    }

    #[test]
    fn int_basic_types() {
        assert_eq!(int(255, "#X"), "0XFF");
        assert_eq!(int(255, "#_b"), "0b1111_1111");
        assert_eq!(int(-255, "#010x"), "-0x00000ff");
        assert_eq!(int(-255, "#010_x"), "-0x00_00ff");
        assert_eq!(int(12345678, "_o"), "5706_0516");
        assert_eq!(int(1234, "010,"), "00,001,234");
        assert_eq!(int(1234, "09,"), "0,001,234");
        assert_eq!(int(-1234, "010,"), "-0,001,234");
        assert_eq!(int(1234567, ","), "1,234,567");
        assert_eq!(int(1234567, "n"), "1234567");
        assert_eq!(int(5, "<05"), "50000");
        assert_eq!(int(5, "x<05"), "5xxxx");
        assert_eq!(int(5, "0"), "5");
        assert_eq!(int(5, "=5"), "    5");
        assert_eq!(int(5, "+"), "+5");
        assert_eq!(int(5, " "), " 5");
        assert_eq!(int(-5, "^7"), "  -5   ");
        assert_eq!(int(42, "*>+8"), "*****+42");
        assert_eq!(int(0, "#x"), "0x0");
        assert_eq!(int(-42, ""), "-42");
        let huge: BigInt = Pow::pow(BigInt::from(2), 64u32);
        assert_eq!(big(&huge, "n"), "18446744073709551616");
    }

    #[test]
    fn int_char() {
        assert_eq!(int(65, "c"), "A");
        assert_eq!(int(65, "5c"), "    A");
        assert_eq!(int(65, "05c"), "0000A");
        assert_eq!(int(65, "=5c"), "    A");
        assert_eq!(int(0x263a, "c"), "\u{263a}");
        assert_eq!(int(-1, "c"), "OverflowError: %c arg not in range(0x110000)");
        assert_eq!(
            int(0x110000, "c"),
            "OverflowError: %c arg not in range(0x110000)"
        );
        let huge: BigInt = Pow::pow(BigInt::from(2), 70u32);
        assert_eq!(
            big(&huge, "c"),
            "OverflowError: Python int too large to convert to C long"
        );
        assert_eq!(
            int(1, "+c"),
            "ValueError: Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            int(1, "#c"),
            "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"
        );
    }

    #[test]
    fn int_errors() {
        assert_eq!(
            int(1, "z"),
            "ValueError: Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            int(1, ".2"),
            "ValueError: Precision not allowed in integer format specifier"
        );
        assert_eq!(
            int(1, "s"),
            "ValueError: Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            int(1, "\u{1}"),
            "ValueError: Unknown format code '\\x1' for object of type 'int'"
        );
        assert_eq!(
            int(1, "é"),
            "ValueError: Unknown format code '\\xe9' for object of type 'int'"
        );
        let spec = FormatSpec::parse("y", "bool").unwrap();
        let e = format_int_for(&BigInt::from(1), &spec, "bool").unwrap_err();
        assert_eq!(
            e.message,
            "Unknown format code 'y' for object of type 'bool'"
        );
        assert_eq!(int(1, "1000000000"), "ValueError: width too big");
    }

    #[test]
    fn int_as_float() {
        assert_eq!(int(123, "%"), "12300.000000%");
        assert_eq!(int(123, ",.2f"), "123.00");
        assert_eq!(int(12345, "e"), "1.234500e+04");
        let huge: BigInt = Pow::pow(BigInt::from(10), 400u32);
        assert_eq!(
            big(&huge, "e"),
            "OverflowError: int too large to convert to float"
        );
    }

    #[test]
    fn float_default_type() {
        assert_eq!(flt(1.0, ""), "1.0");
        assert_eq!(flt(1e20, ""), "1e+20");
        assert_eq!(flt(1e16, ""), "1e+16");
        assert_eq!(flt(1.0, "#"), "1.0");
        assert_eq!(flt(1e16, "#"), "1.e+16");
        assert_eq!(flt(1.5, ".3"), "1.5");
        assert_eq!(flt(1.5, ".0"), "2e+00");
        assert_eq!(flt(123.0, ".3"), "1.23e+02");
        assert_eq!(flt(12345.678, "10.2"), "   1.2e+04");
        assert_eq!(flt(f64::NEG_INFINITY, "+"), "-inf");
        assert_eq!(flt(f64::NAN, "+"), "+nan");
        assert_eq!(flt(-f64::NAN, ""), "nan");
        assert_eq!(flt(-0.0, "z"), "0.0");
    }

    #[test]
    fn float_typed() {
        assert_eq!(flt(1.5, ".2%"), "150.00%");
        assert_eq!(flt(1.5, "%"), "150.000000%");
        assert_eq!(flt(1234.5, "n"), "1234.5");
        assert_eq!(flt(1234567.5, ",.2f"), "1,234,567.50");
        assert_eq!(flt(1234567.5, "020,.2f"), "0,000,001,234,567.50");
        assert_eq!(flt(1.0, "#g"), "1.00000");
        assert_eq!(flt(0.0, "#g"), "0.00000");
        assert_eq!(flt(0.0, "g"), "0");
        assert_eq!(flt(1e-5, "g"), "1e-05");
        assert_eq!(flt(1e-4, "g"), "0.0001");
        assert_eq!(flt(123456789.0, "g"), "1.23457e+08");
        assert_eq!(flt(1.0, "#.0e"), "1.e+00");
        assert_eq!(flt(1.0, ".0e"), "1e+00");
        assert_eq!(flt(1.0, "#.0f"), "1.");
        assert_eq!(flt(1.0, ".0g"), "1");
        assert_eq!(flt(1.0, "#.0g"), "1.");
        assert_eq!(flt(f64::INFINITY, "E"), "INF");
        assert_eq!(flt(f64::NAN, "F"), "NAN");
        assert_eq!(flt(0.5, ".0f"), "0");
        assert_eq!(flt(2.5, ".0f"), "2");
        assert_eq!(flt(0.125, ".2f"), "0.12");
        assert_eq!(flt(-0.0001, "z.2f"), "0.00");
        assert_eq!(flt(-0.0, "z.2e"), "0.00e+00");
        assert_eq!(flt(3.14158, "*^+12.3f"), "***+3.142***");
        assert_eq!(flt(-3.5, "=+8"), "-    3.5");
    }

    #[test]
    fn float_padding_of_specials() {
        assert_eq!(flt(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(flt(f64::NEG_INFINITY, "010"), "-000000inf");
        assert_eq!(flt(f64::NAN, "+010,"), "+000000nan");
    }

    #[test]
    fn float_errors() {
        assert_eq!(
            flt(1.5, "d"),
            "ValueError: Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(flt(1.5, ".20000000f"), "ValueError: precision too big");
        assert_eq!(
            flt(1.5, "abc"),
            "ValueError: Invalid format specifier 'abc' for object of type 'float'"
        );
    }

    #[test]
    fn strings() {
        assert_eq!(st("ab", "05"), "ab000");
        assert_eq!(st("abc", ".2"), "ab");
        assert_eq!(st("abc", "^8.2"), "   ab   ");
        assert_eq!(st("abc", ">5"), "  abc");
        assert_eq!(st("abc", "*^6"), "*abc**");
        assert_eq!(st("héllo", "~<7s"), "héllo~~");
        assert_eq!(st("日本", "^6"), "  日本  ");
        assert_eq!(st("abc", "2"), "abc");
        assert_eq!(st("abc", ""), "abc");
    }

    #[test]
    fn string_errors() {
        assert_eq!(
            st("a", " "),
            "ValueError: Space not allowed in string format specifier"
        );
        assert_eq!(
            st("a", "-"),
            "ValueError: Sign not allowed in string format specifier"
        );
        assert_eq!(
            st("a", "z"),
            "ValueError: Negative zero coercion (z) not allowed in string format specifier"
        );
        assert_eq!(st("a", ","), "ValueError: Cannot specify ',' with 's'.");
        assert_eq!(
            st("a", "#"),
            "ValueError: Alternate form (#) not allowed in string format specifier"
        );
        assert_eq!(
            st("a", "="),
            "ValueError: '=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            st("a", "d"),
            "ValueError: Unknown format code 'd' for object of type 'str'"
        );
        assert_eq!(
            st("a", ",d"),
            "ValueError: Unknown format code 'd' for object of type 'str'"
        );
    }
}
