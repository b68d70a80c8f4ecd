//! The async stand-in tools of the conformance suite: `fetch_page`, `query_db`,
//! `fetch_price` and `slow_echo`, mirrored by the `async def` tools at the top of
//! `tests/conformance/regen.py` (same tables, results, error types and messages).
//!
//! Included from `tests/conformance.rs` with
//! `#[path = "conformance/async_tools.rs"] mod async_tools;`.
//!
//! The Python tools yield to the event loop once (`await asyncio.sleep(0)`); these
//! futures complete at once instead, except `slow_echo` with a positive delay, which
//! sleeps on a timer thread (so it runs under both executors, which a tokio timer
//! would not: the sync executor has no tokio reactor). The conformance programs are written so that their
//! output does not depend on the difference.

use std::time::Duration;

use minion::tool::{AnyTool, AsyncFnTool, Dict, IntoTool, ToolError, ToolSpec, Value};

/// `(url, text)`; mirrored by `PAGES` in `regen.py`.
const PAGES: [(&str, &str); 6] = [
    (
        "https://example.com/",
        "Example Domain. This domain is for use in examples.",
    ),
    (
        "https://example.com/a",
        "alpha page: Alpha is the first letter.",
    ),
    (
        "https://example.com/b",
        "beta page: Beta comes second, after alpha.",
    ),
    (
        "https://example.com/c",
        "gamma page: Gamma rays are energetic.",
    ),
    (
        "https://docs.example.com/api",
        "API docs: GET /users returns a list of users.",
    ),
    (
        "https://news.example.com/today",
        "Markets up 2%. Weather: sunny in Tokyo.",
    ),
];

/// `(symbol, price)`; mirrored by `PRICES` in `regen.py`.
const PRICES: [(&str, f64); 5] = [
    ("AAPL", 189.5),
    ("MSFT", 402.75),
    ("GOOG", 141.25),
    ("NVDA", 875.0),
    ("BTC-USD", 67250.5),
];

/// A list value from its items.
fn row(items: Vec<Value>) -> Value {
    Value::from(items)
}

/// The rows of one of the fixed queries `query_db` understands (exact match), as
/// `_query_result` in `regen.py` computes them from its `USERS` and `PRODUCTS` tables
/// (the same tables as in `tests/conformance.rs`).
fn query_result(sql: &str) -> Option<Value> {
    let rows = match sql {
        "SELECT COUNT(*) FROM users" => vec![row(vec![Value::from(4)])],
        "SELECT name FROM users" => ["Alice", "Bob", "Carol", "Dave"]
            .iter()
            .map(|name| row(vec![Value::from(*name)]))
            .collect(),
        "SELECT id, name, plan FROM users WHERE active = 1" => {
            [(1, "Alice", "pro"), (2, "Bob", "free"), (4, "Dave", "free")]
                .iter()
                .map(|(id, name, plan)| {
                    Value::from(Dict::from(vec![
                        ("id", Value::from(*id)),
                        ("name", Value::from(*name)),
                        ("plan", Value::from(*plan)),
                    ]))
                })
                .collect()
        }
        "SELECT plan, COUNT(*) FROM users GROUP BY plan" => {
            [("enterprise", 1), ("free", 2), ("pro", 1)]
                .iter()
                .map(|(plan, n)| row(vec![Value::from(*plan), Value::from(*n)]))
                .collect()
        }
        "SELECT name, price FROM products WHERE category = 'office'" => [
            ("Mouse Pad", 7.25),
            ("Desk Lamp", 34.75),
            ("Cable Organizer", 15.4),
        ]
        .iter()
        .map(|(name, price)| row(vec![Value::from(*name), Value::from(*price)]))
        .collect(),
        _ => return None,
    };
    Some(Value::from(rows))
}

/// The async tools every conformance executor gets (see `regen.py`).
pub fn async_stand_in_tools() -> Vec<AnyTool> {
    let fetch_page = AsyncFnTool::new(
        ToolSpec::new("fetch_page", "Downloads a web page and returns its text.")
            .input("url", "str", "the page's URL")
            .output("str"),
        |args| async move {
            let url = args.get::<String>("url")?;
            PAGES
                .iter()
                .find(|(u, _)| *u == url)
                .map(|(_, text)| Value::from(*text))
                .ok_or_else(|| ToolError::value_error(format!("404 not found: {url}")))
        },
    );
    let query_db = AsyncFnTool::new(
        ToolSpec::new("query_db", "Runs a SQL query and returns the rows.")
            .input("sql", "str", "the query")
            .output("list"),
        |args| async move {
            let sql = args.get::<String>("sql")?;
            query_result(&sql)
                .ok_or_else(|| ToolError::new(format!("syntax error in query: {sql}")))
        },
    );
    let fetch_price = AsyncFnTool::new(
        ToolSpec::new("fetch_price", "The latest price of a ticker symbol.")
            .input("symbol", "str", "the ticker symbol")
            .output("float"),
        |args| async move {
            let symbol = args.get::<String>("symbol")?;
            PRICES
                .iter()
                .find(|(s, _)| *s == symbol)
                .map(|(_, price)| Value::from(*price))
                .ok_or_else(|| ToolError::with_type("KeyError", symbol.clone()))
        },
    );
    let slow_echo = AsyncFnTool::new(
        ToolSpec::new(
            "slow_echo",
            "Returns its text after waiting `delay` seconds.",
        )
        .input("text", "str", "what to echo")
        .optional_input("delay", "float", "seconds to wait first", 0.0)
        .output("str"),
        |args| async move {
            let text = args.get::<String>("text")?;
            let delay = args.get::<f64>("delay")?;
            if delay > 0.0 {
                // Like asyncio.sleep: a non-positive delay does not wait; an
                // unrepresentable one (inf) waits forever.
                let duration = Duration::try_from_secs_f64(delay).unwrap_or(Duration::MAX);
                portable_sleep(duration).await;
            }
            Ok(Value::from(text))
        },
    );
    vec![
        fetch_page.into_tool(),
        query_db.into_tool(),
        fetch_price.into_tool(),
        slow_echo.into_tool(),
    ]
}

/// Sleeps without a runtime's timer: a thread completes a channel after `d`.
async fn portable_sleep(d: Duration) {
    let (tx, rx) = futures::channel::oneshot::channel::<()>();
    std::thread::spawn(move || {
        std::thread::sleep(d);
        let _ = tx.send(());
    });
    let _ = rx.await;
}
