//! `parse_module`: lex, guard, parse, and turn every failure into a [`SyntaxError`].

use rustpython_parser::{
    ast,
    lexer::{lex, LexicalError, LexicalErrorType},
    parse_tokens,
    text_size::TextRange,
    Mode, ParseError, ParseErrorType, Tok,
};

use crate::{
    error::{SyntaxError, SyntaxErrorKind},
    guard::{is_operand, Guard, GuardError, Unclosed},
    LineIndex,
};

/// CPython's default `sys.int_info.str_digits_check_threshold`-style limit on decimal
/// integer literals (`sys.get_int_max_str_digits()`); converting longer ones is
/// quadratic, so CPython 3.11 refuses them at compile time and so do we.
pub const MAX_INT_DIGITS: usize = 4300;

/// A parsed module: its statements and the line index of its source.
#[derive(Debug)]
pub struct Module {
    /// The top-level statements.
    pub body: Vec<ast::Stmt>,
    /// Line starts of the source, for positions in errors and tracebacks.
    pub lines: LineIndex,
}

/// Parses source given as bytes; invalid UTF-8 is a `SyntaxError`, as in CPython.
pub fn parse_module_bytes(source: &[u8], filename: &str) -> Result<Module, SyntaxError> {
    match std::str::from_utf8(source) {
        Ok(text) => parse_module(text, filename),
        Err(e) => {
            let at = e.valid_up_to();
            let prefix = std::str::from_utf8(&source[..at]).unwrap_or("");
            let lines = LineIndex::new(prefix);
            let line = lines.line_count() as u32;
            let reason = if e.error_len().is_some() {
                "invalid start byte"
            } else {
                "unexpected end of data"
            };
            Err(SyntaxError::new(
                SyntaxErrorKind::Syntax,
                format!(
                    "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {at}: {reason}",
                    source[at]
                ),
                filename,
                line,
                1,
                lines.line_text(prefix, line),
            ))
        }
    }
}

/// Positions in one source, for building errors.
struct Ctx<'a> {
    source: &'a str,
    filename: &'a str,
    lines: LineIndex,
}

impl Ctx<'_> {
    /// 1-based line and character column of a byte offset.
    fn position(&self, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.source.len() as u32);
        let (line, col) = self.lines.line_col(offset);
        let start = (offset as usize).saturating_sub(col as usize - 1);
        let chars = self
            .source
            .get(start..offset as usize)
            .map_or(col, |s| s.chars().count() as u32 + 1);
        (line, chars)
    }

    fn line_text(&self, line: u32) -> &str {
        self.lines.line_text(self.source, line)
    }

    /// An error at a byte offset.
    fn at(&self, kind: SyntaxErrorKind, message: impl Into<String>, offset: u32) -> SyntaxError {
        let (line, column) = self.position(offset);
        SyntaxError::new(
            kind,
            message,
            self.filename,
            line,
            column,
            self.line_text(line),
        )
    }

    /// An error over a byte range (carets under it when it is on one line).
    fn over(
        &self,
        kind: SyntaxErrorKind,
        message: impl Into<String>,
        range: TextRange,
    ) -> SyntaxError {
        let error = self.at(kind, message, range.start().into());
        let (end_line, end_column) = self.position(range.end().into());
        if end_line == error.line && end_column > error.column {
            error.with_end_column(end_column)
        } else {
            error
        }
    }

    /// An error at a 1-based line and column given directly.
    fn at_line(
        &self,
        kind: SyntaxErrorKind,
        message: impl Into<String>,
        line: u32,
        column: u32,
    ) -> SyntaxError {
        SyntaxError::new(
            kind,
            message,
            self.filename,
            line,
            column,
            self.line_text(line),
        )
    }

    /// The end of the last line (where CPython reports errors found at end of input).
    fn end_of_input(&self, kind: SyntaxErrorKind, message: impl Into<String>) -> SyntaxError {
        let last = self.source.len().saturating_sub(1) as u32;
        let line = self.lines.line(last);
        let column = self.line_text(line).chars().count() as u32 + 1;
        self.at_line(kind, message, line, column)
    }

    /// The guard's refusal.
    fn guard_error(&self, e: GuardError) -> SyntaxError {
        let kind = if e.indentation {
            SyntaxErrorKind::Indentation
        } else {
            SyntaxErrorKind::Syntax
        };
        let mut message = e.message;
        if let Some(opened) = e.opened_at {
            let open_line = self.lines.line(opened);
            if open_line != self.lines.line(e.offset) {
                message.push_str(&format!(" on line {open_line}"));
            }
        }
        if e.indentation {
            let line = self.lines.line(e.offset);
            return self.at_line(kind, message, line, 1);
        }
        self.at(kind, message, e.offset)
    }
}

type Spanned = (Tok, TextRange);

/// Parses a module. Never panics and never recurses deeper than the guard allows.
pub fn parse_module(source: &str, filename: &str) -> Result<Module, SyntaxError> {
    let ctx = Ctx {
        source,
        filename,
        lines: LineIndex::new(source),
    };
    if source.len() >= u32::MAX as usize {
        return Err(ctx.at_line(SyntaxErrorKind::Syntax, "source code is too large", 1, 1));
    }
    if let Some(nul) = source.find('\0') {
        return Err(ctx.at(
            SyntaxErrorKind::Syntax,
            "source code string cannot contain null bytes",
            nul as u32,
        ));
    }
    if let Some((offset, digits)) = long_int_literal(source) {
        return Err(ctx.at(
            SyntaxErrorKind::Syntax,
            format!(
                "Exceeds the limit ({MAX_INT_DIGITS} digits) for integer string conversion: \
                 value has {digits} digits; use sys.set_int_max_str_digits() to increase the \
                 limit - Consider hexadecimal for huge integer literals to avoid decimal \
                 conversion limits."
            ),
            offset as u32,
        ));
    }
    // Lex and guard in one pass; the lexer repeats its error forever, so stop there.
    let mut guard = Guard::new();
    let mut tokens: Vec<Spanned> = Vec::new();
    let mut lex_error = None;
    for token in lex(source, Mode::Module) {
        match token {
            Ok((tok, range)) => {
                if let Tok::Name { name } = &tok {
                    // rustpython's lexer accepts emoji as names; CPython does not.
                    let mut chars = name.chars();
                    if let (Some(c), None) = (chars.next(), chars.next()) {
                        if !c.is_ascii() && !c.is_alphanumeric() {
                            return Err(ctx.at(
                                SyntaxErrorKind::Syntax,
                                format!("invalid character '{c}' (U+{:04X})", c as u32),
                                range.start().into(),
                            ));
                        }
                    }
                }
                guard
                    .token(&tok, range.start().into())
                    .map_err(|e| ctx.guard_error(e))?;
                tokens.push((tok, range));
            }
            Err(e) => {
                lex_error = Some(e);
                break;
            }
        }
    }
    if let Some(e) = lex_error {
        return Err(lexical_error(&ctx, &e, &tokens, guard.unclosed()));
    }
    match parse_tokens(tokens.into_iter().map(Ok), Mode::Module, filename) {
        Ok(ast::Mod::Module(m)) => Ok(Module {
            body: m.body,
            lines: ctx.lines,
        }),
        Ok(_) => Err(ctx.at(SyntaxErrorKind::Syntax, "invalid syntax", 0)),
        Err(e) => {
            // Lex again (it succeeded and was guarded) to look around the error.
            let analysis = Tokens(lex(source, Mode::Module).map_while(Result::ok).collect());
            Err(parse_error(&ctx, &e, &analysis))
        }
    }
}

/// The first decimal integer literal longer than [`MAX_INT_DIGITS`], if any:
/// `(byte offset, digits)`. A cheap byte scan first; only when a long digit run exists
/// is it checked to be code (not in a string or comment). Digits in f-strings count as
/// code, since their expressions are code.
fn long_int_literal(source: &str) -> Option<(usize, usize)> {
    let bytes = source.as_bytes();
    let mut run = 0;
    let has_long_run = bytes.iter().any(|&b| {
        if b.is_ascii_digit() {
            run += 1;
        } else if b != b'_' {
            run = 0;
        }
        run > MAX_INT_DIGITS
    });
    if !has_long_run {
        return None;
    }
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'#' {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
        } else if b == b'\'' || b == b'"' {
            i = skip_string(bytes, i, false)?;
        } else if b.is_ascii_digit() {
            let start = i;
            let mut digits = 0;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'_') {
                digits += usize::from(bytes[i] != b'_');
                i += 1;
            }
            let float = start > 0 && bytes[start - 1] == b'.'
                || matches!(bytes.get(i), Some(b'.' | b'e' | b'E' | b'j' | b'J'));
            if digits > MAX_INT_DIGITS && !float {
                return Some((start, digits));
            }
        } else if ident(b) {
            let start = i;
            while i < bytes.len() && ident(bytes[i]) {
                i += 1;
            }
            let prefix = &source[start..i];
            if matches!(bytes.get(i), Some(b'\'' | b'"'))
                && prefix.len() <= 2
                && prefix.chars().all(|c| "rRbBuUfF".contains(c))
            {
                let fstring = prefix.contains(['f', 'F']);
                i = skip_string(bytes, i, fstring)?;
            }
        } else {
            i += 1;
        }
    }
    None
}

/// Skips the string literal starting at its quote `bytes[i]`; `None` if unterminated
/// (the lexer reports that). The contents of f-strings are left to the scan.
fn skip_string(bytes: &[u8], i: usize, fstring: bool) -> Option<usize> {
    let quote = bytes[i];
    if fstring {
        return Some(i + 1);
    }
    let triple = bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < bytes.len() {
        match bytes[j] {
            b'\\' => j += 2,
            b'\n' if !triple => return None,
            c if c == quote => {
                if !triple {
                    return Some(j + 1);
                }
                if bytes.get(j + 1) == Some(&quote) && bytes.get(j + 2) == Some(&quote) {
                    return Some(j + 3);
                }
                j += 1;
            }
            _ => j += 1,
        }
    }
    None
}

/// Where the token the lexer failed on starts: the first character after the last
/// good token that is not blank, a comment or a line continuation.
fn next_start(source: &str, tokens: &[Spanned]) -> usize {
    let mut i = tokens.last().map_or(0, |(_, r)| usize::from(r.end()));
    let bytes = source.as_bytes();
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' | b'\\' => i += 1,
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            _ => break,
        }
    }
    i.min(source.len())
}

fn lexical_error(
    ctx: &Ctx<'_>,
    e: &LexicalError,
    tokens: &[Spanned],
    unclosed: Option<Unclosed>,
) -> SyntaxError {
    use SyntaxErrorKind::*;
    let location = u32::from(e.location);
    match &e.error {
        LexicalErrorType::Eof => {
            let start = next_start(ctx.source, tokens);
            if start < ctx.source.len() {
                let detected = ctx.lines.line(ctx.source.len().saturating_sub(1) as u32);
                return ctx.at(
                    Syntax,
                    format!("unterminated triple-quoted string literal (detected at line {detected})"),
                    start as u32,
                );
            }
            match unclosed {
                Some(u) => {
                    // CPython reports an earlier syntax error instead when it is on a
                    // line before the unclosed bracket.
                    let analysis = Tokens(tokens.to_vec());
                    let truncated = tokens.iter().cloned().map(Ok);
                    if let Err(pe) = parse_tokens(truncated, Mode::Module, ctx.filename) {
                        if !matches!(pe.error, ParseErrorType::Eof)
                            && ctx.lines.line(pe.offset.into()) < ctx.lines.line(u.offset)
                        {
                            return parse_error(ctx, &pe, &analysis);
                        }
                    }
                    ctx.at(Syntax, format!("'{}' was never closed", u.bracket), u.offset)
                }
                None => ctx.end_of_input(Syntax, "unexpected EOF while parsing"),
            }
        }
        LexicalErrorType::OtherError(m) if m.starts_with("EOL while scanning") => {
            let start = next_start(ctx.source, tokens);
            let line = ctx.lines.line(start as u32);
            ctx.at(
                Syntax,
                format!("unterminated string literal (detected at line {line})"),
                start as u32,
            )
        }
        LexicalErrorType::IndentationError => {
            let line = ctx.lines.line(location);
            let column = ctx.line_text(line).chars().count() as u32 + 1;
            ctx.at_line(
                Indentation,
                "unindent does not match any outer indentation level",
                line,
                column,
            )
        }
        LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces => ctx.at_line(
            Tab,
            "inconsistent use of tabs and spaces in indentation",
            ctx.lines.line(location),
            1,
        ),
        LexicalErrorType::OtherError(m) if m.starts_with("Spaces not allowed") => ctx.at_line(
            Tab,
            "inconsistent use of tabs and spaces in indentation",
            ctx.lines.line(location),
            1,
        ),
        LexicalErrorType::UnrecognizedToken { tok } => {
            let offset = ctx.source[..(location as usize).min(ctx.source.len())]
                .rfind(*tok)
                .map_or(location, |i| i as u32);
            if tok.is_ascii() {
                ctx.at(Syntax, "invalid syntax", offset)
            } else {
                ctx.at(
                    Syntax,
                    format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
                    offset,
                )
            }
        }
        LexicalErrorType::LineContinuationError => ctx.at(
            Syntax,
            "unexpected character after line continuation character",
            location,
        ),
        LexicalErrorType::OtherError(m) if m == "Invalid Token" => ctx.at(
            Syntax,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            next_start(ctx.source, tokens) as u32,
        ),
        LexicalErrorType::NestingError => {
            // The lexer stops after the closing bracket it could not match.
            let at = next_start(ctx.source, tokens);
            let close = ctx.source[at..].chars().next().unwrap_or(')');
            ctx.at(Syntax, format!("unmatched '{close}'"), at as u32)
        }
        LexicalErrorType::OtherError(m) if m.starts_with("Invalid") => {
            ctx.at(Syntax, "invalid syntax", location)
        }
        other => ctx.at(Syntax, lexical_message(other), location),
    }
}

/// Messages of lexical errors that the parser's actions raise.
fn lexical_message(e: &LexicalErrorType) -> String {
    match e {
        LexicalErrorType::DefaultArgumentError => {
            "non-default argument follows default argument".into()
        }
        LexicalErrorType::PositionalArgumentError => {
            "positional argument follows keyword argument".into()
        }
        LexicalErrorType::DuplicateKeywordArgumentError(name) => {
            format!("keyword argument repeated: {name}")
        }
        LexicalErrorType::FStringError(e) => format!("f-string: {e}"),
        other => other.to_string(),
    }
}

/// The token list, for looking around a parse error.
struct Tokens(Vec<Spanned>);

impl Tokens {
    /// Index of the token at byte `offset` (the first one there that is `tok`).
    #[allow(clippy::unnecessary_map_or)] // `Option::is_none_or` needs Rust 1.82
    fn index(&self, offset: u32, tok: Option<&Tok>) -> Option<usize> {
        let first = self
            .0
            .partition_point(|(_, r)| u32::from(r.start()) < offset);
        (first..self.0.len())
            .take_while(|&i| u32::from(self.0[i].1.start()) == offset)
            .find(|&i| tok.map_or(true, |t| &self.0[i].0 == t))
            .or((first < self.0.len()).then_some(first))
    }

    /// Index of the first token of the logical line containing token `i`.
    fn line_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 && !matches!(self.0[j - 1].0, Tok::Newline | Tok::Indent | Tok::Dedent) {
            j -= 1;
        }
        j
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.0.get(i).map(|(t, _)| t)
    }

    /// Bracket depth just before token `i` (within its logical line).
    fn depth_at(&self, i: usize) -> usize {
        let mut depth = 0usize;
        for (t, _) in &self.0[self.line_start(i)..i] {
            match t {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        depth
    }
}

/// The compound statement whose header ends with the `:` before token `i`, and its line.
fn block_header(ctx: &Ctx<'_>, tokens: &Tokens, i: usize) -> Option<(String, u32)> {
    let mut j = i;
    while j > 0
        && matches!(
            tokens.tok(j - 1),
            Some(Tok::Newline | Tok::Dedent | Tok::Indent)
        )
    {
        j -= 1;
    }
    let mut start = tokens.line_start(j.checked_sub(1)?);
    if tokens.tok(start) == Some(&Tok::Async) {
        start += 1;
    }
    let (tok, range) = tokens.0.get(start)?;
    let what = match tok {
        Tok::Def => "function definition".to_string(),
        Tok::Class => "class definition".to_string(),
        Tok::If => "'if' statement".into(),
        Tok::Elif => "'elif' statement".into(),
        Tok::Else => "'else' statement".into(),
        Tok::While => "'while' statement".into(),
        Tok::For => "'for' statement".into(),
        Tok::With => "'with' statement".into(),
        Tok::Try => "'try' statement".into(),
        Tok::Finally => "'finally' statement".into(),
        Tok::Except if tokens.tok(start + 1) == Some(&Tok::Star) => "'except*' statement".into(),
        Tok::Except => "'except' statement".into(),
        Tok::Match => "'match' statement".into(),
        Tok::Case => "'case' statement".into(),
        _ => return None,
    };
    Some((what, ctx.lines.line(range.start().into())))
}

fn expected_block(ctx: &Ctx<'_>, tokens: &Tokens, i: usize, at_end: bool) -> SyntaxError {
    use SyntaxErrorKind::Indentation;
    let message = match block_header(ctx, tokens, i) {
        Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
        None => "expected an indented block".into(),
    };
    let mut k = i;
    while matches!(tokens.tok(k), Some(Tok::Dedent | Tok::Newline)) {
        k += 1;
    }
    match tokens.0.get(k) {
        Some((_, range)) if !at_end => ctx.over(Indentation, message, *range),
        _ => ctx.end_of_input(Indentation, message),
    }
}

fn starts_expression(tok: &Tok) -> bool {
    is_operand(tok)
        || matches!(
            tok,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::Not | Tok::Lambda | Tok::Await | Tok::Tilde
        )
}

fn ends_operand(tok: &Tok) -> bool {
    is_operand(tok) || matches!(tok, Tok::Rpar | Tok::Rsqb | Tok::Rbrace)
}

/// Tokens that end the `disjunction`s around a missing comma.
fn separates(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Comma
            | Tok::Colon
            | Tok::Equal
            | Tok::ColonEqual
            | Tok::If
            | Tok::Else
            | Tok::For
            | Tok::Async
            | Tok::Lambda
            | Tok::Yield
            | Tok::Star
            | Tok::DoubleStar
            | Tok::Newline
            | Tok::Semi
            | Tok::Lpar
            | Tok::Lsqb
            | Tok::Lbrace
            | Tok::Rpar
            | Tok::Rsqb
            | Tok::Rbrace
    )
}

/// "invalid syntax. Perhaps you forgot a comma?": two expressions side by side inside
/// brackets. Returns the range from the first's start to the second's end.
fn missing_comma(tokens: &Tokens, i: usize) -> Option<TextRange> {
    let (tok, _) = tokens.0.get(i)?;
    let prev = tokens.tok(i.checked_sub(1)?)?;
    if !starts_expression(tok) || !ends_operand(prev) || tokens.depth_at(i) == 0 {
        return None;
    }
    // Walk back over the first expression at this bracket depth.
    let mut depth = 0usize;
    let mut a = i;
    while a > 0 {
        let t = &tokens.0[a - 1].0;
        match t {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace if depth > 0 => depth -= 1,
            _ if depth == 0 && separates(t) => break,
            _ => {}
        }
        a -= 1;
    }
    // `NAME STRING` (a mistyped string prefix) and legacy `print x` are not this error.
    if a + 1 == i
        && matches!(tokens.tok(a), Some(Tok::Name { .. }))
        && matches!(tok, Tok::String { .. })
    {
        return None;
    }
    // Walk forward over the second.
    let mut depth = 0usize;
    let mut b = i;
    while b + 1 < tokens.0.len() {
        let t = &tokens.0[b + 1].0;
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace if depth > 0 => depth -= 1,
            _ if depth == 0 && separates(t) => break,
            _ => {}
        }
        b += 1;
    }
    Some(TextRange::new(tokens.0[a].1.start(), tokens.0[b].1.end()))
}

/// The end offset of the call argument starting at token `i`.
fn argument_end(tokens: &Tokens, i: usize) -> Option<u32> {
    let mut depth = 0usize;
    let mut j = i;
    while let Some((t, _)) = tokens.0.get(j + 1) {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace if depth > 0 => depth -= 1,
            Tok::Comma | Tok::Rpar | Tok::Newline if depth == 0 => break,
            _ => {}
        }
        j += 1;
    }
    tokens.0.get(j).map(|(_, r)| r.end().into())
}

/// `print x` / `exec x`: the range from the name to the end of the statement.
fn legacy_print(tokens: &Tokens, i: usize) -> Option<(String, TextRange)> {
    let name_index = i.checked_sub(1)?;
    let Tok::Name { name } = tokens.tok(name_index)? else {
        return None;
    };
    if !matches!(name.as_str(), "print" | "exec")
        || tokens.line_start(name_index) != name_index
        || !starts_expression(tokens.tok(i)?)
    {
        return None;
    }
    let mut end = i;
    while end + 1 < tokens.0.len() && !matches!(tokens.0[end + 1].0, Tok::Newline | Tok::Semi) {
        end += 1;
    }
    let start = tokens.0[name_index].1.start();
    Some((
        name.to_string(),
        TextRange::new(start, tokens.0[end].1.end()),
    ))
}

/// `if x` + newline: a compound statement header without its colon.
fn missing_colon(tokens: &Tokens, i: usize) -> bool {
    if !matches!(tokens.tok(i), Some(Tok::Newline)) {
        return false;
    }
    let mut start = tokens.line_start(i);
    if tokens.tok(start) == Some(&Tok::Async) {
        start += 1;
    }
    let compound = matches!(
        tokens.tok(start),
        Some(
            Tok::If
                | Tok::Elif
                | Tok::Else
                | Tok::While
                | Tok::For
                | Tok::Def
                | Tok::Class
                | Tok::With
                | Tok::Try
                | Tok::Except
                | Tok::Finally
        )
    );
    let mut depth = 0usize;
    let colon = tokens.0[start..i].iter().any(|(t, _)| {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && matches!(t, Tok::Colon | Tok::Lambda)
    });
    compound && !colon
}

fn parse_error(ctx: &Ctx<'_>, e: &ParseError, tokens: &Tokens) -> SyntaxError {
    use SyntaxErrorKind::*;
    let offset = u32::from(e.offset);
    match &e.error {
        ParseErrorType::Eof => {
            let i = tokens.0.len();
            if matches!(
                tokens
                    .0
                    .iter()
                    .rev()
                    .find(|(t, _)| !matches!(t, Tok::Newline | Tok::Dedent)),
                Some((Tok::Colon, _))
            ) {
                return expected_block(ctx, tokens, i, true);
            }
            ctx.end_of_input(Syntax, "invalid syntax")
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            expected_block(ctx, tokens, tokens.0.len(), true)
        }
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => {
            let (line, _) = ctx.position(offset);
            let text = ctx.line_text(line);
            let width = text.chars().take_while(|c| c.is_whitespace()).count() as u32;
            ctx.at_line(Indentation, "unexpected indent", line, width)
        }
        ParseErrorType::UnrecognizedToken(tok, expected) => {
            let i = tokens.index(offset, Some(tok)).unwrap_or(tokens.0.len());
            if expected.as_deref() == Some("Indent") {
                return expected_block(ctx, tokens, i, false);
            }
            if let Some((name, range)) = legacy_print(tokens, i) {
                return ctx.over(
                    Syntax,
                    format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                    range,
                );
            }
            if missing_colon(tokens, i) {
                return ctx.at(Syntax, "expected ':'", offset);
            }
            if let Some(range) = missing_comma(tokens, i) {
                return ctx.over(Syntax, "invalid syntax. Perhaps you forgot a comma?", range);
            }
            match tokens.0.get(i) {
                Some((_, range)) if !range.is_empty() => ctx.over(Syntax, "invalid syntax", *range),
                _ => ctx.at(Syntax, "invalid syntax", offset),
            }
        }
        ParseErrorType::InvalidToken => ctx.at(Syntax, "invalid syntax", offset),
        ParseErrorType::ExtraToken(tok) => {
            let i = tokens.index(offset, Some(tok));
            match i.and_then(|i| tokens.0.get(i)) {
                Some((_, range)) if !range.is_empty() => ctx.over(Syntax, "invalid syntax", *range),
                _ => ctx.at(Syntax, "invalid syntax", offset),
            }
        }
        ParseErrorType::Lexical(LexicalErrorType::PositionalArgumentError) => {
            // CPython points just past the positional argument.
            let end = tokens
                .index(offset, None)
                .and_then(|i| argument_end(tokens, i))
                .unwrap_or(offset);
            ctx.at(Syntax, "positional argument follows keyword argument", end)
        }
        ParseErrorType::Lexical(lexical @ LexicalErrorType::FStringError(_)) => {
            // CPython 3.11 points just past the end of the f-string.
            let i = tokens
                .0
                .partition_point(|(_, r)| u32::from(r.start()) <= offset);
            let end = i
                .checked_sub(1)
                .and_then(|i| tokens.0.get(i))
                .map_or(offset, |(_, r)| r.end().into());
            ctx.at(Syntax, lexical_message(lexical), end)
        }
        ParseErrorType::Lexical(lexical) => ctx.at(Syntax, lexical_message(lexical), offset),
    }
}
