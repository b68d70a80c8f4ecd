//! Conformance: every `tests/conformance/*.py` runs under the executor and must match
//! the snapshot CPython 3.11 produced (`python3 tests/conformance/regen.py`).
//! The async executor will run the same cases against the same snapshots.
//!
//! Cases listed in `tests/conformance/known_failures.txt` are expected to differ (a
//! feature is missing); they fail the suite as soon as they start matching, so the
//! list only ever shrinks.
//!
//! Every executor gets the stand-in tools of [`stand_in_tools`] (`get_weather`,
//! `search_products`, `convert_currency`, `lookup_user`); `regen.py` defines the same
//! tools as plain Python functions (and a `functions` namespace holding them), so the
//! `tool_*` cases run identically on both sides.

use minion::tool::{AnyTool, Dict, FnTool, IntoTool, ToolError, ToolSpec, Value};
use minion::{AsyncLocalPythonExecutor, CodeOutput, InterpreterError, LocalPythonExecutor};

#[path = "conformance/async_tools.rs"]
mod async_tools;

/// `(city, temp_c, condition, humidity)`; mirrored by `WEATHER` in `regen.py`.
const WEATHER: [(&str, f64, &str, i64); 4] = [
    ("Paris", 18.5, "cloudy", 72),
    ("London", 14.0, "rain", 88),
    ("Tokyo", 24.0, "sunny", 60),
    ("Cairo", 33.5, "sunny", 20),
];

/// `(id, name, category, price, in_stock)`; mirrored by `PRODUCTS` in `regen.py`.
const PRODUCTS: [(i64, &str, &str, f64, bool); 8] = [
    (101, "Wireless Mouse", "electronics", 24.99, true),
    (102, "Mechanical Keyboard", "electronics", 89.5, true),
    (103, "USB-C Cable", "electronics", 9.99, false),
    (104, "Coffee Mug", "kitchen", 12.0, true),
    (105, "Espresso Machine", "kitchen", 249.0, true),
    (106, "Mouse Pad", "office", 7.25, true),
    (107, "Desk Lamp", "office", 34.75, false),
    (108, "Cable Organizer", "office", 15.4, true),
];

/// Units of currency per US dollar is `1 / rate`: `rate` is the value of one unit in USD.
const RATES: [(&str, f64); 5] = [
    ("USD", 1.0),
    ("EUR", 1.08),
    ("GBP", 1.27),
    ("JPY", 0.0067),
    ("CHF", 1.13),
];

/// `(id, name, email, plan, active)`; mirrored by `USERS` in `regen.py`.
const USERS: [(i64, &str, &str, &str, bool); 4] = [
    (1, "Alice", "alice@example.com", "pro", true),
    (2, "Bob", "bob@example.com", "free", true),
    (3, "Carol", "carol@example.com", "enterprise", false),
    (4, "Dave", "dave@example.com", "free", true),
];

/// Python's `round(x, 2)` (correctly rounded through the decimal string).
fn round2(x: f64) -> f64 {
    format!("{x:.2}").parse().unwrap_or(x)
}

fn rate(code: &str) -> Result<f64, ToolError> {
    RATES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, r)| *r)
        .ok_or_else(|| ToolError::value_error(format!("unknown currency: {code}")))
}

/// The deterministic tools every conformance executor gets (see `regen.py`).
fn stand_in_tools() -> Vec<AnyTool> {
    let weather = FnTool::new(
        ToolSpec::new("get_weather", "Current weather for a city.")
            .input("city", "str", "city name")
            .output("dict"),
        |args| {
            let city = args.get::<String>("city")?;
            let (name, temp, cond, hum) = WEATHER
                .iter()
                .find(|w| w.0 == city)
                .ok_or_else(|| ToolError::with_type("KeyError", city.clone()))?;
            Ok(Value::from(Dict::from(vec![
                ("city", Value::from(*name)),
                ("temp_c", Value::from(*temp)),
                ("condition", Value::from(*cond)),
                ("humidity", Value::from(*hum)),
            ])))
        },
    );
    let search = FnTool::new(
        ToolSpec::new("search_products", "Products whose name contains the query.")
            .input("query", "str", "case-insensitive substring of the name")
            .optional_input("max_results", "int", "at most this many results", 3)
            .output("list"),
        |args| {
            let query = args.get::<String>("query")?.to_lowercase();
            let max = args.get::<i64>("max_results")?;
            if max < 1 {
                return Err(ToolError::value_error("max_results must be at least 1"));
            }
            let hits: Vec<Value> = PRODUCTS
                .iter()
                .filter(|p| p.1.to_lowercase().contains(&query))
                .take(max as usize)
                .map(|(id, name, cat, price, stock)| {
                    Value::from(Dict::from(vec![
                        ("id", Value::from(*id)),
                        ("name", Value::from(*name)),
                        ("category", Value::from(*cat)),
                        ("price", Value::from(*price)),
                        ("in_stock", Value::from(*stock)),
                    ]))
                })
                .collect();
            Ok(Value::from(hits))
        },
    );
    let convert = FnTool::new(
        ToolSpec::new("convert_currency", "Converts an amount between currencies.")
            .input("amount", "float", "the amount")
            .input("from_currency", "str", "ISO code to convert from")
            .input("to_currency", "str", "ISO code to convert to")
            .output("float"),
        |args| {
            let amount = args.get::<f64>("amount")?;
            let from = rate(&args.get::<String>("from_currency")?)?;
            let to = rate(&args.get::<String>("to_currency")?)?;
            Ok(Value::from(round2(amount * from / to)))
        },
    );
    let user = FnTool::new(
        ToolSpec::new("lookup_user", "A user record by id.")
            .input("user_id", "int", "the user's id")
            .output("dict"),
        |args| {
            let id = args.get::<i64>("user_id")?;
            let (id, name, email, plan, active) = USERS
                .iter()
                .find(|u| u.0 == id)
                .ok_or_else(|| ToolError::new(format!("user {id} not found")))?;
            Ok(Value::from(Dict::from(vec![
                ("id", Value::from(*id)),
                ("name", Value::from(*name)),
                ("email", Value::from(*email)),
                ("plan", Value::from(*plan)),
                ("active", Value::from(*active)),
            ])))
        },
    );
    vec![
        weather.into_tool(),
        search.into_tool(),
        convert.into_tool(),
        user.into_tool(),
    ]
}

/// Renders a run exactly as `tests/conformance/regen.py`'s `render` does.
fn render(stdout: &str, output: Option<String>, error: Option<String>) -> String {
    format!(
        "--- stdout ---\n{stdout}\n--- output ---\n{}\n--- error ---\n{}",
        output.unwrap_or_else(|| "None".into()),
        error.unwrap_or_else(|| "none".into())
    )
}

fn known_failures() -> Vec<String> {
    let text = std::fs::read_to_string("tests/conformance/known_failures.txt").unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The body of a checked-in snapshot (after the second `---` line).
fn snapshot_body(name: &str) -> String {
    let text = std::fs::read_to_string(format!("tests/snapshots/conformance__{name}.snap"))
        .unwrap_or_default();
    let body = text.splitn(3, "---\n").nth(2).unwrap_or("");
    body.trim_end().to_string()
}

fn run_case(path: &std::path::Path) -> datatest_stable::Result<()> {
    let source = std::fs::read_to_string(path)?;
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("case")
        .to_string();
    // `*_strict_*` cases check CPython's own await rules (`strict_await`).
    let strict = name.contains("_strict_");
    let mut sync = LocalPythonExecutor::new();
    sync.set_strict_await(strict);
    sync.send_tools(stand_in_tools());
    sync.send_tools(async_tools::async_stand_in_tools());
    let sync_actual = outcome(sync.run(&source));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()?;
    let mut exec = AsyncLocalPythonExecutor::new();
    exec.set_strict_await(strict);
    exec.send_tools(stand_in_tools());
    exec.send_tools(async_tools::async_stand_in_tools());
    let async_actual = outcome(runtime.block_on(exec.run(&source)));
    if known_failures().contains(&name) {
        if sync_actual.trim_end() == snapshot_body(&name)
            && async_actual.trim_end() == snapshot_body(&name)
        {
            return Err(
                format!("{name} now matches CPython: remove it from known_failures.txt").into(),
            );
        }
        return Ok(());
    }
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    // Both executors must match the same snapshot (backward compatibility).
    settings.bind(|| {
        insta::assert_snapshot!(format!("conformance__{name}"), sync_actual);
        assert_eq!(
            async_actual, sync_actual,
            "{name}: the async executor differs from the sync one"
        );
    });
    Ok(())
}

/// The snapshot body for one run.
fn outcome(r: Result<CodeOutput, InterpreterError>) -> String {
    match r {
        Ok(out) => render(&out.logs, out.output_repr(), None),
        Err(e) => {
            let line = e.line.map(|l| format!(" (line {l})")).unwrap_or_default();
            render(&e.logs, None, Some(format!("{}{line}", e.summary())))
        }
    }
}

datatest_stable::harness! {
    { test = run_case, root = "tests/conformance", pattern = r"^[a-z]+_[a-z0-9_]+\.py$" },
}
