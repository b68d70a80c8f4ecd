//! `decimal`: behaviour checked against what CPython 3.11 printed (generated from the
//! programs below run under `python3`). Limits: see `decimal_limits` at the end.

mod common;
use common::ok;

#[test]
fn construction_and_str_forms() {
    ok(
        "from decimal import Decimal\nfor s in ['1.10', '1E+3', '1e3', '-0', '0.000001', '0.0000001', '123.456e-10', '1e-7', '100', '-1.5E+10', 'Inf', '-inf', 'nan', 'sNaN', 'NaN123', '  3.14  ', '1_000.5', '.5', '5.', '0E-30', '12345678901234567890123456789012345']:\n    d = Decimal(s)\n    print(repr(d), str(d))\nfor v in [0.1, 2.5, -0.0, 1e20, 1e-5, 3, -7, 2**70, True, 5e-324]:\n    print(repr(Decimal(v)))\nprint(Decimal((0, (3, 1, 4), -2)), Decimal((1, (1,), 3)), Decimal(), Decimal(Decimal('2.50')), Decimal.from_float(0.25))\n",
        "Decimal('1.10') 1.10\nDecimal('1E+3') 1E+3\nDecimal('1E+3') 1E+3\nDecimal('-0') -0\nDecimal('0.000001') 0.000001\nDecimal('1E-7') 1E-7\nDecimal('1.23456E-8') 1.23456E-8\nDecimal('1E-7') 1E-7\nDecimal('100') 100\nDecimal('-1.5E+10') -1.5E+10\nDecimal('Infinity') Infinity\nDecimal('-Infinity') -Infinity\nDecimal('NaN') NaN\nDecimal('sNaN') sNaN\nDecimal('NaN123') NaN123\nDecimal('3.14') 3.14\nDecimal('1000.5') 1000.5\nDecimal('0.5') 0.5\nDecimal('5') 5\nDecimal('0E-30') 0E-30\nDecimal('12345678901234567890123456789012345') 12345678901234567890123456789012345\nDecimal('0.1000000000000000055511151231257827021181583404541015625')\nDecimal('2.5')\nDecimal('-0')\nDecimal('100000000000000000000')\nDecimal('0.000010000000000000000818030539140313095458623138256371021270751953125')\nDecimal('3')\nDecimal('-7')\nDecimal('1180591620717411303424')\nDecimal('1')\nDecimal('4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625E-324')\n3.14 -1E+3 0 2.50 0.25\n",
    );
}

#[test]
fn arithmetic_rounds_to_context_precision() {
    ok(
        "from decimal import Decimal\na, b = Decimal('1.1'), Decimal('2.2')\nprint(a + b, a * b, b / a, a - b, b // a, b % a, -a, +a, abs(-a), a ** 3, a ** -2)\nprint(Decimal(1) / 7, Decimal(2) / 3, Decimal(10) / 4, Decimal('1.00') / 3, Decimal(100) / Decimal('0.1'), Decimal('1E+2') / Decimal('1E-2'))\nprint(Decimal('19.99') * 3, Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), sum([Decimal('0.1')] * 10), Decimal('1.30') + Decimal('1.20'))\nprint(3 - Decimal('0.5'), 2 * Decimal('1.5'), 1 / Decimal(4), 10 // Decimal(3), 10 % Decimal(3), 2 ** Decimal(3))\nprint(Decimal(2) ** 100, Decimal('1.1') ** 50, Decimal(2) ** -10, Decimal('-2') ** 3, Decimal('0.5') ** 2, Decimal(10) ** -2, Decimal(3) ** -1)\nprint(Decimal('7') % Decimal('-3'), Decimal('-7') % 3, Decimal('-7') // 3, divmod(Decimal(-7), Decimal(3)), divmod(Decimal(7), 2), Decimal('7.5') % 2, Decimal('1E+3') // 7)\nprint(Decimal('1e-999999') / 10, Decimal('9.99e999999'), Decimal('1e100') + Decimal('1e-100'), Decimal('1') - Decimal('1e-40'), Decimal('-0') + Decimal('0'), -Decimal('0'))\nprint(abs(Decimal('-1.234567890123456789012345678901')), +Decimal('1.234567890123456789012345678901'))\n",
        "3.3 2.42 2 -1.1 2 0.0 -1.1 1.1 1.1 1.331 0.8264462809917355371900826446\n0.1428571428571428571428571429 0.6666666666666666666666666667 2.5 0.3333333333333333333333333333 1.00E+3 1E+4\n59.97 True 1.0 2.50\n2.5 3.0 0.25 3 1 8\n1.267650600228229401496703205E+30 117.3908528796953165066664960 0.0009765625 -8 0.25 0.01 0.3333333333333333333333333333\n1 -1 -2 (Decimal('-2'), Decimal('-1')) (Decimal('3'), Decimal('1')) 1.5 142\n1E-1000000 9.99E+999999 1.000000000000000000000000000E+100 1.000000000000000000000000000 0 0\n1.234567890123456789012345679 1.234567890123456789012345679\n",
    );
}

#[test]
fn quantize_with_every_rounding_mode() {
    ok(
        "from decimal import *\nfor r in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP]:\n    print(r, [str(Decimal(x).quantize(Decimal('0.1'), rounding=r)) for x in ['1.25', '1.35', '-1.25', '-1.35', '1.21', '-1.29', '1.05', '1.251', '0.04']])\nprint(Decimal('123.456').quantize(Decimal('1')), Decimal('123.456').quantize(Decimal('1E+1')), Decimal('0').quantize(Decimal('0.00')), Decimal('-0.004').quantize(Decimal('0.01')))\nprint(Decimal('2.675').quantize(Decimal('0.01'), ROUND_HALF_UP), Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN), Decimal(5).quantize(Decimal('1.000')))\n",
        "ROUND_HALF_EVEN ['1.2', '1.4', '-1.2', '-1.4', '1.2', '-1.3', '1.0', '1.3', '0.0']\nROUND_HALF_UP ['1.3', '1.4', '-1.3', '-1.4', '1.2', '-1.3', '1.1', '1.3', '0.0']\nROUND_DOWN ['1.2', '1.3', '-1.2', '-1.3', '1.2', '-1.2', '1.0', '1.2', '0.0']\nROUND_UP ['1.3', '1.4', '-1.3', '-1.4', '1.3', '-1.3', '1.1', '1.3', '0.1']\nROUND_FLOOR ['1.2', '1.3', '-1.3', '-1.4', '1.2', '-1.3', '1.0', '1.2', '0.0']\nROUND_CEILING ['1.3', '1.4', '-1.2', '-1.3', '1.3', '-1.2', '1.1', '1.3', '0.1']\nROUND_HALF_DOWN ['1.2', '1.3', '-1.2', '-1.3', '1.2', '-1.3', '1.0', '1.3', '0.0']\nROUND_05UP ['1.2', '1.3', '-1.2', '-1.3', '1.2', '-1.2', '1.1', '1.2', '0.1']\n123 1.2E+2 0.00 -0.00\n2.68 7.32 5.000\n",
    );
}

#[test]
fn context_precision_and_rounding_are_per_program_state() {
    ok(
        "from decimal import *\ngetcontext().prec = 6\nprint(Decimal(1) / 7, Decimal('123456789') + 0, Decimal(2).sqrt(), getcontext().prec)\ngetcontext().rounding = ROUND_DOWN\nprint(Decimal(2) / 3, getcontext().rounding)\ngetcontext().prec = 28\ngetcontext().rounding = ROUND_HALF_EVEN\nwith localcontext() as ctx:\n    ctx.prec = 50\n    print(Decimal(1) / 7)\nprint(Decimal(1) / 7)\nwith localcontext() as ctx:\n    ctx.rounding = ROUND_UP\n    print(Decimal(2) / 3, getcontext() is ctx)\nprint(Decimal(2) / 3)\nctx = Context(prec=3, rounding=ROUND_HALF_UP)\nsetcontext(ctx)\nprint(Decimal('1.2345') + 0, getcontext() is ctx, ctx.prec, ctx.rounding)\nsetcontext(Context())\nprint(Context(prec=5).prec, Context().rounding, getcontext().Emax, getcontext().Emin, getcontext().capitals)\nprint(Decimal('1.2345') + 0)\n",
        "0.142857 1.23457E+8 1.41421 6\n0.666666 ROUND_DOWN\n0.14285714285714285714285714285714285714285714285714\n0.1428571428571428571428571429\n0.6666666666666666666666666667 True\n0.6666666666666666666666666667\n1.23 True 3 ROUND_HALF_UP\n5 ROUND_HALF_EVEN 999999 -999999 1\n1.2345\n",
    );
}

#[test]
fn methods_normalize_sqrt_and_predicates() {
    ok(
        "from decimal import Decimal\nfor d in ['1.23', '1.20', '1.00', '100', '0.00', '-0', '1E+3', '120E-1', '1.5E-7', '2', '0.0100', '1E+1']:\n    x = Decimal(d)\n    print(x.normalize(), x.to_integral_value(), x.sqrt() if x >= 0 else None, x.is_zero(), x.is_signed(), x.adjusted(), x.as_integer_ratio(), x.as_tuple())\nprint(Decimal('1.5').copy_negate(), Decimal('-1.5').copy_abs(), Decimal('1.5').copy_sign(Decimal(-1)), Decimal(1).compare(Decimal(2)), Decimal(1).is_nan(), Decimal('sNaN').is_snan(), Decimal('Inf').is_infinite(), Decimal(3).is_finite())\nprint(Decimal('2.5').to_integral_value(), Decimal('3.5').to_integral(), Decimal('-2.5').to_integral_value(rounding='ROUND_HALF_UP'), Decimal(2).sqrt(), Decimal('0.0001').sqrt(), Decimal(10**40).sqrt())\n",
        "1.23 1 1.109053650640941716205160010 False False 0 (123, 100) DecimalTuple(sign=0, digits=(1, 2, 3), exponent=-2)\n1.2 1 1.095445115010332226913939566 False False 0 (6, 5) DecimalTuple(sign=0, digits=(1, 2, 0), exponent=-2)\n1 1 1.0 False False 0 (1, 1) DecimalTuple(sign=0, digits=(1, 0, 0), exponent=-2)\n1E+2 100 10 False False 2 (100, 1) DecimalTuple(sign=0, digits=(1, 0, 0), exponent=0)\n0 0 0.0 True False -2 (0, 1) DecimalTuple(sign=0, digits=(0,), exponent=-2)\n-0 -0 -0 True True 0 (0, 1) DecimalTuple(sign=1, digits=(0,), exponent=0)\n1E+3 1E+3 31.62277660168379331998893544 False False 3 (1000, 1) DecimalTuple(sign=0, digits=(1,), exponent=3)\n12 12 3.464101615137754587054892683 False False 1 (12, 1) DecimalTuple(sign=0, digits=(1, 2, 0), exponent=-1)\n1.5E-7 0 0.0003872983346207416885179265400 False False -7 (3, 20000000) DecimalTuple(sign=0, digits=(1, 5), exponent=-8)\n2 2 1.414213562373095048801688724 False False 0 (2, 1) DecimalTuple(sign=0, digits=(2,), exponent=0)\n0.01 0 0.10 False False -2 (1, 100) DecimalTuple(sign=0, digits=(1, 0, 0), exponent=-4)\n1E+1 1E+1 3.162277660168379331998893544 False False 1 (10, 1) DecimalTuple(sign=0, digits=(1,), exponent=1)\n-1.5 1.5 -1.5 -1 False True True True\n2 4 -3 1.414213562373095048801688724 0.01 100000000000000000000\n",
    );
}

#[test]
fn format_specs() {
    ok(
        "from decimal import Decimal\nfor spec in ['.2f', ',.2f', '10.3f', '<10', '^12.1f', '+.3e', '.3g', '%', '.1%', '', ',', 'e', 'E', 'g', '.0f', '010.2f', 'f', '.10f', '.3G', ' .2f', '*>12,.1f']:\n    print(spec, [format(Decimal(x), spec) for x in ['1234567.891', '-0.00012345', '0', '1E+5', '42', 'Inf', '-0']])\nprint(f'{Decimal(\"3.14159\"):.2f}', f'{Decimal(\"1234.5\"):,}', f'{Decimal(\"2.5\"):08.3f}', '{:>10}'.format(Decimal('1.5')), '%s' % Decimal('1.50'))\n",
        ".2f ['1234567.89', '-0.00', '0.00', '100000.00', '42.00', 'Infinity', '-0.00']\n,.2f ['1,234,567.89', '-0.00', '0.00', '100,000.00', '42.00', 'Infinity', '-0.00']\n10.3f ['1234567.891', '    -0.000', '     0.000', '100000.000', '    42.000', '  Infinity', '    -0.000']\n<10 ['1234567.891', '-0.00012345', '0         ', '1E+5      ', '42        ', 'Infinity  ', '-0        ']\n^12.1f [' 1234567.9  ', '    -0.0    ', '    0.0     ', '  100000.0  ', '    42.0    ', '  Infinity  ', '    -0.0    ']\n+.3e ['+1.235e+6', '-1.234e-4', '+0.000e+3', '+1.000e+5', '+4.200e+1', '+Infinity', '-0.000e+3']\n.3g ['1.23e+6', '-0.000123', '0', '1e+5', '42', 'Infinity', '-0']\n% ['123456789.1%', '-0.012345%', '0%', '10000000%', '4200%', 'Infinity%', '-0%']\n.1% ['123456789.1%', '-0.0%', '0.0%', '10000000.0%', '4200.0%', 'Infinity%', '-0.0%']\n ['1234567.891', '-0.00012345', '0', '1E+5', '42', 'Infinity', '-0']\n, ['1,234,567.891', '-0.00012345', '0', '1E+5', '42', 'Infinity', '-0']\ne ['1.234567891e+6', '-1.2345e-4', '0e+0', '1e+5', '4.2e+1', 'Infinity', '-0e+0']\nE ['1.234567891E+6', '-1.2345E-4', '0E+0', '1E+5', '4.2E+1', 'Infinity', '-0E+0']\ng ['1234567.891', '-0.00012345', '0', '1e+5', '42', 'Infinity', '-0']\n.0f ['1234568', '-0', '0', '100000', '42', 'Infinity', '-0']\n010.2f ['1234567.89', '-000000.00', '0000000.00', '0100000.00', '0000042.00', '  Infinity', '-000000.00']\nf ['1234567.891', '-0.00012345', '0', '100000', '42', 'Infinity', '-0']\n.10f ['1234567.8910000000', '-0.0001234500', '0.0000000000', '100000.0000000000', '42.0000000000', 'Infinity', '-0.0000000000']\n.3G ['1.23E+6', '-0.000123', '0', '1E+5', '42', 'Infinity', '-0']\n .2f [' 1234567.89', '-0.00', ' 0.00', ' 100000.00', ' 42.00', ' Infinity', '-0.00']\n*>12,.1f ['*1,234,567.9', '********-0.0', '*********0.0', '***100,000.0', '********42.0', '****Infinity', '********-0.0']\n3.14 1,234.5 0002.500        1.5 1.50\n",
    );
}

#[test]
fn conversions_comparisons_and_hashes() {
    ok(
        "import math\nfrom decimal import Decimal\nfrom fractions import Fraction\nprint(int(Decimal('3.99')), int(Decimal('-3.99')), float(Decimal('0.1')), float(Decimal('-1e400')), round(Decimal('3.14159'), 3), round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('-2.5')))\nprint(math.floor(Decimal('-2.5')), math.ceil(Decimal('2.1')), math.trunc(Decimal('-2.7')), math.sqrt(Decimal(2)), round(Decimal('1234.5'), -2))\nprint(hash(Decimal(1)) == hash(1), hash(Decimal('0.5')) == hash(0.5), hash(Decimal('1.10')) == hash(Decimal('1.1')), hash(Decimal('-1.5')), hash(Decimal('0.1')), hash(Decimal('1e30')))\nprint({Decimal('1.0'): 'a'}[1], Decimal('1.0') == 1, Decimal('0.5') == Fraction(1, 2), Decimal(0.1) == 0.1, Decimal('0.1') == 0.1, Decimal('Inf') == float('inf'))\nprint(Decimal(1) < 2, Decimal('1.5') > 1.4, Decimal(3) >= Fraction(3), max(Decimal('1.5'), Decimal('1.50')), sorted([Decimal('3'), 1, 2.5, Fraction(1, 3)]), Decimal('-Inf') < -10**100)\nprint(bool(Decimal(0)), bool(Decimal('0.0')), bool(Decimal('nan')), Decimal('NaN') == Decimal('NaN'), Decimal('nan') != 1, Decimal('1e999999999') > 10**100, Decimal('-1e-999999999') < 0)\nprint(type(Decimal(1)).__name__, isinstance(Decimal(1), Decimal), Decimal('1.5').real, Decimal('1.5').imag, str([Decimal('1.10')]))\n",
        "3 -3 0.1 -inf 3.142 2 4 -2\n-3 3 -2 1.4142135623730951 1.2E+3\nTrue True True -1152921504606846977 2075258708292324556 465258685558744706\na True True True False True\nTrue True True 1.5 [Fraction(1, 3), 1, 2.5, Decimal('3')] True\nFalse False True False True True True\nDecimal True 1.5 0 [Decimal('1.10')]\n",
    );
}

#[test]
fn decimal_errors() {
    ok(
        "def t(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\n\nfrom decimal import *\nfrom fractions import Fraction\nt(lambda: Decimal(1) / 0); t(lambda: Decimal(0) / 0); t(lambda: Decimal(1) // 0); t(lambda: Decimal(1) % 0); t(lambda: Decimal(0) % 0)\nt(lambda: Decimal(0) ** -1); t(lambda: Decimal(0) ** 0); t(lambda: Decimal('NaN') < 1); t(lambda: Decimal(1) + 1.0); t(lambda: Decimal(1).quantize(0.01))\nt(lambda: Decimal(1).quantize(Decimal('1e-30'))); t(lambda: Decimal('abc')); t(lambda: Decimal([1])); t(lambda: Decimal(Fraction(1, 2))); t(lambda: Decimal(None))\nt(lambda: Decimal(1).quantize(Decimal(1), rounding='x')); t(lambda: Decimal('1e999999') * 10); t(lambda: Decimal(1) + Fraction(1, 2)); t(lambda: Decimal('sNaN') + 1)\nt(lambda: hash(Decimal('sNaN'))); t(lambda: Decimal('inf') - Decimal('inf')); t(lambda: Decimal('inf') * 0); t(lambda: int(Decimal('NaN'))); t(lambda: int(Decimal('-Inf')))\nt(lambda: round(Decimal('Inf'))); t(lambda: format(Decimal(1), 'd')); t(lambda: format(Decimal(1), '_')); t(lambda: Decimal(-1).sqrt()); t(lambda: Decimal(10) ** 10 ** 9)\nt(lambda: Decimal('0.1') ** 10 ** 9); t(lambda: Decimal('1e500000') * Decimal('1e500000')); t(lambda: Decimal('1e999999999') + 1); t(lambda: setattr(getcontext(), 'prec', 0))\nt(lambda: setattr(getcontext(), 'rounding', 'bad')); t(lambda: Context(prec=-1)); t(lambda: setcontext(5)); t(lambda: Decimal('-7') // Decimal('0.0'))\nt(lambda: Decimal(10 ** 30) // Decimal('1e-10')); t(lambda: divmod(Decimal(1), 0)); t(lambda: Decimal(1) & 1)\ntry:\n    Decimal(1) / 0\nexcept ZeroDivisionError as e:\n    print('caught as ZeroDivisionError', type(e).__name__, isinstance(e, DecimalException), isinstance(e, ArithmeticError))\ntry:\n    Decimal('x')\nexcept InvalidOperation as e:\n    print('caught', str(e))\n",
        "DivisionByZero [<class 'decimal.DivisionByZero'>]\nInvalidOperation [<class 'decimal.DivisionUndefined'>]\nDivisionByZero [<class 'decimal.DivisionByZero'>]\nInvalidOperation [<class 'decimal.InvalidOperation'>]\nInvalidOperation [<class 'decimal.DivisionUndefined'>]\nDecimal('Infinity')\nInvalidOperation [<class 'decimal.InvalidOperation'>]\nInvalidOperation [<class 'decimal.InvalidOperation'>]\nTypeError unsupported operand type(s) for +: 'decimal.Decimal' and 'float'\nTypeError conversion from float to Decimal is not supported\nInvalidOperation [<class 'decimal.InvalidOperation'>]\nInvalidOperation [<class 'decimal.ConversionSyntax'>]\nValueError argument must be a sequence of length 3\nTypeError conversion from Fraction to Decimal is not supported\nTypeError conversion from NoneType to Decimal is not supported\nTypeError valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]\nOverflow [<class 'decimal.Overflow'>]\nTypeError unsupported operand type(s) for +: 'decimal.Decimal' and 'Fraction'\nInvalidOperation [<class 'decimal.InvalidOperation'>]\nTypeError Cannot hash a signaling NaN value\nInvalidOperation [<class 'decimal.InvalidOperation'>]\nInvalidOperation [<class 'decimal.InvalidOperation'>]\nValueError cannot convert NaN to integer\nOverflowError cannot convert Infinity to integer\nOverflowError cannot convert Infinity to integer\nValueError invalid format string\nValueError invalid format string\nInvalidOperation [<class 'decimal.InvalidOperation'>]\nOverflow [<class 'decimal.Overflow'>]\nDecimal('0E-1000026')\nOverflow [<class 'decimal.Overflow'>]\nOverflow [<class 'decimal.Overflow'>]\nValueError valid range for prec is [1, MAX_PREC]\nTypeError valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]\nValueError valid range for prec is [1, MAX_PREC]\nTypeError argument must be a context\nDivisionByZero [<class 'decimal.DivisionByZero'>]\nInvalidOperation [<class 'decimal.DivisionImpossible'>]\nInvalidOperation [<class 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>]\nTypeError unsupported operand type(s) for &: 'decimal.Decimal' and 'int'\ncaught as ZeroDivisionError DivisionByZero True True\ncaught [<class 'decimal.ConversionSyntax'>]\n",
    );
}
/// Hostile sizes stop at the executor's limits, quickly, instead of computing.
#[test]
fn decimal_limits() {
    use minion_eval::{ErrorKind, LocalPythonExecutor};
    use std::time::{Duration, Instant};
    for code in [
        "from decimal import *\ngetcontext().prec = MAX_PREC\nDecimal(1) / 7",
        "from decimal import *\ngetcontext().prec = 10**17\nDecimal(2).sqrt()",
        "from decimal import *\nint(Decimal('1e999999999'))",
        "from decimal import *\nformat(Decimal(1), '.999999999f')",
        "from decimal import *\nDecimal(1).quantize(Decimal('1e-999999999999'), context=Context(prec=MAX_PREC, Emin=-MAX_PREC))",
        "from fractions import Fraction\nFraction('1e999999999')",
        "from fractions import Fraction\nfrom decimal import Decimal\nFraction(Decimal('1e-999999999'))",
        "from fractions import Fraction\nFraction(3, 2) ** 10**9",
        "from fractions import Fraction\nround(Fraction(1, 3), 10**9)",
    ] {
        let start = Instant::now();
        let mut ex = LocalPythonExecutor::new();
        let err = ex.run(code).expect_err(code);
        assert_eq!(err.kind, ErrorKind::Limit, "{code}: {}", err.summary());
        assert!(start.elapsed() < Duration::from_secs(5), "{code} took {:?}", start.elapsed());
    }
}

/// Huge exponents that CPython's context turns into Overflow/underflow stay cheap.
#[test]
fn huge_exponents_are_cheap() {
    ok(
        "from decimal import *\nprint(Decimal('1e999999999') > 10**100, Decimal('-1e-999999999') < 0, hash(Decimal('1e999999999')) != 0)\nfor f in [lambda: Decimal(10) ** 10**18, lambda: Decimal(2) ** Decimal('1e30'), lambda: Decimal('1e999999999') + 1]:\n    try:\n        print(f())\n    except Overflow as e:\n        print('Overflow', e)\nprint(Decimal('0.5') ** Decimal('1e30'), Decimal('1e999999999'), Decimal('1e-999999999') == 0)\n",
        "True True True\nOverflow [<class 'decimal.Overflow'>]\nOverflow [<class 'decimal.Overflow'>]\nOverflow [<class 'decimal.Overflow'>]\n0E-1000026 1E+999999999 False\n",
    );
}

/// The current context belongs to one executor: another executor keeps the default,
/// and the setting lasts across runs of the same executor.
#[test]
fn context_is_per_executor() {
    use minion_eval::LocalPythonExecutor;
    let mut a = LocalPythonExecutor::new();
    let mut b = LocalPythonExecutor::new();
    a.run("from decimal import *\ngetcontext().prec = 5")
        .expect("set");
    let out = b
        .run("from decimal import *\nprint(Decimal(1) / 7)")
        .expect("b");
    assert_eq!(out.logs, "0.1428571428571428571428571429\n");
    let out = a.run("print(Decimal(1) / 7)").expect("a");
    assert_eq!(out.logs, "0.14286\n");
}
