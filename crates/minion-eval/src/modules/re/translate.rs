//! Python `re` syntax to the syntax of `regex-automata` (linear time) or `fancy-regex`
//! (backtracking, for lookaround, backreferences, atomic groups, possessive repeats and
//! conditionals).
//!
//! The parser follows CPython 3.11's `re/_parser.py` (`_parse_sub`, `_parse`, `_escape`,
//! `_class_escape`, `_parse_flags`) so that the common mistakes raise `re.error` with
//! CPython's message and position. Positions are code point indices into the pattern.
//! The output never uses the target's own `x` flag or named groups: Python's verbose
//! mode is applied here, groups are emitted unnamed (their names are kept in
//! [`Translated::names`]), and the flags that change what an escape means (`M`, `S`,
//! `A`) are resolved here, so the only flag the target sees is `i`.

/// `re.IGNORECASE`.
pub const I: u32 = 2;
/// `re.LOCALE`.
pub const L: u32 = 4;
/// `re.MULTILINE`.
pub const M: u32 = 8;
/// `re.DOTALL`.
pub const S: u32 = 16;
/// `re.UNICODE`.
pub const U: u32 = 32;
/// `re.VERBOSE`.
pub const X: u32 = 64;
/// `re.DEBUG`.
pub const DEBUG: u32 = 128;
/// `re.ASCII`.
pub const A: u32 = 256;

/// What kind of exception a pattern error becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrKind {
    /// `re.error`.
    Re,
    /// `ValueError` (incompatible flags).
    Value,
    /// `NotImplementedError` (a construct this executor does not support).
    NotImpl,
    /// `OverflowError` (a repeat count too large).
    Overflow,
}

/// A pattern error: CPython's message and, for `re.error`, the position.
#[derive(Debug, Clone)]
pub struct PatErr {
    /// The message without the position suffix.
    pub msg: String,
    /// Code point index into the pattern.
    pub pos: Option<usize>,
    /// The exception class.
    pub kind: ErrKind,
}

impl PatErr {
    fn at(msg: impl Into<String>, pos: usize) -> Self {
        PatErr {
            msg: msg.into(),
            pos: Some(pos),
            kind: ErrKind::Re,
        }
    }

    /// An error of another class than `re.error`.
    pub fn other(kind: ErrKind, msg: impl Into<String>) -> Self {
        PatErr {
            msg: msg.into(),
            pos: None,
            kind,
        }
    }

    /// The full message as CPython words it: `msg at position N`, plus
    /// `(line L, column C)` when the pattern spans several lines.
    pub fn message(&self, pattern: &str) -> String {
        let Some(pos) = self.pos else {
            return self.msg.clone();
        };
        let mut out = format!("{} at position {pos}", self.msg);
        if pattern.contains('\n') {
            let before: Vec<char> = pattern.chars().take(pos).collect();
            let line = before.iter().filter(|c| **c == '\n').count() + 1;
            let last_nl = before.iter().rposition(|c| *c == '\n');
            let col = match last_nl {
                Some(i) => pos - i,
                None => pos + 1,
            };
            out.push_str(&format!(" (line {line}, column {col})"));
        }
        out
    }
}

/// A translated pattern.
#[derive(Debug, Clone)]
pub struct Translated {
    /// The pattern in the target's syntax.
    pub regex: String,
    /// Whether only `fancy-regex` can run it.
    pub needs_fancy: bool,
    /// Number of capturing groups.
    pub groups: usize,
    /// Group names with their numbers, in definition order.
    pub names: Vec<(String, usize)>,
    /// For each group (index `g - 1`), where its `)` is in the pattern: among groups
    /// ending at the same place, the one closing last in the pattern is `lastindex`.
    pub close_pos: Vec<usize>,
    /// The pattern's flags, with inline global flags and `re.UNICODE` added.
    pub flags: u32,
    /// Whether the pattern has a `$` outside multiline mode (translated as `\z`, which
    /// misses CPython's match before a final newline; see `engine.rs`).
    pub plain_dollar: bool,
}

/// How an emitted item may be followed by a repeat.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `^`, `$`, `\A`, `\Z`, `\b`, `\B`: "nothing to repeat".
    Anchor,
    /// Already repeated: "multiple repeat".
    Repeat,
    /// Anything else.
    Atom,
}

/// The flags that change how the pattern is read or what an item means.
#[derive(Clone, Copy)]
struct Fl {
    m: bool,
    s: bool,
    x: bool,
    a: bool,
}

/// A class member before emission (ranges need to know whether both ends are literals).
enum ClassItem {
    Lit(char),
    Set(String),
}

const ASCII_WORD: &str = "0-9A-Za-z_";
/// Python's Unicode `\w` is `str.isalnum` or `_`: letters and numbers, no marks.
const UNI_WORD: &str = "\\p{L}\\p{N}_";
const ASCII_SPACE: &str = " \\t\\n\\r\\x0C\\x0B";
/// Python's Unicode `\s` is `str.isspace`, which also counts the separators U+001C-U+001F.
const UNI_SPACE: &str = "\\s\\x1C-\\x1F";

struct Parser<'a> {
    c: &'a [char],
    i: usize,
    fancy_target: bool,
    needs_fancy: bool,
    groups: usize,
    closed: Vec<bool>,
    names: Vec<(String, usize)>,
    close_pos: Vec<usize>,
    flags: u32,
    plain_dollar: bool,
    /// Conditional references to groups not defined yet: (group, position).
    cond_refs: Vec<(usize, usize)>,
    depth: usize,
}

/// Translates `pattern` compiled with `flags` for `fancy-regex` when `fancy_target`,
/// else for `regex-automata` (then [`Translated::needs_fancy`] says whether the
/// pattern must be translated again for `fancy-regex`).
pub fn translate(pattern: &str, flags: u32, fancy_target: bool) -> Result<Translated, PatErr> {
    let chars: Vec<char> = pattern.chars().collect();
    if flags & L != 0 {
        return Err(PatErr::other(
            ErrKind::Value,
            "cannot use LOCALE flag with a str pattern",
        ));
    }
    let mut p = Parser {
        c: &chars,
        i: 0,
        fancy_target,
        needs_fancy: false,
        groups: 0,
        closed: vec![],
        names: vec![],
        close_pos: vec![],
        flags,
        plain_dollar: false,
        cond_refs: vec![],
        depth: 0,
    };
    let fl = Fl {
        m: flags & M != 0,
        s: flags & S != 0,
        x: flags & X != 0,
        a: flags & A != 0,
    };
    let body = p.parse_sub(fl)?;
    if p.i < chars.len() {
        return Err(PatErr::at("unbalanced parenthesis", p.i));
    }
    for &(g, pos) in &p.cond_refs {
        if g > p.groups {
            return Err(PatErr::at(format!("invalid group reference {g}"), pos));
        }
    }
    let mut flags = p.flags;
    if flags & A != 0 && flags & U != 0 {
        return Err(PatErr::other(
            ErrKind::Value,
            "ASCII and UNICODE flags are incompatible",
        ));
    }
    if flags & A == 0 {
        flags |= U;
    }
    let regex = if flags & I != 0 {
        format!("(?i){body}")
    } else {
        body
    };
    Ok(Translated {
        regex,
        needs_fancy: p.needs_fancy,
        groups: p.groups,
        names: p.names,
        close_pos: p.close_pos,
        flags,
        plain_dollar: p.plain_dollar,
    })
}

fn is_ident(name: &str) -> bool {
    let mut cs = name.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// Appends `c` as a literal outside a class.
fn push_lit(out: &mut String, c: char) {
    if "\\.+*?()|[]{}^$#&-~".contains(c) {
        out.push('\\');
        out.push(c);
    } else if c.is_control() || c.is_whitespace() {
        push_hex(out, c);
    } else {
        out.push(c);
    }
}

/// Appends `c` as a literal inside a class.
fn push_class_lit(out: &mut String, c: char) {
    if "\\[]^-&~".contains(c) {
        out.push('\\');
        out.push(c);
    } else if c.is_control() || c.is_whitespace() {
        push_hex(out, c);
    } else {
        out.push(c);
    }
}

fn push_hex(out: &mut String, c: char) {
    let n = c as u32;
    if n <= 0xFF {
        out.push_str(&format!("\\x{n:02X}"));
    } else {
        out.push_str(&format!("\\x{{{n:X}}}"));
    }
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.c.get(self.i).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn text(&self, from: usize, to: usize) -> String {
        self.c[from..to.min(self.c.len())].iter().collect()
    }

    /// `_parse_sub`: branches separated by `|`.
    fn parse_sub(&mut self, fl: Fl) -> Result<String, PatErr> {
        self.depth += 1;
        if self.depth > 200 {
            return Err(PatErr::other(
                ErrKind::NotImpl,
                "regular expression nested too deeply",
            ));
        }
        let mut out = String::new();
        let mut first = self.depth == 1;
        let mut fl = fl;
        loop {
            let (seq, after) = self.parse_seq(fl, first)?;
            // Global flags found at the start apply to the following branches too.
            if first {
                fl = after;
            }
            out.push_str(&seq);
            if self.eat('|') {
                out.push('|');
                first = false;
                continue;
            }
            break;
        }
        self.depth -= 1;
        Ok(out)
    }

    /// `_parse`: one branch; returns it and the flags in force at its end.
    fn parse_seq(&mut self, fl: Fl, first: bool) -> Result<(String, Fl), PatErr> {
        let mut fl = fl;
        let mut items: Vec<(String, Kind)> = Vec::new();
        while let Some(ch) = self.peek() {
            if ch == '|' || ch == ')' {
                break;
            }
            let start = self.i;
            self.i += 1;
            if fl.x {
                if " \t\n\r\x0b\x0c".contains(ch) {
                    continue;
                }
                if ch == '#' {
                    while let Some(c) = self.next() {
                        if c == '\n' {
                            break;
                        }
                    }
                    continue;
                }
            }
            match ch {
                '\\' => items.push(self.escape(start, fl)?),
                '[' => {
                    let s = self.class(start, fl)?;
                    items.push((s, Kind::Atom));
                }
                '.' => items.push((if fl.s { "(?s:.)" } else { "." }.to_string(), Kind::Atom)),
                '^' => items.push((
                    if fl.m { "(?m:^)" } else { "\\A" }.to_string(),
                    Kind::Anchor,
                )),
                '$' => {
                    let s = if fl.m {
                        "(?m:$)"
                    } else if self.fancy_target {
                        "(?=\\n?\\z)"
                    } else {
                        self.plain_dollar = true;
                        "\\z"
                    };
                    items.push((s.to_string(), Kind::Anchor));
                }
                '*' | '+' | '?' | '{' => {
                    let q = if ch == '{' {
                        match self.brace_repeat()? {
                            Some(q) => q,
                            None => {
                                items.push(("\\{".to_string(), Kind::Atom));
                                continue;
                            }
                        }
                    } else {
                        ch.to_string()
                    };
                    self.repeat(&mut items, start, q)?;
                }
                '(' => {
                    if let Some(item) = self.group(start, &mut fl, first && items.is_empty())? {
                        items.push(item);
                    }
                }
                c => {
                    let mut s = String::new();
                    push_lit(&mut s, c);
                    items.push((s, Kind::Atom));
                }
            }
        }
        let mut out = String::new();
        for (s, _) in items {
            out.push_str(&s);
        }
        Ok((out, fl))
    }

    /// After `{`: a repeat `{m,n}` (as target syntax), or `None` for a literal `{`.
    fn brace_repeat(&mut self) -> Result<Option<String>, PatErr> {
        let here = self.i;
        if self.peek() == Some('}') {
            return Ok(None);
        }
        let mut lo = String::new();
        while let Some(c) = self.peek().filter(|c| c.is_ascii_digit()) {
            lo.push(c);
            self.i += 1;
        }
        let hi = if self.eat(',') {
            let mut hi = String::new();
            while let Some(c) = self.peek().filter(|c| c.is_ascii_digit()) {
                hi.push(c);
                self.i += 1;
            }
            Some(hi)
        } else {
            None
        };
        if !self.eat('}') {
            self.i = here;
            return Ok(None);
        }
        let num = |s: &str| -> Result<u64, PatErr> {
            match s.parse::<u64>() {
                Ok(n) if n < 4_294_967_295 => Ok(n),
                _ => Err(PatErr::other(
                    ErrKind::Overflow,
                    "the repetition number is too large",
                )),
            }
        };
        let min = if lo.is_empty() { 0 } else { num(&lo)? };
        let q = match hi {
            None => format!("{{{min}}}"),
            Some(h) if h.is_empty() => format!("{{{min},}}"),
            Some(h) => {
                let max = num(&h)?;
                if max < min {
                    return Err(PatErr::at("min repeat greater than max repeat", here));
                }
                format!("{{{min},{max}}}")
            }
        };
        Ok(Some(q))
    }

    /// Applies quantifier `q` (which started at `start`) to the last item.
    fn repeat(
        &mut self,
        items: &mut [(String, Kind)],
        start: usize,
        mut q: String,
    ) -> Result<(), PatErr> {
        let Some(last) = items.last_mut() else {
            return Err(PatErr::at("nothing to repeat", start));
        };
        match last.1 {
            Kind::Anchor => return Err(PatErr::at("nothing to repeat", start)),
            Kind::Repeat => return Err(PatErr::at("multiple repeat", start)),
            Kind::Atom => {}
        }
        if self.eat('?') {
            q.push('?');
        } else if self.eat('+') {
            self.needs_fancy = true;
            q.push('+');
        }
        last.0.push_str(&q);
        last.1 = Kind::Repeat;
        Ok(())
    }

    /// `\A`-style categories outside a class.
    fn category(&self, c: char, fl: Fl) -> String {
        match (c, fl.a) {
            ('d', false) => "\\d".into(),
            ('D', false) => "\\D".into(),
            ('w', false) => format!("[{UNI_WORD}]"),
            ('W', false) => format!("[^{UNI_WORD}]"),
            ('s', false) => format!("[{UNI_SPACE}]"),
            ('S', false) => format!("[^{UNI_SPACE}]"),
            ('d', true) => "[0-9]".into(),
            ('D', true) => "[^0-9]".into(),
            ('w', true) => format!("[{ASCII_WORD}]"),
            ('W', true) => format!("[^{ASCII_WORD}]"),
            ('s', true) => format!("[{ASCII_SPACE}]"),
            _ => format!("[^{ASCII_SPACE}]"),
        }
    }

    /// A category as class members (negated ASCII ones become nested classes).
    fn class_category(&self, c: char, fl: Fl) -> String {
        match (c, fl.a) {
            ('d', false) => "\\d".into(),
            ('D', false) => "\\D".into(),
            ('w', false) => UNI_WORD.into(),
            ('s', false) => UNI_SPACE.into(),
            ('d', true) => "0-9".into(),
            ('w', true) => ASCII_WORD.into(),
            ('s', true) => ASCII_SPACE.into(),
            _ => self.category(c, fl),
        }
    }

    fn word_boundary(&mut self, negate: bool, fl: Fl) -> String {
        if !fl.a {
            return if negate { "\\B" } else { "\\b" }.into();
        }
        if !self.fancy_target {
            return if negate { "(?-u:\\B)" } else { "(?-u:\\b)" }.into();
        }
        let w = format!("[{ASCII_WORD}]");
        if negate {
            format!("(?:(?<={w})(?={w})|(?<!{w})(?!{w}))")
        } else {
            format!("(?:(?<={w})(?!{w})|(?<!{w})(?={w}))")
        }
    }

    /// Reads exactly `n` hex digits after `\x`, `\u` or `\U` (at `start`).
    fn hex(&mut self, start: usize, n: usize) -> Result<u32, PatErr> {
        let mut digits = String::new();
        while digits.len() < n {
            match self.peek() {
                Some(c) if c.is_ascii_hexdigit() => {
                    digits.push(c);
                    self.i += 1;
                }
                _ => break,
            }
        }
        if digits.len() != n {
            return Err(PatErr::at(
                format!("incomplete escape {}", self.text(start, self.i)),
                start,
            ));
        }
        Ok(u32::from_str_radix(&digits, 16).unwrap_or(0))
    }

    fn code_point(&self, start: usize, n: u32) -> Result<char, PatErr> {
        if (0xD800..0xE000).contains(&n) {
            return Err(PatErr::other(
                ErrKind::NotImpl,
                "surrogate code points cannot be matched by this executor",
            ));
        }
        char::from_u32(n)
            .ok_or_else(|| PatErr::at(format!("bad escape {}", self.text(start, self.i)), start))
    }

    /// Up to `max` more octal digits after the first one, as a char (at `start`).
    fn octal(&mut self, start: usize, first: char, max: usize) -> Result<char, PatErr> {
        let mut s = first.to_string();
        while s.len() <= max {
            match self.peek() {
                Some(c) if ('0'..='7').contains(&c) => {
                    s.push(c);
                    self.i += 1;
                }
                _ => break,
            }
        }
        let v = u32::from_str_radix(&s, 8).unwrap_or(0);
        if v > 0o377 {
            return Err(PatErr::at(
                format!("octal escape value \\{s} outside of range 0-0o377"),
                start,
            ));
        }
        self.code_point(start, v)
    }

    /// Escapes common to both contexts: the literal they stand for, if they are one.
    fn literal_escape(&mut self, start: usize, c: char) -> Result<Option<char>, PatErr> {
        Ok(Some(match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            'x' => {
                let n = self.hex(start, 2)?;
                self.code_point(start, n)?
            }
            'u' => {
                let n = self.hex(start, 4)?;
                self.code_point(start, n)?
            }
            'U' => {
                let n = self.hex(start, 8)?;
                self.code_point(start, n)?
            }
            'N' => {
                return Err(PatErr::other(
                    ErrKind::NotImpl,
                    "\\N{...} named character escapes are not supported by this executor",
                ))
            }
            _ => return Ok(None),
        }))
    }

    /// `_escape`: an escape outside a class (`start` is the backslash).
    fn escape(&mut self, start: usize, fl: Fl) -> Result<(String, Kind), PatErr> {
        let Some(c) = self.next() else {
            return Err(PatErr::at("bad escape (end of pattern)", start));
        };
        let atom = |s: String| Ok((s, Kind::Atom));
        match c {
            'A' => return Ok(("\\A".into(), Kind::Anchor)),
            'Z' => return Ok(("\\z".into(), Kind::Anchor)),
            'b' => return Ok((self.word_boundary(false, fl), Kind::Anchor)),
            'B' => return Ok((self.word_boundary(true, fl), Kind::Anchor)),
            'd' | 'D' | 's' | 'S' | 'w' | 'W' => return atom(self.category(c, fl)),
            _ => {}
        }
        if let Some(lit) = self.literal_escape(start, c)? {
            let mut s = String::new();
            push_lit(&mut s, lit);
            return atom(s);
        }
        if c == '0' {
            let lit = self.octal(start, '0', 2)?;
            let mut s = String::new();
            push_lit(&mut s, lit);
            return atom(s);
        }
        if c.is_ascii_digit() {
            let mut digits = c.to_string();
            if let Some(d) = self.peek().filter(|d| d.is_ascii_digit()) {
                let third = self.c.get(self.i + 1).copied();
                if ('0'..='7').contains(&c)
                    && ('0'..='7').contains(&d)
                    && third.is_some_and(|t| ('0'..='7').contains(&t))
                {
                    let lit = self.octal(start, c, 2)?;
                    let mut s = String::new();
                    push_lit(&mut s, lit);
                    return atom(s);
                }
                digits.push(d);
                self.i += 1;
            }
            let g: usize = digits.parse().unwrap_or(0);
            if g <= self.groups {
                if !self.closed[g - 1] {
                    return Err(PatErr::at("cannot refer to an open group", start));
                }
                self.needs_fancy = true;
                return atom(format!("(?:\\{g})"));
            }
            return Err(PatErr::at(
                format!("invalid group reference {g}"),
                start + 1,
            ));
        }
        if c.is_ascii_alphabetic() {
            return Err(PatErr::at(format!("bad escape \\{c}"), start));
        }
        let mut s = String::new();
        push_lit(&mut s, c);
        atom(s)
    }

    /// `_class_escape`: an escape inside a class (`start` is the backslash).
    fn class_escape(&mut self, start: usize, fl: Fl) -> Result<ClassItem, PatErr> {
        let Some(c) = self.next() else {
            return Err(PatErr::at("bad escape (end of pattern)", start));
        };
        if matches!(c, 'd' | 'D' | 's' | 'S' | 'w' | 'W') {
            return Ok(ClassItem::Set(self.class_category(c, fl)));
        }
        if c == 'b' {
            return Ok(ClassItem::Lit('\x08'));
        }
        if let Some(lit) = self.literal_escape(start, c)? {
            return Ok(ClassItem::Lit(lit));
        }
        if ('0'..='7').contains(&c) {
            return Ok(ClassItem::Lit(self.octal(start, c, 2)?));
        }
        if c.is_ascii_alphanumeric() {
            return Err(PatErr::at(
                format!("bad escape {}", self.text(start, self.i)),
                start,
            ));
        }
        Ok(ClassItem::Lit(c))
    }

    fn class_item(&mut self, tok: usize, c: char, fl: Fl) -> Result<ClassItem, PatErr> {
        if c == '\\' {
            self.class_escape(tok, fl)
        } else {
            Ok(ClassItem::Lit(c))
        }
    }

    /// A character class; `start` is the `[`.
    fn class(&mut self, start: usize, fl: Fl) -> Result<String, PatErr> {
        let mut out = String::from("[");
        if self.eat('^') {
            out.push('^');
        }
        let unterminated = || PatErr::at("unterminated character set", start);
        let mut n = 0;
        loop {
            let tok = self.i;
            let c = self.next().ok_or_else(unterminated)?;
            if c == ']' && n > 0 {
                break;
            }
            n += 1;
            let item1 = self.class_item(tok, c, fl)?;
            let end1 = self.i;
            if self.eat('-') {
                let tok2 = self.i;
                let c2 = self.next().ok_or_else(unterminated)?;
                if c2 == ']' {
                    self.push_class_item(&mut out, item1);
                    out.push_str("\\-");
                    break;
                }
                let item2 = self.class_item(tok2, c2, fl)?;
                match (item1, item2) {
                    (ClassItem::Lit(a), ClassItem::Lit(b)) if a <= b => {
                        push_class_lit(&mut out, a);
                        out.push('-');
                        push_class_lit(&mut out, b);
                    }
                    _ => {
                        return Err(PatErr::at(
                            format!(
                                "bad character range {}-{}",
                                self.text(tok, end1),
                                self.text(tok2, self.i)
                            ),
                            tok,
                        ))
                    }
                }
            } else {
                self.push_class_item(&mut out, item1);
            }
        }
        out.push(']');
        Ok(out)
    }

    fn push_class_item(&self, out: &mut String, item: ClassItem) {
        match item {
            ClassItem::Lit(c) => push_class_lit(out, c),
            ClassItem::Set(s) => out.push_str(&s),
        }
    }

    /// `source.getuntil`: a name up to `term`.
    fn name_until(&mut self, term: char) -> Result<String, PatErr> {
        let mut name = String::new();
        loop {
            let Some(c) = self.next() else {
                if name.is_empty() {
                    return Err(PatErr::at("missing group name", self.i));
                }
                return Err(PatErr::at(
                    format!("missing {term}, unterminated name"),
                    self.i - name.chars().count(),
                ));
            };
            if c == term {
                if name.is_empty() {
                    return Err(PatErr::at("missing group name", self.i - 1));
                }
                return Ok(name);
            }
            name.push(c);
        }
    }

    fn check_name(&self, name: &str) -> Result<(), PatErr> {
        if is_ident(name) {
            return Ok(());
        }
        Err(PatErr::at(
            format!("bad character in group name {}", py_repr(name)),
            self.i - name.chars().count() - 1,
        ))
    }

    fn backref(&mut self, g: usize, err_pos: usize) -> Result<String, PatErr> {
        if !self.closed[g - 1] {
            return Err(PatErr::at("cannot refer to an open group", err_pos));
        }
        self.needs_fancy = true;
        Ok(format!("(?:\\{g})"))
    }

    /// After `(` (at `start`): a group, or `None` for a comment or global flags.
    fn group(
        &mut self,
        start: usize,
        fl: &mut Fl,
        at_start: bool,
    ) -> Result<Option<(String, Kind)>, PatErr> {
        let mut name = None;
        let mut capture = true;
        let mut prefix = String::from("(");
        let mut inner_fl = *fl;
        if self.eat('?') {
            let Some(c) = self.next() else {
                return Err(PatErr::at("unexpected end of pattern", self.i));
            };
            match c {
                'P' => {
                    if self.eat('<') {
                        let n = self.name_until('>')?;
                        self.check_name(&n)?;
                        name = Some(n);
                    } else if self.eat('=') {
                        let n = self.name_until(')')?;
                        self.check_name(&n)?;
                        let pos = self.i - n.chars().count() - 1;
                        let Some(&(_, g)) = self.names.iter().find(|(k, _)| *k == n) else {
                            return Err(PatErr::at(
                                format!("unknown group name {}", py_repr(&n)),
                                pos,
                            ));
                        };
                        return Ok(Some((self.backref(g, pos)?, Kind::Atom)));
                    } else {
                        let Some(c) = self.next() else {
                            return Err(PatErr::at("unexpected end of pattern", self.i));
                        };
                        return Err(PatErr::at(format!("unknown extension ?P{c}"), self.i - 3));
                    }
                }
                ':' => {
                    capture = false;
                    prefix = "(?:".into();
                }
                '#' => loop {
                    match self.next() {
                        None => return Err(PatErr::at("missing ), unterminated comment", start)),
                        Some(')') => return Ok(None),
                        Some(_) => {}
                    }
                },
                '=' | '!' | '<' => {
                    let mut la = c;
                    let mut behind = false;
                    if c == '<' {
                        let Some(c2) = self.next() else {
                            return Err(PatErr::at("unexpected end of pattern", self.i));
                        };
                        if c2 != '=' && c2 != '!' {
                            return Err(PatErr::at(
                                format!("unknown extension ?<{c2}"),
                                self.i - 3,
                            ));
                        }
                        la = c2;
                        behind = true;
                    }
                    self.needs_fancy = true;
                    let inner = self.parse_sub(*fl)?;
                    if !self.eat(')') {
                        return Err(PatErr::at("missing ), unterminated subpattern", start));
                    }
                    let op = if behind { "<" } else { "" };
                    return Ok(Some((format!("(?{op}{la}{inner})"), Kind::Atom)));
                }
                '(' => return self.conditional(start, *fl).map(Some),
                '>' => {
                    capture = false;
                    self.needs_fancy = true;
                    prefix = "(?>".into();
                }
                c if "iLmsxau-".contains(c) => match self.flags_group(c)? {
                    None => {
                        if !at_start {
                            return Err(PatErr::at(
                                "global flags not at the start of the expression",
                                start,
                            ));
                        }
                        fl.m = self.flags & M != 0;
                        fl.s = self.flags & S != 0;
                        fl.x = self.flags & X != 0;
                        fl.a = self.flags & A != 0;
                        return Ok(None);
                    }
                    Some((add, del)) => {
                        capture = false;
                        for (bit, on) in [(M, &mut inner_fl.m), (S, &mut inner_fl.s)] {
                            if add & bit != 0 {
                                *on = true;
                            }
                            if del & bit != 0 {
                                *on = false;
                            }
                        }
                        if add & X != 0 {
                            inner_fl.x = true;
                        }
                        if del & X != 0 {
                            inner_fl.x = false;
                        }
                        if add & A != 0 {
                            inner_fl.a = true;
                        }
                        if add & U != 0 {
                            inner_fl.a = false;
                        }
                        prefix = match (add & I != 0, del & I != 0) {
                            (true, _) => "(?i:".into(),
                            (_, true) => "(?-i:".into(),
                            _ => "(?:".into(),
                        };
                    }
                },
                c => return Err(PatErr::at(format!("unknown extension ?{c}"), self.i - 2)),
            }
        }
        let group = if capture {
            self.groups += 1;
            self.closed.push(false);
            self.close_pos.push(0);
            let g = self.groups;
            if let Some(n) = name {
                if let Some(&(_, old)) = self.names.iter().find(|(k, _)| *k == n) {
                    return Err(PatErr::at(
                        format!(
                            "redefinition of group name {} as group {g}; was group {old}",
                            py_repr(&n)
                        ),
                        self.i - n.chars().count() - 1,
                    ));
                }
                self.names.push((n, g));
            }
            Some(g)
        } else {
            None
        };
        let inner = self.parse_sub(inner_fl)?;
        if !self.eat(')') {
            return Err(PatErr::at("missing ), unterminated subpattern", start));
        }
        if let Some(g) = group {
            self.closed[g - 1] = true;
            self.close_pos[g - 1] = self.i - 1;
        }
        Ok(Some((format!("{prefix}{inner})"), Kind::Atom)))
    }

    /// `(?(group)yes|no)`; the `(?(` is read.
    fn conditional(&mut self, start: usize, fl: Fl) -> Result<(String, Kind), PatErr> {
        let name = self.name_until(')')?;
        let pos = self.i - name.chars().count() - 1;
        let g = if is_ident(&name) {
            match self.names.iter().find(|(k, _)| *k == name) {
                Some(&(_, g)) => g,
                None => {
                    return Err(PatErr::at(
                        format!("unknown group name {}", py_repr(&name)),
                        pos,
                    ))
                }
            }
        } else {
            let g: usize = name.parse().map_err(|_| {
                PatErr::at(
                    format!("bad character in group name {}", py_repr(&name)),
                    pos,
                )
            })?;
            if g == 0 {
                return Err(PatErr::at("bad group number", pos));
            }
            if g > self.groups {
                self.cond_refs.push((g, pos));
            }
            g
        };
        self.needs_fancy = true;
        let (yes, _) = self.parse_seq(fl, false)?;
        let mut out = format!("(?({g}){yes}");
        if self.eat('|') {
            let (no, _) = self.parse_seq(fl, false)?;
            if self.peek() == Some('|') {
                return Err(PatErr::at(
                    "conditional backref with more than two branches",
                    self.i,
                ));
            }
            out.push('|');
            out.push_str(&no);
        }
        if !self.eat(')') {
            return Err(PatErr::at("missing ), unterminated subpattern", start));
        }
        out.push(')');
        Ok((out, Kind::Atom))
    }

    /// `_parse_flags`: `None` for global flags `(?aiLmsux)` (added to `self.flags`),
    /// else the flags a scoped group `(?flags-flags:...)` adds and removes.
    fn flags_group(&mut self, first: char) -> Result<Option<(u32, u32)>, PatErr> {
        let bit = |c: char| match c {
            'i' => I,
            'L' => L,
            'm' => M,
            's' => S,
            'x' => X,
            'a' => A,
            'u' => U,
            _ => 0,
        };
        let is_flag = |c: char| "iLmsxau".contains(c);
        let mut add = 0;
        let mut del = 0;
        let mut c = first;
        if c != '-' {
            loop {
                if c == 'L' {
                    return Err(PatErr::at(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        self.i,
                    ));
                }
                add |= bit(c);
                if add & A != 0 && add & U != 0 {
                    return Err(PatErr::at(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        self.i,
                    ));
                }
                let Some(n) = self.next() else {
                    return Err(PatErr::at("missing -, : or )", self.i));
                };
                c = n;
                if ")-:".contains(c) {
                    break;
                }
                if !is_flag(c) {
                    let msg = if c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(PatErr::at(msg, self.i - 1));
                }
            }
        }
        if c == ')' {
            self.flags |= add;
            return Ok(None);
        }
        if c == '-' {
            let Some(n) = self.next() else {
                return Err(PatErr::at("missing flag", self.i));
            };
            c = n;
            if !is_flag(c) {
                let msg = if c.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(PatErr::at(msg, self.i - 1));
            }
            loop {
                if "aLu".contains(c) {
                    return Err(PatErr::at(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.i,
                    ));
                }
                del |= bit(c);
                let Some(n) = self.next() else {
                    return Err(PatErr::at("missing :", self.i));
                };
                c = n;
                if c == ':' {
                    break;
                }
                if !is_flag(c) {
                    let msg = if c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return Err(PatErr::at(msg, self.i - 1));
                }
            }
        }
        if add & del != 0 {
            return Err(PatErr::at(
                "bad inline flags: flag turned on and off",
                self.i - 1,
            ));
        }
        Ok(Some((add, del)))
    }
}

/// Python's `repr` of a group name (names are identifiers or digits, so no escaping
/// beyond the quote choice is needed).
fn py_repr(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') {
        format!("\"{s}\"")
    } else {
        format!("'{}'", s.replace('\'', "\\'"))
    }
}
