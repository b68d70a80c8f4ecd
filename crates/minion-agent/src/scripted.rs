//! `ScriptedModel`: replays canned replies in order and records what it was asked,
//! for tests and offline examples of the agent loop.

use std::sync::Mutex;

use async_trait::async_trait;

use crate::model::{ChatMessage, Model, ModelError, ModelReply, TokenUsage};

/// A model that answers with the given replies, one per call.
#[derive(Debug, Default)]
pub struct ScriptedModel {
    replies: Vec<String>,
    calls: Mutex<Vec<Vec<ChatMessage>>>,
}

impl ScriptedModel {
    /// A model that answers call `i` with `replies[i]`.
    pub fn new<S: Into<String>>(replies: impl IntoIterator<Item = S>) -> Self {
        ScriptedModel {
            replies: replies.into_iter().map(Into::into).collect(),
            calls: Mutex::new(Vec::new()),
        }
    }

    /// The messages of every call so far.
    pub fn calls(&self) -> Vec<Vec<ChatMessage>> {
        self.calls.lock().map(|c| c.clone()).unwrap_or_default()
    }
}

#[async_trait]
impl Model for ScriptedModel {
    async fn generate(
        &self,
        messages: &[ChatMessage],
        _stop: &[String],
    ) -> Result<ModelReply, ModelError> {
        let n = {
            let mut calls = self
                .calls
                .lock()
                .map_err(|_| ModelError::Malformed("scripted model poisoned".into()))?;
            calls.push(messages.to_vec());
            calls.len()
        };
        let content = self
            .replies
            .get(n - 1)
            .cloned()
            .ok_or(ModelError::Exhausted(n))?;
        let usage = TokenUsage {
            input_tokens: messages.iter().map(|m| m.content.len() as u64 / 4).sum(),
            output_tokens: content.len() as u64 / 4,
        };
        Ok(ModelReply {
            content,
            usage: Some(usage),
        })
    }

    fn describe(&self) -> String {
        format!("scripted model ({} replies)", self.replies.len())
    }
}
