//! Step memory: what happened at each step of a run, for callers to inspect (and for
//! `minion agent --json`).

use std::time::Duration;

use serde::Serialize;

use crate::model::TokenUsage;

/// One step of the agent loop.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// 1-based step number.
    pub number: usize,
    /// The model's reply, verbatim.
    pub model_output: String,
    /// The code extracted from it (`None` when the reply had no code block).
    pub code: Option<String>,
    /// What was fed back to the model (logs, last output, error).
    pub observation: String,
    /// The error of this step (no code block, or the code's `Type: message`).
    pub error: Option<String>,
    /// Wall time of the step (model call and code run).
    #[serde(serialize_with = "seconds")]
    pub duration: Duration,
    /// Tokens of the model call, when reported.
    pub usage: Option<TokenUsage>,
    /// Whether the code called `final_answer`.
    pub is_final_answer: bool,
}

fn seconds<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(d.as_secs_f64())
}
