//! The whole agent loop over HTTP, offline: the example starts a scripted
//! OpenAI-compatible chat-completions server on 127.0.0.1, points an `OpenAiModel` at
//! it, and runs `CodeMinion` on a task. The server's three replies play a model that
//! writes code which raises (`KeyError`), reads the traceback in the observation and
//! fixes it, then gives the final answer. Each step is printed as it happens through
//! `on_event`, then the answer and the token usage.
//!
//! Swap the scripted server for a real one by changing the base URL and model id
//! (e.g. Ollama: `http://localhost:11434/v1`, `qwen2.5-coder:7b`); see docs/agent.md.
//!
//! Run with `cargo run --example agent_scripted_server`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Instant;

use minion::agent::{AgentEvent, CodeMinion, Model, OpenAiConfig, OpenAiModel};
use minion::tool::{Dict, FnTool, ToolSpec, Value};

/// The scripted model's replies, one per request, in the model's usual format.
const REPLIES: [&str; 3] = [
    "Thought: I will fetch the basket and add up the costs.\nCode:\n```py\n\
     basket = get_basket()\ntotal = sum(item[\"cost\"] for item in basket)\nprint(total)\n\
     ```<end_code>",
    "Thought: The items have no 'cost' key; the error shows the keys are different. \
     I will print one item and use 'price'.\nCode:\n```py\n\
     print(basket[0])\ntotal = sum(item[\"price\"] * item[\"qty\"] for item in basket)\n\
     print(f\"total before tax: {total:.2f}\")\n```<end_code>",
    "Thought: I add 20% tax and give the answer.\nCode:\n```py\n\
     final_answer(round(total * 1.2, 2))\n```<end_code>",
];

/// Starts the scripted server; returns its API root (`http://127.0.0.1:PORT/v1`).
fn start_scripted_server() -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    std::thread::spawn(move || {
        let mut served = 0;
        for stream in listener.incoming().flatten() {
            if answer(stream, served).is_ok() {
                served += 1;
            }
        }
    });
    Ok(format!("http://127.0.0.1:{port}/v1"))
}

/// Reads one request from `stream` and answers it with reply number `n` (a 400 once
/// the script is over), then closes the connection.
fn answer(stream: TcpStream, n: usize) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut content_length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line.trim_end().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                content_length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    // The request (model, messages, stop) is not needed to follow the script.
    let mut body = vec![0; content_length];
    reader.read_exact(&mut body)?;

    let is_chat = request_line.starts_with("POST /v1/chat/completions ");
    let (status, json) = match REPLIES.get(n) {
        Some(content) if is_chat => ("200 OK", completion(content, n)),
        _ => (
            "400 Bad Request",
            r#"{"error":{"message":"script over"}}"#.into(),
        ),
    };
    let mut stream = reader.into_inner();
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{json}",
        json.len()
    )?;
    stream.flush()?;
    if is_chat {
        Ok(())
    } else {
        Err(std::io::Error::other("not a chat request"))
    }
}

/// The chat-completion body carrying `content`, with made-up token counts.
fn completion(content: &str, n: usize) -> String {
    let message = Dict::from(vec![
        ("role", Value::from("assistant")),
        ("content", Value::from(content)),
    ]);
    let usage = Dict::from(vec![
        ("prompt_tokens", Value::from(900 + 150 * n as i64)),
        ("completion_tokens", Value::from(40 + 10 * n as i64)),
    ]);
    let body = Value::from(Dict::from(vec![
        (
            "choices",
            Value::list([Value::from(Dict::from(vec![(
                "message",
                Value::from(message),
            )]))]),
        ),
        ("usage", Value::from(usage)),
    ]));
    // Every value here has a JSON form.
    body.to_json().map(|j| j.to_string()).unwrap_or_default()
}

/// `get_basket() -> list`: the items in the shopping basket.
fn basket_tool() -> FnTool {
    FnTool::new(
        ToolSpec::new(
            "get_basket",
            "Returns the items in the basket: dicts with 'name', 'price' and 'qty'.",
        )
        .output("list"),
        |_| {
            let item = |name: &str, price: f64, qty: i64| {
                Value::from(Dict::from(vec![
                    ("name", Value::from(name)),
                    ("price", Value::from(price)),
                    ("qty", Value::from(qty)),
                ]))
            };
            Ok(Value::list([
                item("coffee", 7.5, 2),
                item("milk", 1.25, 4),
                item("bread", 3.1, 1),
            ]))
        },
    )
}

/// Prints an event of the run.
fn show(event: &AgentEvent) {
    match event {
        AgentEvent::Thinking { step } => println!("── step {step}: asking the model..."),
        AgentEvent::Replied { content, .. } => {
            let thought = content.split("```").next().unwrap_or("").trim();
            println!(
                "{}",
                thought.strip_suffix("Code:").unwrap_or(thought).trim()
            );
        }
        AgentEvent::ModelFailed { error, .. } => println!("model call failed: {error}"),
        AgentEvent::Running { code, .. } => {
            println!("code:");
            for line in code.lines() {
                println!("    {line}");
            }
        }
        AgentEvent::StepDone(step) => {
            println!("observation:");
            for line in step.observation.lines() {
                println!("    {line}");
            }
            let tokens = step
                .usage
                .map(|u| format!("{} in + {} out tokens", u.input_tokens, u.output_tokens))
                .unwrap_or_default();
            let status = match (&step.error, step.is_final_answer) {
                (Some(e), _) => format!("error: {e}"),
                (None, true) => "final answer".into(),
                (None, false) => "ok".into(),
            };
            println!(
                "step {} {status}; {:.1} ms, {tokens}\n",
                step.number,
                step.duration.as_secs_f64() * 1000.0
            );
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = start_scripted_server()?;
    let model = OpenAiModel::new(
        OpenAiConfig::default()
            .base_url(&base_url)
            .model("scripted-coder")
            .temperature(0.0),
    )?;
    println!("model: {}\n", model.describe());

    let mut agent = CodeMinion::builder()
        .model(model)
        .use_async_executor(true)
        .tool(basket_tool())
        .max_steps(5)
        .on_event(show)
        .build();

    let task = "What does the basket cost with 20% tax?";
    println!("task: {task}\n");
    let started = Instant::now();
    let answer = agent.run(task).await?;
    let usage = agent.token_usage();
    println!(
        "answer: {} (after {} steps, {} ms)",
        answer.py_repr(),
        agent.steps().len(),
        started.elapsed().as_millis()
    );
    println!(
        "tokens: {} input + {} output",
        usage.input_tokens, usage.output_tokens
    );
    if answer != Value::from(27.72) {
        return Err(format!("unexpected answer {}", answer.py_repr()).into());
    }
    Ok(())
}
