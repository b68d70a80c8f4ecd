//! `ToolSpec::python_signature`, `python_stub` and `json_schema`, as snapshots.

use minion_tool::{AsyncFnTool, Dict, FnTool, IntoTool, ToolSpec, Value};

fn fetch_url() -> ToolSpec {
    ToolSpec::new("fetch_url", "Fetches a URL and returns its body as text.")
        .input("url", "str", "The address to fetch.")
        .optional_input(
            "timeout",
            "float",
            "Seconds to wait before giving up.",
            10.0,
        )
        .output("str")
}

fn search() -> ToolSpec {
    ToolSpec::new(
        "search",
        "Searches the index.\n\nResults are ranked by relevance; at most `limit` are returned.",
    )
    .input("query", "str", "What to look for.")
    .input("extra", "Any", "Anything else.")
    .optional_input("limit", "int", "How many results to return.", 5)
    .optional_input("site", "Optional[str]", "Restrict to this domain.", ())
    .optional_input("exact", "bool", "Match the whole phrase.", false)
    .optional_input(
        "tags",
        "list[str]",
        "Only results with these tags.\nAll must match.",
        Value::list::<&str>([]),
    )
    .optional_input(
        "filters",
        "dict",
        "Field filters.",
        Value::Dict(Dict::from(vec![("lang", "en")])),
    )
    .output("list[dict]")
}

fn pretty(v: &serde_json::Value) -> String {
    serde_json::to_string_pretty(v).unwrap()
}

#[test]
fn signature_sync_and_async() {
    assert_eq!(
        fetch_url().python_signature(true),
        "async def fetch_url(url: str, timeout: float = 10.0) -> str:"
    );
    assert_eq!(
        fetch_url().python_signature(false),
        "def fetch_url(url: str, timeout: float = 10.0) -> str:"
    );
    let untyped = ToolSpec::new("f", "")
        .input("a", "", "")
        .optional_input("b", "", "", "x")
        .output("");
    assert_eq!(untyped.python_signature(false), "def f(a, b='x'):");
}

#[test]
fn stub_async_fetch_url() {
    insta::assert_snapshot!(fetch_url().python_stub(true));
}

#[test]
fn stub_sync_fetch_url() {
    insta::assert_snapshot!(fetch_url().python_stub(false));
}

#[test]
fn stub_many_inputs() {
    insta::assert_snapshot!(search().python_stub(false));
}

#[test]
fn stub_no_inputs() {
    let spec = ToolSpec::new("now", "Returns the current time as ISO 8601 text.").output("str");
    insta::assert_snapshot!(spec.python_stub(false));
}

#[test]
fn stub_no_inputs_multiline_description() {
    let spec = ToolSpec::new(
        "final_answer",
        "Ends the run.\n\nThe value becomes the answer.",
    );
    insta::assert_snapshot!(spec.python_stub(false));
}

#[test]
fn stub_escapes_docstring_breakers() {
    let spec = ToolSpec::new(
        "quote",
        r#"Wraps text in """ and \ marks, then says "done""#,
    )
    .input("text", "str", r#"Text; may contain """ too."#);
    insta::assert_snapshot!(spec.python_stub(false));
    let no_inputs = ToolSpec::new("q", r#"Says "hi""#);
    assert_eq!(
        no_inputs.python_stub(false),
        "def q() -> Any:\n    \"\"\"Says \"hi\\\"\"\"\"\n"
    );
    let empty = ToolSpec::new("nothing", "");
    assert_eq!(empty.python_stub(false), "def nothing() -> Any:\n    ...\n");
}

#[test]
fn any_tool_stub_follows_its_kind() {
    let sync = FnTool::new(fetch_url(), |_| Ok(Value::None)).into_tool();
    let asynchronous = AsyncFnTool::new(fetch_url(), |_| async { Ok(Value::None) }).into_tool();
    assert_eq!(sync.python_stub(), fetch_url().python_stub(false));
    assert_eq!(asynchronous.python_stub(), fetch_url().python_stub(true));
    assert!(asynchronous
        .python_signature()
        .starts_with("async def fetch_url("));
    assert_eq!(sync.json_schema(), fetch_url().json_schema());
}

#[test]
fn json_schema_fetch_url() {
    insta::assert_snapshot!(pretty(&fetch_url().json_schema()));
}

#[test]
fn json_schema_many_inputs() {
    insta::assert_snapshot!(pretty(&search().json_schema()));
}

#[test]
fn json_schema_type_mapping() {
    let spec = ToolSpec::new("types", "Every type.")
        .input("s", "str", "")
        .input("i", "int", "")
        .input("f", "float", "")
        .input("b", "bool", "")
        .input("l", "list", "")
        .input("d", "dict", "")
        .input("a", "Any", "")
        .input("li", "List[int]", "")
        .input("t", "tuple", "")
        .input("o", "int | None", "")
        .input("u", "int | str", "")
        .input("by", "bytes", "")
        .optional_input("nan", "float", "no JSON default", f64::NAN);
    let props = &spec.json_schema()["function"]["parameters"]["properties"];
    let ty = |name: &str| props[name].get("type").cloned();
    use serde_json::json;
    assert_eq!(ty("s"), Some(json!("string")));
    assert_eq!(ty("i"), Some(json!("integer")));
    assert_eq!(ty("f"), Some(json!("number")));
    assert_eq!(ty("b"), Some(json!("boolean")));
    assert_eq!(ty("l"), Some(json!("array")));
    assert_eq!(ty("d"), Some(json!("object")));
    assert_eq!(ty("a"), None);
    assert_eq!(props["li"]["items"], json!({"type": "integer"}));
    assert_eq!(ty("t"), Some(json!("array")));
    assert_eq!(ty("o"), Some(json!(["integer", "null"])));
    assert_eq!(ty("u"), None);
    assert_eq!(ty("by"), None);
    assert_eq!(props["nan"].get("default"), None);
    assert_eq!(props["nan"]["type"], json!("number"));
}

#[test]
fn json_schema_no_inputs() {
    let spec = ToolSpec::new("now", "The time.").output("str");
    assert_eq!(
        spec.json_schema(),
        serde_json::json!({
            "type": "function",
            "function": {
                "name": "now",
                "description": "The time.",
                "parameters": {"type": "object", "properties": {}, "required": []},
            },
        })
    );
}
