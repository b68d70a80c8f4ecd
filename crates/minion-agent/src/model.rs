//! The model boundary: chat messages in, a reply and its token usage out.
//! [`Model`] is what the agent loop calls; `OpenAiModel` (`openai.rs`) speaks the
//! chat-completions wire format, `ScriptedModel` (`scripted.rs`) replays canned replies.

use std::fmt;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The system prompt.
    System,
    /// The task and the observations.
    User,
    /// The model's replies.
    Assistant,
}

/// One chat message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatMessage {
    /// Its author.
    pub role: Role,
    /// Its text.
    pub content: String,
}

impl ChatMessage {
    /// A system message.
    pub fn system(content: impl Into<String>) -> Self {
        ChatMessage {
            role: Role::System,
            content: content.into(),
        }
    }

    /// A user message.
    pub fn user(content: impl Into<String>) -> Self {
        ChatMessage {
            role: Role::User,
            content: content.into(),
        }
    }

    /// An assistant message.
    pub fn assistant(content: impl Into<String>) -> Self {
        ChatMessage {
            role: Role::Assistant,
            content: content.into(),
        }
    }
}

/// Tokens a model call used, as the server reported them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenUsage {
    /// Tokens of the prompt.
    pub input_tokens: u64,
    /// Tokens of the reply.
    pub output_tokens: u64,
}

impl std::ops::AddAssign for TokenUsage {
    fn add_assign(&mut self, other: TokenUsage) {
        self.input_tokens += other.input_tokens;
        self.output_tokens += other.output_tokens;
    }
}

/// What the model answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelReply {
    /// The reply text.
    pub content: String,
    /// Token usage, when the server reports it.
    pub usage: Option<TokenUsage>,
}

/// Why a model call failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// A setting the client needs is missing (names the variable or builder method).
    #[error("model not configured: {0}")]
    NotConfigured(String),
    /// The server could not be reached (connection refused, DNS, timeout).
    #[error("cannot reach the model server at {url}: {reason}")]
    Unreachable {
        /// The URL that was called.
        url: String,
        /// What went wrong.
        reason: String,
    },
    /// The server answered with an error status (after retries where they apply).
    #[error("the model server answered {status}: {body}")]
    Status {
        /// The HTTP status code.
        status: u16,
        /// The start of the response body.
        body: String,
    },
    /// The server's answer is not a chat completion.
    #[error("malformed response from the model server: {0}")]
    Malformed(String),
    /// A scripted model ran out of replies.
    #[error("the scripted model has no reply left (call {0})")]
    Exhausted(usize),
}

/// A chat model. Implementations must be `Send + Sync`, and their futures `Send`, so
/// an agent can run on tokio's multi-threaded runtime.
#[async_trait]
pub trait Model: Send + Sync {
    /// Answers `messages`; generation stops at any of `stop`.
    async fn generate(
        &self,
        messages: &[ChatMessage],
        stop: &[String],
    ) -> Result<ModelReply, ModelError>;

    /// A short description for logs (`gpt-4o-mini at https://api.openai.com/v1`).
    fn describe(&self) -> String {
        "model".to_string()
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Role::System => "system",
            Role::User => "user",
            Role::Assistant => "assistant",
        })
    }
}
