//! Bounds on nesting, checked on the token stream before the parser builds a tree.
//!
//! The lexer is iterative and the LALR parser keeps its own stack, but the tree they
//! build is walked recursively by the compiler and by `Drop`. A 10 MB line of
//! `1+1+1+...` or 100 000 nested brackets would overflow the host's stack there, so
//! such source is refused here, with CPython's messages where CPython has one.

use rustpython_parser::{lexer::LexResult, Tok};

/// Deepest bracket nesting accepted; CPython's tokenizer stops at 200 too.
pub const MAX_PAREN_DEPTH: usize = 200;
/// Deepest indentation accepted; CPython's tokenizer stops at 100 too.
pub const MAX_INDENT_DEPTH: usize = 100;
/// Longest chain of operators, attribute accesses and calls inside one bracket level
/// (an upper bound of the expression tree's depth). CPython answers such input with
/// `RecursionError` during compilation; we answer with a `SyntaxError`.
pub const MAX_CHAIN_DEPTH: usize = 1000;

/// Why the token stream was refused: a message and the byte offset it points at.
#[derive(Debug)]
pub(crate) struct GuardError {
    pub message: String,
    pub offset: u32,
    pub indentation: bool,
}

/// The bracket still open at the end of the input, if any (for "'(' was never closed").
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

/// Tokens that separate items and so end an operator chain at their bracket level.
fn resets_chain(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Comma | Tok::Colon | Tok::Semi | Tok::Newline | Tok::Equal | Tok::ColonEqual
    ) || is_operand(tok)
}

fn is_operand(tok: &Tok) -> bool {
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

/// Checks bracket balance and nesting bounds; on success reports any bracket left open.
pub(crate) fn check(tokens: &[LexResult]) -> Result<Option<Unclosed>, GuardError> {
    // One entry per open bracket: (bracket, offset, chain length at that level).
    let mut stack: Vec<(char, u32)> = Vec::new();
    let mut chains: Vec<usize> = vec![0];
    let mut chain_total = 0usize;
    let mut indent = 0usize;
    for (tok, range) in tokens.iter().flatten() {
        let offset = u32::from(range.start());
        if let Some(open) = open_char(tok) {
            if stack.len() >= MAX_PAREN_DEPTH {
                return Err(GuardError {
                    message: "too many nested parentheses".into(),
                    offset,
                    indentation: false,
                });
            }
            stack.push((open, offset));
            chains.push(0);
            chain_total += 1;
        } else if let Some(close) = close_char(tok) {
            match stack.pop() {
                None => {
                    return Err(GuardError {
                        message: format!("unmatched '{close}'"),
                        offset,
                        indentation: false,
                    })
                }
                Some((open, _)) if matching(open) != close => {
                    return Err(GuardError {
                        message: format!(
                            "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                        ),
                        offset,
                        indentation: false,
                    })
                }
                Some(_) => {
                    chain_total -= chains.pop().unwrap_or(0) + 1;
                }
            }
        } else if matches!(tok, Tok::Indent) {
            indent += 1;
            if indent > MAX_INDENT_DEPTH {
                return Err(GuardError {
                    message: "too many levels of indentation".into(),
                    offset,
                    indentation: true,
                });
            }
        } else if matches!(tok, Tok::Dedent) {
            indent = indent.saturating_sub(1);
        } else if resets_chain(tok) {
            if !is_operand(tok) {
                let level = chains.last_mut().expect("level 0 is never popped");
                chain_total -= *level;
                *level = 0;
            }
        } else {
            *chains.last_mut().expect("level 0 is never popped") += 1;
            chain_total += 1;
            if chain_total > MAX_CHAIN_DEPTH {
                return Err(GuardError {
                    message: "expression too deeply nested (too many operators in one expression)"
                        .into(),
                    offset,
                    indentation: false,
                });
            }
        }
    }
    Ok(stack.pop().map(|(bracket, offset)| Unclosed { bracket, offset }))
}
