//! `bytearray` (a mutable `bytes`) and `bytes % args`.
//! Expectations were produced by CPython 3.11 and are hard-coded here.

mod common;

use common::{err, ok};

#[test]
fn construct_and_repr() {
    ok("print(bytearray(), bytearray(3), bytearray(b'xyz'), bytearray([65, 66]), bytearray(range(3)))", "bytearray(b'') bytearray(b'\\x00\\x00\\x00') bytearray(b'xyz') bytearray(b'AB') bytearray(b'\\x00\\x01\\x02')\n");
    ok("print(bytearray('é', 'utf-8'), bytearray('é', 'latin-1'), bytearray(bytearray(b'q')), bytes(bytearray(b'q')))", "bytearray(b'\\xc3\\xa9') bytearray(b'\\xe9') bytearray(b'q') b'q'\n");
    ok("print(repr(bytearray(b\"it's\")), repr(bytearray(b'a\"b')), [bytearray(b'\\x00\\xff')], str(bytearray(b'a')))", "bytearray(b\"it\\'s\") bytearray(b'a\"b') [bytearray(b'\\x00\\xff')] bytearray(b'a')\n");
    ok("print(type(bytearray()), isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes))", "<class 'bytearray'> True False\n");
    err(
        "bytearray(3.5)",
        "TypeError: cannot convert 'float' object to bytearray",
    );
    err(
        "bytearray([256])",
        "ValueError: byte must be in range(0, 256)",
    );
    err(
        "bytearray('a')",
        "TypeError: string argument without an encoding",
    );
    err(
        "bytearray(b'a', 'utf-8')",
        "TypeError: encoding without a string argument",
    );
    err("bytearray(-1)", "ValueError: negative count");
    err(
        "bytearray(['a'])",
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
}

#[test]
fn sequence_protocol() {
    ok("b = bytearray(b'abc'); print(len(b), b[0], b[-1], b[1:], b[::-1], list(b), 98 in b, b'bc' in b, bool(b), bool(bytearray()))", "3 97 99 bytearray(b'bc') bytearray(b'cba') [97, 98, 99] True True True False\n");
    ok("print(bytearray(b'a') + b'b', b'a' + bytearray(b'b'), bytearray(b'xy') * 2, 2 * bytearray(b'z'))", "bytearray(b'ab') b'ab' bytearray(b'xyxy') bytearray(b'zz')\n");
    ok("print(bytearray(b'ab') == b'ab', b'ab' == bytearray(b'ab'), bytearray(b'a') < b'b', bytearray(b'a') != bytearray(b'a'))", "True True True False\n");
    ok("print(sorted(bytearray(b'cab')), max(bytearray(b'cab')), list(reversed(bytearray(b'ab'))))", "[97, 98, 99] 99 [98, 97]\n");
    err(
        "bytearray(b'abc')[5]",
        "IndexError: bytearray index out of range",
    );
    err(
        "bytearray(b'abc')['x']",
        "TypeError: bytearray indices must be integers or slices, not str",
    );
    err(
        "300 in bytearray(b'a')",
        "ValueError: byte must be in range(0, 256)",
    );
    err(
        "'a' in bytearray(b'a')",
        "TypeError: a bytes-like object is required, not 'str'",
    );
    err(
        "bytearray(b'a') + 1",
        "TypeError: can't concat int to bytearray",
    );
    err(
        "'s' + bytearray(b'a')",
        "TypeError: can only concatenate str (not \"bytearray\") to str",
    );
    err(
        "hash(bytearray())",
        "TypeError: unhashable type: 'bytearray'",
    );
    err(
        "{bytearray(): 1}",
        "TypeError: unhashable type: 'bytearray'",
    );
}

#[test]
fn item_assignment() {
    ok(
        "b = bytearray(b'hello'); b[0] = 74; b[-1] = 33; print(b)",
        "bytearray(b'Jell!')\n",
    );
    ok("b = bytearray(b'hello'); b[1:3] = b'XYZ'; print(b); b[::2] = [1, 2, 3]; print(b); b[0:0] = bytearray(b'>'); print(b)", "bytearray(b'hXYZlo')\nbytearray(b'\\x01X\\x02Z\\x03o')\nbytearray(b'>\\x01X\\x02Z\\x03o')\n");
    ok(
        "b = bytearray(b'hello'); del b[0]; del b[::2]; print(b); del b[:]; print(b)",
        "bytearray(b'lo')\nbytearray(b'')\n",
    );
    ok(
        "b = bytearray(b'ab'); c = b; c += b'cd'; c *= 2; print(c is b, b)",
        "True bytearray(b'abcdabcd')\n",
    );
    err(
        "b = bytearray(b'a'); b[0] = 256",
        "ValueError: byte must be in range(0, 256)",
    );
    err(
        "b = bytearray(b'a'); b[0] = 'x'",
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
    err(
        "b = bytearray(b'a'); b[3] = 1",
        "IndexError: bytearray index out of range",
    );
    err(
        "b = bytearray(b'abc'); b[0:1] = 5",
        "TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)",
    );
    err(
        "b = bytearray(b'abc'); b[::2] = b'x'",
        "ValueError: attempt to assign bytes of size 1 to extended slice of size 2",
    );
    err(
        "b = bytearray(b'abc'); del b[7]",
        "IndexError: bytearray index out of range",
    );
}

#[test]
fn mutating_methods() {
    ok("b = bytearray(); b.append(97); b.extend(b'bc'); b.extend([100, 101]); b.insert(0, 65); b.insert(-1, 66); print(b)", "bytearray(b'AabcdBe')\n");
    ok("b = bytearray(b'abcb'); print(b.pop(), b.pop(0), b); b.remove(98); print(b); b.reverse(); print(b)", "98 97 bytearray(b'bc')\nbytearray(b'c')\nbytearray(b'c')\n");
    ok(
        "b = bytearray(b'abc'); c = b.copy(); c.append(100); b.clear(); print(b, c)",
        "bytearray(b'') bytearray(b'abcd')\n",
    );
    err("bytearray().pop()", "IndexError: pop from empty bytearray");
    err(
        "bytearray(b'a').pop(5)",
        "IndexError: pop index out of range",
    );
    err(
        "bytearray(b'a').remove(120)",
        "ValueError: value not found in bytearray",
    );
    err(
        "bytearray(b'a').extend(5)",
        "TypeError: can't extend bytearray with int",
    );
    err(
        "bytearray(b'a').extend('ab')",
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
    err(
        "bytearray(b'a').append(256)",
        "ValueError: byte must be in range(0, 256)",
    );
    err(
        "bytearray(b'a').append()",
        "TypeError: bytearray.append() takes exactly one argument (0 given)",
    );
    err(
        "bytearray(b'a').copy(1)",
        "TypeError: bytearray.copy() takes no arguments (1 given)",
    );
}

#[test]
fn bytes_methods() {
    ok("b = bytearray(b' a b '); print(b.split(), b.strip(), b.upper(), b.replace(b'a', b'X'), b.find(b'b'), b.count(32))", "[bytearray(b'a'), bytearray(b'b')] bytearray(b'a b') bytearray(b' A B ') bytearray(b' X b ') 3 3\n");
    ok("print(bytearray(b'abc').decode(), bytearray(b'abc').hex(), bytearray(b'abc').hex(':'), bytearray.fromhex('4142'))", "abc 616263 61:62:63 bytearray(b'AB')\n");
    ok("print(bytearray(b'abc').partition(b'b'), bytearray(b'-').join([b'a', bytearray(b'b')]), b'-'.join([bytearray(b'a'), b'b']))", "(bytearray(b'a'), bytearray(b'b'), bytearray(b'c')) bytearray(b'a-b') b'a-b'\n");
    ok("print(bytearray(b'abc').startswith((b'x', b'a')), b'abc'.endswith(bytearray(b'c')), bytearray(b'a\\nb').splitlines())", "True True [bytearray(b'a'), bytearray(b'b')]\n");
    ok(
        "print(str(bytearray(b'hi'), 'ascii'), int(bytearray(b'42')), ord(bytearray(b'a')))",
        "hi 42 97\n",
    );
    err(
        "bytearray(b'abc').index(b'z')",
        "ValueError: subsection not found",
    );
}

#[test]
fn percent_formatting() {
    ok("print(b'%d-%s' % (5, b'x'), bytearray(b'%x') % 255, b'%5s|%-4b|%.1s' % (b'ab', bytearray(b'c'), b'xyz'))", "b'5-x' bytearray(b'ff') b'   ab|c   |x'\n");
    ok(
        "print(b'%c%c' % (65, b'B'), b'%r' % 'e', b'%(k)s' % {b'k': b'v'}, b'%05.1f' % 2.25)",
        "b'AB' b\"'e'\" b'v' b'002.2'\n",
    );
    err("b'%s' % 'x'", "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
    err("b'%c' % 300", "OverflowError: %c arg not in range(256)");
    err(
        "b'%c' % 'a'",
        "TypeError: %c requires an integer in range(256) or a single byte",
    );
    err(
        "b'%d' % (1, 2)",
        "TypeError: not all arguments converted during bytes formatting",
    );
    err(
        "'%b' % 1",
        "ValueError: unsupported format character 'b' (0x62) at index 1",
    );
}
