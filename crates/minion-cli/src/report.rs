//! Rendering results: plain text, the `--json` object, and exit codes.

use minion_eval::{CodeOutput, InterpreterError};
use serde_json::{json, Value};

/// Exit code of a successful run.
pub const EXIT_OK: u8 = 0;
/// Exit code of a Python-level error (exception, SyntaxError, limit).
pub const EXIT_PYTHON_ERROR: u8 = 1;
/// Exit code of a usage or I/O error.
pub const EXIT_USAGE: u8 = 2;

/// A Python-level failure, from the executor or from decoding the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The exception class name, e.g. `ValueError`.
    pub exc_type: String,
    /// `str(exception)`.
    pub message: String,
    /// The line where it was raised, if known.
    pub line: Option<u32>,
    /// The CPython-style traceback (last line `ExcType: message`).
    pub traceback: String,
    /// What `print` wrote before the failure.
    pub logs: String,
}

impl Failure {
    /// From an executor error.
    pub fn from_interpreter(e: &InterpreterError) -> Self {
        Failure {
            exc_type: e.exc_type.clone(),
            message: e.message.clone(),
            line: e.line,
            traceback: e.traceback.clone(),
            logs: e.logs.clone(),
        }
    }

    /// From a parser error (e.g. invalid UTF-8).
    pub fn from_syntax(e: &minion_parser::SyntaxError) -> Self {
        Failure {
            exc_type: e.kind.name().to_string(),
            message: e.message.clone(),
            line: Some(e.line),
            traceback: e.to_string(),
            logs: String::new(),
        }
    }

    /// The traceback, guaranteed to end with the `ExcType: message` line and a newline.
    pub fn traceback_text(&self) -> String {
        let summary = if self.message.is_empty() {
            self.exc_type.clone()
        } else {
            format!("{}: {}", self.exc_type, self.message)
        };
        let tb = self.traceback.trim_end_matches('\n');
        if tb.is_empty() {
            format!("{summary}\n")
        } else if tb.lines().last() == Some(summary.as_str()) {
            format!("{tb}\n")
        } else {
            format!("{tb}\n{summary}\n")
        }
    }
}

/// The exit code of a run result.
pub fn exit_code<T, E>(result: &Result<T, E>) -> u8 {
    match result {
        Ok(_) => EXIT_OK,
        Err(_) => EXIT_PYTHON_ERROR,
    }
}

/// The `--json` object of a successful run.
pub fn success_json(out: &CodeOutput) -> Value {
    json!({
        "output": out.output_repr(),
        "logs": out.logs,
        "is_final_answer": out.is_final_answer,
        "error": null,
    })
}

/// The `--json` object of a failed run.
pub fn failure_json(f: &Failure) -> Value {
    json!({
        "output": null,
        "logs": f.logs,
        "is_final_answer": false,
        "error": {
            "type": f.exc_type,
            "message": f.message,
            "line": f.line,
        },
    })
}

/// What plain (non-JSON) mode prints on stdout after the logs for a final answer:
/// the text of a `str`, otherwise its repr; `None` when there is no final answer.
pub fn final_answer_text(out: &CodeOutput) -> Option<String> {
    if !out.is_final_answer {
        return None;
    }
    match out.output.as_str() {
        Some(s) => Some(s.to_string()),
        None => Some(out.output_repr().unwrap_or_else(|| "None".to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure() -> Failure {
        Failure {
            exc_type: "ValueError".into(),
            message: "bad".into(),
            line: Some(3),
            traceback: "Traceback (most recent call last):\n  File \"<code>\", line 3, in <module>\nValueError: bad\n".into(),
            logs: "hi\n".into(),
        }
    }

    #[test]
    fn failure_json_shape() {
        let v = failure_json(&failure());
        assert_eq!(
            v,
            json!({
                "output": null,
                "logs": "hi\n",
                "is_final_answer": false,
                "error": {"type": "ValueError", "message": "bad", "line": 3},
            })
        );
        let obj = v.as_object().unwrap();
        assert_eq!(obj.len(), 4);
    }

    #[test]
    fn failure_json_without_line() {
        let mut f = failure();
        f.line = None;
        assert_eq!(failure_json(&f)["error"]["line"], Value::Null);
    }

    #[test]
    fn success_json_shape() {
        let mut ex = minion_eval::LocalPythonExecutor::new();
        let out = ex.run("print('a')\n1 + 2").unwrap();
        let v = success_json(&out);
        assert_eq!(
            v,
            json!({"output": "3", "logs": "a\n", "is_final_answer": false, "error": null})
        );
        let out = ex.run("None").unwrap();
        assert_eq!(success_json(&out)["output"], Value::Null);
    }

    #[test]
    fn final_answer_text_str_and_repr() {
        let mut ex = minion_eval::LocalPythonExecutor::new();
        let out = ex.run("final_answer('done')").unwrap();
        assert_eq!(final_answer_text(&out).as_deref(), Some("done"));
        assert_eq!(success_json(&out)["output"], json!("'done'"));
        let out = ex.run("final_answer([1, 'a'])").unwrap();
        assert_eq!(final_answer_text(&out).as_deref(), Some("[1, 'a']"));
        let out = ex.run("5").unwrap();
        assert_eq!(final_answer_text(&out), None);
    }

    #[test]
    fn traceback_text_ends_with_summary() {
        let t = failure().traceback_text();
        assert_eq!(t.lines().last(), Some("ValueError: bad"));
        assert!(t.ends_with('\n'));
        let mut f = failure();
        f.traceback = String::new();
        assert_eq!(f.traceback_text(), "ValueError: bad\n");
    }

    #[test]
    fn exit_codes() {
        assert_eq!(exit_code::<(), ()>(&Ok(())), EXIT_OK);
        assert_eq!(exit_code::<(), ()>(&Err(())), EXIT_PYTHON_ERROR);
    }
}
