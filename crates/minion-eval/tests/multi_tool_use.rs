//! `multi_tool_use.parallel(tool_uses=[...])`, the parallel-function-calling shim of
//! the Python minion executor: sync and async tools, results in order, errors.

use minion_eval::LocalPythonExecutor;
use minion_tool::{AsyncFnTool, FnTool, ToolError, ToolSpec, Value};

fn executor() -> LocalPythonExecutor {
    let mut ex = LocalPythonExecutor::new();
    ex.send_tool(FnTool::new(
        ToolSpec::new("add", "Adds two ints.")
            .input("a", "int", "first")
            .input("b", "int", "second")
            .output("int"),
        |args| Ok(Value::from(args.get::<i64>("a")? + args.get::<i64>("b")?)),
    ));
    ex.send_tool(AsyncFnTool::new(
        ToolSpec::new("shout", "Upper-cases text.").input("text", "str", "the text"),
        |args| async move {
            let t: String = args.get("text")?;
            if t.is_empty() {
                return Err(ToolError::value_error("nothing to shout"));
            }
            Ok(Value::from(t.to_uppercase()))
        },
    ));
    ex
}

#[track_caller]
fn logs(ex: &mut LocalPythonExecutor, code: &str) -> String {
    match ex.run(code) {
        Ok(out) => out.logs,
        Err(e) => panic!("{code}\n{e}"),
    }
}

#[test]
fn parallel_returns_results_in_order() {
    let mut ex = executor();
    let code = r#"
r = multi_tool_use.parallel(tool_uses=[
    {"recipient_name": "functions.shout", "parameters": {"text": "hi"}},
    {"recipient_name": "functions.add", "parameters": {"a": 2, "b": 3}},
    {"recipient_name": "shout", "parameters": {"text": "yo"}},
])
print(r)
print(multi_tool_use.parallel([]))
"#;
    assert_eq!(logs(&mut ex, code), "['HI', 5, 'YO']\n[]\n");
}

#[test]
fn parallel_tool_error_is_catchable() {
    let mut ex = executor();
    let code = r#"
try:
    multi_tool_use.parallel(tool_uses=[{"recipient_name": "functions.shout", "parameters": {"text": ""}}])
except ValueError as e:
    print("caught", e)
try:
    multi_tool_use.parallel(tool_uses=[{"recipient_name": "functions.nope", "parameters": {}}])
except ValueError as e:
    print("caught", e)
"#;
    assert_eq!(
        logs(&mut ex, code),
        "caught nothing to shout\ncaught unknown tool 'functions.nope'\n"
    );
}

#[test]
fn parallel_is_protected_and_not_importable() {
    let mut ex = executor();
    let e = ex.run("multi_tool_use = 1").unwrap_err();
    assert_eq!(e.exc_type, "RuntimeError");
    let e = ex.run("import multi_tool_use").unwrap_err();
    assert_eq!(e.exc_type, "ModuleNotFoundError");
}
