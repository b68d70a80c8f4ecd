//! `ToolSpec::bind` and `ToolArgs::get`. Every expected message is CPython 3.11's for the
//! equivalent Python function (checked with `python3`), e.g. for `def tool(a, b=1): ...`.

use std::collections::{BTreeMap, HashMap};

use minion_tool::{Dict, Int, ToolArgs, ToolError, ToolSpec, Value};
use num_bigint::BigInt;

/// `def tool(a, b=1): ...`
fn tool() -> ToolSpec {
    ToolSpec::new("tool", "A test tool.")
        .input("a", "Any", "first")
        .optional_input("b", "Any", "second", 1)
}

/// `def t3(a, b, c): ...`
fn t3() -> ToolSpec {
    ToolSpec::new("t3", "Three required.")
        .input("a", "Any", "")
        .input("b", "Any", "")
        .input("c", "Any", "")
}

fn kw(pairs: &[(&str, Value)]) -> Vec<(String, Value)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

fn ints(ns: &[i64]) -> Vec<Value> {
    ns.iter().map(|&n| Value::from(n)).collect()
}

fn type_error(r: Result<ToolArgs, ToolError>) -> String {
    let e = r.expect_err("binding should fail");
    assert_eq!(e.exc_type, "TypeError", "{e}");
    e.message
}

fn bound(r: Result<ToolArgs, ToolError>) -> Vec<(String, Value)> {
    names_as_strings(r.expect("binding should succeed"))
}

fn names_as_strings(a: ToolArgs) -> Vec<(String, Value)> {
    a.values
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

fn pairs(items: &[(&str, Value)]) -> Vec<(String, Value)> {
    kw(items)
}

#[test]
fn positional_keyword_and_default() {
    let spec = tool();
    assert_eq!(
        bound(spec.bind(ints(&[5, 6]), vec![])),
        pairs(&[("a", 5.into()), ("b", 6.into())])
    );
    assert_eq!(
        bound(spec.bind(ints(&[5]), vec![])),
        pairs(&[("a", 5.into()), ("b", 1.into())])
    );
    assert_eq!(
        bound(spec.bind(vec![], kw(&[("b", 7.into()), ("a", 8.into())]))),
        pairs(&[("a", 8.into()), ("b", 7.into())])
    );
    assert_eq!(
        bound(spec.bind(ints(&[2]), kw(&[("b", 3.into())]))),
        pairs(&[("a", 2.into()), ("b", 3.into())])
    );
    let no_inputs = ToolSpec::new("t0", "Nothing.");
    assert_eq!(bound(no_inputs.bind(vec![], vec![])), vec![]);
}

#[test]
fn missing_arguments() {
    assert_eq!(
        type_error(tool().bind(vec![], vec![])),
        "tool() missing 1 required positional argument: 'a'"
    );
    assert_eq!(
        type_error(tool().bind(vec![], kw(&[("b", 2.into())]))),
        "tool() missing 1 required positional argument: 'a'"
    );
    assert_eq!(
        type_error(t3().bind(ints(&[1]), vec![])),
        "t3() missing 2 required positional arguments: 'b' and 'c'"
    );
    assert_eq!(
        type_error(t3().bind(vec![], vec![])),
        "t3() missing 3 required positional arguments: 'a', 'b', and 'c'"
    );
    assert_eq!(
        type_error(t3().bind(ints(&[1]), kw(&[("c", 3.into())]))),
        "t3() missing 1 required positional argument: 'b'"
    );
}

#[test]
fn unexpected_and_duplicated_keywords() {
    assert_eq!(
        type_error(tool().bind(ints(&[1]), kw(&[("c", 2.into())]))),
        "tool() got an unexpected keyword argument 'c'"
    );
    assert_eq!(
        type_error(tool().bind(ints(&[1]), kw(&[("a", 2.into())]))),
        "tool() got multiple values for argument 'a'"
    );
    assert_eq!(
        type_error(tool().bind(ints(&[1]), kw(&[("b", 1.into()), ("a", 2.into())]))),
        "tool() got multiple values for argument 'a'"
    );
    // A keyword problem is reported before a missing argument.
    assert_eq!(
        type_error(t3().bind(ints(&[1]), kw(&[("d", 2.into())]))),
        "t3() got an unexpected keyword argument 'd'"
    );
}

#[test]
fn too_many_positional() {
    assert_eq!(
        type_error(tool().bind(ints(&[1, 2, 3]), vec![])),
        "tool() takes from 1 to 2 positional arguments but 3 were given"
    );
    assert_eq!(
        type_error(tool().bind(ints(&[1, 2, 3, 4]), vec![])),
        "tool() takes from 1 to 2 positional arguments but 4 were given"
    );
    let t2 = ToolSpec::new("t2", "").input("a", "Any", "");
    assert_eq!(
        type_error(t2.bind(ints(&[1, 2]), vec![])),
        "t2() takes 1 positional argument but 2 were given"
    );
    assert_eq!(
        type_error(t3().bind(ints(&[1, 2, 3, 4]), vec![])),
        "t3() takes 3 positional arguments but 4 were given"
    );
    let t0 = ToolSpec::new("t0", "");
    assert_eq!(
        type_error(t0.bind(ints(&[1]), vec![])),
        "t0() takes 0 positional arguments but 1 was given"
    );
    assert_eq!(
        type_error(t0.bind(ints(&[1, 2]), vec![])),
        "t0() takes 0 positional arguments but 2 were given"
    );
    let f = ToolSpec::new("f", "").optional_input("a", "Any", "", 1);
    assert_eq!(
        type_error(f.bind(ints(&[1, 2]), vec![])),
        "f() takes from 0 to 1 positional arguments but 2 were given"
    );
}

#[test]
fn keyword_errors_come_before_surplus_positionals() {
    // CPython binds keywords before it counts surplus positional arguments.
    assert_eq!(
        type_error(tool().bind(ints(&[1, 2, 3]), kw(&[("b", 2.into())]))),
        "tool() got multiple values for argument 'b'"
    );
    assert_eq!(
        type_error(tool().bind(ints(&[1, 2, 3]), kw(&[("c", 1.into())]))),
        "tool() got an unexpected keyword argument 'c'"
    );
    assert_eq!(
        type_error(t3().bind(ints(&[1, 2, 3, 4]), kw(&[("c", 1.into())]))),
        "t3() got multiple values for argument 'c'"
    );
}

fn typed(ty: &str) -> ToolSpec {
    ToolSpec::new("typed", "").input("x", ty, "")
}

fn check(ty: &str, v: Value) -> Result<Vec<(String, Value)>, String> {
    typed(ty)
        .bind(vec![v], vec![])
        .map(names_as_strings)
        .map_err(|e| {
            assert_eq!(e.exc_type, "TypeError");
            e.message
        })
}

#[test]
fn type_checks() {
    assert_eq!(
        check("int", "1".into()).unwrap_err(),
        "typed() argument 'x' must be int, not str"
    );
    assert_eq!(
        check("str", 1.into()).unwrap_err(),
        "typed() argument 'x' must be str, not int"
    );
    assert_eq!(
        check("bool", 1.into()).unwrap_err(),
        "typed() argument 'x' must be bool, not int"
    );
    assert_eq!(
        check("float", "1.5".into()).unwrap_err(),
        "typed() argument 'x' must be float, not str"
    );
    assert_eq!(
        check("list", Value::tuple([1])).unwrap_err(),
        "typed() argument 'x' must be list, not tuple"
    );
    assert_eq!(
        check("dict", Value::None).unwrap_err(),
        "typed() argument 'x' must be dict, not NoneType"
    );
    assert_eq!(
        check("bytes", "b".into()).unwrap_err(),
        "typed() argument 'x' must be bytes, not str"
    );
    // A keyword argument is checked too.
    assert_eq!(
        type_error(typed("int").bind(vec![], kw(&[("x", 1.5.into())]))),
        "typed() argument 'x' must be int, not float"
    );
}

#[test]
fn numeric_tower_is_python_s() {
    // bool is an int subclass; int and bool are accepted where float is declared.
    assert_eq!(check("int", true.into()).unwrap()[0].1, Value::Bool(true));
    assert!(check("float", 2.into()).is_ok());
    assert!(check("float", false.into()).is_ok());
    assert!(check("float", 2.5.into()).is_ok());
    assert!(check("int", Value::from(BigInt::from(10).pow(30))).is_ok());
    // The value is passed through unchanged (no coercion to float).
    assert_eq!(
        check("float", 2.into()).unwrap()[0].1,
        Value::Int(Int::Small(2))
    );
}

#[test]
fn parameterised_and_any_types() {
    assert!(check("list[str]", Value::list(["a"])).is_ok());
    assert!(check("List[int]", Value::list([1])).is_ok());
    assert!(check("dict[str, Any]", Value::Dict(Dict::new())).is_ok());
    assert_eq!(
        check("list[str]", "a".into()).unwrap_err(),
        "typed() argument 'x' must be list, not str"
    );
    for v in [Value::None, 1.into(), "s".into(), Value::list([1])] {
        assert!(check("Any", v.clone()).is_ok());
        assert!(check("", v.clone()).is_ok());
        assert!(check("int | str", v.clone()).is_ok());
        assert!(check("SomeUnknownType", v).is_ok());
    }
}

#[test]
fn optional_accepts_none() {
    for ty in [
        "Optional[int]",
        "int | None",
        "None | int",
        "Union[int, None]",
    ] {
        assert_eq!(check(ty, Value::None).unwrap()[0].1, Value::None, "{ty}");
        assert!(check(ty, 3.into()).is_ok(), "{ty}");
        assert_eq!(
            check(ty, "3".into()).unwrap_err(),
            "typed() argument 'x' must be int or None, not str",
            "{ty}"
        );
    }
    assert_eq!(
        check("int", Value::None).unwrap_err(),
        "typed() argument 'x' must be int, not NoneType"
    );
    assert!(check("None", Value::None).is_ok());
    // A default of None on a non-Optional type is the default, not a checked argument.
    let spec = ToolSpec::new("t", "").optional_input("x", "int", "", ());
    assert_eq!(
        bound(spec.bind(vec![], vec![])),
        pairs(&[("x", Value::None)])
    );
}

fn args(items: &[(&str, Value)]) -> ToolArgs {
    ToolArgs {
        values: pairs(items)
            .into_iter()
            .map(|(k, v)| (k.into(), v))
            .collect(),
    }
}

#[test]
fn get_scalars_and_big_ints() {
    let big = BigInt::from(2).pow(100);
    let a = args(&[
        ("n", 5.into()),
        ("flag", true.into()),
        ("x", 2.into()),
        ("s", "hi".into()),
        ("big", Value::from(big.clone())),
    ]);
    assert_eq!(a.get::<i64>("n").unwrap(), 5);
    assert_eq!(a.get::<u8>("n").unwrap(), 5);
    assert_eq!(a.get::<i64>("flag").unwrap(), 1);
    assert!(a.get::<bool>("flag").unwrap());
    assert_eq!(a.get::<f64>("x").unwrap(), 2.0);
    assert_eq!(a.get::<String>("s").unwrap(), "hi");
    assert_eq!(a.get::<BigInt>("big").unwrap(), big);
    assert_eq!(a.get::<Int>("big").unwrap(), Int::from_bigint(big.clone()));
    assert_eq!(a.get::<f64>("big").unwrap(), 2f64.powi(100));
    assert_eq!(a.get::<Value>("big").unwrap(), Value::from(big));

    let e = a.get::<i64>("big").unwrap_err();
    assert_eq!(e.exc_type, "TypeError");
    assert_eq!(
        e.message,
        "argument 'big': 1267650600228229401496703205376 is out of range for i64"
    );
    let e = a.get::<bool>("n").unwrap_err();
    assert_eq!(e.message, "argument 'n': expected bool, got int");
    let e = a.get::<String>("n").unwrap_err();
    assert_eq!(e.message, "argument 'n': expected str, got int");
    let e = a.get::<i64>("nope").unwrap_err();
    assert_eq!(e.exc_type, "TypeError");
    assert_eq!(e.message, "no argument named 'nope'");
    assert_eq!(a.value("s"), Some(&Value::from("hi")));
    assert_eq!(a.value("nope"), None);
}

#[test]
fn get_nested_containers() {
    let rows = Value::list([
        Value::Dict(Dict::from(vec![
            ("id", Value::from(1)),
            ("tags", Value::list(["a"])),
        ])),
        Value::Dict(Dict::from(vec![
            ("id", Value::from(2)),
            ("tags", Value::list::<&str>([])),
        ])),
    ]);
    let a = args(&[
        ("rows", rows),
        (
            "matrix",
            Value::list([Value::list([1, 2]), Value::list([3, 4])]),
        ),
        ("pair", Value::tuple([Value::from("k"), Value::from(1.5)])),
    ]);
    let rows: Vec<HashMap<String, Value>> = a.get("rows").unwrap();
    assert_eq!(rows[1]["id"], Value::from(2));
    let matrix: Vec<Vec<i32>> = a.get("matrix").unwrap();
    assert_eq!(matrix, vec![vec![1, 2], vec![3, 4]]);
    let pair: (String, f64) = a.get("pair").unwrap();
    assert_eq!(pair, ("k".to_owned(), 1.5));

    let e = a.get::<Vec<Vec<String>>>("matrix").unwrap_err();
    assert_eq!(
        e.message,
        "argument 'matrix': at [0][0]: expected str, got int"
    );
    let e = a
        .get::<Vec<BTreeMap<String, Vec<i64>>>>("rows")
        .unwrap_err();
    assert_eq!(
        e.message,
        "argument 'rows': at [0]['id']: expected list, got int"
    );
}

#[test]
fn get_dicts_with_non_str_keys() {
    let d = Dict::from(vec![
        (Value::from(1), Value::from("one")),
        (Value::tuple([1, 2]), Value::from("pair")),
    ]);
    let a = args(&[("d", Value::Dict(d.clone()))]);
    // A `Dict` keeps any hashable key.
    let got: Dict = a.get("d").unwrap();
    assert_eq!(got, d);
    assert_eq!(got.get(&Value::from(1.0)), Some(&Value::from("one")));
    // A map keyed by `String` refuses them, naming the key.
    let e = a.get::<HashMap<String, String>>("d").unwrap_err();
    assert_eq!(e.exc_type, "TypeError");
    assert_eq!(e.message, "argument 'd': at key 1: expected str, got int");
}

#[test]
fn get_option() {
    let a = args(&[
        ("none", Value::None),
        ("some", 3.into()),
        ("bad", "x".into()),
    ]);
    assert_eq!(a.get::<Option<i64>>("none").unwrap(), None);
    assert_eq!(a.get::<Option<i64>>("some").unwrap(), Some(3));
    assert_eq!(
        a.get::<Option<i64>>("bad").unwrap_err().message,
        "argument 'bad': expected int, got str"
    );
    assert_eq!(
        a.get::<i64>("none").unwrap_err().message,
        "argument 'none': expected int, got NoneType"
    );
    // An optional input bound to its None default reads back as `None`.
    let spec = ToolSpec::new("t", "").optional_input("limit", "Optional[int]", "", ());
    let bound = spec.bind(vec![], vec![]).unwrap();
    assert_eq!(bound.get::<Option<i64>>("limit").unwrap(), None);
    let bound = spec.bind(vec![], kw(&[("limit", 10.into())])).unwrap();
    assert_eq!(bound.get::<Option<i64>>("limit").unwrap(), Some(10));
}
