//! Replacement templates of `re.sub`, `re.subn` and `Match.expand`, parsed as
//! CPython 3.11's `re._parser.parse_template`: `\1`, `\g<1>`, `\g<name>`, `\g<0>`,
//! octal escapes, the escapes `\a \b \f \n \r \t \v \\`; other escaped punctuation
//! keeps its backslash, an escaped ASCII letter is an error.

use super::engine::Compiled;
use super::translate::PatErr;

/// One piece of a parsed template.
#[derive(Debug, Clone)]
pub enum Piece {
    /// Text copied as is.
    Lit(String),
    /// The text of a group (empty when it did not match).
    Group(usize),
}

/// A template error: `re.error` at a position, or `IndexError` for an unknown name.
#[derive(Debug)]
pub enum TemplateErr {
    /// `re.error`.
    Re(PatErr),
    /// `IndexError(msg)`.
    Index(String),
}

fn err(msg: impl Into<String>, pos: usize) -> TemplateErr {
    TemplateErr::Re(PatErr {
        msg: msg.into(),
        pos: Some(pos),
        kind: super::translate::ErrKind::Re,
    })
}

/// Parses `tmpl` against the groups of `c`.
pub fn parse(c: &Compiled, tmpl: &str) -> Result<Vec<Piece>, TemplateErr> {
    let s: Vec<char> = tmpl.chars().collect();
    let mut out: Vec<Piece> = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let flush = |lit: &mut String, out: &mut Vec<Piece>| {
        if !lit.is_empty() {
            out.push(Piece::Lit(std::mem::take(lit)));
        }
    };
    let add_group = |g: usize, pos: usize, lit: &mut String, out: &mut Vec<Piece>| {
        if g > c.groups {
            return Err(err(format!("invalid group reference {g}"), pos));
        }
        flush(lit, out);
        out.push(Piece::Group(g));
        Ok(())
    };
    let is_oct = |c: Option<&char>| c.is_some_and(|c| ('0'..='7').contains(c));
    while i < s.len() {
        let ch = s[i];
        i += 1;
        if ch != '\\' {
            lit.push(ch);
            continue;
        }
        let Some(&c1) = s.get(i) else {
            return Err(err("bad escape (end of pattern)", s.len() - 1));
        };
        i += 1;
        match c1 {
            'g' => {
                if s.get(i) != Some(&'<') {
                    return Err(err("missing <", i));
                }
                i += 1;
                let start = i;
                while i < s.len() && s[i] != '>' {
                    i += 1;
                }
                let name: String = s[start..i].iter().collect();
                if i >= s.len() {
                    if name.is_empty() {
                        return Err(err("missing group name", i));
                    }
                    return Err(err("missing >, unterminated name", start));
                }
                i += 1;
                if name.is_empty() {
                    return Err(err("missing group name", i - 1));
                }
                let pos = start;
                let g = if name.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                    if !name.chars().all(|c| c.is_ascii_digit()) {
                        return Err(err(format!("bad character in group name '{name}'"), pos));
                    }
                    match name.parse::<usize>() {
                        Ok(g) => g,
                        Err(_) => return Err(err(format!("invalid group reference {name}"), pos)),
                    }
                } else if name
                    .chars()
                    .next()
                    .is_some_and(|c| c == '_' || c.is_alphabetic())
                    && name.chars().all(|c| c == '_' || c.is_alphanumeric())
                {
                    match c.group_index(&name) {
                        Some(g) => g,
                        None => {
                            return Err(TemplateErr::Index(format!("unknown group name '{name}'")))
                        }
                    }
                } else {
                    return Err(err(format!("bad character in group name '{name}'"), pos));
                };
                add_group(g, pos, &mut lit, &mut out)?;
            }
            '0' => {
                let mut v = 0u32;
                let mut n = 0;
                while n < 2 && is_oct(s.get(i)) {
                    v = v * 8 + s[i].to_digit(8).unwrap_or(0);
                    i += 1;
                    n += 1;
                }
                lit.push(char::from_u32(v & 0xff).unwrap_or('\0'));
            }
            d if d.is_ascii_digit() => {
                let start = i - 2;
                let mut digits = d.to_string();
                if let Some(&d2) = s.get(i).filter(|c| c.is_ascii_digit()) {
                    digits.push(d2);
                    i += 1;
                    if is_oct(Some(&d)) && is_oct(Some(&d2)) && is_oct(s.get(i)) {
                        digits.push(s[i]);
                        i += 1;
                        let v = u32::from_str_radix(&digits, 8).unwrap_or(0);
                        if v > 0o377 {
                            return Err(err(
                                format!("octal escape value \\{digits} outside of range 0-0o377"),
                                start,
                            ));
                        }
                        lit.push(char::from_u32(v).unwrap_or('\0'));
                        continue;
                    }
                }
                let g: usize = digits.parse().unwrap_or(0);
                add_group(g, start + 1, &mut lit, &mut out)?;
            }
            'a' => lit.push('\x07'),
            'b' => lit.push('\x08'),
            'f' => lit.push('\x0c'),
            'n' => lit.push('\n'),
            'r' => lit.push('\r'),
            't' => lit.push('\t'),
            'v' => lit.push('\x0b'),
            '\\' => lit.push('\\'),
            c if c.is_ascii_alphabetic() => {
                return Err(err(format!("bad escape \\{c}"), i - 2));
            }
            c => {
                lit.push('\\');
                lit.push(c);
            }
        }
    }
    flush(&mut lit, &mut out);
    Ok(out)
}

/// Appends the template's text for one match to `out`: `hay` is the searched string
/// and `spans` the byte spans of the match's groups.
pub fn expand_into(
    pieces: &[Piece],
    out: &mut String,
    hay: &str,
    spans: &[Option<(usize, usize)>],
) {
    for p in pieces {
        match p {
            Piece::Lit(s) => out.push_str(s),
            Piece::Group(g) => {
                if let Some(Some((a, b))) = spans.get(*g) {
                    out.push_str(&hay[*a..*b]);
                }
            }
        }
    }
}
