//! `CodeMinion`: the step loop. Each step asks the model for a reply, extracts its
//! code, runs it in the executor (state persists between steps) and feeds back an
//! observation built from the logs, the last output and any error (with the
//! traceback), until the code calls `final_answer` or `max_steps` is reached.

use std::sync::Arc;
use std::time::{Duration, Instant};

use minion_async::AsyncLocalPythonExecutor;
use minion_eval::{CodeOutput, ExecutorLimits, InterpreterError, LocalPythonExecutor};
use minion_tool::{AnyTool, IntoTool, ToolSpec, Value};

use crate::extract::{extract_code, missing_code_message, END_CODE};
use crate::memory::Step;
use crate::model::{ChatMessage, Model, ModelError, ModelReply, TokenUsage};
use crate::prompt::{system_prompt, task_message};

/// Why a run gave no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AgentError {
    /// The code never called `final_answer`.
    #[error("no final answer after {0} steps (allow more steps, or look at the steps' errors)")]
    MaxSteps(usize),
    /// The model could not be called.
    #[error("model call failed at step {step}: {error}")]
    Model {
        /// The step whose call failed.
        step: usize,
        /// Why.
        error: ModelError,
    },
}

/// What happens during a run, for live display (`minion agent` shows each step).
#[derive(Debug, Clone)]
pub enum AgentEvent {
    /// The model was asked for step `step`.
    Thinking {
        /// The step number.
        step: usize,
    },
    /// The model answered (before its code runs).
    Replied {
        /// The step number.
        step: usize,
        /// The reply, verbatim.
        content: String,
    },
    /// The model call failed; the run ends with [`AgentError::Model`].
    ModelFailed {
        /// The step number.
        step: usize,
        /// Why.
        error: ModelError,
    },
    /// The code of a step is about to run.
    Running {
        /// The step number.
        step: usize,
        /// The code.
        code: String,
    },
    /// A step finished.
    StepDone(Step),
}

type EventHandler = Arc<dyn Fn(&AgentEvent) + Send + Sync>;

/// The executor the agent runs code in.
enum Executor {
    Sync(LocalPythonExecutor),
    Async(AsyncLocalPythonExecutor),
}

/// A model that is not configured: every call says so.
struct Unconfigured;

#[async_trait::async_trait]
impl Model for Unconfigured {
    async fn generate(&self, _: &[ChatMessage], _: &[String]) -> Result<ModelReply, ModelError> {
        Err(ModelError::NotConfigured(
            "no model given: call CodeMinionBuilder::model".into(),
        ))
    }
}

/// Builds a [`CodeMinion`].
pub struct CodeMinionBuilder {
    model: Arc<dyn Model>,
    tools: Vec<AnyTool>,
    use_async: bool,
    imports: Option<Vec<String>>,
    limits: ExecutorLimits,
    max_steps: usize,
    instructions: Option<String>,
    on_event: Option<EventHandler>,
}

impl CodeMinionBuilder {
    /// The model to ask.
    pub fn model(mut self, model: impl Model + 'static) -> Self {
        self.model = Arc::new(model);
        self
    }

    /// The model to ask, shared.
    pub fn shared_model(mut self, model: Arc<dyn Model>) -> Self {
        self.model = model;
        self
    }

    /// A tool (sync or async, told apart by its type); sent to the executor by
    /// [`build`](Self::build).
    pub fn tool<M>(mut self, tool: impl IntoTool<M>) -> Self {
        self.tools.push(tool.into_tool());
        self
    }

    /// Whether code runs in the async executor (async tools run concurrently).
    pub fn use_async_executor(mut self, on: bool) -> Self {
        self.use_async = on;
        self
    }

    /// The modules the code may import (default: every native module).
    pub fn authorized_imports<S: Into<String>>(
        mut self,
        modules: impl IntoIterator<Item = S>,
    ) -> Self {
        self.imports = Some(modules.into_iter().map(Into::into).collect());
        self
    }

    /// The executor's limits.
    pub fn limits(mut self, limits: ExecutorLimits) -> Self {
        self.limits = limits;
        self
    }

    /// Steps before a run gives up (default 20).
    pub fn max_steps(mut self, n: usize) -> Self {
        self.max_steps = n.max(1);
        self
    }

    /// Extra instructions appended to the system prompt.
    pub fn instructions(mut self, text: impl Into<String>) -> Self {
        self.instructions = Some(text.into());
        self
    }

    /// Called at each event of a run.
    pub fn on_event(mut self, f: impl Fn(&AgentEvent) + Send + Sync + 'static) -> Self {
        self.on_event = Some(Arc::new(f));
        self
    }

    /// The agent, with its tools sent to its executor.
    pub fn build(self) -> CodeMinion {
        let executor = if self.use_async {
            Executor::Async(AsyncLocalPythonExecutor::with_limits(self.limits))
        } else {
            Executor::Sync(LocalPythonExecutor::with_limits(self.limits))
        };
        let mut agent = CodeMinion {
            model: self.model,
            tools: self.tools,
            executor,
            imports: None,
            max_steps: self.max_steps,
            instructions: self.instructions,
            on_event: self.on_event,
            steps: Vec::new(),
            usage: TokenUsage::default(),
        };
        if let Some(imports) = self.imports {
            agent.set_authorized_imports(imports);
        }
        agent.send_tools_to_executor();
        agent
    }
}

/// The agent: a model, tools, an executor whose state persists across steps and runs,
/// and the memory of the last run's steps. Its futures are `Send`.
pub struct CodeMinion {
    model: Arc<dyn Model>,
    tools: Vec<AnyTool>,
    executor: Executor,
    imports: Option<Vec<String>>,
    max_steps: usize,
    instructions: Option<String>,
    on_event: Option<EventHandler>,
    steps: Vec<Step>,
    usage: TokenUsage,
}

impl CodeMinion {
    /// A builder (model, tools, executor kind, imports, limits, max steps,
    /// instructions).
    pub fn builder() -> CodeMinionBuilder {
        CodeMinionBuilder {
            model: Arc::new(Unconfigured),
            tools: Vec::new(),
            use_async: false,
            imports: None,
            limits: ExecutorLimits::default(),
            max_steps: 20,
            instructions: None,
            on_event: None,
        }
    }

    /// Adds a tool (sync or async); it reaches the code after
    /// [`send_tools_to_executor`](Self::send_tools_to_executor).
    pub fn add_tool<M>(&mut self, tool: impl IntoTool<M>) {
        let tool = tool.into_tool();
        let name = tool.spec().name;
        self.tools.retain(|t| t.spec().name != name);
        self.tools.push(tool);
    }

    /// Registers every tool with the executor (again, if it was already).
    pub fn send_tools_to_executor(&mut self) {
        let tools = self.tools.clone();
        match &mut self.executor {
            Executor::Sync(e) => e.send_tools(tools),
            Executor::Async(e) => e.send_tools(tools),
        }
    }

    /// Switches to the async executor, keeping tools and state.
    pub fn enable_async_tools(&mut self) {
        let placeholder = Executor::Sync(LocalPythonExecutor::new());
        self.executor = match std::mem::replace(&mut self.executor, placeholder) {
            Executor::Sync(e) => Executor::Async(AsyncLocalPythonExecutor::from_sync(e)),
            async_one => async_one,
        };
    }

    /// Whether code runs in the async executor.
    pub fn uses_async_executor(&self) -> bool {
        matches!(self.executor, Executor::Async(_))
    }

    /// Restricts the code's imports to `modules`.
    pub fn set_authorized_imports(&mut self, modules: Vec<String>) {
        match &mut self.executor {
            Executor::Sync(e) => e.set_authorized_imports(modules.clone()),
            Executor::Async(e) => e.set_authorized_imports(modules.clone()),
        }
        self.imports = Some(modules);
    }

    /// Runs `code` in the agent's executor: `(output, logs, is_final_answer)`.
    // DESIGN.md prescribes `InterpreterError` by value as the public error type.
    #[allow(clippy::result_large_err)]
    pub async fn python_executor(
        &mut self,
        code: &str,
    ) -> Result<(Value, String, bool), InterpreterError> {
        let out = self.run_code(code).await?;
        Ok((out.output, out.logs, out.is_final_answer))
    }

    #[allow(clippy::result_large_err)]
    async fn run_code(&mut self, code: &str) -> Result<CodeOutput, InterpreterError> {
        match &mut self.executor {
            Executor::Sync(e) => e.run(code),
            Executor::Async(e) => e.run(code).await,
        }
    }

    /// The system prompt the model gets.
    pub fn system_prompt(&self) -> String {
        let specs: Vec<(ToolSpec, bool)> = self
            .tools
            .iter()
            .map(|t| (t.spec(), t.is_async()))
            .collect();
        let imports = self.imports.clone().unwrap_or_else(|| {
            minion_eval::modules::NATIVE
                .iter()
                .map(|m| m.to_string())
                .collect()
        });
        system_prompt(&specs, &imports, self.instructions.as_deref())
    }

    /// The steps of the last run.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// Tokens used by the last run's model calls.
    pub fn token_usage(&self) -> TokenUsage {
        self.usage
    }

    /// Solves `task`: returns the value the code passed to `final_answer`.
    pub async fn run(&mut self, task: &str) -> Result<Value, AgentError> {
        self.steps.clear();
        self.usage = TokenUsage::default();
        let mut messages = vec![
            ChatMessage::system(self.system_prompt()),
            ChatMessage::user(task_message(task)),
        ];
        let stop = vec![END_CODE.to_string(), "Observation:".to_string()];
        for number in 1..=self.max_steps {
            let started = Instant::now();
            self.emit(AgentEvent::Thinking { step: number });
            let reply = match self.model.generate(&messages, &stop).await {
                Ok(r) => r,
                Err(error) => {
                    self.emit(AgentEvent::ModelFailed {
                        step: number,
                        error: error.clone(),
                    });
                    return Err(AgentError::Model {
                        step: number,
                        error,
                    });
                }
            };
            self.emit(AgentEvent::Replied {
                step: number,
                content: reply.content.clone(),
            });
            if let Some(u) = reply.usage {
                self.usage += u;
            }
            let (step, answer) = self.step(number, reply, started).await;
            messages.push(ChatMessage::assistant(step.model_output.clone()));
            messages.push(ChatMessage::user(format!(
                "Observation:\n{}",
                step.observation
            )));
            self.emit(AgentEvent::StepDone(step.clone()));
            self.steps.push(step);
            if let Some(answer) = answer {
                return Ok(answer);
            }
        }
        Err(AgentError::MaxSteps(self.max_steps))
    }

    /// Runs the code of one reply; returns the step and the final answer, if any.
    async fn step(
        &mut self,
        number: usize,
        reply: ModelReply,
        started: Instant,
    ) -> (Step, Option<Value>) {
        let mut step = Step {
            number,
            model_output: reply.content,
            code: None,
            observation: String::new(),
            error: None,
            duration: Duration::ZERO,
            usage: reply.usage,
            is_final_answer: false,
        };
        let Some(code) = extract_code(&step.model_output) else {
            step.observation = missing_code_message();
            step.error = Some("no code block in the reply".into());
            step.duration = started.elapsed();
            return (step, None);
        };
        self.emit(AgentEvent::Running {
            step: number,
            code: code.clone(),
        });
        let result = self.run_code(&code).await;
        step.code = Some(code);
        let mut answer = None;
        step.observation = match result {
            Ok(out) => {
                let shown = out.output_repr().unwrap_or_else(|| "None".into());
                if out.is_final_answer {
                    step.is_final_answer = true;
                    answer = Some(out.output.clone());
                }
                observation(&out.logs, &shown)
            }
            Err(e) => {
                step.error = Some(e.summary());
                error_observation(&e)
            }
        };
        step.duration = started.elapsed();
        (step, answer)
    }

    fn emit(&self, event: AgentEvent) {
        if let Some(f) = &self.on_event {
            f(&event);
        }
    }
}

/// The observation of a successful step.
fn observation(logs: &str, output: &str) -> String {
    format!("Execution logs:\n{logs}\nLast output from code snippet:\n{output}")
}

/// The observation of a failed step: logs so far, then the traceback.
fn error_observation(e: &InterpreterError) -> String {
    format!(
        "Execution logs:\n{}\nError:\n{}\nNow fix the code: do not repeat the same mistake; \
         if it failed several times, try a different approach.",
        e.logs,
        e.traceback.trim_end()
    )
}
