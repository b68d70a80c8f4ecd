//! `OpenAiModel`: a client for the OpenAI-compatible chat-completions API, the wire
//! format that OpenAI, vLLM, llama.cpp's server, Ollama and LM Studio all speak.
//!
//! One call is one `POST {base_url}/chat/completions`; 429, 5xx, timeouts and
//! connection failures are retried with exponential backoff (or the server's
//! `Retry-After`), other statuses are returned at once. Every failure becomes a
//! [`ModelError`]; no input, however odd, makes the client panic.

use std::error::Error as _;
use std::fmt;
use std::net::IpAddr;
use std::time::Duration;

use async_trait::async_trait;
use reqwest::header::{HeaderValue, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};
use reqwest::{StatusCode, Url};
use serde::Serialize;
use serde_json::Value;

use crate::model::{ChatMessage, Model, ModelError, ModelReply, TokenUsage};

/// OpenAI rejects a request with more than four stop sequences; local servers accept
/// more, but sending the first four works everywhere.
const MAX_STOP_SEQUENCES: usize = 4;

/// Longest wait between two attempts, whatever the backoff or `Retry-After` says: an
/// agent step blocked for minutes is worse than a failed one.
const MAX_RETRY_DELAY: Duration = Duration::from_secs(60);

/// How much of an error body [`ModelError::Status`] keeps.
const STATUS_BODY_CHARS: usize = 500;

/// How much of an unparsable body [`ModelError::Malformed`] quotes.
const MALFORMED_EXCERPT_CHARS: usize = 200;

/// The host that needs an API key; every other server is assumed to be local or
/// self-hosted, where a key is optional.
const OPENAI_HOST: &str = "api.openai.com";

/// Settings of an [`OpenAiModel`].
///
/// Build one with [`OpenAiConfig::default`] and the setters, or read it from the
/// environment with [`OpenAiConfig::from_env`].
///
/// ```
/// use std::time::Duration;
/// use minion_agent::{OpenAiConfig, OpenAiModel};
///
/// // Ollama's OpenAI-compatible endpoint: no key needed.
/// let config = OpenAiConfig::default()
///     .base_url("http://localhost:11434/v1")
///     .model("qwen2.5-coder:7b")
///     .timeout(Duration::from_secs(300))
///     .temperature(0.0);
/// let model = OpenAiModel::new(config)?;
/// # Ok::<(), minion_agent::ModelError>(())
/// ```
#[derive(Clone, PartialEq)]
pub struct OpenAiConfig {
    /// The API root, up to and including `/v1` (`https://api.openai.com/v1`,
    /// `http://localhost:8000/v1`); `/chat/completions` is appended.
    pub base_url: String,
    /// Sent as `Authorization: Bearer <key>` when set.
    pub api_key: Option<String>,
    /// The model id (`gpt-4o-mini`, or whatever name the local server serves).
    pub model: String,
    /// Limit on one attempt, from connecting to the last byte of the answer.
    pub timeout: Duration,
    /// Attempts after the first, for 429, 5xx, timeouts and connection failures.
    pub max_retries: u32,
    /// Wait before the first retry; it doubles with each further one.
    pub retry_backoff: Duration,
    /// Sampling temperature; the server's default when `None`.
    pub temperature: Option<f64>,
    /// Cap on the reply's tokens; the server's default when `None`.
    pub max_tokens: Option<u32>,
}

impl Default for OpenAiConfig {
    /// OpenAI's endpoint, no key, no model, 120 s timeout, 3 retries from 500 ms.
    fn default() -> Self {
        OpenAiConfig {
            base_url: "https://api.openai.com/v1".to_string(),
            api_key: None,
            model: String::new(),
            timeout: Duration::from_secs(120),
            max_retries: 3,
            retry_backoff: Duration::from_millis(500),
            temperature: None,
            max_tokens: None,
        }
    }
}

// Hand-written so the API key never reaches a log.
impl fmt::Debug for OpenAiConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OpenAiConfig")
            .field("base_url", &self.base_url)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("model", &self.model)
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .field("retry_backoff", &self.retry_backoff)
            .field("temperature", &self.temperature)
            .field("max_tokens", &self.max_tokens)
            .finish()
    }
}

impl OpenAiConfig {
    /// The variable [`from_env`](Self::from_env) reads the base URL from.
    pub const BASE_URL_VAR: &'static str = "OPENAI_BASE_URL";
    /// The variable [`from_env`](Self::from_env) reads the API key from.
    pub const API_KEY_VAR: &'static str = "OPENAI_API_KEY";
    /// The variable [`from_env`](Self::from_env) reads the model id from.
    pub const MODEL_VAR: &'static str = "MINION_MODEL";

    /// The defaults, overridden by `OPENAI_BASE_URL`, `OPENAI_API_KEY` and
    /// `MINION_MODEL` where they are set and not blank.
    pub fn from_env() -> Self {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`from_env`](Self::from_env), with `lookup` in place of the process
    /// environment (so tests need not change it). Blank values count as unset, as an
    /// `export OPENAI_API_KEY=` is more likely a mistake than a wish for an empty key.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Self {
        let get = |name: &str| {
            lookup(name)
                .map(|value| value.trim().to_string())
                .filter(|value| !value.is_empty())
        };
        let mut config = OpenAiConfig::default();
        if let Some(base_url) = get(Self::BASE_URL_VAR) {
            config.base_url = base_url;
        }
        config.api_key = get(Self::API_KEY_VAR);
        if let Some(model) = get(Self::MODEL_VAR) {
            config.model = model;
        }
        config
    }

    /// The environment variables still to set before [`OpenAiModel::new`] accepts
    /// this configuration, so a CLI can print exactly what is missing:
    /// `MINION_MODEL` without a model id, `OPENAI_API_KEY` when the base URL is
    /// api.openai.com and there is no key. Empty when nothing is missing (the URL
    /// itself is checked by `new`).
    pub fn missing_settings(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        if self.model.trim().is_empty() {
            missing.push(Self::MODEL_VAR);
        }
        if self.api_key.is_none() && self.needs_api_key() {
            missing.push(Self::API_KEY_VAR);
        }
        missing
    }

    /// Sets [`base_url`](Self::base_url).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Sets [`api_key`](Self::api_key).
    pub fn api_key(mut self, api_key: impl Into<String>) -> Self {
        self.api_key = Some(api_key.into());
        self
    }

    /// Sets [`model`](Self::model).
    pub fn model(mut self, model: impl Into<String>) -> Self {
        self.model = model.into();
        self
    }

    /// Sets [`timeout`](Self::timeout).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Sets [`max_retries`](Self::max_retries).
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = max_retries;
        self
    }

    /// Sets [`retry_backoff`](Self::retry_backoff).
    pub fn retry_backoff(mut self, retry_backoff: Duration) -> Self {
        self.retry_backoff = retry_backoff;
        self
    }

    /// Sets [`temperature`](Self::temperature).
    pub fn temperature(mut self, temperature: f64) -> Self {
        self.temperature = Some(temperature);
        self
    }

    /// Sets [`max_tokens`](Self::max_tokens).
    pub fn max_tokens(mut self, max_tokens: u32) -> Self {
        self.max_tokens = Some(max_tokens);
        self
    }

    /// Whether the base URL points at OpenAI itself, which refuses keyless calls.
    fn needs_api_key(&self) -> bool {
        Url::parse(self.base_url.trim()).is_ok_and(|url| url.host_str() == Some(OPENAI_HOST))
    }
}

/// A [`Model`] served over the OpenAI-compatible chat-completions API.
///
/// Cheap to clone: clones share one connection pool.
#[derive(Clone)]
pub struct OpenAiModel {
    config: OpenAiConfig,
    /// `{base_url}/chat/completions`, parsed once.
    endpoint: Url,
    /// `Bearer <key>`, checked once and marked sensitive.
    authorization: Option<HeaderValue>,
    client: reqwest::Client,
}

// Hand-written so the API key never reaches a log.
impl fmt::Debug for OpenAiModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OpenAiModel")
            .field("config", &self.config)
            .field("endpoint", &self.endpoint.as_str())
            .finish_non_exhaustive()
    }
}

impl OpenAiModel {
    /// A client for `config`.
    ///
    /// Fails with [`ModelError::NotConfigured`] when the model id is empty, the base
    /// URL is not an http(s) URL, the base URL is api.openai.com and there is no API
    /// key, or the key cannot go in an HTTP header. Local servers need no key.
    pub fn new(config: OpenAiConfig) -> Result<Self, ModelError> {
        if config.model.trim().is_empty() {
            return Err(ModelError::NotConfigured(
                "set MINION_MODEL or OpenAiConfig::model to the model id \
                 (e.g. gpt-4o-mini, or the name your local server serves)"
                    .to_string(),
            ));
        }
        let base = config.base_url.trim().trim_end_matches('/');
        let endpoint = Url::parse(&format!("{base}/chat/completions"))
            .ok()
            .filter(|url| matches!(url.scheme(), "http" | "https") && url.has_host())
            .ok_or_else(|| {
                ModelError::NotConfigured(format!(
                    "set OPENAI_BASE_URL or OpenAiConfig::base_url to an http(s) URL \
                     such as http://localhost:8000/v1 (got {:?})",
                    config.base_url
                ))
            })?;
        if config.api_key.is_none() && config.needs_api_key() {
            return Err(ModelError::NotConfigured(
                "set OPENAI_API_KEY or OpenAiConfig::api_key: api.openai.com needs a key \
                 (local servers set with OPENAI_BASE_URL need none)"
                    .to_string(),
            ));
        }
        let authorization = match &config.api_key {
            None => None,
            Some(key) => {
                let mut value = HeaderValue::from_str(&format!("Bearer {key}")).map_err(|_| {
                    ModelError::NotConfigured(
                        "OPENAI_API_KEY / OpenAiConfig::api_key contains characters \
                         an HTTP header cannot carry"
                            .to_string(),
                    )
                })?;
                value.set_sensitive(true);
                Some(value)
            }
        };

        let mut builder = reqwest::Client::builder()
            .use_rustls_tls()
            .timeout(config.timeout)
            .user_agent(concat!("code-minion/", env!("CARGO_PKG_VERSION")));
        // A model server on this machine must not be routed through an
        // `HTTP_PROXY` meant for the outside world.
        if is_loopback(&endpoint) {
            builder = builder.no_proxy();
        }
        let client = builder.build().map_err(|error| {
            ModelError::NotConfigured(format!("cannot build the HTTP client: {error}"))
        })?;

        Ok(OpenAiModel {
            config,
            endpoint,
            authorization,
            client,
        })
    }

    /// A client configured by [`OpenAiConfig::from_env`].
    pub fn from_env() -> Result<Self, ModelError> {
        Self::new(OpenAiConfig::from_env())
    }

    /// The configuration this client was built from.
    pub fn config(&self) -> &OpenAiConfig {
        &self.config
    }

    /// One request, classified as success, final failure or retryable failure.
    async fn attempt(&self, body: &[u8]) -> Result<ModelReply, Failure> {
        let mut request = self
            .client
            .post(self.endpoint.clone())
            .header(CONTENT_TYPE, "application/json")
            .body(body.to_vec());
        if let Some(authorization) = &self.authorization {
            request = request.header(AUTHORIZATION, authorization.clone());
        }
        let response = request
            .send()
            .await
            .map_err(|error| self.transport_failure(error))?;
        let status = response.status();
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(parse_retry_after);
        let bytes = response
            .bytes()
            .await
            .map_err(|error| self.transport_failure(error))?;

        if !status.is_success() {
            let error = ModelError::Status {
                status: status.as_u16(),
                body: excerpt(&bytes, STATUS_BODY_CHARS),
            };
            return Err(if is_retryable(status) {
                Failure::Retryable { error, retry_after }
            } else {
                Failure::Final(error)
            });
        }
        parse_completion(&bytes).map_err(Failure::Final)
    }

    /// Turns a reqwest error (no answer, or an answer cut short) into a failure.
    fn transport_failure(&self, error: reqwest::Error) -> Failure {
        let url = self.endpoint.to_string();
        // Builder and redirect errors repeat identically on every attempt.
        let retryable = !(error.is_builder() || error.is_redirect());
        let reason = if error.is_timeout() {
            format!("no complete answer within {:?}", self.config.timeout)
        } else {
            error_chain(&error.without_url())
        };
        let error = ModelError::Unreachable { url, reason };
        if retryable {
            Failure::Retryable {
                error,
                retry_after: None,
            }
        } else {
            Failure::Final(error)
        }
    }
}

#[async_trait]
impl Model for OpenAiModel {
    async fn generate(
        &self,
        messages: &[ChatMessage],
        stop: &[String],
    ) -> Result<ModelReply, ModelError> {
        let request = ChatRequest {
            model: &self.config.model,
            messages,
            stop: &stop[..stop.len().min(MAX_STOP_SEQUENCES)],
            temperature: self.config.temperature,
            max_tokens: self.config.max_tokens,
        };
        // Encoded once, resent as is on every retry.
        let body = serde_json::to_vec(&request).map_err(|error| {
            ModelError::Malformed(format!("cannot encode the request: {error}"))
        })?;

        let mut attempt = 0;
        loop {
            match self.attempt(&body).await {
                Ok(reply) => return Ok(reply),
                Err(Failure::Final(error)) => return Err(error),
                Err(Failure::Retryable { error, retry_after }) => {
                    if attempt >= self.config.max_retries {
                        return Err(error);
                    }
                    let delay = retry_delay(self.config.retry_backoff, attempt, retry_after);
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                }
            }
        }
    }

    fn describe(&self) -> String {
        format!("{} at {}", self.config.model, self.config.base_url)
    }
}

/// The request body of `POST /chat/completions`.
#[derive(Serialize)]
struct ChatRequest<'a> {
    model: &'a str,
    /// Serialises as `[{"role": "user", "content": "..."}]`.
    messages: &'a [ChatMessage],
    // Some servers reject `"stop": []`, so an empty list is left out.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    stop: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    temperature: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_tokens: Option<u32>,
}

/// Why one attempt failed.
enum Failure {
    /// Retrying cannot help (4xx other than 429, a body that is not a completion).
    Final(ModelError),
    /// The server was busy, down or unreachable; worth another try.
    Retryable {
        error: ModelError,
        retry_after: Option<Duration>,
    },
}

/// 429 (rate limited) and 5xx (overloaded, restarting, crashed) are transient;
/// other error statuses say the request itself is wrong.
fn is_retryable(status: StatusCode) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error()
}

/// The wait before retry number `attempt + 1`: the server's `Retry-After` when it
/// sent one, else `backoff * 2^attempt`; never more than [`MAX_RETRY_DELAY`].
fn retry_delay(backoff: Duration, attempt: u32, retry_after: Option<Duration>) -> Duration {
    retry_after
        .unwrap_or_else(|| backoff.saturating_mul(2u32.saturating_pow(attempt)))
        .min(MAX_RETRY_DELAY)
}

/// A `Retry-After` in (possibly fractional) seconds. The HTTP-date form is ignored,
/// as no model server is known to send it; the backoff applies instead.
fn parse_retry_after(value: &str) -> Option<Duration> {
    let seconds: f64 = value.trim().parse().ok()?;
    // Rejects negative, NaN and infinite values rather than panicking on them.
    Duration::try_from_secs_f64(seconds).ok()
}

/// The reply in a chat-completions body, or what is wrong with the body.
fn parse_completion(bytes: &[u8]) -> Result<ModelReply, ModelError> {
    let malformed = |what: &str| {
        ModelError::Malformed(format!(
            "{what}; the body starts: {}",
            excerpt(bytes, MALFORMED_EXCERPT_CHARS)
        ))
    };
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|error| malformed(&format!("the body is not JSON ({error})")))?;
    // Some proxies answer 200 with an error object instead of an error status.
    if value.get("error").is_some_and(|error| !error.is_null()) {
        return Err(malformed(
            "the server sent an error object, not a completion",
        ));
    }
    let choices = value
        .get("choices")
        .and_then(Value::as_array)
        .ok_or_else(|| malformed("no `choices` array"))?;
    let message = choices
        .first()
        .ok_or_else(|| malformed("`choices` is empty"))?
        .get("message")
        .ok_or_else(|| malformed("`choices[0]` has no `message`"))?;
    let content = match message.get("content") {
        Some(Value::String(text)) => text.clone(),
        // Content given as parts (`[{"type": "text", "text": "..."}]`), as some
        // servers do: the text parts, in order.
        Some(Value::Array(parts)) => parts
            .iter()
            .filter_map(|part| part.get("text").and_then(Value::as_str))
            .collect(),
        None | Some(Value::Null) => {
            return Err(match message.get("refusal").and_then(Value::as_str) {
                Some(refusal) => malformed(&format!(
                    "`choices[0].message.content` is null; the model refused: {refusal}"
                )),
                None => malformed("`choices[0].message.content` is null"),
            })
        }
        Some(_) => return Err(malformed("`choices[0].message.content` is not a string")),
    };
    Ok(ModelReply {
        content,
        usage: parse_usage(&value),
    })
}

/// `usage.prompt_tokens` and `usage.completion_tokens`, when the server reports
/// either; a missing one counts as 0.
fn parse_usage(value: &Value) -> Option<TokenUsage> {
    let usage = value.get("usage")?;
    let prompt = usage.get("prompt_tokens").and_then(Value::as_u64);
    let completion = usage.get("completion_tokens").and_then(Value::as_u64);
    if prompt.is_none() && completion.is_none() {
        return None;
    }
    Some(TokenUsage {
        input_tokens: prompt.unwrap_or(0),
        output_tokens: completion.unwrap_or(0),
    })
}

/// The first `max_chars` characters of `bytes`, invalid UTF-8 replaced.
fn excerpt(bytes: &[u8], max_chars: usize) -> String {
    String::from_utf8_lossy(bytes)
        .chars()
        .take(max_chars)
        .collect()
}

/// `error` and its sources, joined with ": " (reqwest's own message is only "error
/// sending request"; the reason, such as "Connection refused", is in the sources).
fn error_chain(error: &reqwest::Error) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        // hyper repeats a cause's text in its wrapper; keep each once.
        if !parts.iter().any(|part| part.contains(&text)) {
            parts.push(text);
        }
        source = cause.source();
    }
    parts.join(": ")
}

/// Whether `url` names this machine (`localhost`, `127.0.0.0/8`, `::1`).
fn is_loopback(url: &Url) -> bool {
    match url.host_str() {
        Some("localhost") => true,
        Some(host) => host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback()),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_per_attempt() {
        let backoff = Duration::from_millis(500);
        assert_eq!(retry_delay(backoff, 0, None), Duration::from_millis(500));
        assert_eq!(retry_delay(backoff, 1, None), Duration::from_millis(1000));
        assert_eq!(retry_delay(backoff, 3, None), Duration::from_millis(4000));
    }

    #[test]
    fn backoff_is_capped_without_overflow() {
        let backoff = Duration::from_millis(500);
        assert_eq!(retry_delay(backoff, 30, None), MAX_RETRY_DELAY);
        assert_eq!(retry_delay(backoff, u32::MAX, None), MAX_RETRY_DELAY);
        assert_eq!(retry_delay(Duration::MAX, 5, None), MAX_RETRY_DELAY);
    }

    #[test]
    fn retry_after_replaces_the_backoff_and_is_capped() {
        let backoff = Duration::from_secs(10);
        assert_eq!(
            retry_delay(backoff, 2, Some(Duration::ZERO)),
            Duration::ZERO
        );
        assert_eq!(
            retry_delay(backoff, 0, Some(Duration::from_secs(3))),
            Duration::from_secs(3)
        );
        assert_eq!(
            retry_delay(backoff, 0, Some(Duration::from_secs(3600))),
            MAX_RETRY_DELAY
        );
    }

    #[test]
    fn retry_after_parses_seconds_only() {
        assert_eq!(parse_retry_after("0"), Some(Duration::ZERO));
        assert_eq!(parse_retry_after(" 2 "), Some(Duration::from_secs(2)));
        assert_eq!(parse_retry_after("1.5"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_retry_after("-1"), None);
        assert_eq!(parse_retry_after("NaN"), None);
        assert_eq!(parse_retry_after("inf"), None);
        assert_eq!(parse_retry_after("1e400"), None);
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
    }

    #[test]
    fn content_parts_are_joined() {
        let body = br#"{"choices":[{"message":{"content":[
            {"type":"text","text":"a"},{"type":"image_url"},{"type":"text","text":"b"}]}}]}"#;
        let reply = parse_completion(body).expect("parts are accepted");
        assert_eq!(reply.content, "ab");
        assert_eq!(reply.usage, None);
    }

    #[test]
    fn refusal_is_quoted() {
        let body = br#"{"choices":[{"message":{"content":null,"refusal":"no"}}]}"#;
        let Err(ModelError::Malformed(message)) = parse_completion(body) else {
            panic!("a null content is malformed");
        };
        assert!(message.contains("refused: no"), "{message}");
    }

    #[test]
    fn error_object_in_a_200_is_malformed() {
        let body = br#"{"error":{"message":"overloaded"}}"#;
        let Err(ModelError::Malformed(message)) = parse_completion(body) else {
            panic!("an error object is malformed");
        };
        assert!(message.contains("overloaded"), "{message}");
    }

    #[test]
    fn partial_usage_counts_the_missing_side_as_zero() {
        let body = br#"{"choices":[{"message":{"content":"x"}}],"usage":{"prompt_tokens":7}}"#;
        let reply = parse_completion(body).expect("valid");
        assert_eq!(
            reply.usage,
            Some(TokenUsage {
                input_tokens: 7,
                output_tokens: 0
            })
        );
    }

    #[test]
    fn excerpt_counts_chars_not_bytes() {
        assert_eq!(excerpt("ééé".as_bytes(), 2), "éé");
        assert_eq!(excerpt(&[0xff, b'a'], 5), "\u{fffd}a");
    }

    #[test]
    fn loopback_hosts_are_recognised() {
        let loopback = |url: &str| is_loopback(&Url::parse(url).expect("valid URL"));
        assert!(loopback("http://localhost:11434/v1"));
        assert!(loopback("http://127.0.0.1:8000/v1"));
        assert!(loopback("http://[::1]:8000/v1"));
        assert!(!loopback("https://api.openai.com/v1"));
        assert!(!loopback("http://10.0.0.5:8000/v1"));
    }

    #[test]
    fn debug_hides_the_api_key() {
        let config = OpenAiConfig::default().api_key("sk-secret");
        assert!(!format!("{config:?}").contains("sk-secret"));
    }
}
