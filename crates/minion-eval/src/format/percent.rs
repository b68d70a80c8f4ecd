//! Parsing printf-style `%` templates (`'%-5.2f' % x`), as CPython's
//! `unicode_format_arg_parse`.
//!
//! The caller walks the pieces, fetches one argument per `*` and per spec
//! (or looks up `key` in the mapping), converts it, and calls a renderer from
//! `percent_render`.

use super::FormatError;

/// A width or precision in a `%` spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Count {
    /// `*`: taken from the next argument.
    Star,
    /// A literal number.
    Fixed(usize),
}

/// One `%` conversion: `%[(key)][flags][width][.precision][hlL]conversion`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PercentSpec {
    /// Mapping key from `%(key)s`.
    pub key: Option<String>,
    /// `-` flag: left-justify.
    pub minus: bool,
    /// `+` flag: always show the sign.
    pub plus: bool,
    /// ` ` flag: a space before non-negative numbers.
    pub space: bool,
    /// `#` flag: alternate form.
    pub alternate: bool,
    /// `0` flag: zero padding (numbers only).
    pub zero: bool,
    /// Minimum width.
    pub width: Option<Count>,
    /// Precision (`%.f` has precision 0).
    pub precision: Option<Count>,
    /// Conversion character, one of `s r a d i u o x X e E f F g G c`.
    pub conversion: char,
}

/// A piece of a parsed `%` template.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PercentPiece {
    /// Literal text (`%%` already turned into `%`).
    Literal(String),
    /// A conversion that consumes an argument.
    Spec(PercentSpec),
}

/// Parses a whole `%` template eagerly.
///
/// CPython parses lazily, so a template with a bad spec after a spec whose
/// argument has the wrong type reports the type error first; use
/// [`PercentParser`] to get that order.
pub fn parse_percent(template: &str) -> Result<Vec<PercentPiece>, FormatError> {
    PercentParser::new(template).collect()
}

/// Parses a `bytes % args` template (given as latin-1 text), where `%b` is also valid.
pub fn parse_percent_bytes(template: &str) -> Result<Vec<PercentPiece>, FormatError> {
    let mut p = PercentParser::new(template);
    p.bytes = true;
    p.collect()
}

/// Lazy `%` template parser: yields pieces in order, then stops after the
/// first error.
#[derive(Debug, Clone)]
pub struct PercentParser {
    chars: Vec<char>,
    pos: usize,
    failed: bool,
    /// A `bytes` template: `%b` is accepted too.
    bytes: bool,
}

const CONVERSIONS: &str = "sradiuoxXeEfFgGc";

fn incomplete() -> FormatError {
    FormatError::value("incomplete format")
}

impl PercentParser {
    /// Starts parsing `template`.
    pub fn new(template: &str) -> Self {
        Self {
            chars: template.chars().collect(),
            pos: 0,
            failed: false,
            bytes: false,
        }
    }

    fn next_char(&mut self) -> Result<char, FormatError> {
        let c = self.chars.get(self.pos).copied().ok_or_else(incomplete)?;
        self.pos += 1;
        Ok(c)
    }

    /// Parses after `%(`: the key up to the balancing `)`.
    fn key(&mut self) -> Result<String, FormatError> {
        let start = self.pos;
        let mut depth = 1;
        while depth > 0 {
            let c = self
                .chars
                .get(self.pos)
                .ok_or_else(|| FormatError::value("incomplete format key"))?;
            match c {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            self.pos += 1;
        }
        Ok(self.chars[start..self.pos - 1].iter().collect())
    }

    /// Reads digits starting with `first`; returns the number and the next
    /// character.
    fn number(
        &mut self,
        first: char,
        limit: usize,
        too_big: &str,
    ) -> Result<(usize, char), FormatError> {
        let mut value = first.to_digit(10).unwrap_or(0) as usize;
        loop {
            let c = self.next_char()?;
            let Some(d) = c.to_digit(10) else {
                return Ok((value, c));
            };
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as usize))
                .filter(|&v| v <= limit)
                .ok_or_else(|| FormatError::value(too_big))?;
        }
    }

    /// Parses one spec; `self.pos` is just after the `%`.
    fn spec(&mut self) -> Result<PercentSpec, FormatError> {
        let mut spec = PercentSpec {
            key: None,
            minus: false,
            plus: false,
            space: false,
            alternate: false,
            zero: false,
            width: None,
            precision: None,
            conversion: '\0',
        };
        if self.chars.get(self.pos) == Some(&'(') {
            self.pos += 1;
            spec.key = Some(self.key()?);
        }
        let mut ch = loop {
            match self.next_char()? {
                '-' => spec.minus = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                other => break other,
            }
        };
        if ch == '*' {
            spec.width = Some(Count::Star);
            ch = self.next_char()?;
        } else if ch.is_ascii_digit() {
            let (w, next) = self.number(ch, isize::MAX as usize, "width too big")?;
            spec.width = Some(Count::Fixed(w));
            ch = next;
        }
        if ch == '.' {
            ch = self.next_char()?;
            if ch == '*' {
                spec.precision = Some(Count::Star);
                ch = self.next_char()?;
            } else if ch.is_ascii_digit() {
                let (p, next) = self.number(ch, i32::MAX as usize, "precision too big")?;
                spec.precision = Some(Count::Fixed(p));
                ch = next;
            } else {
                spec.precision = Some(Count::Fixed(0));
            }
        }
        if matches!(ch, 'h' | 'l' | 'L') {
            ch = self.next_char()?;
        }
        if !(CONVERSIONS.contains(ch) || (self.bytes && ch == 'b')) {
            let code = ch as u32;
            let shown = if (31..=126).contains(&code) { ch } else { '?' };
            return Err(FormatError::value(format!(
                "unsupported format character '{shown}' (0x{code:x}) at index {}",
                self.pos - 1
            )));
        }
        spec.conversion = ch;
        Ok(spec)
    }
}

impl Iterator for PercentParser {
    type Item = Result<PercentPiece, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.chars.len() {
            return None;
        }
        let mut literal = String::new();
        while let Some(&c) = self.chars.get(self.pos) {
            if c != '%' {
                literal.push(c);
                self.pos += 1;
            } else if self.chars.get(self.pos + 1) == Some(&'%') {
                literal.push('%');
                self.pos += 2;
            } else if literal.is_empty() {
                self.pos += 1;
                let result = self.spec().map(PercentPiece::Spec);
                self.failed = result.is_err();
                return Some(result);
            } else {
                break;
            }
        }
        Some(Ok(PercentPiece::Literal(literal)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(t: &str) -> String {
        parse_percent(t).unwrap_err().message
    }

    fn one(t: &str) -> PercentSpec {
        match parse_percent(t).unwrap().as_slice() {
            [PercentPiece::Spec(s)] => s.clone(),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn pieces_and_escapes() {
        let pieces = parse_percent("a%%b%sc%%").unwrap();
        assert_eq!(pieces.len(), 3);
        assert_eq!(pieces[0], PercentPiece::Literal("a%b".into()));
        assert!(matches!(&pieces[1], PercentPiece::Spec(s) if s.conversion == 's'));
        assert_eq!(pieces[2], PercentPiece::Literal("c%".into()));
        assert!(parse_percent("").unwrap().is_empty());
    }

    #[test]
    fn full_spec() {
        let s = one("%(na(m)e)-+ #0*.*ld");
        assert_eq!(s.key.as_deref(), Some("na(m)e"));
        assert!(s.minus && s.plus && s.space && s.alternate && s.zero);
        assert_eq!(s.width, Some(Count::Star));
        assert_eq!(s.precision, Some(Count::Star));
        assert_eq!(s.conversion, 'd');
        let s = one("%10.3f");
        assert_eq!(s.width, Some(Count::Fixed(10)));
        assert_eq!(s.precision, Some(Count::Fixed(3)));
        let s = one("%.s");
        assert_eq!(s.precision, Some(Count::Fixed(0)));
        assert_eq!(one("%Lf").conversion, 'f');
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(err("%"), "incomplete format");
        assert_eq!(err("abc%5"), "incomplete format");
        assert_eq!(err("%(a)"), "incomplete format");
        assert_eq!(err("%(a"), "incomplete format key");
        assert_eq!(
            err("abc%y"),
            "unsupported format character 'y' (0x79) at index 4"
        );
        assert_eq!(
            err("abc%é"),
            "unsupported format character '?' (0xe9) at index 4"
        );
        assert_eq!(
            err("é%\u{1}"),
            "unsupported format character '?' (0x1) at index 2"
        );
        assert_eq!(
            err("%5%"),
            "unsupported format character '%' (0x25) at index 2"
        );
        assert_eq!(
            err("%3$s"),
            "unsupported format character '$' (0x24) at index 2"
        );
        assert_eq!(err("%99999999999999999999d"), "width too big");
        assert_eq!(err("%.99999999999999999999d"), "precision too big");
        assert_eq!(err("%.3000000000f"), "precision too big");
    }

    #[test]
    fn lazy_parser_stops_after_error() {
        let mut p = PercentParser::new("%s %y %d");
        assert!(matches!(p.next(), Some(Ok(PercentPiece::Spec(_)))));
        assert!(matches!(p.next(), Some(Ok(PercentPiece::Literal(_)))));
        assert!(matches!(p.next(), Some(Err(_))));
        assert!(p.next().is_none());
    }
}
