//! The format-spec mini-language:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! A port of CPython's `parse_internal_render_format_spec`.

use super::{char_for_message, FormatError};

/// The alignment option of a format spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Align {
    /// `<`: pad on the right.
    Left,
    /// `>`: pad on the left.
    Right,
    /// `^`: pad on both sides (the left side gets the smaller half).
    Center,
    /// `=`: pad between the sign/prefix and the digits (numbers only).
    AfterSign,
}

/// The sign option of a format spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Sign {
    /// No sign option given.
    #[default]
    Default,
    /// `-`: only negative numbers get a sign (same output as `Default`, but
    /// still rejected for strings).
    Minus,
    /// `+`: always show the sign.
    Plus,
    /// ` `: a space before non-negative numbers.
    Space,
}

/// A parsed format spec.
///
/// `zero_pad` records the `0` flag before the width; it is only set when no
/// explicit fill was given, and means "fill with `0`, and for numbers
/// default to `=` alignment" (resolved by the `format_*` functions).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FormatSpec {
    /// Fill character (`' '` unless given).
    pub fill: char,
    /// Alignment, if given.
    pub align: Option<Align>,
    /// Sign option.
    pub sign: Sign,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0` before the width (see the type docs).
    pub zero_pad: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Thousands separator: `,` or `_`.
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type character.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        Self {
            fill: ' ',
            align: None,
            sign: Sign::Default,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads ASCII digits at `pos`; `Ok(None)` when there are none.
fn read_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// The error for a thousands separator combined with an incompatible type.
pub(crate) fn separator_type_error(sep: char, ty: char) -> FormatError {
    FormatError::value(format!(
        "Cannot specify '{sep}' with '{}'.",
        char_for_message(ty, 128)
    ))
}

fn both_separators_error() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

impl FormatSpec {
    /// Parses a format spec; `type_name` (e.g. `"int"`) is only used in the
    /// "Invalid format specifier" message.
    ///
    /// Type-independent validation happens here (as in CPython); checks that
    /// depend on the value's default type (e.g. `format('x', ',')` ->
    /// "Cannot specify ',' with 's'.") happen in the `format_*` functions.
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
        let chars: Vec<char> = spec.chars().collect();
        let mut out = FormatSpec::default();
        let mut pos = 0;
        let mut fill_specified = false;

        if let Some(align) = chars.get(1).copied().and_then(align_of) {
            out.fill = chars[0];
            out.align = Some(align);
            fill_specified = true;
            pos = 2;
        } else if let Some(align) = chars.first().copied().and_then(align_of) {
            out.align = Some(align);
            pos = 1;
        }

        out.sign = match chars.get(pos) {
            Some('+') => Sign::Plus,
            Some('-') => Sign::Minus,
            Some(' ') => Sign::Space,
            _ => Sign::Default,
        };
        if out.sign != Sign::Default {
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            out.no_neg_zero = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            out.alternate = true;
            pos += 1;
        }
        if !fill_specified && chars.get(pos) == Some(&'0') {
            out.zero_pad = true;
            pos += 1;
        }
        out.width = read_integer(&chars, &mut pos)?;

        if chars.get(pos) == Some(&',') {
            out.grouping = Some(',');
            pos += 1;
        }
        if chars.get(pos) == Some(&'_') {
            if out.grouping.is_some() {
                return Err(both_separators_error());
            }
            out.grouping = Some('_');
            pos += 1;
        }
        if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
            return Err(both_separators_error());
        }

        if chars.get(pos) == Some(&'.') {
            pos += 1;
            out.precision = read_integer(&chars, &mut pos)?;
            if out.precision.is_none() {
                return Err(FormatError::value("Format specifier missing precision"));
            }
        }

        match chars.len() - pos.min(chars.len()) {
            0 => {}
            1 => out.ty = Some(chars[pos]),
            _ => {
                return Err(FormatError::value(format!(
                    "Invalid format specifier '{spec}' for object of type '{type_name}'"
                )))
            }
        }

        if let (Some(sep), Some(ty)) = (out.grouping, out.ty) {
            let ok = match ty {
                'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => true,
                'b' | 'o' | 'x' | 'X' => sep == '_',
                _ => false,
            };
            if !ok {
                return Err(separator_type_error(sep, ty));
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(spec: &str) -> String {
        FormatSpec::parse(spec, "int").unwrap_err().message
    }

    #[test]
    fn parses_all_fields() {
        let s = FormatSpec::parse("*^+z#012,.3f", "float").unwrap();
        assert_eq!(s.fill, '*');
        assert_eq!(s.align, Some(Align::Center));
        assert_eq!(s.sign, Sign::Plus);
        assert!(s.no_neg_zero && s.alternate);
        assert!(!s.zero_pad, "an explicit fill makes '0' part of the width");
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
    }

    #[test]
    fn zero_flag_and_width() {
        let s = FormatSpec::parse("010", "int").unwrap();
        assert!(s.zero_pad);
        assert_eq!(s.width, Some(10));
        let s = FormatSpec::parse("0", "int").unwrap();
        assert!(s.zero_pad);
        assert_eq!(s.width, None);
        let s = FormatSpec::parse("x<05", "int").unwrap();
        assert!(!s.zero_pad);
        assert_eq!(s.width, Some(5));
        let s = FormatSpec::parse("<", "int").unwrap();
        assert_eq!((s.fill, s.align), (' ', Some(Align::Left)));
        let s = FormatSpec::parse("<<", "int").unwrap();
        assert_eq!((s.fill, s.align), ('<', Some(Align::Left)));
        assert_eq!(FormatSpec::parse("", "int").unwrap(), FormatSpec::default());
    }

    #[test]
    fn underscore_grouping_with_hex_is_allowed() {
        let s = FormatSpec::parse("_x", "int").unwrap();
        assert_eq!(s.grouping, Some('_'));
        assert_eq!(s.ty, Some('x'));
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(
            err("abc"),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(
            FormatSpec::parse("abc", "float").unwrap_err().message,
            "Invalid format specifier 'abc' for object of type 'float'"
        );
        assert_eq!(err(",n"), "Cannot specify ',' with 'n'.");
        assert_eq!(err(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(err(",,"), "Cannot specify ',' with ','.");
        assert_eq!(err("__"), "Cannot specify '_' with '_'.");
        assert_eq!(err(",b"), "Cannot specify ',' with 'b'.");
        assert_eq!(err(",c"), "Cannot specify ',' with 'c'.");
        assert_eq!(err(",\u{1}"), "Cannot specify ',' with '\\x1'.");
        assert_eq!(err("."), "Format specifier missing precision");
        assert_eq!(
            err("99999999999999999999"),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            err(".99999999999999999999"),
            "Too many decimal digits in format string"
        );
    }
}
