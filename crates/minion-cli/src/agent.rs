//! `minion agent`: solve a task with `CodeMinion` against an OpenAI-compatible model
//! server, with two safe built-in tools (`calculate`, `current_time`).
//!
//! Plain mode shows the run as it happens on stderr (a spinner while the model thinks
//! when stderr is a terminal, else a `step N: thinking...` line; then each step's
//! code, observation, time and tokens) and prints the final answer alone on stdout,
//! so `answer=$(minion agent "...")` works. `--json` prints one object on stdout:
//! `{"answer": <repr or null>, "steps": [...], "error": null | "..."}`.
//!
//! Exit codes: 0 an answer, 1 no answer (max steps, model failure), 2 usage or
//! configuration.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use minion_agent::{
    AgentError, AgentEvent, CodeMinion, OpenAiConfig, OpenAiModel, Step, TokenUsage,
};
use minion_eval::{ErrorKind, ExecutorLimits, LocalPythonExecutor};
use minion_parser::ast;
use minion_tool::{FnTool, ToolError, ToolSpec, Value};
use serde_json::json;

use crate::report::{EXIT_OK, EXIT_PYTHON_ERROR, EXIT_USAGE};
use crate::AgentArgs;

/// Exit code of a run that gave no answer.
const EXIT_NO_ANSWER: u8 = EXIT_PYTHON_ERROR;

/// Runs `minion agent`; returns the process exit code.
pub fn agent(args: &AgentArgs) -> u8 {
    if args.task.trim().is_empty() {
        eprintln!("minion agent: the task is empty");
        return EXIT_USAGE;
    }
    let model = match model(args) {
        Ok(m) => m,
        Err(message) => {
            eprint!("{message}");
            return EXIT_USAGE;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("minion agent: cannot start the async runtime: {e}");
            return EXIT_USAGE;
        }
    };

    let progress = Arc::new(Progress::new(!args.json));
    let events = Arc::clone(&progress);
    let mut agent = CodeMinion::builder()
        .model(model)
        .use_async_executor(true)
        .max_steps(args.max_steps as usize)
        .tool(calculator())
        .tool(clock())
        .on_event(move |e| events.event(e))
        .build();

    let started = Instant::now();
    let result = runtime.block_on(agent.run(&args.task));
    progress.stop_spinner();
    let elapsed = started.elapsed();

    if args.json {
        let object = json_report(&result, agent.steps());
        let mut stdout = std::io::stdout().lock();
        let _ = writeln!(stdout, "{object}");
        let _ = stdout.flush();
    } else {
        let usage = agent
            .steps()
            .iter()
            .any(|s| s.usage.is_some())
            .then(|| agent.token_usage());
        report(&result, agent.steps().len(), usage, elapsed);
    }
    match result {
        Ok(_) => EXIT_OK,
        Err(_) => EXIT_NO_ANSWER,
    }
}

/// The model the environment and the flags configure, or the message saying what to
/// set (every line ends with a newline).
fn model(args: &AgentArgs) -> Result<OpenAiModel, String> {
    let mut config = OpenAiConfig::from_env();
    if let Some(url) = &args.base_url {
        config.base_url = url.trim().to_string();
    }
    if let Some(id) = &args.model {
        config.model = id.trim().to_string();
    }
    let missing = config.missing_settings();
    if !missing.is_empty() {
        return Err(missing_message(&missing));
    }
    OpenAiModel::new(config).map_err(|e| format!("minion agent: {e}\n"))
}

/// What to say when settings are missing: one line naming them, then a hint each.
fn missing_message(missing: &[&str]) -> String {
    let described: Vec<String> = missing
        .iter()
        .map(|&var| match var {
            OpenAiConfig::MODEL_VAR => format!("{var} (the model id)"),
            OpenAiConfig::API_KEY_VAR => {
                format!("{var} (the API key for api.openai.com)")
            }
            other => other.to_string(),
        })
        .collect();
    let mut text = format!("minion agent: set {}\n", described.join(" and "));
    for &var in missing {
        let hint = match var {
            OpenAiConfig::MODEL_VAR => format!(
                "  {var}: e.g. gpt-4o-mini, or the name your local server serves \
                 (--model ID works too)\n"
            ),
            OpenAiConfig::API_KEY_VAR => format!(
                "  {var}: only api.openai.com needs a key; for a local server set {} \
                 (or --base-url) instead, e.g. http://localhost:11434/v1 for Ollama\n",
                OpenAiConfig::BASE_URL_VAR
            ),
            _ => continue,
        };
        text.push_str(&hint);
    }
    text
}

/// The `--json` object: the answer's repr (null without one), the steps, the error.
fn json_report(result: &Result<Value, AgentError>, steps: &[Step]) -> serde_json::Value {
    let steps = serde_json::to_value(steps).unwrap_or_else(|_| json!([]));
    match result {
        Ok(answer) => json!({"answer": answer.py_repr(), "steps": steps, "error": null}),
        Err(e) => json!({"answer": null, "steps": steps, "error": e.to_string()}),
    }
}

/// Plain mode's ending: the answer on stdout and a summary on stderr, or the error on
/// stderr.
fn report(
    result: &Result<Value, AgentError>,
    steps: usize,
    usage: Option<TokenUsage>,
    elapsed: Duration,
) {
    let summary = format!(
        "{steps} step{}, {:.2} s, {}",
        if steps == 1 { "" } else { "s" },
        elapsed.as_secs_f64(),
        usage.map_or_else(|| "tokens not reported".to_string(), tokens)
    );
    match result {
        Ok(answer) => {
            eprintln!("answer after {summary}:");
            let text = match answer.as_str() {
                Some(s) => s.to_string(),
                None => answer.py_repr(),
            };
            let mut stdout = std::io::stdout().lock();
            let _ = writeln!(stdout, "{text}");
            let _ = stdout.flush();
        }
        Err(e) => eprintln!("minion agent: {e} ({summary})"),
    }
}

/// `12 input + 34 output tokens`.
fn tokens(usage: TokenUsage) -> String {
    format!(
        "{} input + {} output tokens",
        usage.input_tokens, usage.output_tokens
    )
}

// ---------------------------------------------------------------------------------
// Live display

/// Shows the run's events on stderr (nothing when disabled, as with `--json`).
struct Progress {
    enabled: bool,
    /// Whether stderr is a terminal: a spinner instead of a `thinking...` line.
    terminal: bool,
    spinner: Mutex<Option<Spinner>>,
}

impl Progress {
    fn new(enabled: bool) -> Self {
        Progress {
            enabled,
            terminal: std::io::stderr().is_terminal(),
            spinner: Mutex::new(None),
        }
    }

    fn event(&self, event: &AgentEvent) {
        if !self.enabled {
            return;
        }
        match event {
            AgentEvent::Thinking { step } => {
                let label = format!("step {step}: thinking...");
                if self.terminal {
                    self.stop_spinner();
                    if let Ok(mut slot) = self.spinner.lock() {
                        *slot = Some(Spinner::start(label));
                    }
                } else {
                    eprintln!("{label}");
                }
            }
            AgentEvent::Replied { step, content } => {
                self.stop_spinner();
                // The thought: what the reply says before its code.
                let thought = content.split("```").next().unwrap_or("").trim();
                let thought = thought.strip_suffix("Code:").unwrap_or(thought).trim();
                if !thought.is_empty() {
                    let mut err = std::io::stderr().lock();
                    let _ = writeln!(err, "step {step}: {thought}");
                    let _ = err.flush();
                }
            }
            AgentEvent::ModelFailed { .. } => self.stop_spinner(),
            AgentEvent::Running { step, code } => {
                self.stop_spinner();
                let mut err = std::io::stderr().lock();
                let _ = writeln!(err, "step {step}: code:");
                let _ = write!(err, "{}", indent(code));
                let _ = err.flush();
            }
            AgentEvent::StepDone(step) => {
                self.stop_spinner();
                let mut err = std::io::stderr().lock();
                let n = step.number;
                if step.code.is_none() {
                    let _ = writeln!(err, "step {n}: reply without a code block:");
                    let _ = write!(err, "{}", indent(&step.model_output));
                }
                let _ = writeln!(err, "step {n}: observation:");
                let _ = write!(err, "{}", indent(&step.observation));
                let outcome = match (&step.error, step.is_final_answer) {
                    (Some(e), _) => format!("failed ({e})"),
                    (None, true) => "done (final answer)".to_string(),
                    (None, false) => "done".to_string(),
                };
                let usage = step
                    .usage
                    .map(tokens)
                    .unwrap_or_else(|| "tokens not reported".to_string());
                let _ = writeln!(
                    err,
                    "step {n}: {outcome} in {:.2} s, {usage}\n",
                    step.duration.as_secs_f64()
                );
                let _ = err.flush();
            }
        }
    }

    /// Stops the spinner, if one runs (and clears its line).
    fn stop_spinner(&self) {
        let spinner = self.spinner.lock().ok().and_then(|mut slot| slot.take());
        if let Some(s) = spinner {
            s.stop();
        }
    }
}

/// `text` with every line indented by four spaces, ending with a newline.
fn indent(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.trim_end_matches('\n').lines() {
        if line.is_empty() {
            out.push('\n');
        } else {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
    }
    if out.is_empty() {
        out.push_str("    (empty)\n");
    }
    out
}

/// An animated `⠋ step 1: thinking... 1.2 s` line on stderr, from a thread.
struct Spinner {
    stop: Arc<AtomicBool>,
    handle: JoinHandle<()>,
}

impl Spinner {
    const FRAMES: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

    fn start(label: String) -> Spinner {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let handle = std::thread::spawn(move || {
            let started = Instant::now();
            let mut frame = 0;
            while !flag.load(Ordering::Acquire) {
                let mut err = std::io::stderr().lock();
                let _ = write!(
                    err,
                    "\r{} {label} {:.1} s",
                    Self::FRAMES[frame % Self::FRAMES.len()],
                    started.elapsed().as_secs_f64()
                );
                let _ = err.flush();
                drop(err);
                frame += 1;
                std::thread::park_timeout(Duration::from_millis(80));
            }
            // Back to the start of the line, which is cleared.
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        });
        Spinner { stop, handle }
    }

    fn stop(self) {
        self.stop.store(true, Ordering::Release);
        self.handle.thread().unpark();
        let _ = self.handle.join();
    }
}

// ---------------------------------------------------------------------------------
// Built-in tools

/// `calculate(expression: str) -> float`: evaluates one arithmetic expression.
pub fn calculator() -> FnTool {
    FnTool::new(
        ToolSpec::new(
            "calculate",
            "Evaluates an arithmetic expression and returns its value (an int stays an \
             int). Python syntax: + - * / // % **, parentheses, abs, round, min, max, \
             and the math module (math.sqrt(2), math.pi).",
        )
        .input(
            "expression",
            "str",
            "the expression, e.g. '(2 + 3) * 4 ** 0.5'",
        )
        .output("float"),
        |args| calculate(&args.get::<String>("expression")?),
    )
}

/// Limits of one `calculate` call: arithmetic needs little.
fn calculator_limits() -> ExecutorLimits {
    ExecutorLimits {
        max_operations: 100_000,
        max_duration: Duration::from_secs(1),
        max_memory: 16 * 1024 * 1024,
        max_recursion: 50,
        max_print_outputs_length: 1_000,
        tool_timeout: Duration::from_secs(1),
        max_tool_calls: 0,
    }
}

/// Evaluates `expression` in a fresh sandbox (no tools, only `math` importable) and
/// accepts an int or a float.
pub fn calculate(expression: &str) -> Result<Value, ToolError> {
    let expression = expression.trim();
    let parsed = minion_parser::parse_module(expression, "<expression>")
        .map_err(|e| ToolError::with_type("SyntaxError", format!("calculate: {}", e.message)))?;
    if !matches!(parsed.body.as_slice(), [ast::Stmt::Expr(_)]) {
        return Err(ToolError::value_error(format!(
            "calculate expects one arithmetic expression, got {expression:?}"
        )));
    }
    let mut executor = LocalPythonExecutor::with_limits(calculator_limits());
    executor.set_authorized_imports(vec!["math".to_string()]);
    executor
        .run("import math")
        .map_err(|e| ToolError::new(format!("calculate: {}", e.summary())))?;
    let out = executor.run(expression).map_err(|e| match e.kind {
        ErrorKind::Exception => ToolError::with_type(e.exc_type.clone(), e.message.clone()),
        _ => ToolError::value_error(format!("calculate: {}", e.summary())),
    })?;
    match out.output {
        Value::Int(_) | Value::Float(_) if !out.is_final_answer => Ok(out.output),
        other => Err(ToolError::type_error(format!(
            "calculate: the expression gave a {}, not a number",
            other.type_name()
        ))),
    }
}

/// `current_time() -> str`: the current UTC time in ISO 8601.
pub fn clock() -> FnTool {
    FnTool::new(
        ToolSpec::new(
            "current_time",
            "Returns the current date and time in UTC, in ISO 8601 (2024-05-01T12:34:56Z).",
        )
        .output("str"),
        |_| {
            let secs = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_err(|_| ToolError::new("the system clock is before 1970"))?
                .as_secs();
            Ok(Value::from(iso8601_utc(secs)))
        },
    )
}

/// `secs` after the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn iso8601_utc(secs: u64) -> String {
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let (year, month, day) = civil_from_days(days as i64);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11], March first
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso8601_known_instants() {
        assert_eq!(iso8601_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(iso8601_utc(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(iso8601_utc(4_102_444_799), "2099-12-31T23:59:59Z");
        assert_eq!(iso8601_utc(951_868_799), "2000-02-29T23:59:59Z");
        assert_eq!(iso8601_utc(951_868_800), "2000-03-01T00:00:00Z");
    }

    #[test]
    fn calculate_arithmetic() {
        assert_eq!(calculate("2 ** 10 + 1").unwrap(), Value::from(1025));
        assert_eq!(calculate(" (1 + 2) / 4 ").unwrap(), Value::from(0.75));
        assert_eq!(calculate("math.sqrt(16)").unwrap(), Value::from(4.0));
        assert_eq!(calculate("round(2.5) + abs(-3)").unwrap(), Value::from(5));
    }

    #[test]
    fn calculate_errors_are_python_exceptions() {
        assert_eq!(
            calculate("1 / 0").unwrap_err().exc_type,
            "ZeroDivisionError"
        );
        assert_eq!(calculate("1 +").unwrap_err().exc_type, "SyntaxError");
        assert_eq!(calculate("x = 1").unwrap_err().exc_type, "ValueError");
        assert_eq!(calculate("1; 2").unwrap_err().exc_type, "ValueError");
        assert_eq!(calculate("'a' * 3").unwrap_err().exc_type, "TypeError");
        assert_eq!(calculate("1 < 2").unwrap_err().exc_type, "TypeError");
        assert_eq!(
            calculate("final_answer(3)").unwrap_err().exc_type,
            "TypeError"
        );
        assert_eq!(
            calculate("undefined_name").unwrap_err().exc_type,
            "NameError"
        );
    }

    #[test]
    fn calculate_is_bounded() {
        let e = calculate("sum(range(10 ** 9))").unwrap_err();
        assert_eq!(e.exc_type, "ValueError", "{e}");
        let e = calculate("__import__('os')").unwrap_err();
        assert_eq!(e.exc_type, "NameError", "{e}");
    }

    #[test]
    fn missing_message_names_each_variable() {
        let text = missing_message(&["MINION_MODEL", "OPENAI_API_KEY"]);
        assert!(
            text.starts_with("minion agent: set MINION_MODEL (the model id) and OPENAI_API_KEY")
        );
        assert!(text.contains("OPENAI_BASE_URL"));
        let text = missing_message(&["MINION_MODEL"]);
        assert!(!text.contains("OPENAI_API_KEY"), "{text}");
    }

    #[test]
    fn indent_lines() {
        assert_eq!(indent("a\n\nb\n"), "    a\n\n    b\n");
        assert_eq!(indent(""), "    (empty)\n");
    }
}
