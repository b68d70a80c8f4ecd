//! Conformance: every `tests/conformance/*.py` runs under the executor and must match
//! the snapshot CPython 3.11 produced (`python3 tests/conformance/regen.py`).
//! The async executor will run the same cases against the same snapshots.
//!
//! Cases listed in `tests/conformance/known_failures.txt` are expected to differ (a
//! feature is missing); they fail the suite as soon as they start matching, so the
//! list only ever shrinks.

use minion::LocalPythonExecutor;

/// Renders a run exactly as `tests/conformance/regen.py`'s `render` does.
fn render(stdout: &str, output: Option<String>, error: Option<String>) -> String {
    format!(
        "--- stdout ---\n{stdout}\n--- output ---\n{}\n--- error ---\n{}",
        output.unwrap_or_else(|| "None".into()),
        error.unwrap_or_else(|| "none".into())
    )
}

fn known_failures() -> Vec<String> {
    let text = std::fs::read_to_string("tests/conformance/known_failures.txt").unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The body of a checked-in snapshot (after the second `---` line).
fn snapshot_body(name: &str) -> String {
    let text = std::fs::read_to_string(format!("tests/snapshots/conformance__{name}.snap"))
        .unwrap_or_default();
    let body = text.splitn(3, "---\n").nth(2).unwrap_or("");
    body.trim_end().to_string()
}

fn run_case(path: &std::path::Path) -> datatest_stable::Result<()> {
    let source = std::fs::read_to_string(path)?;
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("case")
        .to_string();
    let mut executor = LocalPythonExecutor::new();
    let actual = match executor.run(&source) {
        Ok(out) => render(&out.logs, out.output_repr(), None),
        Err(e) => {
            let line = e.line.map(|l| format!(" (line {l})")).unwrap_or_default();
            render(&e.logs, None, Some(format!("{}{line}", e.summary())))
        }
    };
    if known_failures().contains(&name) {
        if actual.trim_end() == snapshot_body(&name) {
            return Err(
                format!("{name} now matches CPython: remove it from known_failures.txt").into(),
            );
        }
        return Ok(());
    }
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(format!("conformance__{name}"), actual));
    Ok(())
}

datatest_stable::harness! {
    { test = run_case, root = "tests/conformance", pattern = r"^[a-z]+_[a-z0-9_]+\.py$" },
}
