//! JSON and serde: round trips, big ints, nested containers, non-str keys.

use minion_tool::{ConversionError, Dict, Int, Value};
use num_bigint::BigInt;
use serde_json::json;

#[test]
fn from_serde_json() {
    let j = json!({"a": [1, 2.5, null, true, "s"], "b": {"c": 18446744073709551615u64}, "n": -7});
    let v = Value::from(j.clone());
    assert_eq!(
        v.py_repr(),
        "{'a': [1, 2.5, None, True, 's'], 'b': {'c': 18446744073709551615}, 'n': -7}"
    );
    let d = v.as_dict().unwrap();
    assert!(matches!(
        d.get_str("b")
            .and_then(Value::as_dict)
            .and_then(|b| b.get_str("c")),
        Some(Value::Int(Int::Big(_)))
    ));
    assert_eq!(v.to_json(), Ok(j));
}

#[test]
fn to_json_rules() {
    let v = Value::List(vec![
        Value::tuple([1, 2]),
        Value::set(["x"]),
        Value::frozenset([Value::None]),
        Value::from(u64::MAX),
        Value::from(i64::MIN),
        Value::from(-0.5),
    ]);
    assert_eq!(
        v.to_json(),
        Ok(json!([[1, 2], ["x"], [null], u64::MAX, i64::MIN, -0.5]))
    );
    // json.dumps({1: 'a', 1.5: 'b', True: 'c', None: 'd', 1e16: 'e'}) -- True folds into 1.
    let d = Value::Dict(Dict::from(vec![
        (Value::from(1), "a"),
        (Value::from(1.5), "b"),
        (Value::from(true), "c"),
        (Value::None, "d"),
        (Value::from(1e16), "e"),
        (Value::from(false), "f"),
    ]));
    assert_eq!(
        d.to_json(),
        Ok(json!({"1": "c", "1.5": "b", "null": "d", "1e+16": "e", "false": "f"}))
    );
}

#[test]
fn to_json_errors() {
    let msg = |v: Value| v.to_json().unwrap_err().to_string();
    assert_eq!(
        msg(Value::bytes(*b"x")),
        "Object of type bytes is not JSON serializable"
    );
    assert_eq!(
        msg(Value::opaque("function", "<f>")),
        "Object of type function is not JSON serializable"
    );
    assert_eq!(
        msg(Value::from(f64::NAN)),
        "Out of range float values are not JSON compliant"
    );
    assert_eq!(
        Value::from(f64::INFINITY).to_json(),
        Err(ConversionError::NonFiniteFloat)
    );
    assert_eq!(
        msg(Value::Dict(Dict::from(vec![(Value::tuple([1]), 1)]))),
        "keys must be str, int, float, bool or None, not tuple"
    );
    assert_eq!(
        msg(Value::list(vec![Value::from(BigInt::from(1u8) << 200u32)])),
        "at [0]: int 1606938044258990275541962092341162602522202993782792835301376 is too large to convert to a JSON number"
    );
    assert_eq!(
        msg(Value::Dict(Dict::from(vec![(
            "k",
            Value::list(vec![Value::bytes(*b"")])
        )]))),
        "at ['k'][0]: Object of type bytes is not JSON serializable"
    );
}

#[test]
fn serde_round_trip() {
    let text = r#"{"z":1,"a":[1,-2,3.5,"x",null,true,{"k":[]}],"big":18446744073709551615,"neg":-9223372036854775808}"#;
    let v: Value = serde_json::from_str(text).unwrap();
    // Deserialize keeps document order.
    let keys: Vec<_> = v.as_dict().unwrap().keys().map(Value::py_str).collect();
    assert_eq!(keys, ["z", "a", "big", "neg"]);
    assert_eq!(serde_json::to_string(&v).unwrap(), text);
    let back: Value = serde_json::from_str(&serde_json::to_string(&v).unwrap()).unwrap();
    assert_eq!(back, v);
}

#[test]
fn serialize_forms() {
    let v = Value::List(vec![
        Value::tuple([1, 2]),
        Value::set([3]),
        Value::bytes(*b"\x00\x01"),
        Value::opaque("function", "<function f>"),
        Value::None,
        Value::from(1u128 << 100),
    ]);
    assert_eq!(
        serde_json::to_string(&v).unwrap(),
        r#"[[1,2],[3],[0,1],"<function f>",null,1267650600228229401496703205376]"#
    );
    assert!(serde_json::to_string(&Value::from(BigInt::from(1u8) << 200u32)).is_err());
    let d = Value::Dict(Dict::from(vec![(1, "a")]));
    assert_eq!(serde_json::to_string(&d).unwrap(), r#"{"1":"a"}"#);
    assert!(serde_json::to_value(Value::Dict(Dict::from(vec![(Value::tuple([1]), 1)]))).is_err());
}

#[test]
fn big_ints() {
    let two_200 = BigInt::from(1u8) << 200u32;
    let v = Value::from(two_200.clone());
    assert_eq!(v.type_name(), "int");
    assert_eq!(v.extract::<BigInt>(), Ok(two_200.clone()));
    assert_eq!(v, Value::from(2f64.powi(200)));
    assert_ne!(v, Value::from(two_200 + 1));
    assert!(Value::from(i128::MAX).to_json().is_err());
    let de: Value =
        serde_json::from_str("170141183460469231731687303715884105727").unwrap_or(Value::None);
    // Without arbitrary_precision serde_json reads huge integers as floats.
    assert!(matches!(de, Value::Float(_)));
}

#[test]
fn nested_containers() {
    let v = Value::from(vec![
        Value::from((1, vec![Value::from("a")])),
        Value::Dict(Dict::from(vec![(
            Value::frozenset([1, 2]),
            Value::Dict(Dict::from(vec![("x", Value::list([Value::set([1.5])]))])),
        )])),
    ]);
    assert_eq!(
        v.py_repr(),
        "[(1, ['a']), {frozenset({1, 2}): {'x': [{1.5}]}}]"
    );
    let copy = v.clone();
    assert_eq!(copy, v);
    assert!(v.to_json().is_err());
}
