//! The whole agent loop over HTTP: `CodeMinion` with `OpenAiModel` against a scripted
//! chat-completions server on 127.0.0.1 (multi-step runs, an error corrected, a reply
//! without code, retries after 500 and 429, a malformed body, max steps).

mod common {
    pub mod http;
}

use std::time::Duration;

use common::http::{Reply, ScriptedServer};
use minion_agent::{AgentError, CodeMinion, ModelError, OpenAiConfig, OpenAiModel};
use minion_tool::{FnTool, ToolSpec, Value};
use serde_json::json;

fn completion(content: &str) -> Reply {
    Reply::json(
        200,
        json!({
            "choices": [{"message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": 100, "completion_tokens": 20}
        }),
    )
}

fn code(body: &str) -> Reply {
    completion(&format!(
        "Thought: go.\nCode:\n```py\n{body}\n```<end_code>"
    ))
}

fn agent_for(server: &ScriptedServer, max_steps: usize) -> CodeMinion {
    let model = OpenAiModel::new(
        OpenAiConfig::default()
            .base_url(format!("{}/v1", server.url()))
            .model("scripted")
            .retry_backoff(Duration::from_millis(1)),
    )
    .expect("valid config");
    CodeMinion::builder()
        .model(model)
        .tool(FnTool::new(
            ToolSpec::new("square", "Squares a number.")
                .input("x", "int", "the number")
                .output("int"),
            |args| Ok(Value::from(args.get::<i64>("x")?.pow(2))),
        ))
        .use_async_executor(true)
        .max_steps(max_steps)
        .build()
}

#[tokio::test]
async fn multi_step_run_with_a_corrected_error_and_a_missing_code_block() {
    let server = ScriptedServer::start([
        code("y = square(x=3)\nprint(y)\nz = undefined + 1"),
        completion("I will now fix it."),
        code("z = y + 1\nfinal_answer(z)"),
    ])
    .await;
    let mut agent = agent_for(&server, 5);
    let answer = agent.run("What is 3 squared plus one?").await;
    assert_eq!(answer, Ok(Value::from(10)));
    let steps = agent.steps();
    assert_eq!(steps.len(), 3);
    assert_eq!(
        steps[0].error.as_deref(),
        Some("NameError: name 'undefined' is not defined")
    );
    assert_eq!(
        steps[1].error.as_deref(),
        Some("no code block in the reply")
    );
    assert!(steps[2].is_final_answer);
    assert_eq!(agent.token_usage().input_tokens, 300);
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    let last = requests[2].json();
    let messages = last["messages"].as_array().expect("messages");
    assert_eq!(messages.len(), 6);
    assert_eq!(messages[0]["role"], "system");
    let observation = messages[3]["content"].as_str().unwrap();
    assert!(
        observation.starts_with("Observation:\nExecution logs:\n9\n"),
        "{observation}"
    );
    assert!(observation.contains("NameError: name 'undefined' is not defined"));
    assert_eq!(last["stop"], json!(["<end_code>", "Observation:"]));
}

#[tokio::test]
async fn retries_after_500_and_429_are_invisible_to_the_run() {
    let server = ScriptedServer::start([
        Reply::text(500, "overloaded"),
        Reply::text(429, "slow down").header("Retry-After", "0"),
        code("final_answer(square(x=4))"),
    ])
    .await;
    let mut agent = agent_for(&server, 3);
    assert_eq!(agent.run("4 squared?").await, Ok(Value::from(16)));
    assert_eq!(server.requests().len(), 3);
    assert_eq!(agent.steps().len(), 1);
}

#[tokio::test]
async fn a_malformed_body_ends_the_run_with_a_model_error() {
    let server = ScriptedServer::start([Reply::text(200, "this is not json")]).await;
    let mut agent = agent_for(&server, 3);
    match agent.run("Task.").await {
        Err(AgentError::Model {
            step: 1,
            error: ModelError::Malformed(_),
        }) => {}
        other => panic!("expected a malformed-response error, got {other:?}"),
    }
}

#[tokio::test]
async fn max_steps_reached_over_http() {
    let server = ScriptedServer::start([code("a = 1"), code("a = 2")]).await;
    let mut agent = agent_for(&server, 2);
    assert_eq!(
        agent.run("Never answer.").await,
        Err(AgentError::MaxSteps(2))
    );
    assert_eq!(agent.steps().len(), 2);
}
