//! `minion run`: run one program and report its result.

use std::io::Write;
use std::time::Duration;

use minion_eval::ExecutorLimits;

use crate::exec::Executor;
use crate::report::{self, Failure, EXIT_PYTHON_ERROR, EXIT_USAGE};
use crate::source::{self, LoadError};
use crate::RunArgs;

/// The executor limits selected by the flags (defaults for the rest).
pub fn limits(args: &RunArgs) -> Result<ExecutorLimits, String> {
    let mut limits = ExecutorLimits::default();
    if let Some(secs) = args.timeout {
        limits.max_duration = Duration::try_from_secs_f64(secs)
            .map_err(|_| format!("minion: invalid --timeout {secs}: expected seconds >= 0"))?;
    }
    if let Some(n) = args.max_operations {
        limits.max_operations = n;
    }
    if let Some(n) = args.max_memory {
        limits.max_memory = n;
    }
    Ok(limits)
}

/// Runs `minion run`; returns the process exit code.
pub fn run(args: &RunArgs) -> u8 {
    // `--authorize-import` is accepted for compatibility: every native module is authorized
    // by default, and a module that is not native cannot be imported at all.
    let limits = match limits(args) {
        Ok(l) => l,
        Err(msg) => {
            eprintln!("{msg}");
            return EXIT_USAGE;
        }
    };
    let code = match source::load(&args.file) {
        Ok(code) => code,
        Err(LoadError::Io(msg)) => {
            eprintln!("{msg}");
            return EXIT_USAGE;
        }
        Err(LoadError::Syntax(f)) => {
            emit_failure(&f, args.json);
            return EXIT_PYTHON_ERROR;
        }
    };
    let mut executor = match Executor::new(args.async_mode, limits) {
        Ok(e) => e,
        Err(msg) => {
            eprintln!("{msg}");
            return EXIT_USAGE;
        }
    };
    let result = executor.run(&code);
    let exit = report::exit_code(&result);
    match result {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            if args.json {
                let _ = writeln!(stdout, "{}", report::success_json(&out));
            } else {
                let _ = write!(stdout, "{}", out.logs);
                if let Some(answer) = report::final_answer_text(&out) {
                    let _ = writeln!(stdout, "{answer}");
                }
            }
            let _ = stdout.flush();
        }
        Err(e) => emit_failure(&Failure::from_interpreter(&e), args.json),
    }
    exit
}

/// Prints a failure: the JSON object on stdout, or the logs on stdout then the
/// traceback on stderr.
fn emit_failure(f: &Failure, json: bool) {
    let mut stdout = std::io::stdout().lock();
    if json {
        let _ = writeln!(stdout, "{}", report::failure_json(f));
        let _ = stdout.flush();
    } else {
        let _ = write!(stdout, "{}", f.logs);
        let _ = stdout.flush();
        drop(stdout);
        let mut stderr = std::io::stderr().lock();
        let _ = write!(stderr, "{}", f.traceback_text());
        let _ = stderr.flush();
    }
}
