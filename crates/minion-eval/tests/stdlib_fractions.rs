//! `fractions`: behaviour checked against what CPython 3.11 printed (generated from
//! the programs below run under `python3`).

mod common;
use common::ok;

#[test]
fn construction_normalises_sign_and_gcd() {
    ok(
        "from fractions import Fraction as F\nprint(F(6, -4), F(-6, -4), F(0, 5), F(10), F(), F(F(1, 2), F(1, 3)), F(3, F(1, 2)), repr(F(6, 8)))\nprint(F('3/4'), F('-1.25'), F('1e3'), F('1.5e-3'), F(' -2 '), F('1_000/3'), F('+.5'), F('7/1'))\nprint(F(0.25), F(-0.0), F(0.1), F(1e20), F(2**-1074))\n",
        "-3/2 3/2 0 10 0 3/2 6 Fraction(3, 4)\n3/4 -5/4 1000 3/2000 -2 1000/3 1/2 7\n1/4 0 3602879701896397/36028797018963968 100000000000000000000 1/202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784\n",
    );
}

#[test]
fn conversions_from_decimal_and_classmethods() {
    ok(
        "from fractions import Fraction as F\nfrom decimal import Decimal as D\nprint(F(D('1.25')), F(D('-0.001')), F(D('1E+3')), F.from_float(0.1), F.from_float(3), F.from_decimal(D('2.5')))\nprint(F(3, 4).as_integer_ratio(), F(-5, 6).numerator, F(-5, 6).denominator, F(3, 4).real, F(3, 4).imag, F(3, 4).conjugate())\n",
        "5/4 -1/1000 1000 3602879701896397/36028797018963968 3 5/2\n(3, 4) -5 6 3/4 0 3/4\n",
    );
}

#[test]
fn arithmetic_with_ints_fractions_and_floats() {
    ok(
        "from fractions import Fraction as F\na, b = F(3, 4), F(-5, 6)\nprint(a + b, a - b, a * b, a / b, a // b, a % b, -a, +a, abs(b), a ** 2, a ** -2, b ** 3, a ** 0)\nprint(a + 1, 1 + a, a * 2, 2 / a, 3 - a, 7 // a, 7 % a, a + True)\nprint(a - 1.5, 1.5 * a, a / 0.5, a ** 0.5, 2 ** a, 2 ** F(3), 2 ** F(-2), F(1, 2) ** F(2))\nprint(divmod(a, F(1, 8)), divmod(7, F(2)), divmod(a, 0.25), divmod(F(-7, 2), 2))\nx = F(1, 3)\nx += F(1, 6)\nx *= 4\nprint(x, sum([F(1, 3)] * 3), sum(F(1, n) for n in range(1, 6)))\n",
        "-1/12 19/12 -5/8 -9/10 -1 -1/12 -3/4 3/4 5/6 9/16 16/9 -125/216 1\n7/4 7/4 3/2 8/3 9/4 9 1/4 7/4\n-0.75 1.125 1.5 0.8660254037844386 1.681792830507429 8 1/4 1/4\n(6, Fraction(0, 1)) (3, Fraction(1, 1)) (3.0, 0.0) (-2, Fraction(1, 2))\n2 1 137/60\n",
    );
}

#[test]
fn comparisons_and_hashes_match_ints_and_floats() {
    ok(
        "from fractions import Fraction as F\na, b = F(3, 4), F(-5, 6)\nprint(a == F(6, 8), a == 0.75, F(1, 3) == 1 / 3, F(2) == 2, 2 == F(2), a != 1, a < 1, a > b, a <= 0.75, b < -0.8, F(1, 3) < 0.34)\nprint(max(a, b), min(a, 1), sorted([F(1, 2), 0.3, 1, F(1, 3)]), F(1, 2) < float('inf'), F(1, 2) == float('nan'))\nprint(hash(F(1, 2)) == hash(0.5), hash(F(2)) == hash(2), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 3)), hash(F(10**30, 7)))\nprint({F(1, 2): 'x'}[0.5], {1: 'one'}[F(1)], len({F(1, 2), 0.5, F(2, 4)}), {0.25: 'q'}.get(F(1, 4)))\n",
        "True True False True True True True True True True True\n3/4 3/4 [0.3, Fraction(1, 3), Fraction(1, 2), 1] True False\nTrue True -2 1537228672809129301 -1537228672809129303 395871670681776951\nx one 1 q\n",
    );
}

#[test]
fn rounding_and_int_conversions() {
    ok(
        "import math\nfrom fractions import Fraction as F\nprint(int(F(7, 2)), int(F(-7, 2)), float(F(1, 3)), float(F(-10**30, 3)), round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)))\nprint(round(F(1234, 7), 2), round(F(1234, 7), -1), round(F(12345), -2), round(F(1, 3), 0))\nprint(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(7, 2)), math.sqrt(F(1, 4)), math.isclose(F(1, 3), 1 / 3))\nprint(bool(F(0)), bool(F(1, 9)), str(F(5, 1)), f'{F(1, 3)}', f'{F(1, 3)!r}', str([F(1, 2)]))\n",
        "3 -3 0.3333333333333333 -3.333333333333333e+29 4 2 -2\n17629/100 180 12300 0\n-4 -3 -3 3 0.5 True\nFalse True 5 1/3 Fraction(1, 3) [Fraction(1, 2)]\n",
    );
}

#[test]
fn limit_denominator_finds_closest() {
    ok(
        "from fractions import Fraction as F\nimport math\nprint(F(3.14159).limit_denominator(10), F(3.14159).limit_denominator(1000), F(math.pi).limit_denominator(), F(0.333).limit_denominator())\nprint(F(1, 7).limit_denominator(5), F(-1, 7).limit_denominator(5), F(5, 3).limit_denominator(3), F(99, 100).limit_denominator(1))\nprint(F(0.1).limit_denominator(100), F(1, 3).limit_denominator(10**6))\n",
        "22/7 355/113 3126535/995207 333/1000\n1/5 -1/5 5/3 1\n1/10 1/3\n",
    );
}

#[test]
fn fraction_errors() {
    ok(
        "def t(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\n\nfrom fractions import Fraction as F\na = F(3, 4)\nt(lambda: F(1, 0)); t(lambda: F('1/0')); t(lambda: F('x')); t(lambda: F('1/2/3')); t(lambda: F('')); t(lambda: F('1.5e'))\nt(lambda: F('.')); t(lambda: F('1__0')); t(lambda: F(' 3 / 4')); t(lambda: F(1.5, 2)); t(lambda: F(None)); t(lambda: F([]))\nt(lambda: a / 0); t(lambda: F(-3, 2) / 0); t(lambda: F(0) / 0); t(lambda: a // 0); t(lambda: a % 0); t(lambda: F(0) ** -1)\nt(lambda: F(float('nan'))); t(lambda: F(float('inf'))); t(lambda: a & 1); t(lambda: ~a); t(lambda: a < 'x'); t(lambda: a + 'x')\nt(lambda: F(1, 3).limit_denominator(0)); t(lambda: f'{a:.2f}'); import decimal; t(lambda: a + decimal.Decimal(1)); t(lambda: F.from_float('x'))\nt(lambda: str(F(10**5000, 3)))\n",
        "ZeroDivisionError Fraction(1, 0)\nZeroDivisionError Fraction(1, 0)\nValueError Invalid literal for Fraction: 'x'\nValueError Invalid literal for Fraction: '1/2/3'\nValueError Invalid literal for Fraction: ''\nValueError Invalid literal for Fraction: '1.5e'\nValueError Invalid literal for Fraction: '.'\nValueError Invalid literal for Fraction: '1__0'\nValueError Invalid literal for Fraction: ' 3 / 4'\nTypeError both arguments should be Rational instances\nTypeError argument should be a string or a Rational instance\nTypeError argument should be a string or a Rational instance\nZeroDivisionError Fraction(1, 0)\nZeroDivisionError Fraction(-1, 0)\nZeroDivisionError Fraction(0, 0)\nZeroDivisionError integer division or modulo by zero\nZeroDivisionError integer modulo by zero\nZeroDivisionError Fraction(1, 0)\nValueError cannot convert NaN to integer ratio\nOverflowError cannot convert Infinity to integer ratio\nTypeError unsupported operand type(s) for &: 'Fraction' and 'int'\nTypeError bad operand type for unary ~: 'Fraction'\nTypeError '<' not supported between instances of 'Fraction' and 'str'\nTypeError unsupported operand type(s) for +: 'Fraction' and 'str'\nValueError max_denominator should be at least 1\nTypeError unsupported format string passed to Fraction.__format__\nTypeError unsupported operand type(s) for +: 'Fraction' and 'decimal.Decimal'\nTypeError Fraction.from_float() only takes floats, not 'x' (str)\nValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\n",
    );
}

/// `%`-formatting and type reprs go through the same conversions as CPython's.
#[test]
fn percent_formatting_and_type_reprs() {
    ok(
        "from fractions import Fraction\nfrom decimal import Decimal, InvalidOperation\nprint('%.2f %s %r %d %i' % (Fraction(1, 3), Fraction(1, 3), Decimal('1.5'), Decimal('7.9'), Fraction(-7, 2)))\nprint(Fraction, Decimal, type(Decimal(1)), InvalidOperation, Fraction.__name__, Decimal('3.5').__class__)\n",
        "0.33 1/3 Decimal('1.5') 7 -3\n<class 'fractions.Fraction'> <class 'decimal.Decimal'> <class 'decimal.Decimal'> <class 'decimal.InvalidOperation'> Fraction <class 'decimal.Decimal'>\n",
    );
}
