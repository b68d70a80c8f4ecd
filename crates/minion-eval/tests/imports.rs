//! `import`, `from ... import`, the allow-list, and the native `math` and `json`
//! modules. Expected outputs come from CPython 3.11.

mod common;

use common::{err, ok};
use minion_eval::LocalPythonExecutor;

#[test]
fn math_module() {
    ok(
        r#"import math
import math as m
print(m is math)
from math import sqrt, pi as PI
print(sqrt(16), PI, sqrt)
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-3.7), math.floor(10**30), math.floor(1e30))
print(math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(10**400))
print(math.factorial(20), math.factorial(30), math.gcd(12, 18, 27), math.lcm(4, 6), math.gcd())
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.comb(3, 5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.fsum([0.1]*10), sum([0.1]*10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.0, 3], start=2))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.copysign(3, -0.0), math.fmod(7, -3), math.modf(3.5), math.modf(-2.0), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4))
print(math.isqrt(10**20 + 5), math.isqrt(15), math.exp(1), math.pow(2, 10), math.fabs(-3), math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0))
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(1), math.atan(1), math.e, math.tau)
print(math.__name__, math.sqrt.__name__, repr(math.sqrt), type(math.sqrt), callable(math.sqrt), type(math))
from math import *
print(floor(3.2), e)
print(math.dist((0, 0), (3, 4)), math.ldexp(1.0, -1074), math.frexp(5e-324))
"#,
        r#"True
4.0 3.141592653589793 <built-in function sqrt>
2 -2 -3 1000000000000000000000000000000 1000000000000000019884624838656
2.0 3.0 10.0 3.0 921.0340371976182
2432902008176640000 265252859812191058636308480000000 3 12 0
120 20 120 0
True True True
1.0 0.9999999999999999 1.0
24 1 12.0
5.0 0.0 3.0 0.7853981633974483 180.0 3.141592653589793
-3.0 1.0 (0.5, 3.0) (-0.0, -2.0) (0.5, 4) (0.8, -3) 8.0
10000000000 3 2.718281828459045 1024.0 3.0 True True True
0.0 1.0 0.0 1.5707963267948966 0.0 0.7853981633974483 2.718281828459045 6.283185307179586
math sqrt <built-in function sqrt> <class 'builtin_function_or_method'> True <class 'module'>
3 2.718281828459045
5.0 5e-324 (0.5, -1073)
"#,
    );
}

#[test]
fn json_module() {
    ok(
        r#"import json
print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "h\u00e9llo\n\"", 1: 2, 2.5: 3, None: 4, True: 5}))
print(json.dumps([1, [2, {"x": []}], {}], indent=2))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=4))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("\U0001f600 é", ensure_ascii=False), json.dumps("\U0001f600\x01\x7f"))
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf"), 1e100, 0.1, 10**30, (1, 2)]))
print(json.dumps({"a": 1}, indent="\t"), json.dumps([1], indent=0))
print(json.dumps({1, 2}, default=sorted))
x = json.loads('{"a": [1, 2.5, -3e2, null, true, false, "x\\u00e9\\n\\ud83d\\ude00"], "b": {}, "c": 123456789012345678901234567890, "a": 7}')
print(x)
print(json.loads("  [1 , 2 ]  "), json.loads('"\\/"'), json.loads("NaN"), json.loads("-Infinity"), json.loads("-0"), json.loads("1E3"), json.loads(b'[1]'))
for bad in ['', '[1,', '{"a" 1}', '{"a": 1,}', '[1 2]', '"abc', '{1: 2}', 'nul', '[1] x', '"\\x"', '"a\nb"', '\n\n  x', '01', '-', '[,]', '"\\u12"']:
    try:
        json.loads(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__ if False else '', e)
for bad in [{1, 2}, {(1, 2): 3}, b"x", float]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
try:
    json.loads(5)
except TypeError as e:
    print(e)
try:
    json.loads("[" * 2000)
except RecursionError as e:
    print("rec")
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
print(json.JSONDecodeError.__name__ if False else "", json.dumps([]), json.dumps({}), json.dumps("", indent=2), json.dumps([[]], indent=2))
"#,
        r#"{"a": 1, "b": [1, 2.5, null, true, false], "c": "h\u00e9llo\n\"", "1": 5, "2.5": 3, "null": 4}
[
  1,
  [
    2,
    {
      "x": []
    }
  ],
  {}
]
{
    "a": {
        "c": 2,
        "d": 1
    },
    "b": 1
}
[1,2] "😀 é" "\ud83d\ude00\u0001\u007f"
NaN [Infinity, -Infinity, 1e+100, 0.1, 1000000000000000000000000000000, [1, 2]]
{
	"a": 1
} [
1
]
[1, 2]
{'a': 7, 'b': {}, 'c': 123456789012345678901234567890}
[1, 2] / nan -inf 0 1000.0 [1]
''  Expecting value: line 1 column 1 (char 0)
'[1,'  Expecting value: line 1 column 4 (char 3)
'{"a" 1}'  Expecting ':' delimiter: line 1 column 6 (char 5)
'{"a": 1,}'  Expecting property name enclosed in double quotes: line 1 column 9 (char 8)
'[1 2]'  Expecting ',' delimiter: line 1 column 4 (char 3)
'"abc'  Unterminated string starting at: line 1 column 1 (char 0)
'{1: 2}'  Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
'nul'  Expecting value: line 1 column 1 (char 0)
'[1] x'  Extra data: line 1 column 5 (char 4)
'"\\x"'  Invalid \escape: line 1 column 2 (char 1)
'"a\nb"'  Invalid control character at: line 1 column 3 (char 2)
'\n\n  x'  Expecting value: line 3 column 3 (char 4)
'01'  Extra data: line 1 column 2 (char 1)
'-'  Expecting value: line 1 column 1 (char 0)
'[,]'  Expecting value: line 1 column 2 (char 1)
'"\\u12"'  Invalid \uXXXX escape: line 1 column 3 (char 2)
Object of type set is not JSON serializable
keys must be str, int, float, bool or None, not tuple
Object of type bytes is not JSON serializable
Object of type type is not JSON serializable
Circular reference detected
the JSON object must be str, bytes or bytearray, not int
rec
Out of range float values are not JSON compliant
 [] {} "" [
  []
]
"#,
    );
}

#[test]
fn module_identity_and_scopes() {
    ok(
        r#"import math
a = math
import math
print(a is math, math.sqrt is a.sqrt, math.sqrt == math.sqrt, hash(math.sqrt) == hash(math.sqrt), math.sqrt != math.floor)
def f():
    import json
    from math import floor as fl
    return json.dumps([fl(2.5)])
print(f())
d = {math.sqrt: 1}
print(d[math.sqrt], math.sqrt.__module__)
try:
    math.nope
except AttributeError as e:
    print(e)
print(str(math.sqrt), [math.pi])
"#,
        r#"True True True True True
[2]
1 math
module 'math' has no attribute 'nope'
<built-in function sqrt> [3.141592653589793]
"#,
    );
}

#[test]
fn import_errors() {
    err(
        "import math.foo",
        "ModuleNotFoundError: No module named 'math.foo'; 'math' is not a package",
    );
    err(
        "from . import x",
        "ImportError: attempted relative import with no known parent package",
    );
    err(
        "from math import nope",
        "ImportError: cannot import name 'nope' from 'math' (unknown location)",
    );
    ok(
        "try:\n    import numpy\nexcept ImportError as e:\n    print(type(e).__name__)",
        "ModuleNotFoundError\n",
    );
    ok(
        "try:\n    import os\nexcept ImportError as e:\n    print(type(e).__name__)",
        "ImportError\n",
    );
}

/// The error's summary line, for a program that fails.
fn failure(ex: &mut LocalPythonExecutor, code: &str) -> String {
    ex.run(code).unwrap_err().summary()
}

#[test]
fn unknown_module_error_lists_the_importable_modules() {
    let mut ex = LocalPythonExecutor::new();
    let msg = failure(&mut ex, "import numpy");
    assert!(
        msg.starts_with("ModuleNotFoundError: No module named 'numpy'. Authorized imports are: ['"),
        "{msg}"
    );
    assert!(msg.contains("'json'") && msg.contains("'math'"), "{msg}");
    assert!(!msg.contains("'os'"), "{msg}");
}

#[test]
fn host_reaching_modules_are_never_importable() {
    let mut ex = LocalPythonExecutor::new();
    ex.set_authorized_imports(vec![
        "os".into(),
        "math".into(),
        "sys".into(),
        "subprocess".into(),
    ]);
    for code in [
        "import os",
        "import os.path",
        "from os import path",
        "import sys as s",
        "from subprocess import run",
        "import pickle",
        "import importlib",
        "import builtins",
        "import ctypes",
        "import io",
        "import inspect",
        "import gc",
        "import socket",
        "import pathlib",
    ] {
        let msg = failure(&mut ex, code);
        assert!(
            msg.starts_with("ImportError: Import of '")
                && msg.contains("is not allowed: the sandbox has no access to the host. Authorized imports are: ['math']"),
            "{code}: {msg}"
        );
    }
    assert!(ex.run("import math").is_ok());
}

#[test]
fn authorized_imports_narrow_the_default() {
    let mut ex = LocalPythonExecutor::new();
    ex.set_authorized_imports(vec!["math".to_string()]);
    assert!(ex.run("import math\nmath.sqrt(4)").is_ok());
    assert_eq!(
        failure(&mut ex, "import json"),
        "ImportError: Import of 'json' is not allowed. Authorized imports are: ['math']"
    );
    assert_eq!(
        failure(&mut ex, "from json import dumps"),
        "ImportError: Import of 'json' is not allowed. Authorized imports are: ['math']"
    );
    assert_eq!(
        failure(&mut ex, "import yaml"),
        "ModuleNotFoundError: No module named 'yaml'. Authorized imports are: ['math']"
    );
    // The state survives a refused import.
    ex.run("x = 1\nimport json").unwrap_err();
    assert_eq!(ex.run("x + 1").unwrap().output_repr().as_deref(), Some("2"));
}

#[test]
fn host_modules_are_importable_with_their_tools_and_values() {
    use minion_eval::HostModule;
    use minion_tool::{FnTool, ToolSpec, Value};
    let shout = FnTool::new(
        ToolSpec::new("shout", "Upper-cases text.").input("text", "str", "the text"),
        |args| Ok(Value::from(args.get::<String>("text")?.to_uppercase())),
    );
    let mut ex = LocalPythonExecutor::new();
    ex.add_module(
        HostModule::new("textkit")
            .tool(shout)
            .value("LIMIT", Value::from(3)),
    )
    .unwrap();
    let out = ex
        .run("import textkit\nfrom textkit import shout as s, LIMIT\nprint(textkit.__name__)\ntextkit.shout('hi'), s(text='yo'), LIMIT")
        .unwrap();
    assert_eq!(out.logs, "textkit\n");
    assert_eq!(out.output_repr().as_deref(), Some("('HI', 'YO', 3)"));
    // A module's tools are not globals, and not in `functions`.
    assert_eq!(
        failure(&mut ex, "shout('x')"),
        "NameError: name 'shout' is not defined"
    );
    assert!(ex.tool_specs().is_empty());
    // The allow-list applies to host modules too, and lists them.
    ex.set_authorized_imports(vec!["math".into()]);
    assert_eq!(
        failure(&mut ex, "import textkit"),
        "ImportError: Import of 'textkit' is not allowed. Authorized imports are: ['math']"
    );
    ex.set_authorized_imports(vec!["textkit".into()]);
    assert_eq!(
        failure(&mut ex, "import nope"),
        "ModuleNotFoundError: No module named 'nope'. Authorized imports are: ['textkit']"
    );
    // Names that would shadow a native or a host-reaching module are refused.
    for name in ["os", "math", "a.b", ""] {
        let e = ex.add_module(HostModule::new(name)).unwrap_err();
        assert_eq!(
            e.summary(),
            format!("ValueError: cannot add a host module named '{name}'")
        );
    }
}

#[test]
fn import_star_only_at_module_level() {
    let mut ex = LocalPythonExecutor::new();
    let e = ex.run("def f():\n    from math import *\n").unwrap_err();
    assert_eq!(
        e.summary(),
        "SyntaxError: import * only allowed at module level"
    );
}

#[test]
fn math_errors() {
    err(
        r#"import math; math.nope"#,
        r#"AttributeError: module 'math' has no attribute 'nope'"#,
    );
    err(
        r#"import math; math.sqrt(-1)"#,
        r#"ValueError: math domain error"#,
    );
    err(
        r#"import math; math.sqrt("x")"#,
        r#"TypeError: must be real number, not str"#,
    );
    err(
        r#"import math; math.sqrt()"#,
        r#"TypeError: math.sqrt() takes exactly one argument (0 given)"#,
    );
    err(
        r#"import math; math.sqrt(1, 2)"#,
        r#"TypeError: math.sqrt() takes exactly one argument (2 given)"#,
    );
    err(
        r#"import math; math.log(0)"#,
        r#"ValueError: math domain error"#,
    );
    err(
        r#"import math; math.log(-1)"#,
        r#"ValueError: math domain error"#,
    );
    err(
        r#"import math; math.log(1, 1)"#,
        r#"ZeroDivisionError: float division by zero"#,
    );
    err(
        r#"import math; math.log()"#,
        r#"TypeError: math.log requires 1 to 2 arguments"#,
    );
    err(
        r#"import math; math.exp(1000)"#,
        r#"OverflowError: math range error"#,
    );
    err(
        r#"import math; math.pow(0, -1)"#,
        r#"ValueError: math domain error"#,
    );
    err(
        r#"import math; math.pow(-1, 0.5)"#,
        r#"ValueError: math domain error"#,
    );
    err(
        r#"import math; math.pow(10, 400)"#,
        r#"OverflowError: math range error"#,
    );
    err(
        r#"import math; math.pow(1)"#,
        r#"TypeError: pow expected 2 arguments, got 1"#,
    );
    err(
        r#"import math; math.factorial(-1)"#,
        r#"ValueError: factorial() not defined for negative values"#,
    );
    err(
        r#"import math; math.factorial(2.0)"#,
        r#"TypeError: 'float' object cannot be interpreted as an integer"#,
    );
    err(
        r#"import math; math.floor(float('inf'))"#,
        r#"OverflowError: cannot convert float infinity to integer"#,
    );
    err(
        r#"import math; math.floor(float('nan'))"#,
        r#"ValueError: cannot convert float NaN to integer"#,
    );
    err(
        r#"import math; math.comb(-1, 2)"#,
        r#"ValueError: n must be a non-negative integer"#,
    );
    err(
        r#"import math; math.comb(5, -2)"#,
        r#"ValueError: k must be a non-negative integer"#,
    );
    err(
        r#"import math; math.gcd(1.5)"#,
        r#"TypeError: 'float' object cannot be interpreted as an integer"#,
    );
    err(
        r#"import math; math.isqrt(-1)"#,
        r#"ValueError: isqrt() argument must be nonnegative"#,
    );
    err(
        r#"import math; math.fmod(1, 0)"#,
        r#"ValueError: math domain error"#,
    );
    err(
        r#"import math; math.sin(math.inf)"#,
        r#"ValueError: math domain error"#,
    );
    err(
        r#"import math; math.asin(2)"#,
        r#"ValueError: math domain error"#,
    );
    err(
        r#"import math; math.isclose(1, 2, rel_tol=-1)"#,
        r#"ValueError: tolerances must be non-negative"#,
    );
    err(
        r#"import math; math.isclose(1)"#,
        r#"TypeError: isclose() missing required argument 'b' (pos 2)"#,
    );
    err(
        r#"import math; math.ldexp(1.0, 1.5)"#,
        r#"TypeError: Expected an int as second argument to ldexp."#,
    );
    err(
        r#"import math; math.fsum([math.inf, -math.inf])"#,
        r#"ValueError: -inf + inf in fsum"#,
    );
    err(
        r#"import math; math.acos(2)"#,
        r#"ValueError: math domain error"#,
    );
    err(
        r#"import math; math.hypot("a")"#,
        r#"TypeError: must be real number, not str"#,
    );
}
