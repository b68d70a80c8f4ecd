//! The Python minion documentation's async-tool example, in Rust and offline: a
//! `CodeMinion` with the async executor, an async `query_db(sql: str) -> list` tool
//! (an in-memory `users` table behind 100 ms of simulated latency), and code run
//! directly with `agent.python_executor(code)`, which is what the agent loop does with
//! each reply of the model. No model is called, so a `ScriptedModel` with no reply
//! stands in for one.
//!
//! ```python
//! agent = CodeMinion(model=model, use_async_executor=True)
//! agent.add_tool(AsyncDatabaseTool())
//! agent.send_tools_to_executor()
//! output, logs, is_final = await agent.python_executor(code)
//! ```
//!
//! Run with `cargo run --example agent_python_executor`.

use std::time::{Duration, Instant};

use async_trait::async_trait;
use minion::agent::{CodeMinion, ScriptedModel};
use minion::tool::{AsyncTool, Dict, ToolArgs, ToolError, ToolSpec, Value};

/// The simulated round trip to the database.
const LATENCY: Duration = Duration::from_millis(100);

/// Answers `SELECT * FROM users` (optionally `WHERE plan = '...'`) from memory.
struct AsyncDatabaseTool {
    /// `(id, name, plan)` rows.
    users: Vec<(i64, &'static str, &'static str)>,
}

impl AsyncDatabaseTool {
    fn new() -> Self {
        AsyncDatabaseTool {
            users: vec![
                (1, "Alice", "pro"),
                (2, "Bob", "free"),
                (3, "Carol", "pro"),
                (4, "Dave", "free"),
                (5, "Erin", "enterprise"),
            ],
        }
    }

    /// The rows of `sql` as dicts, or `None` for SQL this toy database does not know.
    fn rows(&self, sql: &str) -> Option<Vec<Value>> {
        let sql = sql.split_whitespace().collect::<Vec<_>>().join(" ");
        let sql = sql.trim_end_matches(';');
        let plan = match sql.strip_prefix("SELECT * FROM users") {
            Some("") => None,
            Some(rest) => Some(
                rest.strip_prefix(" WHERE plan = '")?
                    .strip_suffix('\'')?
                    .to_string(),
            ),
            None => return None,
        };
        let rows = self
            .users
            .iter()
            .filter(|(_, _, p)| plan.as_deref().is_none_or(|want| want == *p))
            .map(|&(id, name, plan)| {
                Value::from(Dict::from(vec![
                    ("id", Value::from(id)),
                    ("name", Value::from(name)),
                    ("plan", Value::from(plan)),
                ]))
            })
            .collect();
        Some(rows)
    }
}

#[async_trait]
impl AsyncTool for AsyncDatabaseTool {
    fn spec(&self) -> ToolSpec {
        ToolSpec::new("query_db", "Query the database asynchronously.")
            .input("sql", "str", "the SQL query")
            .output("list")
    }

    async fn forward(&self, args: ToolArgs) -> Result<Value, ToolError> {
        let sql: String = args.get("sql")?;
        tokio::time::sleep(LATENCY).await;
        self.rows(&sql)
            .map(Value::from)
            .ok_or_else(|| ToolError::value_error(format!("unsupported query: {sql}")))
    }
}

/// What a model would have written: two queries awaited concurrently, then one more.
const CODE: &str = r#"
import asyncio

users = await query_db("SELECT * FROM users")
print(f"Found {len(users)} users")

pro, free = await asyncio.gather(
    query_db("SELECT * FROM users WHERE plan = 'pro'"),
    query_db("SELECT * FROM users WHERE plan = 'free'"),
)
print("pro:", [u["name"] for u in pro])
print("free:", [u["name"] for u in free])

final_answer({"total": len(users), "pro": len(pro), "free": len(free)})
"#;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // `python_executor` runs code without asking the model: no replies needed.
    let model = ScriptedModel::default();
    let mut agent = CodeMinion::builder()
        .model(model)
        .use_async_executor(true)
        .build();
    agent.add_tool(AsyncDatabaseTool::new());
    agent.send_tools_to_executor();

    let started = Instant::now();
    let (output, logs, is_final) = agent.python_executor(CODE).await?;
    let elapsed = started.elapsed();

    println!("output: {}", output.py_repr());
    println!("logs:\n{logs}");
    println!("is_final: {is_final}");
    println!(
        "took {} ms for three {} ms queries (two of them concurrent)",
        elapsed.as_millis(),
        LATENCY.as_millis()
    );

    // The executor's state persists: the next snippet still sees `users`.
    let (output, _, _) = agent
        .python_executor("sorted(u['name'] for u in users if u['plan'] != 'free')")
        .await?;
    println!("paying users: {}", output.py_repr());

    if !is_final {
        return Err("expected the code to end with final_answer(...)".into());
    }
    Ok(())
}
