//! The `minion` command-line tool: runs and benchmarks Python programs in the
//! Code Minion sandbox.
//!
//! ```text
//! minion run [--async] [--json] [--timeout SECS] [--max-operations N]
//!            [--max-memory BYTES] [--authorize-import MOD]... <FILE|->
//! minion bench <FILE> [--repeat N] [--async]
//! minion agent "<task>" [--json] [--max-steps N] [--base-url URL] [--model ID]
//! ```
//!
//! Exit codes of `run` and `bench`: 0 success, 1 a Python-level error (exception,
//! SyntaxError, limit), 2 a usage or I/O error. Of `agent`: 0 an answer, 1 no answer
//! (max steps reached, the model call failed), 2 a usage or configuration error.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// The interpreter allocates many small objects; mimalloc is markedly faster than the
/// system allocator for that pattern (see docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod agent;
mod bench;
mod exec;
mod report;
mod run;
mod source;

/// Code Minion: a sandboxed Python 3.11 interpreter.
#[derive(Debug, Parser)]
#[command(name = "minion", version, about)]
struct Cli {
    /// What to do.
    #[command(subcommand)]
    command: Command,
}

/// The subcommands of `minion`.
#[derive(Debug, Subcommand)]
enum Command {
    /// Run a Python program (a file, or `-` for stdin) in the sandbox.
    Run(RunArgs),
    /// Compile a program once, run it several times in fresh state and report timings.
    Bench(BenchArgs),
    /// Solve a task with CodeMinion: a model writes Python, the sandbox runs it.
    ///
    /// The model is an OpenAI-compatible chat-completions endpoint configured by
    /// OPENAI_BASE_URL (default https://api.openai.com/v1), OPENAI_API_KEY (needed for
    /// api.openai.com only) and MINION_MODEL (the model id); --base-url and --model
    /// override the variables. Tools: calculate(expression) and current_time().
    Agent(AgentArgs),
}

/// Arguments of `minion run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// Use the async executor (AsyncLocalPythonExecutor).
    #[arg(long = "async")]
    pub async_mode: bool,
    /// Print exactly one JSON object describing the result on stdout.
    #[arg(long)]
    pub json: bool,
    /// Wall-time limit of the run, in seconds (default 30).
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<f64>,
    /// Maximum number of interpreter operations (default 10 million).
    #[arg(long, value_name = "N")]
    pub max_operations: Option<u64>,
    /// Maximum heap size in bytes (default 256 MiB).
    #[arg(long, value_name = "BYTES")]
    pub max_memory: Option<usize>,
    /// Module the program may import; accepted for compatibility (every native module is
    /// already authorized by default).
    #[arg(long = "authorize-import", value_name = "MOD")]
    pub authorize_import: Vec<String>,
    /// The program to run, or `-` to read it from stdin.
    #[arg(value_name = "FILE|-")]
    pub file: PathBuf,
}

/// Arguments of `minion bench`.
#[derive(Debug, clap::Args)]
pub struct BenchArgs {
    /// The program to benchmark, or `-` to read it from stdin.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// How many timed runs.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub repeat: u32,
    /// Use the async executor (AsyncLocalPythonExecutor).
    #[arg(long = "async")]
    pub async_mode: bool,
}

/// Arguments of `minion agent`.
#[derive(Debug, clap::Args)]
pub struct AgentArgs {
    /// The task, in plain words.
    #[arg(value_name = "TASK")]
    pub task: String,
    /// Print exactly one JSON object on stdout: `{"answer", "steps", "error"}`.
    #[arg(long)]
    pub json: bool,
    /// Steps before the agent gives up.
    #[arg(long, value_name = "N", default_value_t = 20,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub max_steps: u32,
    /// The API root of the chat-completions server (overrides OPENAI_BASE_URL), e.g.
    /// http://localhost:11434/v1.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// The model id (overrides MINION_MODEL).
    #[arg(long, value_name = "ID")]
    pub model: Option<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Run(args) => run::run(&args),
        Command::Bench(args) => bench::bench(&args),
        Command::Agent(args) => agent::agent(&args),
    };
    ExitCode::from(code)
}
