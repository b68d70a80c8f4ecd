//! Conformance: every `tests/conformance/*.py` runs under the executor and must match
//! the snapshot CPython 3.11 produced (`python3 tests/conformance/regen.py`).
//! The async executor will run the same cases against the same snapshots.

use minion::LocalPythonExecutor;

/// Renders a run exactly as `tests/conformance/regen.py`'s `render` does.
fn render(stdout: &str, output: Option<String>, error: Option<String>) -> String {
    format!(
        "--- stdout ---\n{stdout}\n--- output ---\n{}\n--- error ---\n{}",
        output.unwrap_or_else(|| "None".into()),
        error.unwrap_or_else(|| "none".into())
    )
}

fn run_case(path: &std::path::Path) -> datatest_stable::Result<()> {
    let source = std::fs::read_to_string(path)?;
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("case").to_string();
    let mut executor = LocalPythonExecutor::new();
    let actual = match executor.run(&source) {
        Ok(out) => render(&out.logs, out.output_repr(), None),
        Err(e) => {
            let line = e.line.map(|l| format!(" (line {l})")).unwrap_or_default();
            render(&e.logs, None, Some(format!("{}{line}", e.summary())))
        }
    };
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(format!("conformance__{name}"), actual));
    Ok(())
}

datatest_stable::harness! {
    { test = run_case, root = "tests/conformance", pattern = r"^.*\.py$" },
}
