//! Error messages and positions, checked against CPython 3.11.7.
//!
//! Every expectation below was produced by CPython 3.11.7 with
//! `compile(src, "<code>", "exec")` and `traceback.format_exception_only`; the tests do
//! not need Python to run.

use minion_parser::{parse_module, parse_module_bytes, SyntaxError, SyntaxErrorKind};

fn error(src: &str) -> SyntaxError {
    match parse_module(src, "<code>") {
        Ok(_) => panic!("parsed: {src:?}"),
        Err(e) => e,
    }
}

#[test]
fn display_is_the_cpython_block() {
    assert_eq!(
        error("x = (1,\n").to_string(),
        "  File \"<code>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed"
    );
    assert_eq!(
        error("if x:\npass\n").to_string(),
        "  File \"<code>\", line 2\n    pass\n    ^^^^\n\
         IndentationError: expected an indented block after 'if' statement on line 1"
    );
}

#[test]
fn return_outside_function_is_left_to_the_compiler() {
    assert!(parse_module("return 1\n", "<code>").is_ok());
}

#[test]
fn null_bytes_and_bad_utf8() {
    let e = error("x = 1\n\0\n");
    assert_eq!(e.message, "source code string cannot contain null bytes");
    assert_eq!((e.line, e.column), (2, 1));
    let e = parse_module_bytes(b"x = 1\ny = '\xff'\n", "<code>").unwrap_err();
    assert_eq!(e.kind, SyntaxErrorKind::Syntax);
    assert_eq!(e.line, 2);
    assert!(
        e.message.contains("can't decode byte 0xff in position 11"),
        "{}",
        e.message
    );
}

#[test]
fn long_int_literals_are_refused_like_cpython() {
    let e = error(&format!("x = {}\n", "1".repeat(5000)));
    assert!(e.message.starts_with(
        "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits"
    ));
    assert!(parse_module(&format!("x = {}\n", "1".repeat(4300)), "<code>").is_ok());
    assert!(parse_module(
        &format!(
            "x = '{}'\n# {}\ny = {}.5\n",
            "1".repeat(5000),
            "2".repeat(5000),
            "3".repeat(5000)
        ),
        "<code>"
    )
    .is_ok());
}

include!("cpython_cases.in");

#[test]
fn all_cases_report() {
    let mut failures = Vec::new();
    for &(name, src, class, message, line, column, block) in CASES {
        let e = match parse_module(src, "<code>") {
            Ok(_) => {
                failures.push(format!("{name}: parsed"));
                continue;
            }
            Err(e) => e,
        };
        let got = (
            e.kind.name(),
            e.message.as_str(),
            e.line,
            e.column,
            e.to_string(),
        );
        let want = (class, message, line, column, block.to_string());
        if got != want {
            failures.push(format!("{name}:\n  got  {got:?}\n  want {want:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn crlf_and_wide_characters_keep_columns_right() {
    let e = error("x = 1\r\ny = (1,\r\n");
    assert_eq!(
        (e.line, e.column, e.source_line.as_str()),
        (2, 5, "y = (1,")
    );
    let e = error("é = 'ü' + €\n");
    assert_eq!((e.line, e.column), (1, 11));
    assert_eq!(e.message, "invalid character '€' (U+20AC)");
}
