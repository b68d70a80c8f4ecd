//! `operator`: the functions go through the VM's operators (so user dunders apply),
//! the getters' reprs and messages (expected output checked against CPython 3.11).

mod common;
use common::{err, ok};

#[test]
fn functions_use_user_dunders() {
    ok(
        "import operator as op\nclass V:\n    def __init__(self, x):\n        self.x = x\n    def __add__(self, o):\n        return V(self.x + o.x)\n    def __iadd__(self, o):\n        self.x += o.x\n        return self\n    def __neg__(self):\n        return V(-self.x)\n    def __eq__(self, o):\n        return self.x == o.x\n    def __lt__(self, o):\n        return self.x < o.x\n    def __getitem__(self, i):\n        return self.x * i\n    def __contains__(self, i):\n        return i == self.x\n    def __index__(self):\n        return self.x\n    def __bool__(self):\n        return self.x != 0\na, b = V(2), V(5)\nprint(op.add(a, b).x, op.neg(a).x, op.eq(a, V(2)), op.lt(b, a), op.gt(b, a), op.getitem(a, 10), op.contains(a, 2))\nc = op.iadd(a, b)\nprint(c is a, a.x, op.index(b), op.truth(V(0)), op.not_(V(0)), [10, 20, 30, 40, 50, 60][op.index(b)])\n",
        "7 -2 True False True 20 True\nTrue 7 5 False True 60\n",
    );
}

#[test]
fn arity_and_type_errors() {
    err(
        "import operator\noperator.add(1)",
        "TypeError: add expected 2 arguments, got 1",
    );
    err(
        "import operator\noperator.neg()",
        "TypeError: _operator.neg() takes exactly one argument (0 given)",
    );
    err(
        "import operator\noperator.itemgetter()",
        "TypeError: itemgetter expected 1 argument, got 0",
    );
    err(
        "import operator\noperator.itemgetter(1)()",
        "TypeError: itemgetter expected 1 argument, got 0",
    );
    err(
        "import operator\noperator.attrgetter(1)",
        "TypeError: attribute name must be a string",
    );
    err(
        "import operator\noperator.methodcaller()",
        "TypeError: methodcaller needs at least one argument, the method name",
    );
    err(
        "import operator\noperator.methodcaller(3)",
        "TypeError: method name must be a string",
    );
    err(
        "import operator\noperator.concat([1], (2,))",
        "TypeError: can only concatenate list (not \"tuple\") to list",
    );
    err(
        "import operator\noperator.sub('a', 1)",
        "TypeError: unsupported operand type(s) for -: 'str' and 'int'",
    );
}

#[test]
fn getters_reprs_and_results() {
    ok(
        "from operator import itemgetter, attrgetter, methodcaller\nprint(itemgetter(1), itemgetter('a', 2), attrgetter('x', 'y.z'), methodcaller('f', 1, k='v'))\nprint(itemgetter(0, -1)('hello'), itemgetter(1)(range(5)), itemgetter('k')({'k': None}))\nprint(methodcaller('count', 'a')('banana'), methodcaller('join', ['a', 'b'])('-'))\nprint(attrgetter('real', 'imag')(3), attrgetter('start')(range(2, 5)))\nprint(sorted({'b': 2, 'a': 3}.items(), key=itemgetter(1)), callable(itemgetter(0)))\n",
        "operator.itemgetter(1) operator.itemgetter('a', 2) operator.attrgetter('x', 'y.z') operator.methodcaller('f', 1, k='v')\n('h', 'o') 1 None\n3 a-b\n(3, 0) 2\n[('b', 2), ('a', 3)] True\n",
    );
}

#[test]
fn sorted_with_itemgetter_matches_a_lambda_key() {
    ok(
        "from operator import itemgetter\nrows = [(i * 7919 % 101, i % 3, str(i)) for i in range(300)]\nprint(sorted(rows, key=itemgetter(0)) == sorted(rows, key=lambda r: r[0]))\nprint(sorted(rows, key=itemgetter(1), reverse=True) == sorted(rows, key=lambda r: r[1], reverse=True))\nprint(sorted(rows, key=itemgetter(1, 0))[:3])\ntry:\n    sorted([{'a': 1}, {'b': 2}], key=itemgetter('a'))\nexcept KeyError as e:\n    print('KeyError', e)\ntry:\n    sorted([(1,), ('x',)], key=itemgetter(0))\nexcept TypeError as e:\n    print('TypeError', e)\n",
        "True\nTrue\n[(0, 0, '0'), (1, 0, '69'), (2, 0, '138')]\nKeyError 'a'\nTypeError '<' not supported between instances of 'str' and 'int'\n",
    );
}

#[test]
fn sequence_helpers() {
    ok(
        "import operator as op\nprint(op.countOf((1, 2, 1.0, True), 1), op.indexOf(iter('abc'), 'c'), op.length_hint([1, 2]), op.length_hint(5, 7))\nl = [1, 2, 3]\nop.setitem(l, slice(0, 2), ['x'])\nop.delitem(l, -1)\nprint(l, op.is_(l, l), op.is_not(l, [l]), op.concat('ab', 'cd'), op.iconcat([1], (2,)))\nprint(op.call(max, 1, 5, key=lambda v: -v), op.matmul.__name__, op.ipow(2, 10), op.ilshift(1, 3))\n",
        "3 2 2 7\n['x'] True True abcd [1, 2]\n1 matmul 1024 8\n",
    );
    err(
        "import operator\noperator.indexOf([1, 2], 9)",
        "ValueError: sequence.index(x): x not in sequence",
    );
    err(
        "import operator\noperator.index(2.0)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
}
