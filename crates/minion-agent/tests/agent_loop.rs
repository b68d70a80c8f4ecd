//! The agent loop with a scripted model: multi-step runs, an error fed back and
//! corrected, a reply without code, max steps, model failures, async tools, state
//! across steps and runs, the prompt (insta snapshots), and `Send` futures.

use std::sync::{Arc, Mutex};

use minion_agent::{AgentError, AgentEvent, ChatMessage, CodeMinion, ModelError, ScriptedModel};
use minion_tool::{AsyncFnTool, FnTool, ToolSpec, Value};

fn reply(code: &str) -> String {
    format!("Thought: next step.\nCode:\n```py\n{code}\n```<end_code>")
}

fn weather_tool() -> FnTool {
    FnTool::new(
        ToolSpec::new("get_weather", "Current temperature of a city in Celsius.")
            .input("city", "str", "the city")
            .output("float"),
        |args| {
            let city: String = args.get("city")?;
            match city.as_str() {
                "Paris" => Ok(Value::from(18.5)),
                _ => Err(minion_tool::ToolError::with_type("KeyError", city)),
            }
        },
    )
}

fn fetch_tool() -> AsyncFnTool {
    AsyncFnTool::new(
        ToolSpec::new("fetch_url", "Fetches a URL and returns its text.")
            .input("url", "str", "the URL")
            .output("str"),
        |args| async move {
            Ok(Value::from(format!(
                "page of {}",
                args.get::<String>("url")?
            )))
        },
    )
}

/// Runs `replies` through an agent; returns the model (to inspect its calls).
async fn run_with(
    replies: Vec<String>,
    configure: impl FnOnce(minion_agent::CodeMinionBuilder) -> minion_agent::CodeMinionBuilder,
    task: &str,
) -> (CodeMinion, Arc<ScriptedModel>, Result<Value, AgentError>) {
    let model = Arc::new(ScriptedModel::new(replies));
    let mut agent = configure(CodeMinion::builder().shared_model(model.clone())).build();
    let r = agent.run(task).await;
    (agent, model, r)
}

#[tokio::test]
async fn multi_step_run_keeps_state_and_returns_the_final_answer() {
    let (agent, model, r) = run_with(
        vec![
            reply("t = get_weather('Paris')\nprint('temp', t)"),
            reply("final_answer(f'{t} C')"),
        ],
        |b| b.tool(weather_tool()),
        "Weather in Paris?",
    )
    .await;
    assert_eq!(r, Ok(Value::from("18.5 C")));
    let steps = agent.steps();
    assert_eq!(steps.len(), 2);
    assert_eq!(
        steps[0].observation,
        "Execution logs:\ntemp 18.5\n\nLast output from code snippet:\nNone"
    );
    assert!(steps[1].is_final_answer);
    assert_eq!(steps[1].code.as_deref(), Some("final_answer(f'{t} C')"));
    let calls = model.calls();
    assert_eq!(calls.len(), 2);
    // The second call sees the first reply and its observation.
    let second = &calls[1];
    assert_eq!(second.len(), 4);
    assert_eq!(second[1], ChatMessage::user("New task:\nWeather in Paris?"));
    assert!(second[3]
        .content
        .starts_with("Observation:\nExecution logs:\ntemp 18.5"));
    assert!(agent.token_usage().output_tokens > 0);
}

#[tokio::test]
async fn an_error_is_fed_back_with_its_traceback_and_corrected() {
    let (agent, model, r) = run_with(
        vec![
            reply("print('before')\nt = get_weather('Atlantis')"),
            reply("t = get_weather('Paris')\nfinal_answer(t)"),
        ],
        |b| b.tool(weather_tool()),
        "Weather?",
    )
    .await;
    assert_eq!(r, Ok(Value::from(18.5)));
    let first = &agent.steps()[0];
    assert_eq!(first.error.as_deref(), Some("KeyError: 'Atlantis'"));
    assert!(first
        .observation
        .starts_with("Execution logs:\nbefore\n\nError:\nTraceback"));
    assert!(
        first.observation.contains("line 2"),
        "{}",
        first.observation
    );
    assert!(first.observation.contains("KeyError: 'Atlantis'"));
    let fed_back = &model.calls()[1][3].content;
    assert!(fed_back.contains("KeyError: 'Atlantis'"), "{fed_back}");
}

#[tokio::test]
async fn a_reply_without_code_gets_a_corrective_message() {
    let (agent, model, r) = run_with(
        vec!["The answer is 4.".into(), reply("final_answer(4)")],
        |b| b,
        "2 + 2?",
    )
    .await;
    assert_eq!(r, Ok(Value::from(4)));
    let first = &agent.steps()[0];
    assert_eq!(first.code, None);
    assert_eq!(first.error.as_deref(), Some("no code block in the reply"));
    let fed_back = &model.calls()[1][3].content;
    assert!(
        fed_back.contains("did not contain a code block"),
        "{fed_back}"
    );
    assert!(fed_back.contains("```py"), "{fed_back}");
}

#[tokio::test]
async fn max_steps_reached_is_an_error_naming_the_limit() {
    let (agent, _, r) = run_with(
        vec![reply("x = 1"), reply("x += 1"), reply("x += 1")],
        |b| b.max_steps(2),
        "Count.",
    )
    .await;
    assert_eq!(r, Err(AgentError::MaxSteps(2)));
    assert_eq!(agent.steps().len(), 2);
    assert!(r
        .unwrap_err()
        .to_string()
        .contains("no final answer after 2 steps"));
}

#[tokio::test]
async fn a_model_failure_stops_the_run_with_its_step() {
    let (agent, _, r) = run_with(vec![reply("x = 1")], |b| b, "Task.").await;
    assert_eq!(
        r,
        Err(AgentError::Model {
            step: 2,
            error: ModelError::Exhausted(2)
        })
    );
    assert_eq!(agent.steps().len(), 1);
}

#[tokio::test]
async fn an_agent_without_a_model_says_so() {
    let mut agent = CodeMinion::builder().build();
    let e = agent.run("Task.").await.unwrap_err();
    assert!(e.to_string().contains("no model given"), "{e}");
}

#[tokio::test]
async fn async_tools_run_in_the_async_executor() {
    let (agent, _, r) = run_with(
        vec![reply(
            "import asyncio\npages = await asyncio.gather(fetch_url('a'), fetch_url('b'))\nfinal_answer(pages)",
        )],
        |b| b.tool(fetch_tool()).use_async_executor(true),
        "Fetch a and b.",
    )
    .await;
    assert!(agent.uses_async_executor());
    assert_eq!(
        r,
        Ok(Value::from(vec![
            Value::from("page of a"),
            Value::from("page of b")
        ]))
    );
}

#[tokio::test]
async fn python_executor_returns_output_logs_and_final_flag() {
    let mut agent = CodeMinion::builder().use_async_executor(true).build();
    agent.add_tool(fetch_tool());
    agent.send_tools_to_executor();
    let (output, logs, is_final) = agent
        .python_executor("p = await fetch_url('x')\nprint(p)\nlen(p)")
        .await
        .unwrap();
    assert_eq!(
        (output, logs.as_str(), is_final),
        (Value::from(9), "page of x\n", false)
    );
    let (output, _, is_final) = agent.python_executor("final_answer(p)").await.unwrap();
    assert_eq!((output, is_final), (Value::from("page of x"), true));
    let e = agent.python_executor("undefined_name").await.unwrap_err();
    assert_eq!(e.exc_type, "NameError");
}

#[tokio::test]
async fn enable_async_tools_keeps_tools_and_state() {
    let mut agent = CodeMinion::builder().tool(weather_tool()).build();
    agent.python_executor("saved = 41").await.unwrap();
    assert!(!agent.uses_async_executor());
    agent.enable_async_tools();
    assert!(agent.uses_async_executor());
    let (out, _, _) = agent
        .python_executor("import asyncio\nawait asyncio.sleep(0)\nsaved + 1 + get_weather('Paris')")
        .await
        .unwrap();
    assert_eq!(out, Value::from(60.5));
}

#[tokio::test]
async fn events_report_each_step_as_it_happens() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let (_, _, r) = run_with(
        vec![reply("x = 2"), reply("final_answer(x * 21)")],
        move |b| {
            b.on_event(move |e| {
                let line = match e {
                    AgentEvent::Thinking { step } => format!("thinking {step}"),
                    AgentEvent::Replied { step, .. } => format!("replied {step}"),
                    AgentEvent::ModelFailed { step, .. } => format!("failed {step}"),
                    AgentEvent::Running { step, code } => format!("running {step}: {code}"),
                    AgentEvent::StepDone(s) => format!("done {}", s.number),
                };
                log.lock().unwrap().push(line);
            })
        },
        "Task.",
    )
    .await;
    assert_eq!(r, Ok(Value::from(42)));
    assert_eq!(
        *seen.lock().unwrap(),
        [
            "thinking 1",
            "replied 1",
            "running 1: x = 2",
            "done 1",
            "thinking 2",
            "replied 2",
            "running 2: final_answer(x * 21)",
            "done 2"
        ]
    );
}

#[tokio::test]
async fn the_agent_future_is_send() {
    let model = ScriptedModel::new([reply("final_answer('ok')")]);
    let mut agent = CodeMinion::builder()
        .model(model)
        .use_async_executor(true)
        .build();
    let handle = tokio::spawn(async move { agent.run("Task.").await });
    assert_eq!(handle.await.unwrap(), Ok(Value::from("ok")));
}

#[test]
fn prompt_with_sync_and_async_tools() {
    let agent = CodeMinion::builder()
        .tool(weather_tool())
        .tool(fetch_tool())
        .authorized_imports(["asyncio", "json", "math"])
        .instructions("Answer in French.")
        .build();
    insta::assert_snapshot!(agent.system_prompt());
}

#[test]
fn prompt_without_async_tools_has_no_await_note() {
    let agent = CodeMinion::builder().tool(weather_tool()).build();
    let p = agent.system_prompt();
    assert!(!p.contains("return coroutines"));
    assert!(p.contains("def get_weather(city: str) -> float:"));
    assert!(p.contains("def final_answer(answer: Any) -> Any:"));
    let natives = minion_eval::modules::NATIVE.join(", ");
    assert!(p.contains(&format!("You may import only these modules: {natives}.")));
    assert!(natives.contains("asyncio") && natives.contains("json"));
}
