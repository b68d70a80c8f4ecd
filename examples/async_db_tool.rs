//! An async database tool: `query_db(sql: str) -> list`, a struct implementing
//! `AsyncTool` that answers a few fixed queries from an in-memory `users` table after a
//! simulated 50 ms of latency (a tokio timer). The agent code awaits two queries
//! concurrently with `asyncio.gather` and ends with `final_answer(...)`; an unknown
//! query raises a `RuntimeError` the code catches.
//!
//! Run with `cargo run --example async_db_tool`.

use std::time::{Duration, Instant};

use async_trait::async_trait;
use minion::tool::{AsyncTool, Dict, ToolArgs, ToolError, ToolSpec, Value};
use minion::{AsyncLocalPythonExecutor, InterpreterError};

/// The simulated round trip to the database.
const LATENCY: Duration = Duration::from_millis(50);

/// One row of the `users` table.
struct User {
    id: i64,
    name: &'static str,
    plan: &'static str,
    active: bool,
}

/// Runs SQL against an in-memory `users` table; only a few fixed queries are known.
struct AsyncDatabaseTool {
    users: Vec<User>,
}

impl AsyncDatabaseTool {
    fn new() -> Self {
        let user = |id, name, plan, active| User {
            id,
            name,
            plan,
            active,
        };
        AsyncDatabaseTool {
            users: vec![
                user(1, "Alice", "pro", true),
                user(2, "Bob", "free", true),
                user(3, "Carol", "enterprise", false),
                user(4, "Dave", "free", true),
            ],
        }
    }

    /// The rows of `sql`, or `None` for a query this toy database does not know.
    fn answer(&self, sql: &str) -> Option<Value> {
        let sql = sql.split_whitespace().collect::<Vec<_>>().join(" ");
        let rows: Vec<Value> = match sql.trim_end_matches(';') {
            "SELECT COUNT(*) FROM users" => {
                vec![Value::list([self.users.len() as i64])]
            }
            "SELECT COUNT(*) FROM users WHERE active = 1" => {
                let n = self.users.iter().filter(|u| u.active).count() as i64;
                vec![Value::list([n])]
            }
            "SELECT id, name, plan FROM users WHERE active = 1" => self
                .users
                .iter()
                .filter(|u| u.active)
                .map(|u| {
                    Value::from(Dict::from(vec![
                        ("id", Value::from(u.id)),
                        ("name", Value::from(u.name)),
                        ("plan", Value::from(u.plan)),
                    ]))
                })
                .collect(),
            _ => return None,
        };
        Some(Value::from(rows))
    }
}

#[async_trait]
impl AsyncTool for AsyncDatabaseTool {
    fn spec(&self) -> ToolSpec {
        ToolSpec::new("query_db", "Runs a SQL query and returns the rows.")
            .input("sql", "str", "the query")
            .output("list")
    }

    async fn forward(&self, args: ToolArgs) -> Result<Value, ToolError> {
        let sql = args.get::<String>("sql")?;
        tokio::time::sleep(LATENCY).await;
        self.answer(&sql)
            .ok_or_else(|| ToolError::new(format!("unsupported query: {sql}")))
    }
}

const CODE: &str = r#"
import asyncio

active, counts = await asyncio.gather(
    query_db("SELECT id, name, plan FROM users WHERE active = 1"),
    query_db("SELECT COUNT(*) FROM users"),
)
total = counts[0][0]
print(f"{len(active)} of {total} users are active")
for row in active:
    print(f"  #{row['id']} {row['name']:<6} {row['plan']}")

try:
    await query_db("DROP TABLE users")
except RuntimeError as e:
    print("refused:", e)

by_plan = {}
for row in active:
    by_plan[row["plan"]] = by_plan.get(row["plan"], 0) + 1
final_answer({"active": len(active), "total": total, "active_by_plan": by_plan})
"#;

/// Runs the agent code the way a host agent loop would.
async fn run() -> Result<(), InterpreterError> {
    let mut executor = AsyncLocalPythonExecutor::new();
    executor.send_tool(AsyncDatabaseTool::new());

    let start = Instant::now();
    let out = executor.run(CODE).await?;
    let elapsed = start.elapsed();
    println!(
        "output: {:?}\nlogs: {}\nis_final_answer: {}",
        out.output, out.logs, out.is_final_answer
    );
    println!(
        "output (repr): {}",
        out.output_repr().unwrap_or_else(|| "None".into())
    );
    println!(
        "took {} ms for three {} ms queries (the first two concurrently)",
        elapsed.as_millis(),
        LATENCY.as_millis()
    );
    if !out.is_final_answer {
        eprintln!("expected the code to end with final_answer(...)");
        std::process::exit(1);
    }
    Ok(())
}

#[tokio::main]
async fn main() {
    if let Err(e) = run().await {
        print!("{}", e.logs);
        eprintln!("{e}\n{}", e.traceback);
        std::process::exit(1);
    }
}
