//! The `minion` command-line tool: runs and benchmarks Python programs in the
//! Code Minion sandbox.
//!
//! ```text
//! minion run [--async] [--json] [--timeout SECS] [--max-operations N]
//!            [--max-memory BYTES] [--authorize-import MOD]... <FILE|->
//! minion bench <FILE> [--repeat N] [--async]
//! ```
//!
//! Exit codes: 0 success, 1 a Python-level error (exception, SyntaxError, limit),
//! 2 a usage or I/O error.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// The interpreter allocates many small objects; mimalloc is markedly faster than the
/// system allocator for that pattern (see docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Run(args) => run::run(&args),
        Command::Bench(args) => bench::bench(&args),
    };
    ExitCode::from(code)
}
