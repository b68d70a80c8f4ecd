//! Numeric fixes: `round(x, n)`, float `sum`, `format(bool, spec)`, and the
//! messages of unsupported sequence operators.
//! Expectations were produced by CPython 3.11 and are hard-coded here.

mod common;

use common::{err, ok};

#[test]
fn round_is_correctly_rounded() {
    ok("print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.345, 2), round(-2.675, 2))", "2.67 0.12 0.38 1.0 2.35 -2.67\n");
    ok("print(round(1349.5, -2), round(1350.0, -2), round(1450.0, -2), round(1450.0000001, -2), round(-1350.0, -2))", "1300.0 1400.0 1400.0 1500.0 -1400.0\n");
    ok("print(round(1234.5678, -2), round(2.5e22, -22), round(1e300, -299), round(1.7976931348623157e308, -300))", "1200.0 2e+22 1e+300 1.79769313e+308\n");
    ok("print(round(5e-324, 320), round(5e-324, 400), round(-0.0, 2), round(-1.0, -5), round(1e300, 2), round(0.5, 0))", "0.0 5e-324 -0.0 -0.0 1e+300 0.0\n");
    ok(
        "print(round(True, 2), round(False), round(12350, -2), round(-12350, -2), round(15, -1))",
        "1 0 12400 -12400 20\n",
    );
    ok(
        "print([round(i / 64 + i * 0.001, 2) for i in range(1, 12)])",
        "[0.02, 0.03, 0.05, 0.07, 0.08, 0.1, 0.12, 0.13, 0.15, 0.17, 0.18]\n",
    );
    err(
        "round(1.7976931348623157e308, -308)",
        "OverflowError: rounded value too large to represent",
    );
}

#[test]
fn sum_of_floats_is_not_compensated() {
    ok(
        "print(sum([0.1] * 10), sum([1e16, 1.0, -1e16]), sum([0.1, 0.2, 0.3]), sum([1, 0.5, 2]))",
        "0.9999999999999999 0.0 0.6000000000000001 3.5\n",
    );
    ok(
        "print(sum((-1) ** k / (2 * k + 1) for k in range(1000)) * 4)",
        "3.140592653839794\n",
    );
    ok(
        "print(sum([1.5, True, 2]), sum([0.5, 10 ** 30]), sum([], 0.0), sum([1, 2], 0.5))",
        "4.5 1e+30 0.0 3.5\n",
    );
}

#[test]
fn bool_format_spec_formats_as_int() {
    ok("print(repr(f'{True:d} {False:5} {True:<3}|{False:x}|{True:.2f}'), format(True, ''), format(False))", "'1     0 1  |0|1.00' True False\n");
    err(
        "format(True, 's')",
        "ValueError: Unknown format code 's' for object of type 'bool'",
    );
}

#[test]
fn sequence_operator_messages() {
    err(
        "'a' * 'b'",
        "TypeError: can't multiply sequence by non-int of type 'str'",
    );
    err(
        "'x' + 1",
        "TypeError: can only concatenate str (not \"int\") to str",
    );
    err(
        "[1] + (2,)",
        "TypeError: can only concatenate list (not \"tuple\") to list",
    );
    err(
        "(1,) + [2]",
        "TypeError: can only concatenate tuple (not \"list\") to tuple",
    );
    err(
        "1.5 * 'a'",
        "TypeError: can't multiply sequence by non-int of type 'float'",
    );
    err(
        "[1] * [2]",
        "TypeError: can't multiply sequence by non-int of type 'list'",
    );
    err(
        "None * 'a'",
        "TypeError: can't multiply sequence by non-int of type 'NoneType'",
    );
    err("b'a' + 1", "TypeError: can't concat int to bytes");
    err("b'a' + 's'", "TypeError: can't concat str to bytes");
    err(
        "b'x' * 1.0",
        "TypeError: can't multiply sequence by non-int of type 'float'",
    );
    err(
        "{} + []",
        "TypeError: unsupported operand type(s) for +: 'dict' and 'list'",
    );
    err(
        "1 + 'a'",
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    );
}
