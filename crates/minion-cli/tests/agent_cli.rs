//! Integration tests of `minion agent`: the built binary against a scripted
//! chat-completions server on 127.0.0.1 (no network beyond loopback).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};

/// The environment variables that configure the model.
const MODEL_VARS: [&str; 3] = ["OPENAI_BASE_URL", "OPENAI_API_KEY", "MINION_MODEL"];

/// A chat-completions server answering each `POST /v1/chat/completions` with the next
/// scripted reply (400 once they run out), recording the request bodies.
struct ScriptedServer {
    /// `http://127.0.0.1:PORT/v1`.
    base_url: String,
    requests: Arc<Mutex<Vec<Value>>>,
}

impl ScriptedServer {
    fn start<S: Into<String>>(replies: impl IntoIterator<Item = S>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = listener.local_addr().expect("local addr").port();
        let replies: Vec<String> = replies.into_iter().map(Into::into).collect();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&requests);
        // The thread ends with the test process.
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                serve(stream, &replies, &seen);
            }
        });
        ScriptedServer {
            base_url: format!("http://127.0.0.1:{port}/v1"),
            requests,
        }
    }

    fn requests(&self) -> Vec<Value> {
        self.requests.lock().unwrap().clone()
    }
}

/// Answers one request on `stream`, then closes it.
fn serve(stream: TcpStream, replies: &[String], seen: &Mutex<Vec<Value>>) {
    let mut reader = BufReader::new(stream);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut content_length = 0;
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                content_length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0; content_length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let (status, answer) = if request_line.starts_with("POST /v1/chat/completions ") {
        let request: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let n = {
            let mut seen = seen.lock().unwrap();
            seen.push(request);
            seen.len()
        };
        match replies.get(n - 1) {
            Some(content) => ("200 OK", completion(content)),
            None => (
                "400 Bad Request",
                json!({"error": {"message": "no scripted reply left"}}),
            ),
        }
    } else {
        ("404 Not Found", json!({"error": {"message": "not found"}}))
    };
    let answer = answer.to_string();
    let mut stream = reader.into_inner();
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n{answer}",
        answer.len()
    );
    let _ = stream.flush();
}

/// A chat completion whose message is `content`.
fn completion(content: &str) -> Value {
    json!({
        "choices": [{"message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5},
    })
}

/// A model reply running `code`.
fn reply(thought: &str, code: &str) -> String {
    format!("Thought: {thought}\nCode:\n```py\n{code}\n```<end_code>")
}

/// The two-step script: `calculate`, then `final_answer`.
fn two_steps() -> Vec<String> {
    vec![
        reply(
            "I will use the calculator.",
            "x = calculate(\"2 ** 10 + 1\")\nprint(x)",
        ),
        reply("I have it.", "final_answer(x)"),
    ]
}

/// Runs `minion agent <args>` with the model variables cleared, then `env` set.
fn minion_agent(env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minion"));
    cmd.arg("agent").args(args).stdin(Stdio::null());
    for var in MODEL_VARS {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run minion agent")
}

/// Runs `minion agent <args>` against `server` with `MINION_MODEL=test`.
fn against(server: &ScriptedServer, args: &[&str]) -> Output {
    minion_agent(
        &[
            ("OPENAI_BASE_URL", server.base_url.as_str()),
            ("MINION_MODEL", "test"),
        ],
        args,
    )
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The one JSON object on stdout.
fn json_out(o: &Output) -> Value {
    let text = stdout(o);
    assert_eq!(
        text.trim_end().lines().count(),
        1,
        "one JSON line: {text:?}"
    );
    serde_json::from_str(&text).expect("valid JSON")
}

#[test]
fn missing_settings_are_named_and_exit_2() {
    let o = minion_agent(&[], &["What is 2 + 2?"]);
    assert_eq!(o.status.code(), Some(2), "stderr: {}", stderr(&o));
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    assert!(
        err.starts_with("minion agent: set MINION_MODEL (the model id) and OPENAI_API_KEY"),
        "{err}"
    );
    assert!(err.contains("OPENAI_BASE_URL"), "{err}");
}

#[test]
fn a_local_server_needs_no_key_only_a_model() {
    let o = minion_agent(
        &[("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")],
        &["What is 2 + 2?"],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("MINION_MODEL"), "{err}");
    assert!(!err.contains("OPENAI_API_KEY"), "{err}");
}

#[test]
fn a_bad_base_url_is_a_configuration_error() {
    let o = minion_agent(
        &[("MINION_MODEL", "test")],
        &["--base-url", "ftp://example.invalid", "What is 2 + 2?"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("OPENAI_BASE_URL"), "{}", stderr(&o));
}

#[test]
fn an_empty_task_is_a_usage_error() {
    let o = minion_agent(&[("MINION_MODEL", "test")], &["  "]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("the task is empty"));
}

#[test]
fn two_step_run_prints_the_answer() {
    let server = ScriptedServer::start(two_steps());
    let o = against(&server, &["What is 2 to the 10th, plus one?"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "stderr: {err}");
    assert_eq!(stdout(&o), "1025\n");

    // The live display (stderr is a pipe here: no spinner).
    assert!(err.contains("step 1: thinking...\n"), "{err}");
    assert!(
        err.contains("    x = calculate(\"2 ** 10 + 1\")\n"),
        "{err}"
    );
    assert!(err.contains("step 1: observation:\n"), "{err}");
    assert!(err.contains("10 input + 5 output tokens"), "{err}");
    assert!(err.contains("step 2: done (final answer)"), "{err}");
    assert!(err.contains("answer after 2 steps"), "{err}");
    assert!(err.contains("20 input + 10 output tokens"), "{err}");

    // What the model was sent.
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0]["model"], "test");
    let system = requests[0]["messages"][0]["content"].as_str().unwrap();
    assert!(
        system.contains("def calculate(expression: str) -> float"),
        "{system}"
    );
    assert!(system.contains("def current_time() -> str"), "{system}");
    let task = requests[0]["messages"][1]["content"].as_str().unwrap();
    assert!(task.contains("What is 2 to the 10th, plus one?"), "{task}");
    let messages = requests[1]["messages"].as_array().unwrap();
    let observation = messages.last().unwrap()["content"].as_str().unwrap();
    assert!(observation.starts_with("Observation:"), "{observation}");
    assert!(observation.contains("1025"), "{observation}");
}

#[test]
fn flags_override_the_environment() {
    let server = ScriptedServer::start(two_steps());
    let o = minion_agent(
        &[],
        &[
            "--base-url",
            &server.base_url,
            "--model",
            "flag-model",
            "What is 2 to the 10th, plus one?",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    assert_eq!(stdout(&o), "1025\n");
    assert_eq!(server.requests()[0]["model"], "flag-model");
}

#[test]
fn json_prints_answer_steps_and_error() {
    let server = ScriptedServer::start(two_steps());
    let o = against(&server, &["--json", "What is 2 to the 10th, plus one?"]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let v = json_out(&o);
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 3, "{v}");
    assert_eq!(v["answer"], "1025");
    assert_eq!(v["error"], Value::Null);
    let steps = v["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 2);
    assert_eq!(steps[0]["number"], 1);
    assert_eq!(steps[0]["code"], "x = calculate(\"2 ** 10 + 1\")\nprint(x)");
    assert!(steps[0]["observation"].as_str().unwrap().contains("1025"));
    assert_eq!(steps[0]["error"], Value::Null);
    assert_eq!(steps[0]["is_final_answer"], false);
    assert_eq!(
        steps[0]["usage"],
        json!({"input_tokens": 10, "output_tokens": 5})
    );
    assert!(steps[0]["duration"].is_f64());
    assert!(steps[0]["model_output"]
        .as_str()
        .unwrap()
        .starts_with("Thought:"));
    assert_eq!(steps[1]["code"], "final_answer(x)");
    assert_eq!(steps[1]["is_final_answer"], true);
}

#[test]
fn a_str_answer_prints_as_text_and_as_repr_in_json() {
    let script = || {
        [reply(
            "Done.",
            "final_answer(\"it's \" + str(int(calculate(\"6 * 7\"))))",
        )]
    };
    let server = ScriptedServer::start(script());
    let o = against(&server, &["Say 42."]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    assert_eq!(stdout(&o), "it's 42\n");
    let server = ScriptedServer::start(script());
    let v = json_out(&against(&server, &["--json", "Say 42."]));
    assert_eq!(v["answer"], "\"it's 42\"");
}

#[test]
fn no_final_answer_within_max_steps_exits_1() {
    let script = || {
        [
            reply("Divide.", "print(1 / 0)"),
            reply("Fix it.", "print(current_time())"),
            reply("Never reached.", "final_answer(1)"),
        ]
    };
    let server = ScriptedServer::start(script());
    let o = against(&server, &["--max-steps", "2", "Divide one by zero."]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "stderr: {err}");
    assert_eq!(stdout(&o), "");
    assert!(err.contains("step 1: failed (ZeroDivisionError"), "{err}");
    assert!(err.contains("no final answer after 2 steps"), "{err}");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    // The error reached the model with its traceback.
    let messages = requests[1]["messages"].as_array().unwrap();
    let observation = messages.last().unwrap()["content"].as_str().unwrap();
    assert!(observation.contains("Traceback"), "{observation}");
    assert!(observation.contains("ZeroDivisionError"), "{observation}");

    let server = ScriptedServer::start(script());
    let o = against(
        &server,
        &["--json", "--max-steps", "2", "Divide one by zero."],
    );
    assert_eq!(o.status.code(), Some(1));
    let v = json_out(&o);
    assert_eq!(v["answer"], Value::Null);
    assert_eq!(v["steps"].as_array().unwrap().len(), 2);
    assert!(v["steps"][0]["error"]
        .as_str()
        .unwrap()
        .starts_with("ZeroDivisionError"));
    // current_time() printed an ISO 8601 UTC time.
    let logs = v["steps"][1]["observation"].as_str().unwrap();
    let time = logs.lines().nth(1).unwrap();
    assert_eq!(time.len(), "2024-05-01T12:34:56Z".len(), "{logs}");
    assert!(time.ends_with('Z') && time.as_bytes()[10] == b'T', "{logs}");
    assert!(v["error"]
        .as_str()
        .unwrap()
        .contains("no final answer after 2 steps"));
}

#[test]
fn a_model_failure_exits_1() {
    // The server has no reply: it answers 400, which is not retried.
    let server = ScriptedServer::start(Vec::<String>::new());
    let o = against(&server, &["What is 2 + 2?"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    assert!(err.contains("model call failed at step 1"), "{err}");
    assert!(err.contains("400"), "{err}");

    let server = ScriptedServer::start(Vec::<String>::new());
    let o = against(&server, &["--json", "What is 2 + 2?"]);
    assert_eq!(o.status.code(), Some(1));
    let v = json_out(&o);
    assert_eq!(v["answer"], Value::Null);
    assert_eq!(v["steps"], json!([]));
    assert!(v["error"].as_str().unwrap().contains("400"));
}
