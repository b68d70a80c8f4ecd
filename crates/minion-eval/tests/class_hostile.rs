//! Hostile class code: runaway dunder recursion, deep hierarchies, dunders that raise
//! inside builtins. Each ends in a clean error (never a crash) and the executor stays
//! usable.

use minion_eval::{ErrorKind, ExecutorLimits, LocalPythonExecutor};

#[track_caller]
fn fails_cleanly(code: &str) -> minion_eval::InterpreterError {
    let mut ex = LocalPythonExecutor::with_limits(ExecutorLimits {
        max_operations: 1_000_000,
        max_memory: 64 * 1024 * 1024,
        ..Default::default()
    });
    let e = ex.run(code).expect_err("must fail");
    assert_ne!(e.kind, ErrorKind::Internal, "{}", e.summary());
    assert_eq!(
        ex.run("1 + 1").expect("usable").output_repr().as_deref(),
        Some("2")
    );
    e
}

#[test]
fn a_repr_that_calls_itself_stops_at_the_recursion_limit() {
    let e =
        fails_cleanly("class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n");
    assert_eq!(e.exc_type, "RecursionError");
}

#[test]
fn a_getattr_that_calls_itself_stops_at_the_recursion_limit() {
    let e = fails_cleanly(
        "class B:\n    def __getattr__(self, n):\n        return self.missing\nB().x\n",
    );
    assert_eq!(e.exc_type, "RecursionError");
}

#[test]
fn a_very_deep_class_chain_stops_at_a_limit() {
    let e = fails_cleanly(
        "C = object\nfor i in range(100000):\n    class D(C):\n        pass\n    C = D\n",
    );
    assert_eq!(e.kind, ErrorKind::Limit);
}

#[test]
fn dunders_that_raise_inside_builtins_propagate() {
    let mut ex = LocalPythonExecutor::new();
    let code = "class K:\n    def __eq__(self, o):\n        raise ValueError('no eq')\n    def __lt__(self, o):\n        raise KeyError('no lt')\nout = []\ntry:\n    sorted([K(), K()])\nexcept KeyError as e:\n    out.append(str(e))\ntry:\n    K() in [K()]\nexcept ValueError as e:\n    out.append(str(e))\nout\n";
    let r = ex.run(code).expect("runs");
    assert_eq!(r.output_repr().as_deref(), Some("[\"'no lt'\", 'no eq']"));
}

#[test]
fn an_inconsistent_mro_is_a_type_error() {
    let e = fails_cleanly("class A: pass\nclass B(A): pass\nclass C(A, B): pass\n");
    assert_eq!(e.exc_type, "TypeError");
    // CPython's message has a line break.
    assert_eq!(
        e.message,
        "Cannot create a consistent method resolution\norder (MRO) for bases A, B"
    );
}
