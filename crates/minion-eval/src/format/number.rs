//! Laying out a formatted number: sign, prefix, padding and digit grouping.
//!
//! A port of CPython's `calc_number_widths`, `fill_number` and
//! `_PyUnicode_InsertThousandsGrouping` (including its quirk of grouping
//! the zero padding: `format(1234, '010,') == '00,001,234'`).

use super::spec::{Align, FormatSpec, Sign};

/// The pieces of a number, before padding.
pub(crate) struct NumberParts<'a> {
    /// Whether a `-` sign is needed.
    pub negative: bool,
    /// `0x`-style prefix (empty when none).
    pub prefix: &'a str,
    /// The digits that get grouped (integer part).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub decimal: bool,
    /// Everything after the point (or after the digits): fraction,
    /// exponent, `%`, `inf`, or the character for `c`.
    pub remainder: &'a str,
}

/// Layout options resolved from a [`FormatSpec`].
pub(crate) struct NumberStyle {
    fill: char,
    align: Align,
    sign: Sign,
    width: usize,
    grouping: Option<(char, usize)>,
}

impl NumberStyle {
    /// Resolves fill/alignment for a number (`0` flag: zero fill and `=`
    /// alignment unless one was given); `every` is the group size.
    pub fn new(spec: &FormatSpec, every: usize) -> Self {
        let (fill, align) = if spec.zero_pad {
            ('0', spec.align.unwrap_or(Align::AfterSign))
        } else {
            (spec.fill, spec.align.unwrap_or(Align::Right))
        };
        Self {
            fill,
            align,
            sign: spec.sign,
            width: spec.width.unwrap_or(0),
            grouping: spec.grouping.map(|sep| (sep, every)),
        }
    }

    /// Disables grouping (the `n` type in the C locale).
    pub fn without_grouping(mut self) -> Self {
        self.grouping = None;
        self
    }
}

/// Inserts `sep` between groups of `every` digits counted from the right,
/// padding with zeros on the left up to `min_width` characters.
pub(crate) fn insert_grouping(
    digits: &str,
    grouping: Option<(char, usize)>,
    min_width: usize,
) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len();
    let mut min_width = min_width as isize;
    let mut rev: Vec<char> = Vec::with_capacity(digits.len().max(min_width.max(0) as usize) + 8);
    let mut end = digits.len();
    let mut emit = |rev: &mut Vec<char>, n_chars: usize, n_zeros: usize, sep: Option<char>| {
        if let Some(sep) = sep {
            rev.push(sep);
        }
        let start = end - n_chars;
        rev.extend(digits[start..end].iter().rev());
        end = start;
        rev.resize(rev.len() + n_zeros, '0');
    };
    match grouping {
        Some((sep, every)) => {
            let every = every.max(1);
            let mut use_sep = false;
            loop {
                let want = remaining.max(min_width.max(0) as usize).max(1);
                let len = every.min(want);
                let n_zeros = len.saturating_sub(remaining);
                let n_chars = remaining.min(len);
                emit(&mut rev, n_chars, n_zeros, use_sep.then_some(sep));
                use_sep = true;
                remaining -= n_chars;
                min_width -= len as isize;
                if remaining == 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
        None => {
            let len = remaining.max(min_width.max(0) as usize).max(1);
            let n_zeros = len.saturating_sub(remaining);
            emit(&mut rev, remaining, n_zeros, None);
        }
    }
    rev.into_iter().rev().collect()
}

/// Appends `count` copies of `c` to `out`.
pub(crate) fn push_fill(out: &mut String, c: char, count: usize) {
    out.reserve(count * c.len_utf8());
    for _ in 0..count {
        out.push(c);
    }
}

/// Lays out `parts` in a field, like CPython's `fill_number`.
pub(crate) fn render_number(parts: &NumberParts<'_>, style: &NumberStyle) -> String {
    let sign = match (parts.negative, style.sign) {
        (true, _) => Some('-'),
        (false, Sign::Plus) => Some('+'),
        (false, Sign::Space) => Some(' '),
        (false, _) => None,
    };
    let n_non_digit = usize::from(sign.is_some())
        + parts.prefix.chars().count()
        + usize::from(parts.decimal)
        + parts.remainder.chars().count();
    let min_width = if style.fill == '0' && style.align == Align::AfterSign {
        style.width.saturating_sub(n_non_digit)
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(parts.digits, style.grouping, min_width)
    };
    let used = n_non_digit + grouped.chars().count();
    let padding = style.width.saturating_sub(used);
    let (left, middle, right) = match style.align {
        Align::Left => (0, 0, padding),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
        Align::Right => (padding, 0, 0),
    };
    let mut out = String::with_capacity(used + padding);
    push_fill(&mut out, style.fill, left);
    out.extend(sign);
    out.push_str(parts.prefix);
    push_fill(&mut out, style.fill, middle);
    out.push_str(&grouped);
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, style.fill, right);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_with_zero_padding() {
        // format(1234, '0N,') in CPython for N = 10, 9, 8, 7.
        assert_eq!(insert_grouping("1234", Some((',', 3)), 10), "00,001,234");
        assert_eq!(insert_grouping("1234", Some((',', 3)), 9), "0,001,234");
        assert_eq!(insert_grouping("1234", Some((',', 3)), 8), "0,001,234");
        assert_eq!(insert_grouping("1234", Some((',', 3)), 7), "001,234");
        assert_eq!(insert_grouping("1234567", Some((',', 3)), 0), "1,234,567");
        assert_eq!(insert_grouping("ff", Some(('_', 4)), 7), "00_00ff");
        assert_eq!(insert_grouping("42", None, 5), "00042");
        assert_eq!(insert_grouping("123", Some((',', 3)), 0), "123");
    }

    #[test]
    fn alignment() {
        let spec = FormatSpec {
            width: Some(7),
            align: Some(Align::Center),
            fill: '*',
            ..FormatSpec::default()
        };
        let parts = NumberParts {
            negative: true,
            prefix: "",
            digits: "12",
            decimal: false,
            remainder: "",
        };
        assert_eq!(
            render_number(&parts, &NumberStyle::new(&spec, 3)),
            "**-12**"
        );
    }
}
