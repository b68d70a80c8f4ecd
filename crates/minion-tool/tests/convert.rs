//! `From` into `Value`, `FromValue` out of it, and the errors.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use minion_tool::{ConversionError, Dict, FromValue, Int, Value};
use num_bigint::BigInt;

#[test]
fn from_rust_values() {
    assert_eq!(Value::from(5u8), Value::Int(Int::Small(5)));
    assert_eq!(Value::from(-5i8).py_repr(), "-5");
    assert!(matches!(Value::from(u64::MAX), Value::Int(Int::Big(_))));
    assert_eq!(Value::from(u64::MAX).py_repr(), "18446744073709551615");
    assert_eq!(
        Value::from(i128::MIN).py_repr(),
        "-170141183460469231731687303715884105728"
    );
    assert_eq!(
        Value::from(u128::MAX).py_repr(),
        "340282366920938463463374607431768211455"
    );
    assert!(matches!(Value::from(7usize), Value::Int(Int::Small(7))));
    assert_eq!(Value::from(0.5f32), Value::Float(0.5));
    assert_eq!(Value::from(()), Value::None);
    assert_eq!(Value::from(Some(3)), Value::from(3));
    assert_eq!(Value::from(None::<i64>), Value::None);
    assert_eq!(Value::from(String::from("s")), Value::Str("s".into()));
    assert_eq!(Value::from('c').py_repr(), "'c'");
    assert_eq!(Value::from((1, "a")).py_repr(), "(1, 'a')");
    assert_eq!(
        Value::from((1, "a", None::<i64>)).py_repr(),
        "(1, 'a', None)"
    );
    assert_eq!(Value::from(vec![1, 2]).py_repr(), "[1, 2]");
    assert_eq!(Value::from(&[1u8, 2][..]).py_repr(), "[1, 2]");
    assert_eq!(Value::bytes(vec![1u8, 2]).py_repr(), r"b'\x01\x02'");
    let bt: BTreeMap<&str, Vec<i64>> = [("b", vec![2]), ("a", vec![1])].into();
    assert_eq!(Value::from(bt).py_repr(), "{'a': [1], 'b': [2]}");
    let hm: HashMap<i64, bool> = [(1, true)].into();
    assert_eq!(Value::from(hm).py_repr(), "{1: True}");
    let bs: BTreeSet<i64> = [3, 1].into();
    assert_eq!(Value::from(bs).py_repr(), "{1, 3}");
    let hs: HashSet<&str> = ["x"].into();
    assert_eq!(Value::from(hs).py_repr(), "{'x'}");
}

#[test]
fn extract_scalars() {
    assert_eq!(Value::from(5).extract::<i64>(), Ok(5));
    assert_eq!(Value::from(true).extract::<i64>(), Ok(1));
    assert_eq!(Value::from(5).extract::<u8>(), Ok(5));
    assert_eq!(Value::from(5).extract::<f64>(), Ok(5.0));
    assert_eq!(Value::from(2.5).extract::<f32>(), Ok(2.5));
    assert_eq!(Value::from(u64::MAX).extract::<u64>(), Ok(u64::MAX));
    assert_eq!(Value::from(u128::MAX).extract::<u128>(), Ok(u128::MAX));
    assert_eq!(Value::from(-3).extract::<i128>(), Ok(-3));
    assert_eq!(Value::from(true).extract::<bool>(), Ok(true));
    assert_eq!(Value::from("s").extract::<String>(), Ok("s".to_owned()));
    assert_eq!(Value::None.extract::<()>(), Ok(()));
    assert_eq!(Value::None.extract::<Option<i64>>(), Ok(None));
    assert_eq!(Value::from(4).extract::<Option<i64>>(), Ok(Some(4)));
    let big = Value::from(BigInt::from(1u8) << 200u32);
    assert_eq!(big.extract::<BigInt>(), Ok(BigInt::from(1u8) << 200u32));
    assert_eq!(
        big.extract::<Int>(),
        Ok(Int::from(BigInt::from(1u8) << 200u32))
    );
    assert_eq!(big.extract::<f64>(), Ok(2f64.powi(200)));
    let v = Value::from(3);
    assert_eq!(Value::extract::<Value>(&v), Ok(v.clone()));
    assert_eq!(i64::from_value(&v), Ok(3));
}

#[test]
fn extract_containers() {
    let v = Value::tuple([1, 2, 3]);
    assert_eq!(v.extract::<Vec<i64>>(), Ok(vec![1, 2, 3]));
    assert_eq!(
        Value::set([1, 2]).extract::<BTreeSet<u32>>(),
        Ok([1, 2].into())
    );
    assert_eq!(
        Value::set([1, 2]).extract::<HashSet<u32>>(),
        Ok([1, 2].into())
    );
    assert_eq!(Value::bytes(*b"ab").extract::<Vec<u8>>(), Ok(vec![97, 98]));
    assert_eq!(
        Value::from((1, "a")).extract::<(i64, String)>(),
        Ok((1, "a".to_owned()))
    );
    assert_eq!(Value::list([1, 2]).extract::<(u8, f64)>(), Ok((1, 2.0)));
    assert_eq!(
        Value::list([1, 2, 3]).extract::<(i64, i64, i64)>(),
        Ok((1, 2, 3))
    );
    let d = Value::Dict(Dict::from(vec![("a", vec![1, 2]), ("b", vec![])]));
    let hm: HashMap<String, Vec<i64>> = d.extract().unwrap();
    assert_eq!(hm["a"], vec![1, 2]);
    let bt: BTreeMap<String, Vec<i64>> = d.extract().unwrap();
    assert_eq!(bt.keys().collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(d.extract::<Dict>().map(|d| d.len()), Ok(2));
    assert_eq!(d.extract::<Box<Value>>(), Ok(Box::new(d.clone())));
}

#[test]
fn conversion_errors() {
    let err = |v: Value, msg: &str| {
        let e = v.extract::<i64>().unwrap_err();
        assert_eq!(e.to_string(), msg);
    };
    err(Value::from("x"), "expected int, got str");
    err(Value::from(1.0), "expected int, got float");
    err(Value::None, "expected int, got NoneType");
    err(
        Value::opaque("function", "<f>"),
        "expected int, got function",
    );
    err(
        Value::from(BigInt::from(1u8) << 200u32),
        "1606938044258990275541962092341162602522202993782792835301376 is out of range for i64",
    );

    assert_eq!(
        Value::from(-1).extract::<u32>().unwrap_err().to_string(),
        "-1 is out of range for u32"
    );
    assert_eq!(
        Value::from(300).extract::<u8>().unwrap_err(),
        ConversionError::OutOfRange {
            value: "300".into(),
            target: "u8".into()
        }
    );
    assert_eq!(
        Value::from(1).extract::<bool>().unwrap_err().to_string(),
        "expected bool, got int"
    );
    assert_eq!(
        Value::from(1).extract::<String>().unwrap_err().to_string(),
        "expected str, got int"
    );
    assert_eq!(
        Value::from("abc").extract::<f64>().unwrap_err().to_string(),
        "expected float, got str"
    );
    assert_eq!(
        Value::from(BigInt::from(10u8).pow(400))
            .extract::<f64>()
            .unwrap_err()
            .to_string(),
        format!("{} is out of range for f64", BigInt::from(10u8).pow(400))
    );
    assert_eq!(
        Value::from("ab")
            .extract::<Vec<String>>()
            .unwrap_err()
            .to_string(),
        "expected list, got str"
    );
    assert_eq!(
        Value::list(vec![Value::from(1), Value::from("x")])
            .extract::<Vec<i64>>()
            .unwrap_err()
            .to_string(),
        "at [1]: expected int, got str"
    );
    assert_eq!(
        Value::tuple([1, 2, 3])
            .extract::<(i64, i64)>()
            .unwrap_err()
            .to_string(),
        "expected a sequence of length 2, got length 3"
    );
    assert_eq!(
        Value::from(1)
            .extract::<(i64, i64)>()
            .unwrap_err()
            .to_string(),
        "expected tuple, got int"
    );
    let nested = Value::Dict(Dict::from(vec![(
        "a",
        Value::list(vec![Value::from(1), Value::None]),
    )]));
    assert_eq!(
        nested
            .extract::<HashMap<String, Vec<i64>>>()
            .unwrap_err()
            .to_string(),
        "at ['a'][1]: expected int, got NoneType"
    );
    let int_key = Value::Dict(Dict::from(vec![(1, 2)]));
    assert_eq!(
        int_key
            .extract::<BTreeMap<String, i64>>()
            .unwrap_err()
            .to_string(),
        "at key 1: expected str, got int"
    );
    assert_eq!(
        Value::list([1])
            .extract::<HashMap<String, i64>>()
            .unwrap_err()
            .to_string(),
        "expected dict, got list"
    );
}
