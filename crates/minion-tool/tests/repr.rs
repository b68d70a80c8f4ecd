//! `py_repr` / `py_str` checked against tables produced by CPython 3.11.

#[path = "tables/floats.rs"]
mod floats;
#[path = "tables/text.rs"]
mod text;

use minion_tool::{repr_bytes, repr_float, repr_str, Dict, Int, Value};
use num_bigint::BigInt;

#[test]
fn floats_match_cpython() {
    for &(bits, expected) in floats::FLOATS {
        let f = f64::from_bits(bits);
        assert_eq!(repr_float(f), expected, "bits {bits:#x}");
        assert_eq!(Value::Float(f).py_repr(), expected);
        // Round trip through Python's own float syntax.
        assert_eq!(expected.parse::<f64>().map(f64::to_bits), Ok(bits));
    }
}

#[test]
fn special_floats() {
    assert_eq!(repr_float(f64::INFINITY), "inf");
    assert_eq!(repr_float(f64::NEG_INFINITY), "-inf");
    assert_eq!(repr_float(f64::NAN), "nan");
    assert_eq!(repr_float(-f64::NAN), "nan");
    assert_eq!(repr_float(1e16), "1e+16");
    assert_eq!(repr_float(1e-5), "1e-05");
    assert_eq!(repr_float(0.1 + 0.2), "0.30000000000000004");
    assert_eq!(repr_float(-0.0), "-0.0");
}

#[test]
fn strs_match_cpython() {
    for &(s, expected) in text::STRS {
        assert_eq!(repr_str(s), expected, "{s:?}");
        assert_eq!(Value::from(s).py_repr(), expected);
        assert_eq!(Value::from(s).py_str(), s);
    }
}

#[test]
fn bytes_match_cpython() {
    for &(b, expected) in text::BYTES {
        assert_eq!(repr_bytes(b), expected, "{b:?}");
        assert_eq!(Value::bytes(b).py_repr(), expected);
        assert_eq!(Value::bytes(b).py_str(), expected);
    }
}

#[test]
fn scalars() {
    assert_eq!(Value::None.py_repr(), "None");
    assert_eq!(Value::from(true).py_repr(), "True");
    assert_eq!(Value::from(false).py_str(), "False");
    assert_eq!(Value::from(-42).py_repr(), "-42");
    let two_200 = Value::from(BigInt::from(1u8) << 200u32);
    assert_eq!(
        two_200.py_repr(),
        "1606938044258990275541962092341162602522202993782792835301376"
    );
    assert_eq!(
        Value::Int(Int::from(-(BigInt::from(1u8) << 64u32))).py_repr(),
        "-18446744073709551616"
    );
    assert_eq!(
        Value::opaque("function", "<function f at 0x1>").py_repr(),
        "<function f at 0x1>"
    );
    assert_eq!(
        Value::opaque("function", "<function f at 0x1>").py_str(),
        "<function f at 0x1>"
    );
    assert_eq!(Value::from(1e16).to_string(), "1e+16");
    assert_eq!(Value::from("x").to_string(), "x");
    assert_eq!(Value::list(["x"]).py_str(), "['x']");
}

#[test]
fn containers_match_cpython() {
    // repr([1, (2,), (), {'a': [None, True]}, {1, 2}, set(), frozenset(), frozenset({1}),
    //       {}, 2**200, -2**64, 1.0])
    let v = Value::List(vec![
        Value::from(1),
        Value::tuple([2]),
        Value::Tuple(vec![]),
        Value::Dict(Dict::from(vec![(
            Value::from("a"),
            Value::list([Value::None, Value::from(true)]),
        )])),
        Value::set([1, 2]),
        Value::Set(vec![]),
        Value::FrozenSet(vec![]),
        Value::frozenset([1]),
        Value::Dict(Dict::new()),
        Value::from(BigInt::from(1u8) << 200u32),
        Value::from(-(BigInt::from(1u8) << 64u32)),
        Value::from(1.0),
    ]);
    assert_eq!(
        v.py_repr(),
        "[1, (2,), (), {'a': [None, True]}, {1, 2}, set(), frozenset(), frozenset({1}), {}, \
         1606938044258990275541962092341162602522202993782792835301376, \
         -18446744073709551616, 1.0]"
    );
    // repr({1: 'x', (1, 2): b'y', None: 1.5, 2.5: frozenset({3})})
    let d = Dict::from(vec![
        (Value::from(1), Value::from("x")),
        (Value::tuple([1, 2]), Value::bytes(*b"y")),
        (Value::None, Value::from(1.5)),
        (Value::from(2.5), Value::frozenset([3])),
    ]);
    assert_eq!(
        Value::Dict(d).py_repr(),
        "{1: 'x', (1, 2): b'y', None: 1.5, 2.5: frozenset({3})}"
    );
    assert_eq!(Value::tuple(["a", "b"]).py_repr(), "('a', 'b')");
    assert_eq!(Value::list(Vec::<i64>::new()).py_repr(), "[]");
}
