//! `FnTool`, `AsyncFnTool`, custom `Tool`/`AsyncTool` impls, and `IntoTool` choosing the
//! kind from the type.

use futures::executor::block_on;
use minion_tool::{
    async_trait, AnyTool, AsyncFnTool, AsyncTool, FnTool, IntoTool, Tool, ToolArgs, ToolError,
    ToolSpec, Value,
};

fn add_tool() -> FnTool {
    FnTool::new(
        ToolSpec::new("add", "Adds two ints.")
            .input("a", "int", "first")
            .optional_input("b", "int", "second", 1)
            .output("int"),
        |args| Ok(Value::from(args.get::<i64>("a")? + args.get::<i64>("b")?)),
    )
}

fn echo_tool() -> AsyncFnTool {
    AsyncFnTool::new(
        ToolSpec::new("echo", "Returns its text.")
            .input("text", "str", "what to echo")
            .output("str"),
        |args| async move {
            let text: String = args.get("text")?;
            if text.is_empty() {
                return Err(ToolError::value_error("empty text"));
            }
            Ok(Value::from(text.repeat(2)))
        },
    )
}

#[test]
fn fn_tool_calls() {
    let add = add_tool();
    let spec = add.spec();
    assert_eq!(spec.name, "add");
    let args = spec.bind(vec![2.into(), 3.into()], vec![]).unwrap();
    assert_eq!(add.forward(args).unwrap(), Value::from(5));
    let args = spec.bind(vec![41.into()], vec![]).unwrap();
    assert_eq!(add.forward(args).unwrap(), Value::from(42));
    // A tool given unbound arguments reports a TypeError through `get`.
    let err = add.forward(ToolArgs { values: vec![] }).unwrap_err();
    assert_eq!(err.exc_type, "TypeError");
}

#[test]
fn fn_tool_errors_carry_the_exception_type() {
    let div = FnTool::new(
        ToolSpec::new("div", "Divides.")
            .input("a", "float", "")
            .input("b", "float", ""),
        |args| {
            let b: f64 = args.get("b")?;
            if b == 0.0 {
                return Err(ToolError::with_type(
                    "ZeroDivisionError",
                    "division by zero",
                ));
            }
            Ok(Value::from(args.get::<f64>("a")? / b))
        },
    );
    let args = div.spec().bind(vec![1.into(), 0.into()], vec![]).unwrap();
    let err = div.forward(args).unwrap_err();
    assert_eq!(err.exc_type, "ZeroDivisionError");
    assert_eq!(err.to_string(), "ZeroDivisionError: division by zero");
    assert_eq!(ToolError::new("boom").exc_type, "RuntimeError");
}

#[test]
fn async_fn_tool_calls() {
    let echo = echo_tool();
    let spec = echo.spec();
    let args = spec
        .bind(vec![], vec![("text".into(), "ab".into())])
        .unwrap();
    assert_eq!(block_on(echo.forward(args)).unwrap(), Value::from("abab"));
    let args = spec.bind(vec!["".into()], vec![]).unwrap();
    let err = block_on(echo.forward(args)).unwrap_err();
    assert_eq!(err, ToolError::value_error("empty text"));
}

struct Clock;

impl Tool for Clock {
    fn spec(&self) -> ToolSpec {
        ToolSpec::new("now", "The time.").output("float")
    }

    fn forward(&self, _args: ToolArgs) -> Result<Value, ToolError> {
        Ok(Value::from(12.5))
    }
}

struct Sleep;

#[async_trait]
impl AsyncTool for Sleep {
    fn spec(&self) -> ToolSpec {
        ToolSpec::new("sleep", "Waits.").input("seconds", "float", "how long")
    }

    async fn forward(&self, args: ToolArgs) -> Result<Value, ToolError> {
        let _seconds: f64 = args.get("seconds")?;
        Ok(Value::None)
    }
}

fn erase<M>(t: impl IntoTool<M>) -> AnyTool {
    t.into_tool()
}

#[test]
fn into_tool_picks_the_kind_from_the_type() {
    let tools = [
        erase(add_tool()),
        erase(echo_tool()),
        erase(Clock),
        erase(Sleep),
    ];
    let kinds: Vec<(String, bool)> = tools
        .iter()
        .map(|t| (t.spec().name, t.is_async()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("add".into(), false),
            ("echo".into(), true),
            ("now".into(), false),
            ("sleep".into(), true),
        ]
    );
    assert!(matches!(tools[0], AnyTool::Sync(_)));
    assert!(matches!(tools[1], AnyTool::Async(_)));
    // An AnyTool converts to itself.
    let again = erase(tools[1].clone());
    assert!(again.is_async());
    assert_eq!(format!("{again:?}"), "AnyTool(async echo)");
    assert_eq!(format!("{:?}", tools[2]), "AnyTool(sync now)");
}

#[test]
fn erased_tools_still_run() {
    match erase(add_tool()) {
        AnyTool::Sync(t) => {
            let args = t
                .spec()
                .bind(vec![1.into()], vec![("b".into(), 2.into())])
                .unwrap();
            assert_eq!(t.forward(args).unwrap(), Value::from(3));
        }
        AnyTool::Async(_) => panic!("add is sync"),
    }
    match erase(Sleep) {
        AnyTool::Async(t) => {
            let args = t.spec().bind(vec![0.into()], vec![]).unwrap();
            assert_eq!(block_on(t.forward(args)).unwrap(), Value::None);
        }
        AnyTool::Sync(_) => panic!("sleep is async"),
    }
}

#[test]
fn tools_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>(_: &T) {}
    assert_send_sync(&add_tool());
    assert_send_sync(&echo_tool());
    assert_send_sync(&erase(Clock));
    // The future of an async tool can move to another thread.
    fn assert_send<T: Send>(_: T) {}
    let echo = echo_tool();
    let args = echo.spec().bind(vec!["x".into()], vec![]).unwrap();
    assert_send(echo.forward(args));
}
