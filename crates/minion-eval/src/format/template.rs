//! Parsing `str.format` templates, as CPython's `unicode_format.h`
//! (`MarkupIterator`, `parse_field`, `field_name_split`).
//!
//! The caller renders each [`FieldRef`]: look up `arg` (numbered by
//! [`parse_numbered_template`] / [`TemplateParser::numbered`], or later by
//! [`number_fields`]), follow `path`, apply `conversion` (`r`/`s`/`a`),
//! build the spec (substituting `nested` fields when present, else using
//! `spec` as is), then call `format`.
//!
//! Errors are reported field by field in CPython's order, except that a
//! field's syntax, conversion and nested-spec errors are reported before
//! the caller gets to look its argument up (CPython looks it up first).

use super::{char_for_message, FormatError};

/// Which argument a replacement field refers to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ArgRef {
    /// `{}`: the next positional argument (see [`number_fields`]).
    Auto,
    /// `{0}`: a positional argument.
    Index(usize),
    /// `{name}`: a keyword argument.
    Name(String),
}

/// One step after the argument: `.attr`, `[0]` or `[key]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldStep {
    /// `.name`: attribute lookup.
    Attr(String),
    /// `[digits]`: `__getitem__` with an int.
    Index(usize),
    /// `[text]`: `__getitem__` with a str.
    Key(String),
}

/// A replacement field `{arg.path!conversion:spec}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FieldRef {
    /// The argument.
    pub arg: ArgRef,
    /// Attribute / item lookups applied to the argument, in order.
    pub path: Vec<FieldStep>,
    /// `r`, `s` or `a`.
    pub conversion: Option<char>,
    /// The raw format spec text (may contain nested `{}` fields).
    pub spec: String,
    /// The spec parsed as a template when it contains `{` (CPython then
    /// formats it first, with one less level of recursion).
    pub nested: Option<Vec<TemplatePiece>>,
}

/// A piece of a parsed `str.format` template.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TemplatePiece {
    /// Literal text (`{{` and `}}` already unescaped).
    Literal(String),
    /// A replacement field.
    Field(FieldRef),
}

/// Recursion budget of a top-level template (CPython's `build_string`).
const TOP_DEPTH: u32 = 2;

/// Parses a `str.format` template eagerly (nested specs included).
pub fn parse_format_template(template: &str) -> Result<Vec<TemplatePiece>, FormatError> {
    TemplateParser::new(template).collect()
}

/// Parses a `str.format` template eagerly, numbering `{}` fields as it
/// goes (what `str.format` and `str.format_map` need).
pub fn parse_numbered_template(template: &str) -> Result<Vec<TemplatePiece>, FormatError> {
    TemplateParser::numbered(template).collect()
}

/// Parses a format spec that contains nested fields (`{:{width}.{prec}}`),
/// with the recursion budget CPython gives to nested specs (fields keep
/// `ArgRef::Auto`).
pub fn parse_nested_spec(spec: &str) -> Result<Vec<TemplatePiece>, FormatError> {
    TemplateParser::with_depth(spec, TOP_DEPTH - 1, None).collect()
}

/// Lazy template parser: yields pieces in order and stops after the first
/// error, so a caller that renders as it goes reports errors in CPython's
/// order.
#[derive(Debug, Clone)]
pub struct TemplateParser {
    chars: Vec<char>,
    pos: usize,
    depth: u32,
    pending: Option<TemplatePiece>,
    failed: bool,
    numbering: Option<FieldNumbering>,
}

fn err(msg: &str) -> FormatError {
    FormatError::value(msg)
}

impl TemplateParser {
    /// Starts parsing a top-level template (fields keep `ArgRef::Auto`).
    pub fn new(template: &str) -> Self {
        Self::with_depth(template, TOP_DEPTH, None)
    }

    /// Starts parsing a top-level template, numbering `{}` fields as they
    /// are parsed (see [`FieldNumbering`]), so that errors come in CPython's
    /// order.
    pub fn numbered(template: &str) -> Self {
        Self::with_depth(template, TOP_DEPTH, Some(FieldNumbering::new()))
    }

    fn with_depth(template: &str, depth: u32, numbering: Option<FieldNumbering>) -> Self {
        Self {
            chars: template.chars().collect(),
            pos: 0,
            depth,
            pending: None,
            failed: false,
            numbering,
        }
    }

    /// Parses a nested spec with this parser's numbering state.
    fn nested(&mut self, spec: &str) -> Result<Vec<TemplatePiece>, FormatError> {
        let depth = self.depth.saturating_sub(1);
        let mut inner = Self::with_depth(spec, depth, self.numbering.take());
        let pieces = inner.by_ref().collect();
        self.numbering = inner.numbering.take();
        pieces
    }

    /// Parses a field; `self.pos` is just after its `{`.
    fn field(&mut self) -> Result<FieldRef, FormatError> {
        let name_start = self.pos;
        let mut c = '\0';
        while let Some(&ch) = self.chars.get(self.pos) {
            c = ch;
            self.pos += 1;
            match c {
                '{' => return Err(err("unexpected '{' in field name")),
                '[' => {
                    while self.chars.get(self.pos).is_some_and(|&x| x != ']') {
                        self.pos += 1;
                    }
                }
                '}' | ':' | '!' => break,
                _ => {}
            }
        }
        if !matches!(c, '}' | ':' | '!') {
            return Err(err("expected '}' before end of string"));
        }
        let name: Vec<char> = self.chars[name_start..self.pos - 1].to_vec();
        let mut conversion = None;
        let mut spec = String::new();
        let mut needs_expanding = false;
        if c != '}' {
            let mut closed = false;
            if c == '!' {
                let conv = *self
                    .chars
                    .get(self.pos)
                    .ok_or_else(|| err("end of string while looking for conversion specifier"))?;
                self.pos += 1;
                conversion = (conv != '\0').then_some(conv);
                if let Some(&next) = self.chars.get(self.pos) {
                    self.pos += 1;
                    match next {
                        '}' => closed = true,
                        ':' => {}
                        _ => return Err(err("expected ':' after conversion specifier")),
                    }
                }
            }
            if !closed {
                (spec, needs_expanding) = self.spec_text()?;
            }
        }
        // CPython's order: the argument (and its numbering), the lookup
        // path, the conversion, then the nested spec.
        let (mut arg, path_start) = split_arg(&name)?;
        if let Some(numbering) = self.numbering.as_mut() {
            numbering.assign(&mut arg)?;
        }
        let path = split_path(&name[path_start..])?;
        if let Some(conv) = conversion {
            if !matches!(conv, 'r' | 's' | 'a') {
                return Err(FormatError::value(format!(
                    "Unknown conversion specifier {}",
                    char_for_message(conv, 127)
                )));
            }
        }
        let nested = if needs_expanding {
            Some(self.nested(&spec)?)
        } else {
            None
        };
        Ok(FieldRef {
            arg,
            path,
            conversion,
            spec,
            nested,
        })
    }

    /// Reads a spec up to the `}` balancing the field's `{`.
    fn spec_text(&mut self) -> Result<(String, bool), FormatError> {
        let start = self.pos;
        let mut count = 1;
        let mut needs_expanding = false;
        while let Some(&c) = self.chars.get(self.pos) {
            self.pos += 1;
            match c {
                '{' => {
                    needs_expanding = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        let spec = self.chars[start..self.pos - 1].iter().collect();
                        return Ok((spec, needs_expanding));
                    }
                }
                _ => {}
            }
        }
        Err(err("unmatched '{' in format spec"))
    }

    fn next_piece(&mut self) -> Result<Option<TemplatePiece>, FormatError> {
        if let Some(p) = self.pending.take() {
            return Ok(Some(p));
        }
        if self.pos >= self.chars.len() {
            return Ok(None);
        }
        if self.depth == 0 {
            return Err(err("Max string recursion exceeded"));
        }
        let mut literal = String::new();
        while let Some(&c) = self.chars.get(self.pos) {
            self.pos += 1;
            if c != '{' && c != '}' {
                literal.push(c);
                continue;
            }
            let next = self.chars.get(self.pos).copied();
            if c == '}' && next != Some('}') {
                return Err(err("Single '}' encountered in format string"));
            }
            if next.is_none() {
                return Err(err("Single '{' encountered in format string"));
            }
            if next == Some(c) {
                literal.push(c);
                self.pos += 1;
                continue;
            }
            let field = TemplatePiece::Field(self.field()?);
            if literal.is_empty() {
                return Ok(Some(field));
            }
            self.pending = Some(field);
            break;
        }
        Ok(Some(TemplatePiece::Literal(literal)))
    }
}

impl Iterator for TemplateParser {
    type Item = Result<TemplatePiece, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let result = self.next_piece();
        self.failed = result.is_err();
        result.transpose()
    }
}

/// CPython's `get_integer`: `Ok(None)` when `text` is empty or has a
/// non-digit (checked left to right, so an overflow may be reported first).
fn parse_index(text: &[char]) -> Result<Option<usize>, FormatError> {
    if text.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for c in text {
        let Some(d) = c.to_digit(10) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| err("Too many decimal digits in format string"))?;
    }
    Ok(Some(value))
}

/// Reads the argument part of `arg.attr[key]...`; also returns where the
/// lookup path starts.
fn split_arg(name: &[char]) -> Result<(ArgRef, usize), FormatError> {
    let first_end = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let arg = if first.is_empty() {
        ArgRef::Auto
    } else if let Some(i) = parse_index(first)? {
        ArgRef::Index(i)
    } else {
        ArgRef::Name(first.iter().collect())
    };
    Ok((arg, first_end))
}

/// Parses the lookup steps (`.attr`, `[key]`) after the argument.
fn split_path(name: &[char]) -> Result<Vec<FieldStep>, FormatError> {
    let mut path = Vec::new();
    let mut i = 0;
    while let Some(&c) = name.get(i) {
        i += 1;
        let start = i;
        let step = match c {
            '.' => {
                while name.get(i).is_some_and(|&x| x != '.' && x != '[') {
                    i += 1;
                }
                FieldStep::Attr(name[start..i].iter().collect())
            }
            '[' => {
                while name.get(i).is_some_and(|&x| x != ']') {
                    i += 1;
                }
                if i >= name.len() {
                    return Err(err("Missing ']' in format string"));
                }
                let text = &name[start..i];
                i += 1;
                match parse_index(text)? {
                    Some(n) => FieldStep::Index(n),
                    None => FieldStep::Key(text.iter().collect()),
                }
            }
            _ => {
                return Err(err(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        if i - start <= usize::from(c == '[') {
            return Err(err("Empty attribute in format string"));
        }
        path.push(step);
    }
    Ok(path)
}

const MANUAL_TO_AUTO: &str =
    "cannot switch from manual field specification to automatic field numbering";
const AUTO_TO_MANUAL: &str =
    "cannot switch from automatic field numbering to manual field specification";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumberingState {
    Init,
    Auto,
    Manual,
}

/// CPython's automatic field numbering state (`AutoNumber`): turns `{}`
/// into consecutive indexes and rejects mixing `{}` with `{0}`.
#[derive(Debug, Clone)]
pub struct FieldNumbering {
    state: NumberingState,
    next: usize,
}

impl Default for FieldNumbering {
    fn default() -> Self {
        Self::new()
    }
}

impl FieldNumbering {
    /// A fresh state (no field seen yet).
    pub fn new() -> Self {
        Self {
            state: NumberingState::Init,
            next: 0,
        }
    }

    /// Numbers one field's argument: `Auto` becomes the next index.
    pub fn assign(&mut self, arg: &mut ArgRef) -> Result<(), FormatError> {
        match arg {
            ArgRef::Auto => {
                if self.state == NumberingState::Manual {
                    return Err(err(MANUAL_TO_AUTO));
                }
                self.state = NumberingState::Auto;
                *arg = ArgRef::Index(self.next);
                self.next += 1;
            }
            ArgRef::Index(_) => {
                if self.state == NumberingState::Auto {
                    return Err(err(AUTO_TO_MANUAL));
                }
                self.state = NumberingState::Manual;
            }
            ArgRef::Name(_) => {}
        }
        Ok(())
    }
}

/// Replaces [`ArgRef::Auto`] with consecutive indexes in CPython's order
/// (each field, then the fields nested in its spec), failing like CPython
/// when automatic and manual numbering are mixed.
///
/// [`parse_numbered_template`] does the same while parsing, which also
/// reports errors in CPython's order.
pub fn number_fields(pieces: &mut [TemplatePiece]) -> Result<(), FormatError> {
    walk(pieces, &mut FieldNumbering::new())
}

fn walk(pieces: &mut [TemplatePiece], numbering: &mut FieldNumbering) -> Result<(), FormatError> {
    for piece in pieces {
        if let TemplatePiece::Field(field) = piece {
            numbering.assign(&mut field.arg)?;
            if let Some(nested) = field.nested.as_mut() {
                walk(nested, numbering)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn perr(t: &str) -> String {
        parse_format_template(t).unwrap_err().message
    }

    fn numbered(t: &str) -> Result<Vec<TemplatePiece>, String> {
        let mut pieces = parse_format_template(t).map_err(|e| e.message)?;
        number_fields(&mut pieces).map_err(|e| e.message)?;
        Ok(pieces)
    }

    fn field(p: &TemplatePiece) -> &FieldRef {
        match p {
            TemplatePiece::Field(f) => f,
            TemplatePiece::Literal(l) => panic!("literal {l:?}"),
        }
    }

    fn lit(s: &str) -> TemplatePiece {
        TemplatePiece::Literal(s.to_string())
    }

    #[test]
    fn literals_and_escapes() {
        assert_eq!(parse_format_template("{{}}{{").unwrap(), vec![lit("{}{")]);
        assert_eq!(parse_format_template("").unwrap(), vec![]);
        let p = parse_format_template("a{{b{}c}}").unwrap();
        assert_eq!(p.len(), 3);
        assert_eq!(p[0], lit("a{b"));
        assert_eq!(field(&p[1]).arg, ArgRef::Auto);
        assert_eq!(p[2], lit("c}"));
    }

    #[test]
    fn field_names() {
        let p = parse_format_template("{0.name}{0[1]}{a[key]}{ 0}{.real}{[1]}").unwrap();
        assert_eq!(field(&p[0]).arg, ArgRef::Index(0));
        assert_eq!(field(&p[0]).path, vec![FieldStep::Attr("name".into())]);
        assert_eq!(field(&p[1]).path, vec![FieldStep::Index(1)]);
        assert_eq!(field(&p[2]).arg, ArgRef::Name("a".into()));
        assert_eq!(field(&p[2]).path, vec![FieldStep::Key("key".into())]);
        assert_eq!(field(&p[3]).arg, ArgRef::Name(" 0".into()));
        assert_eq!(field(&p[4]).arg, ArgRef::Auto);
        assert_eq!(field(&p[5]).path, vec![FieldStep::Index(1)]);
        let p = parse_format_template("{0[}]}{0[{]}{0[-1]}{0]}{0.a[0].b}").unwrap();
        assert_eq!(field(&p[0]).path, vec![FieldStep::Key("}".into())]);
        assert_eq!(field(&p[1]).path, vec![FieldStep::Key("{".into())]);
        assert_eq!(field(&p[2]).path, vec![FieldStep::Key("-1".into())]);
        assert_eq!(field(&p[3]).arg, ArgRef::Name("0]".into()));
        assert_eq!(
            field(&p[4]).path,
            vec![
                FieldStep::Attr("a".into()),
                FieldStep::Index(0),
                FieldStep::Attr("b".into())
            ]
        );
    }

    #[test]
    fn conversions_and_specs() {
        let p = parse_format_template("{!r:>5}{0!s}{x:}}}{0:{1}.{2}f}").unwrap();
        let f = field(&p[0]);
        assert_eq!((f.conversion, f.spec.as_str()), (Some('r'), ">5"));
        assert_eq!(field(&p[1]).conversion, Some('s'));
        assert_eq!(field(&p[2]).spec, "");
        assert_eq!(p[3], lit("}"));
        let f = field(&p[4]);
        assert_eq!(f.spec, "{1}.{2}f");
        let nested = f.nested.as_ref().unwrap();
        assert_eq!(nested.len(), 4);
        assert_eq!(field(&nested[0]).arg, ArgRef::Index(1));
        assert_eq!(nested[1], lit("."));
        assert_eq!(nested[3], lit("f"));
        let p = parse_nested_spec("{}{}").unwrap();
        assert_eq!(p.len(), 2);
        // '{:{{}}}' has the spec '{{}}', which expands to '{}'.
        let p = parse_format_template("{:{{}}}").unwrap();
        assert_eq!(field(&p[0]).nested, Some(vec![lit("{}")]));
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(perr("{0} }"), "Single '}' encountered in format string");
        assert_eq!(perr("}"), "Single '}' encountered in format string");
        assert_eq!(perr("{"), "Single '{' encountered in format string");
        assert_eq!(perr("a{"), "Single '{' encountered in format string");
        assert_eq!(perr("{0"), "expected '}' before end of string");
        assert_eq!(perr("{0[a}"), "expected '}' before end of string");
        assert_eq!(perr("{0:"), "unmatched '{' in format spec");
        assert_eq!(perr("{0:{}"), "unmatched '{' in format spec");
        assert_eq!(perr("{0!r"), "unmatched '{' in format spec");
        assert_eq!(perr("{0!}"), "unmatched '{' in format spec");
        assert_eq!(
            perr("{0!"),
            "end of string while looking for conversion specifier"
        );
        assert_eq!(perr("{0!rx}"), "expected ':' after conversion specifier");
        assert_eq!(perr("{0!r!}"), "expected ':' after conversion specifier");
        assert_eq!(perr("{0!x}"), "Unknown conversion specifier x");
        assert_eq!(perr("{!é}"), "Unknown conversion specifier \\xe9");
        assert_eq!(perr("{0{}"), "unexpected '{' in field name");
        assert_eq!(
            perr("{0[a]b}"),
            "Only '.' or '[' may follow ']' in format field specifier"
        );
        assert_eq!(perr("{0.}"), "Empty attribute in format string");
        assert_eq!(perr("{0[]}"), "Empty attribute in format string");
        assert_eq!(perr("{0..a}"), "Empty attribute in format string");
        assert_eq!(
            perr("{99999999999999999999}"),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            perr("{0[99999999999999999999]}"),
            "Too many decimal digits in format string"
        );
        assert_eq!(perr("{:{:{}}}"), "Max string recursion exceeded");
        assert_eq!(perr("{:{:{:{}}}}"), "Max string recursion exceeded");
        assert_eq!(perr("{0:}}"), "Single '}' encountered in format string");
        assert!(parse_format_template("{:{:x}}").is_ok());
    }

    #[test]
    fn auto_numbering() {
        let p = numbered("{:{}} {}").unwrap();
        assert_eq!(field(&p[0]).arg, ArgRef::Index(0));
        let nested = field(&p[0]).nested.as_ref().unwrap();
        assert_eq!(field(&nested[0]).arg, ArgRef::Index(1));
        assert_eq!(field(&p[2]).arg, ArgRef::Index(2));
        assert!(numbered("{0:{1}} {a} {0}").is_ok());
        assert!(numbered("{a}{}").is_ok());
        let manual_to_auto =
            "cannot switch from manual field specification to automatic field numbering";
        let auto_to_manual =
            "cannot switch from automatic field numbering to manual field specification";
        assert_eq!(numbered("{} {1}").unwrap_err(), auto_to_manual);
        assert_eq!(numbered("{1} {}").unwrap_err(), manual_to_auto);
        assert_eq!(numbered("{0:{}}").unwrap_err(), manual_to_auto);
        assert_eq!(numbered("{:{1}}").unwrap_err(), auto_to_manual);
    }

    #[test]
    fn numbered_parse_reports_errors_in_cpython_order() {
        let e = |t: &str| parse_numbered_template(t).unwrap_err().message;
        let manual_to_auto = MANUAL_TO_AUTO;
        let auto_to_manual = AUTO_TO_MANUAL;
        // Expected messages from CPython 3.11 (str.format with enough args).
        assert_eq!(e("{1}{..}a:"), manual_to_auto);
        assert_eq!(e("{0}{}{1"), manual_to_auto);
        assert_eq!(e("{}{0:x}}{"), auto_to_manual);
        assert_eq!(e("{}r{1!}}"), auto_to_manual);
        assert_eq!(e("xx{1.!é}:1}0"), "Empty attribute in format string");
        assert_eq!(e("{ .![}..[}"), "Empty attribute in format string");
        assert_eq!(e("{0!x}"), "Unknown conversion specifier x");
        let p = parse_numbered_template("{}{:{}}").unwrap();
        assert_eq!(field(&p[1]).arg, ArgRef::Index(1));
        let nested = field(&p[1]).nested.as_ref().unwrap();
        assert_eq!(field(&nested[0]).arg, ArgRef::Index(2));
    }

    #[test]
    fn lazy_parser_yields_before_error() {
        let mut p = TemplateParser::new("{0} }");
        assert!(matches!(p.next(), Some(Ok(TemplatePiece::Field(_)))));
        assert!(matches!(p.next(), Some(Err(_))));
        assert!(p.next().is_none());
    }
}
