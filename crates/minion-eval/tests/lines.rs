//! Error lines: an instruction carries the line of the innermost expression that
//! produced it (CPython 3.11), so a failure inside a multi-line statement reports the
//! sub-expression's line, in the error and in every traceback frame.
//! Expectations were produced by CPython 3.11 and are hard-coded here.

use minion_eval::LocalPythonExecutor;

/// Runs `code`, expects an exception, and checks the line of each traceback frame
/// (outermost first) and the error's line (the innermost frame's).
#[track_caller]
fn lines(code: &str, expected: &[u32]) {
    let mut ex = LocalPythonExecutor::new();
    let e = match ex.run(code) {
        Ok(_) => panic!("{code:?} succeeded"),
        Err(e) => e,
    };
    let frames: Vec<u32> = e
        .traceback
        .lines()
        .filter_map(|l| l.trim().strip_prefix("File \"<code>\", line "))
        .filter_map(|l| l.split(',').next()?.parse().ok())
        .collect();
    assert_eq!(frames, expected, "traceback of {code:?}:\n{}", e.traceback);
    assert_eq!(e.line, expected.last().copied(), "line of {code:?}");
}

#[test]
fn subscript_in_list_display() {
    lines("d = {\"a\": 1}\nx = [\n    1,\n    d[\"b\"],\n]\n", &[4]);
}

#[test]
fn call_in_binary_op() {
    lines(
        "def f(x):\n    return x / 0\ny = (1 +\n     f(\n       2))\n",
        &[4, 2],
    );
}

#[test]
fn method_chain() {
    lines("s = \"abc\"\nr = (s\n     .upper()\n     .nope())\n", &[4]);
}

#[test]
fn subscript_after_continuation() {
    lines("t = (1,\n     2)\nv = t[0] + \\\n    t[5]\n", &[4]);
}

#[test]
fn attribute_on_next_line() {
    lines("x = None\ny = (x\n  .attr)\n", &[3]);
}

#[test]
fn binary_op_operands_on_other_lines() {
    lines("a = 1\nb = \"s\"\nc = (a\n     +\n     b)\n", &[3]);
}

#[test]
fn generator_expression_element() {
    lines(
        "vals = [1, 2, 0]\ntotal = sum(\n    10 / v\n    for v in vals\n)\n",
        &[2, 3],
    );
}

#[test]
fn name_in_call_args() {
    lines(
        "def g():\n    return 1\nprint(\"x\",\n      g(),\n      undefined_name)\n",
        &[5],
    );
}

#[test]
fn condition_spanning_lines() {
    lines(
        "data = {\"k\": [1, 2]}\nif (data[\"k\"][0] == 1 and\n        data[\"k\"][7] == 2):\n    pass\n",
        &[3],
    );
}

#[test]
fn loop_body_subscript() {
    lines(
        "x = [1, 2]\nfor i in range(\n        len(x) + 1):\n    print(x[\n        i])\n",
        &[4],
    );
}

#[test]
fn call_args_on_next_line() {
    lines(
        "def f(a,\n      b):\n    return a + b\nf(1,\n  \"x\")\n",
        &[4, 3],
    );
}

#[test]
fn call_of_int() {
    lines("x = int(\n  \"zz\"\n)\n", &[1]);
}

#[test]
fn subscript_of_dict_display() {
    lines("x = {\n  \"a\": 1,\n}[\"b\"]\n", &[1]);
}

#[test]
fn comprehension_condition() {
    lines(
        "z = [\n  i * 2\n  for i in range(3)\n  if i / (i - 2)\n]\n",
        &[1, 4],
    );
}

#[test]
fn assert_spanning_lines() {
    lines("assert (1 ==\n        2), \"m\"\n", &[1]);
}

#[test]
fn augmented_assignment() {
    lines("x = 1\nx += (\n   \"a\")\n", &[2]);
}

#[test]
fn attribute_of_call_result() {
    lines("lst = []\nlst.append(\n  1\n  ).foo\n", &[4]);
}

#[test]
fn keyword_argument() {
    lines("def k(**kw): return kw\nk(a=1,\n  b=2/0)\n", &[3]);
}

#[test]
fn nested_call_in_dict_display() {
    lines(
        "def parse_row(row):\n    fields = row.split(\";\")\n    return {\n        \"id\": int(fields[0]),\n        \"qty\": int(fields[1]),\n        \"price\": float(fields[2]),\n    }\n\ndef load(rows):\n    out = []\n    for r in rows:\n        out.append(parse_row(r))\n        print(\"loaded\", out[-1])\n    return out\n\nrows = [\"1;5;2.50\", \"2;3;10\", \"3;1\"]\nitems = load(rows)\n",
        &[17, 12, 6],
    );
}
