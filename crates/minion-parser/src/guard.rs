//! Bounds on nesting, checked on the token stream before the parser builds a tree.
//!
//! The lexer is iterative and the LALR parser keeps its own stack, but the tree they
//! build is walked recursively by the compiler and by `Drop`. A 10 MB line of
//! `1+1+1+...` or 100 000 nested brackets would overflow the host's stack there, so
//! such source is refused here, with CPython's messages where CPython has one.
//!
//! The guard keeps, for the current point of the token stream, an upper bound of the
//! depth of the tree being built:
//!
//! * the statement depth: one per indented block, plus one per `elif` of the `if`
//!   chain the block belongs to (`elif` nests the next `If` in the previous `orelse`);
//! * one per open bracket;
//! * per bracket level, the length of the current operator chain: every operator,
//!   keyword, `.` and trailer (`f(...)`, `x[...]` after an operand) adds one; `,`, `:`,
//!   `;`, `=` and the end of a logical line end the chain, because what follows is a
//!   sibling, not a child. Inside a `lambda`'s parameter list `,` and `=` do not end
//!   it, and a `lambda`'s own `:` does not either (its body is its child);
//! * for the expressions of an f-string, the depth of the string itself plus two: the
//!   guard lexes them and checks them as the parser will (rustpython parses them with
//!   a fresh parser from the string's text).
//!
//! The bound is linear in the input: each token is looked at once (f-string
//! expressions once per level of f-string nesting, which quoting limits to four).

#[cfg(test)]
use rustpython_parser::lexer::LexResult;
use rustpython_parser::{lexer::lex, Mode, Tok};

/// Deepest bracket nesting accepted; CPython's tokenizer stops at 200 too.
pub const MAX_PAREN_DEPTH: usize = 200;
/// Indentation levels are refused from this one on (so at most 99 are accepted), with
/// CPython's `IndentationError: too many levels of indentation` at the same line.
pub const MAX_INDENT_DEPTH: usize = 100;
/// Upper bound of the depth of the tree the parser may build: statement nesting
/// (blocks and `elif` chains) plus open brackets plus the operator chain at each
/// bracket level. CPython answers such input with `RecursionError` (or its
/// compiler's "too many statically nested blocks"); we answer with a `SyntaxError`.
pub const MAX_CHAIN_DEPTH: usize = 1000;
/// f-strings nested inside f-string expressions; quoting rules keep real code at 4.
const MAX_FSTRING_NESTING: usize = 6;

/// Why the token stream was refused: a message and the byte offset it points at.
#[derive(Debug)]
pub(crate) struct GuardError {
    pub message: String,
    pub offset: u32,
    /// The offset of the opening bracket, for "does not match ... on line N".
    pub opened_at: Option<u32>,
    pub indentation: bool,
}

impl GuardError {
    fn new(message: impl Into<String>, offset: u32) -> Self {
        GuardError {
            message: message.into(),
            offset,
            opened_at: None,
            indentation: false,
        }
    }
}

/// The bracket still open at the end of the input, if any (for "'(' was never closed").
#[derive(Debug, Clone, Copy)]
pub(crate) struct Unclosed {
    pub bracket: char,
    pub offset: u32,
}

fn open_char(tok: &Tok) -> Option<char> {
    match tok {
        Tok::Lpar => Some('('),
        Tok::Lsqb => Some('['),
        Tok::Lbrace => Some('{'),
        _ => None,
    }
}

fn close_char(tok: &Tok) -> Option<char> {
    match tok {
        Tok::Rpar => Some(')'),
        Tok::Rsqb => Some(']'),
        Tok::Rbrace => Some('}'),
        _ => None,
    }
}

fn matching(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// Atoms: names, literals, `...`, `True`, `False`, `None`.
pub(crate) fn is_operand(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name { .. }
            | Tok::Int { .. }
            | Tok::Float { .. }
            | Tok::Complex { .. }
            | Tok::String { .. }
            | Tok::Ellipsis
            | Tok::True
            | Tok::False
            | Tok::None
    )
}

/// One bracket level (level 0 is the logical line outside any bracket).
#[derive(Debug, Default)]
struct Level {
    /// The bracket that opened it and where (unused for level 0).
    bracket: char,
    offset: u32,
    /// Length of the current operator chain at this level.
    chain: usize,
    /// `lambda`s whose `:` has not been seen yet at this level.
    pending_lambdas: usize,
}

/// One indentation level: its statement depth and the `elif`s of its current `if`.
#[derive(Debug, Clone, Copy, Default)]
struct Block {
    base: usize,
    elifs: usize,
}

/// The token-stream checker; feed it every token in order, then call `finish`.
#[derive(Debug)]
pub(crate) struct Guard {
    levels: Vec<Level>,
    /// Sum of the chains of all levels plus one per open bracket.
    chain_total: usize,
    blocks: Vec<Block>,
    /// Depth of the enclosing tree (for f-string expressions).
    base: usize,
    fstring_nesting: usize,
    /// The previous significant token ends an operand (so `(`/`[` is a trailer).
    after_operand: bool,
    at_line_start: bool,
}

impl Guard {
    /// A guard for a module.
    pub(crate) fn new() -> Self {
        Self::nested(0, 0)
    }

    fn nested(base: usize, fstring_nesting: usize) -> Self {
        Guard {
            levels: vec![Level::default()],
            chain_total: 0,
            blocks: vec![Block::default()],
            base,
            fstring_nesting,
            after_operand: false,
            at_line_start: true,
        }
    }

    fn depth(&self) -> usize {
        let block = self.blocks.last().copied().unwrap_or_default();
        self.base + block.base + block.elifs + self.chain_total
    }

    fn check_depth(&self, offset: u32) -> Result<(), GuardError> {
        if self.depth() > MAX_CHAIN_DEPTH {
            return Err(GuardError::new(
                "too many nested expressions or blocks (the syntax tree would be too deep)",
                offset,
            ));
        }
        Ok(())
    }

    fn level(&mut self) -> &mut Level {
        self.levels.last_mut().expect("level 0 is never popped")
    }

    fn grow_chain(&mut self, offset: u32) -> Result<(), GuardError> {
        self.level().chain += 1;
        self.chain_total += 1;
        self.check_depth(offset)
    }

    fn end_chain(&mut self) {
        let level = self.level();
        let chain = std::mem::take(&mut level.chain);
        self.chain_total -= chain;
    }

    /// Checks one token.
    pub(crate) fn token(&mut self, tok: &Tok, offset: u32) -> Result<(), GuardError> {
        let line_start = std::mem::replace(&mut self.at_line_start, false);
        let after_operand = std::mem::replace(
            &mut self.after_operand,
            is_operand(tok) || close_char(tok).is_some(),
        );
        if line_start && !matches!(tok, Tok::Elif | Tok::Else | Tok::Indent | Tok::Dedent) {
            if let Some(block) = self.blocks.last_mut() {
                block.elifs = 0;
            }
        }
        if let Some(open) = open_char(tok) {
            if self.levels.len() > MAX_PAREN_DEPTH {
                return Err(GuardError::new("too many nested parentheses", offset));
            }
            if after_operand {
                // A call or subscription: one more node around what came before.
                self.grow_chain(offset)?;
            }
            self.levels.push(Level {
                bracket: open,
                offset,
                ..Level::default()
            });
            self.chain_total += 1;
            return self.check_depth(offset);
        }
        if let Some(close) = close_char(tok) {
            if self.levels.len() == 1 {
                return Err(GuardError::new(format!("unmatched '{close}'"), offset));
            }
            let level = self.levels.pop().expect("checked above");
            if matching(level.bracket) != close {
                return Err(GuardError {
                    message: format!(
                        "closing parenthesis '{close}' does not match opening parenthesis '{}'",
                        level.bracket
                    ),
                    offset,
                    opened_at: Some(level.offset),
                    indentation: false,
                });
            }
            self.chain_total -= level.chain + 1;
            return Ok(());
        }
        match tok {
            Tok::Indent => {
                // `blocks` holds level 0 too: at most MAX_INDENT_DEPTH - 1 indents.
                if self.blocks.len() >= MAX_INDENT_DEPTH {
                    return Err(GuardError {
                        indentation: true,
                        ..GuardError::new("too many levels of indentation", offset)
                    });
                }
                let outer = self.blocks.last().copied().unwrap_or_default();
                self.blocks.push(Block {
                    base: outer.base + outer.elifs + 1,
                    elifs: 0,
                });
                self.at_line_start = true;
                self.check_depth(offset)
            }
            Tok::Dedent => {
                if self.blocks.len() > 1 {
                    self.blocks.pop();
                }
                self.at_line_start = true;
                Ok(())
            }
            Tok::Newline => {
                self.end_chain();
                self.level().pending_lambdas = 0;
                self.at_line_start = true;
                Ok(())
            }
            Tok::Elif => {
                if let Some(block) = self.blocks.last_mut() {
                    block.elifs += 1;
                }
                self.grow_chain(offset)
            }
            Tok::Lambda => {
                self.level().pending_lambdas += 1;
                self.grow_chain(offset)
            }
            Tok::Colon if self.level().pending_lambdas > 0 => {
                // The `lambda` token already counted the node its body hangs from.
                self.level().pending_lambdas -= 1;
                Ok(())
            }
            Tok::Comma | Tok::Equal if self.level().pending_lambdas > 0 => Ok(()),
            Tok::Comma | Tok::Colon | Tok::Semi | Tok::Equal => {
                self.end_chain();
                Ok(())
            }
            Tok::String { value, kind, .. } if kind.is_any_fstring() => {
                self.check_fstring(value, kind.is_raw(), offset)
            }
            _ if is_operand(tok) => Ok(()),
            _ => self.grow_chain(offset),
        }
    }

    /// Checks the expressions of an f-string the way the parser will parse them.
    fn check_fstring(&mut self, body: &str, raw: bool, offset: u32) -> Result<(), GuardError> {
        if self.fstring_nesting >= MAX_FSTRING_NESTING {
            return Err(GuardError::new(
                "f-string: expressions nested too deeply",
                offset,
            ));
        }
        let base = self.depth() + 2;
        for expression in fstring_expressions(body, raw) {
            let source = format!("({expression})");
            let mut inner = Guard::nested(base, self.fstring_nesting + 1);
            for token in lex(&source, Mode::Expression) {
                let Ok((tok, _)) = token else { break };
                if let Err(mut e) = inner.token(&tok, offset) {
                    e.offset = offset;
                    e.opened_at = None;
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// The bracket left open at the end of the input, if any.
    pub(crate) fn unclosed(&self) -> Option<Unclosed> {
        (self.levels.len() > 1).then(|| {
            let level = self.levels.last().expect("checked");
            Unclosed {
                bracket: level.bracket,
                offset: level.offset,
            }
        })
    }
}

/// Checks a whole token list (used for the tokens of f-string expressions in tests).
#[cfg(test)]
pub(crate) fn check(tokens: &[LexResult]) -> Result<Option<Unclosed>, GuardError> {
    let mut guard = Guard::new();
    for (tok, range) in tokens.iter().flatten() {
        guard.token(tok, u32::from(range.start()))?;
    }
    Ok(guard.unclosed())
}

/// The expression texts of an f-string body, in the order rustpython's
/// `StringParser::parse_fstring` hands them to `parse_fstring_expr` (a port of its
/// scanning, without building anything). Stops where the parser would fail.
fn fstring_expressions(body: &str, raw: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = body.chars().peekable();
    scan_fstring(&mut chars, raw, 0, &mut out);
    out
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

fn scan_fstring(chars: &mut Chars<'_>, raw: bool, nested: u8, out: &mut Vec<String>) -> bool {
    if nested >= 2 {
        return false;
    }
    while let Some(&ch) = chars.peek() {
        match ch {
            '{' => {
                chars.next();
                if nested == 0 {
                    match chars.peek() {
                        Some('{') => {
                            chars.next();
                            continue;
                        }
                        None => return false,
                        _ => {}
                    }
                }
                if !scan_formatted_value(chars, raw, nested, out) {
                    return false;
                }
            }
            '}' => {
                if nested > 0 {
                    break;
                }
                chars.next();
                if chars.peek() == Some(&'}') {
                    chars.next();
                } else {
                    return false;
                }
            }
            '\\' if !raw => {
                chars.next();
                match chars.peek() {
                    Some('{' | '}') => {}
                    Some('N') => {
                        // `\N{NAME}`: the braces belong to the escape.
                        chars.next();
                        if chars.peek() == Some(&'{') {
                            for c in chars.by_ref() {
                                if c == '}' {
                                    break;
                                }
                            }
                        }
                    }
                    _ => {
                        chars.next();
                    }
                }
            }
            _ => {
                chars.next();
            }
        }
    }
    true
}

fn scan_formatted_value(
    chars: &mut Chars<'_>,
    raw: bool,
    nested: u8,
    out: &mut Vec<String>,
) -> bool {
    let mut expression = String::new();
    let mut delimiters = Vec::new();
    let mut self_documenting = false;
    while let Some(ch) = chars.next() {
        match ch {
            '!' | '=' | '>' | '<' if chars.peek() == Some(&'=') => {
                expression.push(ch);
                expression.push('=');
                chars.next();
            }
            '!' if delimiters.is_empty() => {
                if expression.trim().is_empty() || !matches!(chars.next(), Some('s' | 'a' | 'r')) {
                    return false;
                }
                if !matches!(chars.peek(), Some('}' | ':')) {
                    return false;
                }
            }
            '=' if delimiters.is_empty() => self_documenting = true,
            ':' if delimiters.is_empty() => {
                if !scan_spec(chars, raw, nested, out) {
                    return false;
                }
            }
            '(' | '{' | '[' => {
                expression.push(ch);
                delimiters.push(ch);
            }
            ')' | ']' => {
                let open = if ch == ')' { '(' } else { '[' };
                if delimiters.pop() != Some(open) {
                    return false;
                }
                expression.push(ch);
            }
            '}' if !delimiters.is_empty() => {
                if delimiters.pop() != Some('{') {
                    return false;
                }
                expression.push(ch);
            }
            '}' => {
                if expression.trim().is_empty() {
                    return false;
                }
                out.push(expression);
                return true;
            }
            '"' | '\'' => {
                expression.push(ch);
                loop {
                    let Some(c) = chars.next() else { return false };
                    expression.push(c);
                    if c == ch {
                        break;
                    }
                }
            }
            ' ' if self_documenting => {}
            '\\' => return false,
            _ => {
                if self_documenting {
                    return false;
                }
                expression.push(ch);
            }
        }
    }
    false
}

fn scan_spec(chars: &mut Chars<'_>, raw: bool, nested: u8, out: &mut Vec<String>) -> bool {
    while let Some(&next) = chars.peek() {
        match next {
            '{' => {
                if !scan_fstring(chars, raw, nested + 1, out) {
                    return false;
                }
                continue;
            }
            '}' => break,
            _ => {}
        }
        chars.next();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(src: &str) -> Vec<LexResult> {
        lex(src, Mode::Module).take_while(|t| t.is_ok()).collect()
    }

    #[test]
    fn fstring_expressions_follow_the_parser() {
        assert_eq!(
            fstring_expressions("a{x}b{y!r:>{w}}", false),
            ["x", "w", "y"]
        );
        assert_eq!(
            fstring_expressions("{{x}} \\N{DASH} {f(a)[1]}", false),
            ["f(a)[1]"]
        );
        assert_eq!(fstring_expressions("{x=}", false), ["x"]);
        assert!(fstring_expressions("{", false).is_empty());
    }

    #[test]
    fn flat_code_passes_and_chains_are_bounded() {
        assert!(check(&tokens("x = [1, -2, {'a': -3}]\n")).is_ok());
        let chain = format!("x = {}1\n", "-".repeat(MAX_CHAIN_DEPTH + 1));
        assert!(check(&tokens(&chain)).is_err());
        let calls = format!("f{}\n", "()".repeat(MAX_CHAIN_DEPTH + 1));
        assert!(check(&tokens(&calls)).is_err());
        let lambdas = format!("{}0\n", "lambda: ".repeat(MAX_CHAIN_DEPTH + 1));
        assert!(check(&tokens(&lambdas)).is_err());
    }
}
