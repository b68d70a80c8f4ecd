//! `OpenAiModel` against a scripted chat-completions server on 127.0.0.1: the
//! request it sends, the replies it parses, its retries and its errors.

mod common {
    pub mod http;
}

use std::collections::HashMap;
use std::time::Duration;

use common::http::{closed_port_url, Reply, ScriptedServer};
use minion_agent::{ChatMessage, Model, ModelError, OpenAiConfig, OpenAiModel, TokenUsage};
use serde_json::json;

/// A config for `server` that retries quickly.
fn config_for(server_url: &str) -> OpenAiConfig {
    OpenAiConfig::default()
        .base_url(format!("{server_url}/v1"))
        .model("test-model")
        .retry_backoff(Duration::from_millis(1))
        .timeout(Duration::from_secs(10))
}

fn model_for(server: &ScriptedServer) -> OpenAiModel {
    OpenAiModel::new(config_for(&server.url())).expect("valid config")
}

fn completion(content: &str) -> Reply {
    Reply::json(
        200,
        json!({
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "choices": [{
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop"
            }],
            "usage": {"prompt_tokens": 12, "completion_tokens": 5, "total_tokens": 17}
        }),
    )
}

fn messages() -> Vec<ChatMessage> {
    vec![
        ChatMessage::system("You write Python."),
        ChatMessage::user("Add 1 and 2."),
    ]
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| item.to_string()).collect()
}

#[track_caller]
fn assert_malformed(result: Result<minion_agent::ModelReply, ModelError>, needle: &str) {
    match result {
        Err(ModelError::Malformed(message)) => {
            assert!(message.contains(needle), "{needle:?} not in {message:?}")
        }
        other => panic!("expected Malformed containing {needle:?}, got {other:?}"),
    }
}

#[tokio::test]
async fn reply_and_usage_are_parsed_and_request_is_well_formed() {
    let server = ScriptedServer::start([completion("print(1 + 2)")]).await;
    let config = config_for(&server.url())
        .api_key("sk-test")
        .temperature(0.2)
        .max_tokens(256);
    let model = OpenAiModel::new(config).expect("valid config");

    let reply = model
        .generate(&messages(), &strings(&["<end_code>", "Observation:"]))
        .await
        .expect("a completion");

    assert_eq!(reply.content, "print(1 + 2)");
    assert_eq!(
        reply.usage,
        Some(TokenUsage {
            input_tokens: 12,
            output_tokens: 5
        })
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/v1/chat/completions");
    assert_eq!(request.header("authorization"), Some("Bearer sk-test"));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(
        request.json(),
        json!({
            "model": "test-model",
            "messages": [
                {"role": "system", "content": "You write Python."},
                {"role": "user", "content": "Add 1 and 2."}
            ],
            "stop": ["<end_code>", "Observation:"],
            "temperature": 0.2,
            "max_tokens": 256
        })
    );
}

#[tokio::test]
async fn no_key_sends_no_authorization_and_optional_fields_are_omitted() {
    let server = ScriptedServer::start([completion("ok")]).await;
    let model = model_for(&server);

    model
        .generate(&messages(), &[])
        .await
        .expect("a completion");

    let request = &server.requests()[0];
    assert_eq!(request.header("authorization"), None);
    let body = request.json();
    for absent in ["stop", "temperature", "max_tokens"] {
        assert!(body.get(absent).is_none(), "{absent} sent in {body}");
    }
}

#[tokio::test]
async fn trailing_slash_in_base_url_is_ignored() {
    let server = ScriptedServer::start([completion("ok")]).await;
    let config = config_for(&server.url()).base_url(format!("{}/v1/", server.url()));
    let model = OpenAiModel::new(config).expect("valid config");

    model
        .generate(&messages(), &[])
        .await
        .expect("a completion");

    assert_eq!(server.requests()[0].path, "/v1/chat/completions");
}

#[tokio::test]
async fn missing_usage_is_none() {
    let server = ScriptedServer::start([Reply::json(
        200,
        json!({"choices": [{"message": {"role": "assistant", "content": "hi"}}]}),
    )])
    .await;

    let reply = model_for(&server)
        .generate(&messages(), &[])
        .await
        .expect("a completion");

    assert_eq!(reply.content, "hi");
    assert_eq!(reply.usage, None);
}

#[tokio::test]
async fn stop_list_is_trimmed_to_four() {
    let server = ScriptedServer::start([completion("ok")]).await;
    let stop = strings(&["a", "b", "c", "d", "e", "f"]);

    model_for(&server)
        .generate(&messages(), &stop)
        .await
        .expect("a completion");

    assert_eq!(
        server.requests()[0].json()["stop"],
        json!(["a", "b", "c", "d"])
    );
}

#[tokio::test]
async fn server_error_is_retried_then_succeeds() {
    let server = ScriptedServer::start([
        Reply::text(500, "boom"),
        Reply::text(503, "restarting"),
        completion("second time lucky"),
    ])
    .await;

    let reply = model_for(&server)
        .generate(&messages(), &[])
        .await
        .expect("a completion after retries");

    assert_eq!(reply.content, "second time lucky");
    assert_eq!(server.requests().len(), 3);
    // Every retry resends the same request.
    let requests = server.requests();
    assert!(requests
        .iter()
        .all(|request| request.body == requests[0].body));
}

#[tokio::test]
async fn rate_limit_with_retry_after_is_retried() {
    let server = ScriptedServer::start([
        Reply::json(429, json!({"error": {"message": "slow down"}})).header("Retry-After", "0"),
        completion("ok"),
    ])
    .await;

    let reply = model_for(&server)
        .generate(&messages(), &[])
        .await
        .expect("a completion after the rate limit");

    assert_eq!(reply.content, "ok");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn exhausted_retries_return_the_last_status() {
    let server = ScriptedServer::start([
        Reply::text(500, "one"),
        Reply::text(502, "two"),
        Reply::text(503, "three"),
        completion("never reached"),
    ])
    .await;
    let model = OpenAiModel::new(config_for(&server.url()).max_retries(2)).expect("valid");

    let error = model.generate(&messages(), &[]).await.unwrap_err();

    assert_eq!(
        error,
        ModelError::Status {
            status: 503,
            body: "three".to_string()
        }
    );
    assert_eq!(server.requests().len(), 3);
    assert_eq!(server.replies_left(), 1);
}

#[tokio::test]
async fn zero_retries_means_one_attempt() {
    let server = ScriptedServer::start([Reply::text(500, "down"), completion("unused")]).await;
    let model = OpenAiModel::new(config_for(&server.url()).max_retries(0)).expect("valid");

    let error = model.generate(&messages(), &[]).await.unwrap_err();

    assert!(matches!(error, ModelError::Status { status: 500, .. }));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn client_error_is_not_retried() {
    let server = ScriptedServer::start([
        Reply::json(400, json!({"error": {"message": "bad model"}})),
        completion("unused"),
    ])
    .await;

    let error = model_for(&server)
        .generate(&messages(), &[])
        .await
        .unwrap_err();

    match error {
        ModelError::Status { status, body } => {
            assert_eq!(status, 400);
            assert!(body.contains("bad model"), "{body}");
        }
        other => panic!("expected Status, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn status_body_is_cut_to_500_chars() {
    let long = "é".repeat(600);
    let server = ScriptedServer::start([Reply::text(401, long)]).await;

    let error = model_for(&server)
        .generate(&messages(), &[])
        .await
        .unwrap_err();

    let ModelError::Status { status, body } = error else {
        panic!("expected Status, got {error:?}");
    };
    assert_eq!(status, 401);
    assert_eq!(body, "é".repeat(500));
}

#[tokio::test]
async fn body_that_is_not_json_is_malformed() {
    let server = ScriptedServer::start([Reply::text(200, "<html>gateway</html>")]).await;

    let result = model_for(&server).generate(&messages(), &[]).await;

    assert_malformed(result, "not JSON");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn json_without_choices_is_malformed() {
    let server = ScriptedServer::start([Reply::json(200, json!({"object": "list"}))]).await;

    let result = model_for(&server).generate(&messages(), &[]).await;

    assert_malformed(result, "no `choices` array");
}

#[tokio::test]
async fn empty_choices_is_malformed() {
    let server = ScriptedServer::start([Reply::json(200, json!({"choices": []}))]).await;

    let result = model_for(&server).generate(&messages(), &[]).await;

    assert_malformed(result, "`choices` is empty");
}

#[tokio::test]
async fn null_content_is_malformed() {
    let server = ScriptedServer::start([Reply::json(
        200,
        json!({"choices": [{"message": {"role": "assistant", "content": null}}]}),
    )])
    .await;

    let result = model_for(&server).generate(&messages(), &[]).await;

    assert_malformed(result, "content` is null");
}

#[tokio::test]
async fn odd_bodies_never_panic() {
    let bodies = [
        "",
        "null",
        "[]",
        "42",
        r#"{"choices": null}"#,
        r#"{"choices": [null]}"#,
        r#"{"choices": [{"message": 7}]}"#,
        r#"{"choices": [{"message": {"content": 7}}]}"#,
        r#"{"choices": [{"message": {"content": "x"}}], "usage": "lots"}"#,
        r#"{"choices": [{"message": {"content": "x"}}], "usage": {"prompt_tokens": -1}}"#,
        "\u{0}\u{ffff}",
    ];
    let server = ScriptedServer::start(bodies.iter().map(|body| Reply::text(200, *body))).await;
    let model = model_for(&server);

    for body in bodies {
        let result = model.generate(&messages(), &[]).await;
        assert!(
            matches!(result, Ok(_) | Err(ModelError::Malformed(_))),
            "{body:?} gave {result:?}"
        );
    }
}

#[tokio::test]
async fn unreachable_server_is_reported_after_retries() {
    let url = closed_port_url().await;
    let model = OpenAiModel::new(config_for(&url).max_retries(1)).expect("valid");

    let error = model.generate(&messages(), &[]).await.unwrap_err();

    match error {
        ModelError::Unreachable {
            url: called,
            reason,
        } => {
            assert_eq!(called, format!("{url}/v1/chat/completions"));
            // "Connection refused" on Unix, "actively refused" on Windows.
            assert!(reason.to_lowercase().contains("refused"), "{reason}");
        }
        other => panic!("expected Unreachable, got {other:?}"),
    }
}

#[tokio::test]
async fn timeout_is_retried_then_succeeds() {
    let server = ScriptedServer::start([Reply::hang(), completion("patience")]).await;
    let config = config_for(&server.url()).timeout(Duration::from_millis(300));
    let model = OpenAiModel::new(config).expect("valid");

    let reply = model
        .generate(&messages(), &[])
        .await
        .expect("a completion after the timeout");

    assert_eq!(reply.content, "patience");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn timeout_on_every_attempt_is_unreachable() {
    let server = ScriptedServer::start([Reply::hang(), Reply::hang()]).await;
    let config = config_for(&server.url())
        .timeout(Duration::from_millis(100))
        .max_retries(1);
    let model = OpenAiModel::new(config).expect("valid");

    let error = model.generate(&messages(), &[]).await.unwrap_err();

    match error {
        ModelError::Unreachable { reason, .. } => {
            assert!(reason.contains("no complete answer within"), "{reason}")
        }
        other => panic!("expected Unreachable, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn missing_model_id_is_not_configured() {
    let config = OpenAiConfig::default().base_url("http://localhost:8000/v1");

    let error = OpenAiModel::new(config).unwrap_err();

    let ModelError::NotConfigured(message) = error else {
        panic!("expected NotConfigured, got {error:?}");
    };
    assert!(message.contains("MINION_MODEL"), "{message}");
}

#[test]
fn openai_without_key_is_not_configured() {
    let config = OpenAiConfig::default().model("gpt-4o-mini");

    let error = OpenAiModel::new(config).unwrap_err();

    let ModelError::NotConfigured(message) = error else {
        panic!("expected NotConfigured, got {error:?}");
    };
    assert!(message.contains("OPENAI_API_KEY"), "{message}");
}

#[test]
fn openai_with_key_and_local_server_without_key_are_accepted() {
    let openai = OpenAiConfig::default().model("gpt-4o-mini").api_key("sk-x");
    assert!(OpenAiModel::new(openai).is_ok());
    let local = OpenAiConfig::default()
        .model("llama")
        .base_url("http://localhost:8080/v1");
    assert!(OpenAiModel::new(local).is_ok());
}

#[test]
fn bad_base_url_and_key_are_not_configured() {
    for config in [
        OpenAiConfig::default()
            .model("m")
            .base_url("localhost:8000/v1"),
        OpenAiConfig::default().model("m").base_url("ftp://host/v1"),
        OpenAiConfig::default().model("m").base_url(""),
        OpenAiConfig::default()
            .model("m")
            .base_url("http://localhost/v1")
            .api_key("line\nbreak"),
    ] {
        let result = OpenAiModel::new(config.clone());
        assert!(
            matches!(result, Err(ModelError::NotConfigured(_))),
            "{config:?} gave {result:?}"
        );
    }
}

#[test]
fn from_lookup_reads_the_three_variables() {
    let env: HashMap<&str, &str> = [
        ("OPENAI_BASE_URL", "http://localhost:11434/v1"),
        ("OPENAI_API_KEY", "sk-local"),
        ("MINION_MODEL", "qwen2.5-coder"),
    ]
    .into();

    let config = OpenAiConfig::from_lookup(|name| env.get(name).map(|value| value.to_string()));

    assert_eq!(config.base_url, "http://localhost:11434/v1");
    assert_eq!(config.api_key.as_deref(), Some("sk-local"));
    assert_eq!(config.model, "qwen2.5-coder");
    assert_eq!(config.timeout, OpenAiConfig::default().timeout);
    assert!(config.missing_settings().is_empty());
}

#[test]
fn from_lookup_keeps_defaults_for_unset_and_blank_variables() {
    let config = OpenAiConfig::from_lookup(|name| (name == "OPENAI_API_KEY").then(String::new));

    assert_eq!(config, OpenAiConfig::default());
}

#[test]
fn missing_settings_names_what_to_set() {
    let none = OpenAiConfig::from_lookup(|_| None);
    assert_eq!(none.missing_settings(), ["MINION_MODEL", "OPENAI_API_KEY"]);

    let local = OpenAiConfig::from_lookup(|name| {
        (name == "OPENAI_BASE_URL").then(|| "http://127.0.0.1:8000/v1".to_string())
    });
    assert_eq!(local.missing_settings(), ["MINION_MODEL"]);

    let keyless_openai = OpenAiConfig::default().model("gpt-4o-mini");
    assert_eq!(keyless_openai.missing_settings(), ["OPENAI_API_KEY"]);
}

#[test]
fn describe_names_model_and_server() {
    let model =
        OpenAiModel::new(OpenAiConfig::default().model("gpt-4o-mini").api_key("k")).expect("valid");

    assert_eq!(model.describe(), "gpt-4o-mini at https://api.openai.com/v1");
}
