//! `parse_module`: lex, guard, parse, and turn every failure into a [`SyntaxError`].

use rustpython_parser::{
    ast,
    lexer::{lex, LexResult, LexicalErrorType},
    parse_tokens, Mode, ParseError, ParseErrorType, Tok,
};

use crate::{
    error::{SyntaxError, SyntaxErrorKind},
    guard::{self, Unclosed},
    LineIndex,
};

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

/// Parses a module. Never panics and never recurses deeper than the guard allows.
pub fn parse_module(source: &str, filename: &str) -> Result<Module, SyntaxError> {
    let lines = LineIndex::new(source);
    let error = |kind, message: String, offset: u32| {
        let (line, col) = lines.line_col(offset.min(source.len() as u32));
        let text = lines.line_text(source, line);
        let start = (offset as usize).saturating_sub(col as usize - 1);
        let chars_before = source
            .get(start..offset as usize)
            .map_or(col, |s| s.chars().count() as u32 + 1);
        SyntaxError::new(kind, message, filename, line, chars_before, text)
    };
    if let Some(nul) = source.find('\0') {
        return Err(error(
            SyntaxErrorKind::Syntax,
            "source code cannot contain null bytes".into(),
            nul as u32,
        ));
    }
    let tokens: Vec<LexResult> = lex(source, Mode::Module).collect();
    // The guard first: a lexical error late in the file must not hide a nesting bomb.
    let unclosed = match guard::check(&tokens) {
        Ok(unclosed) => unclosed,
        Err(e) => {
            let kind = if e.indentation {
                SyntaxErrorKind::Indentation
            } else {
                SyntaxErrorKind::Syntax
            };
            return Err(error(kind, e.message, e.offset));
        }
    };
    if let Some(Err(lex_error)) = tokens.iter().find(|t| t.is_err()) {
        let (kind, message) = lexical_message(&lex_error.error, unclosed.as_ref());
        let offset = match (&lex_error.error, &unclosed) {
            (LexicalErrorType::Eof, Some(u)) => u.offset,
            _ => u32::from(lex_error.location),
        };
        return Err(error(kind, message, offset));
    }
    let last_significant = tokens
        .iter()
        .rev()
        .flatten()
        .map(|(t, _)| t)
        .find(|t| !matches!(t, Tok::Newline | Tok::Dedent | Tok::EndOfFile))
        .cloned();
    match parse_tokens(tokens, Mode::Module, filename) {
        Ok(ast::Mod::Module(m)) => Ok(Module {
            body: m.body,
            lines,
        }),
        Ok(_) => Err(error(
            SyntaxErrorKind::Syntax,
            "invalid syntax".into(),
            0,
        )),
        Err(e) => {
            let (kind, message, offset) =
                parse_message(&e, unclosed.as_ref(), last_significant.as_ref());
            Err(error(kind, message, offset))
        }
    }
}

fn lexical_message(e: &LexicalErrorType, unclosed: Option<&Unclosed>) -> (SyntaxErrorKind, String) {
    use SyntaxErrorKind::*;
    match e {
        LexicalErrorType::IndentationError => (
            Indentation,
            "unindent does not match any outer indentation level".into(),
        ),
        LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces => {
            (Tab, "inconsistent use of tabs and spaces in indentation".into())
        }
        LexicalErrorType::Eof => match unclosed {
            Some(u) => (Syntax, format!("'{}' was never closed", u.bracket)),
            None => (Syntax, "unexpected EOF while parsing".into()),
        },
        LexicalErrorType::StringError => (Syntax, "unterminated string literal".into()),
        LexicalErrorType::UnrecognizedToken { tok } => (
            Syntax,
            format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
        ),
        LexicalErrorType::LineContinuationError => (
            Syntax,
            "unexpected character after line continuation character".into(),
        ),
        LexicalErrorType::DefaultArgumentError => (
            Syntax,
            "non-default argument follows default argument".into(),
        ),
        LexicalErrorType::PositionalArgumentError => (
            Syntax,
            "positional argument follows keyword argument".into(),
        ),
        LexicalErrorType::DuplicateKeywordArgumentError(name) => {
            (Syntax, format!("keyword argument repeated: {name}"))
        }
        other => (Syntax, other.to_string()),
    }
}

fn parse_message(
    e: &ParseError,
    unclosed: Option<&Unclosed>,
    last: Option<&Tok>,
) -> (SyntaxErrorKind, String, u32) {
    use SyntaxErrorKind::*;
    let offset = u32::from(e.offset);
    match &e.error {
        ParseErrorType::Eof => match (unclosed, last) {
            (Some(u), _) => (Syntax, format!("'{}' was never closed", u.bracket), u.offset),
            (None, Some(Tok::Colon)) => (Indentation, "expected an indented block".into(), offset),
            _ => (Syntax, "invalid syntax".into(), offset),
        },
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => {
            (Indentation, "unexpected indent".into(), offset)
        }
        ParseErrorType::UnrecognizedToken(_, Some(expected)) if expected == "Indent" => {
            (Indentation, "expected an indented block".into(), offset)
        }
        ParseErrorType::Lexical(lexical) => {
            let (kind, message) = lexical_message(lexical, unclosed);
            (kind, message, offset)
        }
        _ => (Syntax, "invalid syntax".into(), offset),
    }
}

