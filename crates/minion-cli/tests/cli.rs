//! Integration tests: run the built `minion` binary on small programs.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A counter making temp file names unique within this process.
static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Writes `contents` to a fresh file in the temp dir and returns its path.
fn temp_program(contents: &[u8]) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let path = std::env::temp_dir().join(format!(
        "minion-cli-test-{}-{}-{}.py",
        std::process::id(),
        n,
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    ));
    std::fs::write(&path, contents).expect("write temp program");
    path
}

/// Runs `minion` with `args`.
fn minion(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_minion"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run minion")
}

/// Runs `minion run [extra...] <program file>`.
fn run_program(extra: &[&str], program: &str) -> Output {
    let path = temp_program(program.as_bytes());
    let p = path.to_str().unwrap().to_string();
    let mut args = vec!["run"];
    args.extend_from_slice(extra);
    args.push(&p);
    let out = minion(&args);
    let _ = std::fs::remove_file(&path);
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn last_line(s: &str) -> &str {
    s.trim_end_matches('\n').lines().last().unwrap_or("")
}

fn json(o: &Output) -> serde_json::Value {
    let text = stdout(o);
    assert_eq!(
        text.trim_end().lines().count(),
        1,
        "one JSON line: {text:?}"
    );
    serde_json::from_str(&text).expect("valid JSON")
}

#[test]
fn prints_logs_and_exits_0() {
    let o = run_program(&[], "print('hello')\nx = 2\nprint(x * 21)\n");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "hello\n42\n");
    assert_eq!(stderr(&o), "");
}

#[test]
fn last_expression_is_not_printed() {
    let o = run_program(&[], "1 + 2\n");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "");
}

#[test]
fn final_answer_printed_last() {
    let o = run_program(
        &[],
        "print('working')\nfinal_answer('done')\nprint('never')\n",
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "working\ndone\n");
    let o = run_program(&[], "final_answer({'a': [1, 2]})\n");
    assert_eq!(stdout(&o), "{'a': [1, 2]}\n");
}

#[test]
fn exception_goes_to_stderr_and_exits_1() {
    let o = run_program(
        &[],
        "print('before')\nx = 1\nraise ValueError('bad value')\n",
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "before\n");
    assert_eq!(last_line(&stderr(&o)), "ValueError: bad value");
}

#[test]
fn syntax_error_exits_1() {
    let o = run_program(&[], "x = (1,\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        last_line(&stderr(&o)).starts_with("SyntaxError"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn invalid_utf8_is_syntax_error() {
    let path = temp_program(b"x = 1\ns = '\xff\xfe'\n");
    let o = minion(&["run", path.to_str().unwrap()]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        last_line(&stderr(&o)).starts_with("SyntaxError"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn operation_limit_exits_1() {
    let o = run_program(&["--max-operations", "1000"], "while True:\n    pass\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(!stderr(&o).is_empty());
}

#[test]
fn json_success() {
    let o = run_program(&["--json"], "print('hi')\n[1, 'a']\n");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        json(&o),
        serde_json::json!({"output": "[1, 'a']", "logs": "hi\n", "is_final_answer": false, "error": null})
    );
}

#[test]
fn json_final_answer() {
    let o = run_program(&["--json"], "final_answer('ok')\n");
    assert_eq!(o.status.code(), Some(0));
    let v = json(&o);
    assert_eq!(v["output"], "'ok'");
    assert_eq!(v["is_final_answer"], true);
}

#[test]
fn json_error() {
    let o = run_program(&["--json"], "print('a')\n\nraise ValueError('boom')\n");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        json(&o),
        serde_json::json!({
            "output": null,
            "logs": "a\n",
            "is_final_answer": false,
            "error": {"type": "ValueError", "message": "boom", "line": 3},
        })
    );
    assert_eq!(stderr(&o), "");
}

#[test]
fn reads_stdin() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minion"))
        .args(["run", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn minion");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"print(sum(range(10)))\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "45\n");
}

#[test]
fn missing_file_exits_2() {
    let o = minion(&["run", "/nonexistent/minion/program.py"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot read"));
}

#[test]
fn bad_flags_exit_2() {
    assert_eq!(minion(&["run"]).status.code(), Some(2));
    assert_eq!(minion(&["run", "--bogus", "x.py"]).status.code(), Some(2));
    assert_eq!(
        minion(&["run", "--max-operations", "lots", "x.py"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(minion(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(minion(&[]).status.code(), Some(2));
}

#[test]
fn async_runs_the_same_program_with_the_async_executor() {
    let program = "import asyncio\nasync def f(x):\n    await asyncio.sleep(0.01 * x)\n    print('done', x)\n    return x\nprint(await asyncio.gather(f(2), f(1)))\n";
    for flags in [&["--async"][..], &[][..]] {
        let o = run_program(flags, program);
        assert_eq!(o.status.code(), Some(0), "{flags:?}: {}", stderr(&o));
        assert_eq!(stdout(&o), "done 1\ndone 2\n[2, 1]\n", "{flags:?}");
    }
    let o = run_program(
        &["--async", "--json"],
        "import asyncio\nawait asyncio.sleep(0, 'x')\n",
    );
    assert_eq!(
        stdout(&o).trim(),
        r#"{"error":null,"is_final_answer":false,"logs":"","output":"'x'"}"#
    );
}

#[test]
fn authorize_import_is_accepted() {
    let o = run_program(
        &["--authorize-import", "math", "--authorize-import", "re"],
        "import math\nprint('ok', math.floor(2.5))\n",
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "ok 2\n");
    let help = stdout(&minion(&["run", "--help"]));
    assert!(help.contains("already authorized by default"), "{help}");
}

#[test]
fn bench_reports_compile_and_median() {
    let path = temp_program(b"x = 0\nfor i in range(100):\n    x += i\nprint(x)\n");
    let o = minion(&["bench", path.to_str().unwrap(), "--repeat", "3"]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    let compile = lines
        .iter()
        .position(|l| l.starts_with("compile_ns="))
        .expect("compile_ns");
    let last = *lines.last().unwrap();
    assert!(compile < lines.len() - 1);
    let median: u128 = last
        .strip_prefix("median_ns=")
        .expect("median_ns last")
        .parse()
        .unwrap();
    assert!(median > 0);
}

#[test]
fn bench_error_exits_1() {
    let path = temp_program(b"raise KeyError('k')\n");
    let o = minion(&["bench", path.to_str().unwrap()]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(last_line(&stderr(&o)), "KeyError: 'k'");
}

#[test]
fn bench_async_runs_and_missing_file_exits_2() {
    let path = temp_program(b"import asyncio\nawait asyncio.gather(asyncio.sleep(0))\n");
    let o = minion(&["bench", path.to_str().unwrap(), "--repeat", "2", "--async"]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("median_ns="));
    assert_eq!(minion(&["bench", "x.py", "--async"]).status.code(), Some(2));
    assert_eq!(
        minion(&["bench", "/nonexistent/minion.py"]).status.code(),
        Some(2)
    );
}
