//! The collector runs while programs allocate; constants, closures and generator frames
//! must survive it.

use minion_eval::LocalPythonExecutor;

#[test]
fn constants_survive_collection_during_a_long_comprehension() {
    let mut ex = LocalPythonExecutor::new();
    let code = "rows = [{'id': i, 'name': 'user%d' % i} for i in range(60000)]\nrows[-1]['name']";
    let out = ex.run(code).expect("runs");
    assert_eq!(out.output_repr().as_deref(), Some("'user59999'"));
}

#[test]
fn closures_and_generators_survive_collection() {
    let mut ex = LocalPythonExecutor::new();
    let code = "\
def make(tag):
    def f(x):
        return tag + str(x)
    return f
g = make('t')
def gen(n):
    for i in range(n):
        yield [i] * 10
total = 0
for chunk in gen(50000):
    total += len(chunk)
print(g(total))
";
    let out = ex.run(code).expect("runs");
    assert_eq!(out.logs, "t500000\n");
    // Globals defined by the run survive later collections too.
    let out = ex
        .run("junk = [[i] for i in range(100000)]\ng(1)")
        .expect("runs");
    assert_eq!(out.output_repr().as_deref(), Some("'t1'"));
}

#[test]
fn prepared_program_constants_survive_reset_state() {
    let mut ex = LocalPythonExecutor::new();
    let program = ex.prepare("raise KeyError('k')").expect("compiles");
    for _ in 0..3 {
        ex.reset_state();
        let err = ex.run_prepared(&program).expect_err("raises");
        assert_eq!(err.summary(), "KeyError: 'k'");
    }
}
