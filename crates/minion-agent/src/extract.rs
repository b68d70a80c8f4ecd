//! Code extraction from a model's reply: the ```` ```py ```` / ```` ```python ````
//! blocks (joined, in order), else a bare ```` ``` ```` block, else `<code>...</code>`.

/// The marker the prompt asks the model to end its code with (also a stop sequence).
pub const END_CODE: &str = "<end_code>";

/// The code in `reply`, or `None` when it has no code block.
pub fn extract_code(reply: &str) -> Option<String> {
    let tagged = fenced_blocks(reply, |lang| matches!(lang, "py" | "python" | "python3"));
    if !tagged.is_empty() {
        return Some(tagged.join("\n\n"));
    }
    let bare = fenced_blocks(reply, |lang| lang.is_empty());
    if !bare.is_empty() {
        return Some(bare.join("\n\n"));
    }
    let start = reply.find("<code>")? + "<code>".len();
    let end = reply[start..]
        .find("</code>")
        .map_or(reply.len(), |e| start + e);
    let code = reply[start..end].trim_matches('\n');
    (!code.trim().is_empty()).then(|| code.to_string())
}

/// The bodies of the fenced blocks whose language tag satisfies `accept`. An
/// unterminated last block runs to the end of the reply (the stop sequence may have
/// cut the closing fence).
fn fenced_blocks(reply: &str, accept: impl Fn(&str) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = reply;
    while let Some(open) = rest.find("```") {
        let after = &rest[open + 3..];
        let line_end = after.find('\n').unwrap_or(after.len());
        let lang = after[..line_end].trim().to_ascii_lowercase();
        let body_start = (line_end + 1).min(after.len());
        let body = &after[body_start..];
        let (code, next) = match body.find("```") {
            Some(close) => (&body[..close], &body[close + 3..]),
            None => (body, ""),
        };
        if accept(&lang) {
            let code = code.replace(END_CODE, "");
            let code = code.trim_end();
            if !code.trim().is_empty() {
                out.push(code.to_string());
            }
        }
        rest = next;
    }
    out
}

/// What the agent tells the model when its reply has no code block.
pub fn missing_code_message() -> String {
    format!(
        "Error in code parsing: your reply did not contain a code block. Reply with \
         'Thought:' followed by your reasoning, then 'Code:' and a Python code block:\n\
         Thought: your thoughts\nCode:\n```py\n# your Python code here\n```{END_CODE}\n\
         Make sure to provide a correct code block."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn py_and_python_blocks_are_joined() {
        let reply = "Thought: x\nCode:\n```py\na = 1\n```<end_code>\nmore\n```python\nb = 2\n```";
        assert_eq!(extract_code(reply).as_deref(), Some("a = 1\n\nb = 2"));
    }

    #[test]
    fn tagged_blocks_win_over_other_languages_and_bare_blocks() {
        let reply = "```json\n{}\n```\n```\nbare = 1\n```\n```py\nx = 2\n```";
        assert_eq!(extract_code(reply).as_deref(), Some("x = 2"));
        assert_eq!(
            extract_code("```\nbare = 1\n```").as_deref(),
            Some("bare = 1")
        );
    }

    #[test]
    fn code_tags_and_unterminated_fences() {
        assert_eq!(
            extract_code("Thought\n<code>\nprint(1)\n</code>").as_deref(),
            Some("print(1)")
        );
        assert_eq!(
            extract_code("Code:\n```py\nprint(2)\n").as_deref(),
            Some("print(2)")
        );
    }

    #[test]
    fn no_code() {
        assert_eq!(extract_code("I think the answer is 4."), None);
        assert_eq!(extract_code("```py\n\n```"), None);
        assert_eq!(extract_code("<code>  </code>"), None);
    }
}
