//! The sandbox rule for dunder attributes: the escape routes of CPython sandboxes
//! (`__globals__`, `__subclasses__`, `__code__`, `__builtins__`, frames, `__mro__`
//! walks) are `AttributeError`s on every value, through every way of reading an
//! attribute (`.`, `getattr`, `hasattr`, `setattr`, `str.format` field paths,
//! f-strings), and the dunders the data model needs stay reachable. A bound method's
//! `__self__` and `__func__` are allowed: both are sandbox values.

use minion_eval::LocalPythonExecutor;

/// A program that defines one value of every kind the code can hold.
const SETUP: &str = r#"
import math, json
def f(x=1):
    return x
class C:
    def m(self):
        return 1
    @property
    def p(self):
        return 2
g = (i for i in range(3))
async def co():
    return 1
values = {
    "int": 1, "float": 1.5, "str": "s", "bytes": b"b", "list": [1], "tuple": (1,),
    "dict": {1: 2}, "set": {1}, "none": None, "true": True, "func": f, "lambda": lambda: 0,
    "class": C, "instance": C(), "method": C().m, "builtin": len, "type": int,
    "module": math, "module_fn": math.sqrt, "generator": g, "range": range(3),
    "exception": ValueError("x"), "exc_type": ValueError, "native_method": [].append,
    "object": object(), "super_type": type, "json": json,
}
"#;

/// Dunders that lead out of a Python sandbox, refused on every value.
const FORBIDDEN: &[&str] = &[
    "__globals__",
    "__subclasses__",
    "__code__",
    "__builtins__",
    "__closure__",
    "__getattribute__",
    "__reduce__",
    "__reduce_ex__",
    "__loader__",
    "__spec__",
    "__import__",
    "gi_frame",
    "gi_code",
    "cr_frame",
    "f_globals",
    "f_back",
    "__base__",
    "__file__",
    "__weakref__",
];

fn executor() -> LocalPythonExecutor {
    let mut ex = LocalPythonExecutor::new();
    ex.run(SETUP).unwrap();
    ex
}

#[test]
fn forbidden_dunders_are_attribute_errors_on_every_value() {
    let mut ex = executor();
    for attr in FORBIDDEN {
        let code = format!(
            r#"
leaks = []
for name, v in values.items():
    try:
        getattr(v, "{attr}")
        leaks.append(name)
    except AttributeError as e:
        assert "{attr}" in str(e), str(e)
    if hasattr(v, "{attr}"):
        leaks.append("hasattr " + name)
leaks
"#
        );
        let out = ex.run(&code).unwrap();
        assert_eq!(out.output_repr().as_deref(), Some("[]"), "{attr}");
    }
}

#[test]
fn forbidden_dunders_through_dot_format_and_fstrings() {
    let mut ex = executor();
    for (code, attr) in [
        ("f.__globals__", "__globals__"),
        ("f.__code__.co_consts", "__code__"),
        ("().__class__.__base__.__subclasses__()", "__base__"),
        ("int.__subclasses__()", "__subclasses__"),
        ("object.__subclasses__()", "__subclasses__"),
        ("C.m.__globals__", "__globals__"),
        ("len.__self__", "__self__"),
        ("g.gi_frame", "gi_frame"),
        ("'{0.__globals__}'.format(f)", "__globals__"),
        (
            "'{0.__class__.__base__.__subclasses__}'.format(1)",
            "__base__",
        ),
        ("'{x.m.__globals__}'.format(x=C())", "__globals__"),
        ("f'{f.__globals__}'", "__globals__"),
        ("f'{math.__loader__}'", "__loader__"),
        ("setattr(f, '__code__', None)", "__code__"),
        ("math.__builtins__", "__builtins__"),
        ("json.__spec__", "__spec__"),
    ] {
        let e = ex.run(code).unwrap_err();
        let summary = e.summary();
        assert!(
            summary.starts_with("AttributeError: ") && summary.contains(attr),
            "{code}: {summary}"
        );
    }
    // The executor's state survives each refusal.
    assert_eq!(
        ex.run("f(41) + 1").unwrap().output_repr().as_deref(),
        Some("42")
    );
}

#[test]
fn the_data_model_dunders_stay_reachable() {
    let mut ex = executor();
    let out = ex
        .run(
            r#"
i = C()
print(type(i).__name__, C.__qualname__, i.__class__.__name__, f.__name__, len.__name__)
print([k.__name__ for k in C.__mro__], [b.__name__ for b in C.__bases__])
print(sorted(k for k in C.__dict__ if not k.startswith('__')), i.__dict__)
m = i.m
print(m.__self__ is i, m.__func__ is C.m)
print(ValueError("x").__class__.__name__)
e = KeyError("k")
try:
    raise e from ValueError("v")
except KeyError as caught:
    print(type(caught.__cause__).__name__, caught.__context__ is caught.__cause__)
print(math.__name__, "{0.__class__.__name__}".format(1.5), f"{i.__class__.__name__}")
"#,
        )
        .unwrap();
    assert_eq!(
        out.logs,
        "C C C f len\n['C', 'object'] ['object']\n['m', 'p'] {}\nTrue True\nValueError\nValueError False\nmath float C\n"
    );
}
