//! Tools from sandboxed code: binding, conversions, errors and panics, protection of
//! tool names, `functions.<name>`, a replaced `final_answer`, async tools in the sync
//! executor. Python-level messages follow CPython's for the equivalent function.

use minion_eval::{ErrorKind, LocalPythonExecutor};
use minion_tool::{AsyncFnTool, FnTool, ToolError, ToolSpec, Value};

fn executor() -> LocalPythonExecutor {
    let mut ex = LocalPythonExecutor::new();
    ex.send_tool(FnTool::new(
        ToolSpec::new("add", "Adds two ints.")
            .input("a", "int", "first")
            .optional_input("b", "int", "second", 1)
            .output("int"),
        |args| Ok(Value::from(args.get::<i64>("a")? + args.get::<i64>("b")?)),
    ));
    ex.send_tool(FnTool::new(
        ToolSpec::new("echo", "Returns its argument.").input("x", "Any", "anything"),
        |args| Ok(args.value("x").cloned().unwrap_or(Value::None)),
    ));
    ex.send_tool(FnTool::new(
        ToolSpec::new("lookup", "Looks a key up.").input("key", "str", "the key"),
        |args| {
            let key: String = args.get("key")?;
            match key.as_str() {
                "a" => Ok(Value::from(1)),
                "bad" => Err(ToolError::value_error("bad key")),
                "custom" => Err(ToolError::with_type("QuotaExceeded", "try later")),
                _ => Err(ToolError::new(format!("no such key: {key}"))),
            }
        },
    ));
    ex.send_tool(FnTool::new(ToolSpec::new("boom", "Panics."), |_| {
        panic!("kaboom")
    }));
    ex
}

#[track_caller]
fn logs(ex: &mut LocalPythonExecutor, code: &str) -> String {
    match ex.run(code) {
        Ok(out) => out.logs,
        Err(e) => panic!("{code:?} failed: {}", e.summary()),
    }
}

#[track_caller]
fn error(ex: &mut LocalPythonExecutor, code: &str) -> String {
    match ex.run(code) {
        Ok(out) => panic!("{code:?} succeeded with logs {:?}", out.logs),
        Err(e) => {
            assert_eq!(e.kind, ErrorKind::Exception, "{code:?}");
            e.summary()
        }
    }
}

#[test]
fn tools_are_called_by_position_keyword_and_through_functions() {
    let mut ex = executor();
    assert_eq!(
        logs(
            &mut ex,
            "print(add(2, 3), add(2), add(a=1, b=5), functions.add(10, b=2))"
        ),
        "5 3 6 12\n"
    );
    assert_eq!(
        logs(&mut ex, "r = add(40, 2)\nprint(r * 2, type(r).__name__)"),
        "84 int\n"
    );
}

#[test]
fn binding_errors_are_catchable_type_errors_naming_the_tool() {
    let mut ex = executor();
    // Wording of CPython for `def add(a, b=1)`.
    assert_eq!(
        error(&mut ex, "add()"),
        "TypeError: add() missing 1 required positional argument: 'a'"
    );
    assert_eq!(
        error(&mut ex, "add(1, 2, 3)"),
        "TypeError: add() takes from 1 to 2 positional arguments but 3 were given"
    );
    assert_eq!(
        error(&mut ex, "add(1, c=2)"),
        "TypeError: add() got an unexpected keyword argument 'c'"
    );
    assert_eq!(
        error(&mut ex, "add(1, a=2)"),
        "TypeError: add() got multiple values for argument 'a'"
    );
    assert_eq!(
        error(&mut ex, "add('x')"),
        "TypeError: add() argument 'a' must be int, not str"
    );
    assert_eq!(
        logs(
            &mut ex,
            "try:\n    add()\nexcept TypeError as e:\n    print('caught:', e)"
        ),
        "caught: add() missing 1 required positional argument: 'a'\n"
    );
}

#[test]
fn values_round_trip_through_a_tool() {
    let mut ex = executor();
    let code = "\
vals = [None, True, 2**200, -7, 1.5, 'hé', b'\\x00b', [1, [2, (3,)]], {1: 'a', (2, 3): [4]}, {5}, frozenset({6})]
back = [echo(v) for v in vals]
print(back == vals)
print([type(v).__name__ for v in back])
print(back[8])
";
    assert_eq!(
        logs(&mut ex, code),
        "True\n['NoneType', 'bool', 'int', 'int', 'float', 'str', 'bytes', 'list', 'dict', 'set', 'frozenset']\n{1: 'a', (2, 3): [4]}\n"
    );
    // Values without a boundary form cross as their repr.
    assert_eq!(
        logs(&mut ex, "print(echo(len))"),
        "<built-in function len>\n"
    );
}

#[test]
fn tool_errors_become_catchable_exceptions_and_state_survives() {
    let mut ex = executor();
    ex.run("x = 41").expect("runs");
    assert_eq!(
        error(&mut ex, "x += 1\nlookup('missing')"),
        "RuntimeError: no such key: missing"
    );
    assert_eq!(error(&mut ex, "lookup('bad')"), "ValueError: bad key");
    assert_eq!(
        error(&mut ex, "lookup('custom')"),
        "RuntimeError: QuotaExceeded: try later"
    );
    let code = "\
try:
    lookup('bad')
except ValueError as e:
    print('handled', e)
print(x, lookup('a'))
";
    assert_eq!(logs(&mut ex, code), "handled bad key\n42 1\n");
}

#[test]
fn a_panicking_tool_raises_runtime_error_and_the_executor_survives() {
    let mut ex = executor();
    assert_eq!(
        error(&mut ex, "boom()"),
        "RuntimeError: tool 'boom' panicked: kaboom"
    );
    assert_eq!(
        logs(
            &mut ex,
            "try:\n    boom()\nexcept RuntimeError:\n    print('still here', add(1, 1))"
        ),
        "still here 2\n"
    );
}

#[test]
fn tool_names_cannot_be_reassigned() {
    let mut ex = executor();
    let msg =
        "RuntimeError: Cannot assign to name 'add': doing this would erase the existing tool!";
    assert_eq!(error(&mut ex, "add = 5"), msg);
    assert_eq!(error(&mut ex, "del add"), msg);
    assert_eq!(
        error(&mut ex, "functions = None"),
        "RuntimeError: Cannot assign to name 'functions': doing this would erase the existing tool!"
    );
    // A local of the same name inside a function is harmless, as in Python.
    assert_eq!(
        logs(
            &mut ex,
            "def f():\n    add = 1\n    return add\nprint(f(), add(1))"
        ),
        "1 2\n"
    );
    let err = ex
        .send_variables([("add", Value::from(1))])
        .expect_err("protected");
    assert_eq!(err.summary(), msg);
}

#[test]
fn a_host_final_answer_replaces_the_builtin() {
    let mut ex = executor();
    let out = ex
        .run("final_answer(3)\nprint('not reached')")
        .expect("runs");
    assert!(out.is_final_answer);
    assert_eq!(out.output, Value::from(3));
    ex.send_tool(FnTool::new(
        ToolSpec::new("final_answer", "Gives the answer.").input("answer", "Any", "the answer"),
        |args| {
            Ok(Value::from(format!(
                "ANSWER: {}",
                args.value("answer").map(|v| v.py_str()).unwrap_or_default()
            )))
        },
    ));
    let out = ex
        .run("final_answer(6 * 7)\nprint('not reached')")
        .expect("runs");
    assert!(out.is_final_answer);
    assert_eq!(out.output, Value::from("ANSWER: 42"));
    assert_eq!(out.logs, "");
}

#[test]
fn async_tools_run_to_completion_in_the_sync_executor() {
    let mut ex = executor();
    ex.send_tool(AsyncFnTool::new(
        ToolSpec::new("fetch", "Fetches.")
            .input("url", "str", "where")
            .output("str"),
        |args| async move {
            let url: String = args.get("url")?;
            futures::future::ready(()).await;
            Ok(Value::from(format!("<html>{url}</html>")))
        },
    ));
    let code = "\
page = await fetch('a.example')
also = fetch(url='b.example')
print(page, also, await 5)
";
    assert_eq!(
        logs(&mut ex, code),
        "<html>a.example</html> <html>b.example</html> 5\n"
    );
}

#[test]
fn tools_survive_reset_state() {
    let mut ex = executor();
    ex.reset_state();
    assert_eq!(
        logs(&mut ex, "print(add(1, 2), functions.echo('x'))"),
        "3 x\n"
    );
}
