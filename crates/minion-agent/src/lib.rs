//! The agent crate: [`CodeMinion`], the agent that asks a model for Python, runs it in
//! a sandboxed executor (sync or async), and feeds back what it saw, until the code
//! calls `final_answer`.
//!
//! | file | what |
//! |---|---|
//! | `model.rs` | the [`Model`] trait, chat messages, token usage, [`ModelError`] |
//! | `openai.rs` | [`OpenAiModel`]: OpenAI-compatible chat completions over HTTP |
//! | `scripted.rs` | [`ScriptedModel`]: canned replies, for tests and offline examples |
//! | `prompt.rs` | the system prompt (tools as Python stubs, imports, format) |
//! | `extract.rs` | code extraction from replies |
//! | `memory.rs` | [`Step`]: what each step did |
//! | `agent.rs` | [`CodeMinion`], its builder, and the step loop |
//!
//! ```
//! use minion_agent::{CodeMinion, ScriptedModel};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
//! let model = ScriptedModel::new([
//!     "Thought: compute it.\nCode:\n```py\nx = 6 * 7\nprint(x)\n```<end_code>",
//!     "Thought: done.\nCode:\n```py\nfinal_answer(x)\n```<end_code>",
//! ]);
//! let mut agent = CodeMinion::builder().model(model).build();
//! let answer = agent.run("What is 6 times 7?").await.unwrap();
//! assert_eq!(answer, minion_tool::Value::from(42));
//! assert_eq!(agent.steps().len(), 2);
//! # });
//! ```

mod agent;
mod extract;
mod memory;
mod model;
mod openai;
mod prompt;
mod scripted;

pub use agent::{AgentError, AgentEvent, CodeMinion, CodeMinionBuilder};
pub use extract::{extract_code, END_CODE};
pub use memory::Step;
pub use prompt::system_prompt;

pub use model::{ChatMessage, Model, ModelError, ModelReply, Role, TokenUsage};
pub use openai::{OpenAiConfig, OpenAiModel};
pub use scripted::ScriptedModel;
