//! The agent loop's own cost per step (prompt building, code extraction, running a
//! trivial snippet, the observation, step memory), excluding the model: a 10-tool
//! agent whose canned model answers 20 steps of `x = i` and then `final_answer(x)`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use minion::agent::{ChatMessage, CodeMinion, Model, ModelError, ModelReply};
use minion::tool::{FnTool, ToolSpec, Value};

const STEPS: usize = 20;

/// Answers from a list without recording anything (the model's cost stays out).
struct Canned {
    replies: Vec<String>,
    next: AtomicUsize,
}

#[async_trait::async_trait]
impl Model for Canned {
    async fn generate(&self, _: &[ChatMessage], _: &[String]) -> Result<ModelReply, ModelError> {
        let i = self.next.fetch_add(1, Ordering::Relaxed) % self.replies.len();
        Ok(ModelReply {
            content: self.replies[i].clone(),
            usage: None,
        })
    }
}

fn agent() -> CodeMinion {
    let mut replies: Vec<String> = (0..STEPS)
        .map(|i| format!("Thought: step {i}.\nCode:\n```py\nx = {i}\nprint(x)\n```<end_code>"))
        .collect();
    replies.push("Thought: done.\nCode:\n```py\nfinal_answer(x)\n```<end_code>".into());
    let mut b = CodeMinion::builder()
        .model(Canned {
            replies,
            next: AtomicUsize::new(0),
        })
        .max_steps(STEPS + 1);
    for t in 0..10 {
        b = b.tool(FnTool::new(
            ToolSpec::new(format!("tool_{t}"), "A tool that returns its argument.")
                .input("value", "int", "the value")
                .output("int"),
            |args| Ok(Value::from(args.get::<i64>("value")?)),
        ));
    }
    b.build()
}

fn per_step(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("runtime");
    c.bench_function(
        "agent loop: cost per step (10 tools, 21 steps of memory)",
        |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let mut a = agent();
                    let start = Instant::now();
                    let answer = rt.block_on(a.run("Count to 19.")).expect("answers");
                    total += start.elapsed();
                    assert_eq!(answer, Value::from(STEPS as i64 - 1));
                }
                total / (STEPS as u32 + 1)
            })
        },
    );
}

#[allow(missing_docs)]
mod group {
    use super::*;
    criterion_group!(benches, per_step);
}
use group::benches;
criterion_main!(benches);
