//! Builtin functions: one correct-result case and one error-message case each,
//! with expectations taken from CPython 3.11.

mod common;

use common::{err, ok};
use minion_eval::{ErrorKind, LocalPythonExecutor};

#[test]
fn print_builtin() {
    ok("print(1, 'a', None, [1, 2])", "1 a None [1, 2]\n");
    ok("print('a', 'b', sep='-', end='!')", "a-b!");
    ok("print()", "\n");
    ok("print(*[1, 2, 3], sep=', ')", "1, 2, 3\n");
    err(
        "print('x', sep=1)",
        "TypeError: sep must be None or a string, not int",
    );
    err(
        "print('x', end=5)",
        "TypeError: end must be None or a string, not int",
    );
}

#[test]
fn len_builtin() {
    ok(
        "print(len('héllo'), len([1, 2]), len({1: 2}), len(range(10)), len(b'ab'))",
        "5 2 1 10 2\n",
    );
    err("len(5)", "TypeError: object of type 'int' has no len()");
    err(
        "len(None)",
        "TypeError: object of type 'NoneType' has no len()",
    );
}

#[test]
fn range_builtin() {
    ok(
        "print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)))",
        "[0, 1, 2, 3, 4] [2, 5, 8] [5, 3, 1]\n",
    );
    ok(
        "print(range(1, 10)[2], len(range(0, 100, 7)), range(3))",
        "3 15 range(0, 3)\n",
    );
    err(
        "range(1.5)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    err(
        "range(1, 2, 0)",
        "ValueError: range() arg 3 must not be zero",
    );
    err(
        "range()",
        "TypeError: range expected at least 1 argument, got 0",
    );
}

#[test]
fn enumerate_builtin() {
    ok(
        "print(list(enumerate('ab')), list(enumerate(['x', 'y'], start=5)))",
        "[(0, 'a'), (1, 'b')] [(5, 'x'), (6, 'y')]\n",
    );
    err("enumerate(5)", "TypeError: 'int' object is not iterable");
}

#[test]
fn zip_builtin() {
    ok(
        "print(list(zip([1, 2, 3], 'ab')), list(zip()))",
        "[(1, 'a'), (2, 'b')] []\n",
    );
    ok(
        "print(list(zip([1, 2], [3, 4], strict=True)))",
        "[(1, 3), (2, 4)]\n",
    );
}

#[test]
fn zip_builtin_bug_1() {
    err(
        "list(zip([1, 2], [3], strict=True))",
        "ValueError: zip() argument 2 is shorter than argument 1",
    );
    for (code, msg) in [
        (
            "list(zip([1], [3, 4], strict=True))",
            "argument 2 is longer than argument 1",
        ),
        (
            "list(zip([], [1], [], strict=True))",
            "argument 2 is longer than argument 1",
        ),
        (
            "list(zip([1], [3], [5, 6], strict=True))",
            "argument 3 is longer than arguments 1-2",
        ),
        (
            "list(zip([1, 2], [3, 4], [5], strict=True))",
            "argument 3 is shorter than arguments 1-2",
        ),
        (
            "list(zip([1, 2], [3], [5], strict=True))",
            "argument 2 is shorter than argument 1",
        ),
        (
            "list(zip([1, 2], [3, 4], [5, 6], [7], strict=True))",
            "argument 4 is shorter than arguments 1-3",
        ),
        (
            "list(zip([1], [], strict=[1]))",
            "argument 2 is shorter than argument 1",
        ),
    ] {
        err(code, &format!("ValueError: zip() {msg}"));
    }
    ok(
        "z = zip([1, 2], [3], strict=True)\nprint(next(z))\ntry:\n    next(z)\nexcept ValueError as e:\n    print(e)\nprint(list(zip([1], [2], strict=[])), list(zip([1], strict=True)), list(zip(strict=True)))",
        "(1, 3)\nzip() argument 2 is shorter than argument 1\n[(1, 2)] [(1,)] []\n",
    );
}

#[test]
fn zip_builtin_bug_2() {
    err("zip([], 1)", "TypeError: 'int' object is not iterable");
}

#[test]
fn zip_builtin_bug_3() {
    err(
        "zip(x=1)",
        "TypeError: 'x' is an invalid keyword argument for zip()",
    );
    err(
        "zip(1, x=1)",
        "TypeError: 'x' is an invalid keyword argument for zip()",
    );
    err(
        "zip([1], strict=1, x=2)",
        "TypeError: zip() takes at most 1 keyword argument (2 given)",
    );
    err(
        "zip(1, strict=1)",
        "TypeError: 'int' object is not iterable",
    );
}

#[test]
fn zip_builtin_bug_4() {
    // CPython: "Generator expression must be parenthesized (<string>, line 1)", a
    // compile-time SyntaxError (so `ErrorKind::Syntax`, and nothing runs).
    for code in [
        "list(zip(1 for _ in [1], 5))",
        "print('ran')\nzip(5, 1 for _ in [1])",
        "print(x for x in [], )",
        "print(*[], x for x in [])",
        "print((x) for x in [], 1)",
        "print(x for x in [] # a, b\n)\nprint(x for x in [], sep='')",
    ] {
        let e = LocalPythonExecutor::new().run(code).expect_err(code);
        assert_eq!(
            e.summary(),
            "SyntaxError: Generator expression must be parenthesized",
            "{code:?}"
        );
        assert_eq!(e.kind, ErrorKind::Syntax, "{code:?}");
        assert_eq!(e.logs, "", "{code:?}");
    }
    ok(
        "print(list(zip((x for x in [1]), 'a')), sum(x for x in [1, 2]), sum((x for x in [3]), 1))",
        "[(1, 'a')] 3 4\n",
    );
}

#[test]
fn zip_builtin_bug_5() {
    err("zip(1)", "TypeError: 'int' object is not iterable");
}

#[test]
fn map_builtin() {
    ok(
        "print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))",
        "['1', '2'] [3, 8]\n",
    );
    err(
        "map(len)",
        "TypeError: map() must have at least two arguments.",
    );
    err(
        "list(map(len, [1]))",
        "TypeError: object of type 'int' has no len()",
    );
}

#[test]
fn filter_builtin() {
    ok("print(list(filter(None, [0, 1, '', 'a', None])), list(filter(lambda x: x > 1, [1, 2, 3])))", "[1, 'a'] [2, 3]\n");
    err("filter(None, 5)", "TypeError: 'int' object is not iterable");
}

#[test]
fn sorted_builtin() {
    ok("print(sorted([3, 1, 2]), sorted('bca', reverse=True), sorted(['bb', 'a', 'ccc'], key=len))", "[1, 2, 3] ['c', 'b', 'a'] ['a', 'bb', 'ccc']\n");
    ok(
        "print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))",
        "[(0, 'z'), (1, 'a'), (1, 'b')]\n",
    );
    err(
        "sorted([1, 'a'])",
        "TypeError: '<' not supported between instances of 'str' and 'int'",
    );
    err("sorted(5)", "TypeError: 'int' object is not iterable");
}

#[test]
fn reversed_builtin() {
    ok(
        "print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))))",
        "[3, 2, 1] ['c', 'b', 'a'] [3, 2, 1, 0]\n",
    );
    err("reversed(5)", "TypeError: 'int' object is not reversible");
    err(
        "reversed({1, 2})",
        "TypeError: 'set' object is not reversible",
    );
}

#[test]
fn sum_builtin() {
    ok(
        "print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(10), 100))",
        "6 0.75 [1, 2] 145\n",
    );
    err(
        "sum(['a', 'b'])",
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    );
    err(
        "sum(['a', 'b'], '')",
        "TypeError: sum() can't sum strings [use ''.join(seq) instead]",
    );
    err("sum(5)", "TypeError: 'int' object is not iterable");
}

#[test]
fn min_builtin() {
    ok("print(min(3, 1, 2), min([4, 5]), min('bca'), min([], default=0), min(['aa', 'b'], key=len))", "1 4 a 0 b\n");
    err("min([])", "ValueError: min() arg is an empty sequence");
    err("min(1)", "TypeError: 'int' object is not iterable");
    err(
        "min(1, 'a')",
        "TypeError: '<' not supported between instances of 'str' and 'int'",
    );
}

#[test]
fn max_builtin() {
    ok("print(max(3, 1, 2), max([4, 5]), max('bca'), max([], default=None), max(['aa', 'b'], key=len))", "3 5 c None aa\n");
    err("max([])", "ValueError: max() arg is an empty sequence");
    err(
        "max()",
        "TypeError: max expected at least 1 argument, got 0",
    );
}

#[test]
fn abs_builtin() {
    ok(
        "print(abs(-3), abs(2.5), abs(-0.0), abs(True), abs(-10**20))",
        "3 2.5 0.0 1 100000000000000000000\n",
    );
    err("abs('a')", "TypeError: bad operand type for abs(): 'str'");
}

#[test]
fn round_builtin() {
    ok("print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(7), round(2.675, 2))", "2 4 0 1.23 1200 7 2.67\n");
    err(
        "round('a')",
        "TypeError: type str doesn't define __round__ method",
    );
    err(
        "round(1.5, 'a')",
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
    err(
        "round(float('inf'))",
        "OverflowError: cannot convert float infinity to integer",
    );
    err(
        "round(float('nan'))",
        "ValueError: cannot convert float NaN to integer",
    );
}

#[test]
fn divmod_builtin() {
    ok(
        "print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2))",
        "(3, 1) (-4, 1) (-4, -1) (3.0, 1.5)\n",
    );
    err(
        "divmod(1, 0)",
        "ZeroDivisionError: integer division or modulo by zero",
    );
    err("divmod(1.0, 0)", "ZeroDivisionError: float divmod()");
    err(
        "divmod('a', 1)",
        "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'",
    );
}

#[test]
fn pow_builtin() {
    ok(
        "print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2.0, 0.5), pow(3, -1, 7))",
        "1024 0.5 1 1.4142135623730951 5\n",
    );
    err(
        "pow(0, -1)",
        "ZeroDivisionError: 0.0 cannot be raised to a negative power",
    );
    err("pow(2, 3, 0)", "ValueError: pow() 3rd argument cannot be 0");
    err(
        "pow(2.0, 3, 5)",
        "TypeError: pow() 3rd argument not allowed unless all arguments are integers",
    );
    err(
        "pow(0.0, -1)",
        "ZeroDivisionError: 0.0 cannot be raised to a negative power",
    );
}

#[test]
fn any_builtin() {
    ok(
        "print(any([]), any([0, '', 1]), any(x > 2 for x in range(4)))",
        "False True True\n",
    );
    err("any(5)", "TypeError: 'int' object is not iterable");
}

#[test]
fn all_builtin() {
    ok(
        "print(all([]), all([1, 0]), all(x < 5 for x in range(4)))",
        "True False True\n",
    );
    err("all(None)", "TypeError: 'NoneType' object is not iterable");
}

#[test]
fn isinstance_builtin() {
    ok("print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance('a', str), isinstance([], object))", "True True False True True\n");
    err(
        "isinstance(1, 2)",
        "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
    );
    err(
        "isinstance(1)",
        "TypeError: isinstance expected 2 arguments, got 1",
    );
}

#[test]
fn type_builtin() {
    ok(
        "print(type(1), type('a'), type([]), type(None), type(type), type(1.0).__name__)",
        "<class 'int'> <class 'str'> <class 'list'> <class 'NoneType'> <class 'type'> float\n",
    );
    ok("print(type(1) is int, type(True) is bool)", "True True\n");
    err(
        "type(1).foo",
        "AttributeError: type object 'int' has no attribute 'foo'",
    );
    ok("type(5)()", "");
}

#[test]
fn type_builtin_bug_1() {
    err("type(1, 2)", "TypeError: type() takes 1 or 3 arguments");
}

#[test]
fn type_builtin_bug_2() {
    err("type()", "TypeError: type() takes 1 or 3 arguments");
    err(
        "type(1, 2, 3, 4)",
        "TypeError: type() takes 1 or 3 arguments",
    );
    err("type(x=1)", "TypeError: type() takes 1 or 3 arguments");
    err(
        "type(1, x=2)",
        "TypeError: type() takes no keyword arguments",
    );
    err(
        "type(1, 2, 3)",
        "TypeError: type.__new__() argument 1 must be str, not int",
    );
    err(
        "type('A', 2, 3)",
        "TypeError: type.__new__() argument 2 must be tuple, not int",
    );
    err(
        "type('A', (), {})",
        "NotImplementedError: this executor does not support creating classes with type() yet",
    );
}

#[test]
fn int_builtin() {
    ok("print(int('42'), int(' -7 '), int(3.9), int(-3.9), int('ff', 16), int('0b101', 0), int(True), int('1_000'), int())", "42 -7 3 -3 255 5 1 1000 0\n");
    err(
        "int('abc')",
        "ValueError: invalid literal for int() with base 10: 'abc'",
    );
    err(
        "int('12', 1)",
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    err(
        "int(float('inf'))",
        "OverflowError: cannot convert float infinity to integer",
    );
    err(
        "int(float('nan'))",
        "ValueError: cannot convert float NaN to integer",
    );
    err("int([])", "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'");
    err(
        "int('')",
        "ValueError: invalid literal for int() with base 10: ''",
    );
}

#[test]
fn float_builtin() {
    ok("print(float('1.5'), float(' -2 '), float(3), float('inf'), float('-nan'), float('1e3'), float())", "1.5 -2.0 3.0 inf nan 1000.0 0.0\n");
    err(
        "float('abc')",
        "ValueError: could not convert string to float: 'abc'",
    );
    err(
        "float([])",
        "TypeError: float() argument must be a string or a real number, not 'list'",
    );
    err(
        "float(10**400)",
        "OverflowError: int too large to convert to float",
    );
}

#[test]
fn str_builtin() {
    ok("print(str(1), str(1.0), str([1, 'a']), str(None), str(b'ab'), str(1e100), str(0.1 + 0.2), str())", "1 1.0 [1, 'a'] None b'ab' 1e+100 0.30000000000000004 \n");
    ok("print(str(b'ab', 'utf-8'))", "ab\n");
    err(
        "str(1, 2, 3, 4)",
        "TypeError: str() takes at most 3 arguments (4 given)",
    );
}

#[test]
fn str_builtin_bug_1() {
    err(
        "str(1, 2)",
        "TypeError: str() argument 'encoding' must be str, not int",
    );
    err(
        "str(1, 'utf-8', 2)",
        "TypeError: str() argument 'errors' must be str, not int",
    );
    err(
        "str(1, 'utf-8')",
        "TypeError: decoding to str: need a bytes-like object, int found",
    );
    err(
        "str('a', 'utf-8')",
        "TypeError: decoding str is not supported",
    );
    err("str(b'x', 'nope')", "LookupError: unknown encoding: nope");
    err(
        "str(b'\\xff', 'utf-8')",
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
    );
    err(
        "str(b'\\xff', 'utf-8', 'bogus')",
        "LookupError: unknown error handler name 'bogus'",
    );
    ok(
        "print(repr(str(b'\\xff', 'utf-8', 'replace')), repr(str(b'a\\xff', 'ascii', 'ignore')), str(b'\\xe9', 'latin-1'), str(object=b'x', encoding='ascii'), repr(str(b'\\xff', errors='replace')), repr(str(b'', 'nope')))",
        "'\u{fffd}' 'a' \u{e9} x '\u{fffd}' ''\n",
    );
}

#[test]
fn bool_builtin() {
    ok(
        "print(bool(0), bool(''), bool([1]), bool(None), bool(0.0), bool('False'), bool())",
        "False False True False False True False\n",
    );
    ok("print(True + True, True * 3)", "2 3\n");
    err(
        "bool(1, 2)",
        "TypeError: bool expected at most 1 argument, got 2",
    );
}

#[test]
fn list_builtin() {
    ok(
        "print(list('abc'), list((1, 2)), list({1: 'a'}), list(range(3)), list())",
        "['a', 'b', 'c'] [1, 2] [1] [0, 1, 2] []\n",
    );
    err("list(5)", "TypeError: 'int' object is not iterable");
    err(
        "list(1, 2)",
        "TypeError: list expected at most 1 argument, got 2",
    );
    err("[1][5]", "IndexError: list index out of range");
}

#[test]
fn dict_builtin() {
    ok(
        "print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=3), dict())",
        "{'a': 1, 'b': 2} {1: 2, 3: 4} {1: 2, 'x': 3} {}\n",
    );
    err(
        "dict([1, 2])",
        "TypeError: cannot convert dictionary update sequence element #0 to a sequence",
    );
    err(
        "dict([(1, 2, 3)])",
        "ValueError: dictionary update sequence element #0 has length 3; 2 is required",
    );
    err("{}['missing']", "KeyError: 'missing'");
    err("{[1]: 2}", "TypeError: unhashable type: 'list'");
}

#[test]
fn set_builtin() {
    ok(
        "print(sorted(set([3, 3, 1])), set('aa'), set(), sorted({1, 2} | {3}), {5}, set([7, 7]))",
        "[1, 3] {'a'} set() [1, 2, 3] {5} {7}\n",
    );
    err("set(5)", "TypeError: 'int' object is not iterable");
    err("{[1]}", "TypeError: unhashable type: 'list'");
}

#[test]
fn set_builtin_bug_1() {
    ok("print(set([3, 3, 1]), {10, 2, 5})", "{1, 3} {10, 2, 5}\n");
}

#[test]
fn set_builtin_bug_2() {
    err("set().pop()", "KeyError: 'pop from an empty set'");
}

#[test]
fn set_builtin_bug_3() {
    err("set([1]).remove(2)", "KeyError: 2");
}

#[test]
fn tuple_builtin() {
    ok(
        "print(tuple([1, 2]), tuple('ab'), tuple(), (1,), tuple(range(2)))",
        "(1, 2) ('a', 'b') () (1,) (0, 1)\n",
    );
    err("tuple(5)", "TypeError: 'int' object is not iterable");
    err("(1, 2)[3]", "IndexError: tuple index out of range");
}

#[test]
fn frozenset_builtin() {
    ok("print(frozenset([1, 2, 2]), frozenset(), frozenset('a') == {'a'}, len(frozenset(range(5))))", "frozenset({1, 2}) frozenset() True 5\n");
    err("frozenset(1)", "TypeError: 'int' object is not iterable");
    err("frozenset([[1]])", "TypeError: unhashable type: 'list'");
}

#[test]
fn repr_builtin() {
    ok("print(repr('a'), repr(\"it's\"), repr('a\"b\\'c'), repr(1.0), repr([1, 'x', None]), repr({'a': (1,)}), repr(b'\\x00a\\n'))", "'a' \"it's\" 'a\"b\\'c' 1.0 [1, 'x', None] {'a': (1,)} b'\\x00a\\n'\n");
    ok("print(repr(set()), repr(frozenset()), repr({}), repr(()), repr(1e16), repr(-0.0), repr(float('inf')))", "set() frozenset() {} () 1e+16 -0.0 inf\n");
    err(
        "repr()",
        "TypeError: repr() takes exactly one argument (0 given)",
    );
}

#[test]
fn hash_builtin() {
    ok("print(hash(1), hash(-1), hash(True), hash(0) == hash(0.0), hash('a') == hash('a'), hash((1, 2)) == hash((1, 2)), hash(1.5))", "1 -2 1 True True True 1152921504606846977\n");
    err("hash([])", "TypeError: unhashable type: 'list'");
    err("hash({})", "TypeError: unhashable type: 'dict'");
    err("hash((1, [2]))", "TypeError: unhashable type: 'list'");
}

#[test]
fn chr_builtin() {
    ok("print(chr(65), chr(0x263a), chr(97) + chr(98))", "A ☺ ab\n");
    err("chr(-1)", "ValueError: chr() arg not in range(0x110000)");
    err(
        "chr(0x110000)",
        "ValueError: chr() arg not in range(0x110000)",
    );
    err(
        "chr('a')",
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
}

#[test]
fn ord_builtin() {
    ok("print(ord('a'), ord('€'), ord('\\n'))", "97 8364 10\n");
    err(
        "ord('ab')",
        "TypeError: ord() expected a character, but string of length 2 found",
    );
    err(
        "ord('')",
        "TypeError: ord() expected a character, but string of length 0 found",
    );
    err(
        "ord(1)",
        "TypeError: ord() expected string of length 1, but int found",
    );
}

#[test]
fn hex_builtin() {
    ok(
        "print(hex(255), hex(-255), hex(0), hex(10**20))",
        "0xff -0xff 0x0 0x56bc75e2d63100000\n",
    );
    err(
        "hex(1.5)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    err(
        "hex('a')",
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
}

#[test]
fn oct_builtin() {
    ok("print(oct(8), oct(-8), oct(0))", "0o10 -0o10 0o0\n");
    err(
        "oct(1.0)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
}

#[test]
fn bin_builtin() {
    ok("print(bin(5), bin(-5), bin(0))", "0b101 -0b101 0b0\n");
    err(
        "bin('1')",
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
}

#[test]
fn format_builtin() {
    ok("print(format(3.14159, '.2f'), format(42, '05d'), format('ab', '>5'), format(255, 'x'), format(1234567, ','), format(0.5, '%'), format(12))", "3.14 00042    ab ff 1,234,567 50.000000% 12\n");
    ok("print(format(1.0, 'e'), format('x', '^7'), format(-3, '+d'), format(10, 'b'), format(3.0, 'g'), f'{7:>4}|{\"s\":<3}|')", "1.000000e+00    x    -3 1010 3    7|s  |\n");
    err(
        "format(1, 's')",
        "ValueError: Unknown format code 's' for object of type 'int'",
    );
    err(
        "format('a', 'd')",
        "ValueError: Unknown format code 'd' for object of type 'str'",
    );
    err(
        "format(1.5, 'x')",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
}

#[test]
fn iter_builtin() {
    ok(
        "it = iter([1, 2]); print(next(it), next(it), list(iter('ab')))",
        "1 2 ['a', 'b']\n",
    );
    err("iter(5)", "TypeError: 'int' object is not iterable");
    err("iter(None)", "TypeError: 'NoneType' object is not iterable");
}

#[test]
fn next_builtin() {
    ok(
        "it = iter([1]); print(next(it), next(it, 'done'))",
        "1 done\n",
    );
    err("next(iter([]))", "StopIteration");
    err("next([1])", "TypeError: 'list' object is not an iterator");
    err("g = (x for x in [1]); next(g); next(g)", "StopIteration");
}

#[test]
fn callable_builtin() {
    ok("def f(): pass\nprint(callable(f), callable(len), callable(int), callable(1), callable('a'), callable(lambda: 0))", "True True True False False True\n");
    err(
        "callable()",
        "TypeError: callable() takes exactly one argument (0 given)",
    );
    err(
        "callable(1, 2)",
        "TypeError: callable() takes exactly one argument (2 given)",
    );
}
