//! `functools`: edge cases of `partial`, `lru_cache`, `wraps`, `total_ordering`,
//! `cmp_to_key`, `reduce` (expected output checked against CPython 3.11).

mod common;
use common::{err, ok};

#[test]
fn partial_repr_flattening_and_keyword_override() {
    ok(
        "from functools import partial\ndef f(a, b=0, *, c=1):\n    return (a, b, c)\np = partial(f, 1, c=5)\nprint(repr(p).startswith('functools.partial(<function f at 0x'), repr(p).endswith('>, 1, c=5)'))\nq = partial(p, 2)\nprint(q.func is f, q.args, q.keywords, q(), q(c=9))\nprint(repr(partial(len, [1])) == 'functools.partial(<built-in function len>, [1])')\nprint(callable(p), partial(max, key=abs)(-5, 3))\n",
        "True True\nTrue (1, 2) {'c': 5} (1, 2, 5) (1, 2, 9)\nTrue\nTrue -5\n",
    );
    err(
        "from functools import partial\npartial()",
        "TypeError: type 'partial' takes at least one argument",
    );
    err(
        "from functools import partial\npartial(f=1)",
        "TypeError: type 'partial' takes at least one argument",
    );
}

#[test]
fn lru_cache_keys_follow_make_key() {
    ok(
        "from functools import lru_cache\n@lru_cache(maxsize=None)\ndef f(*a, **k):\n    return len(a) + len(k)\nf(1); f(1.0); f(True); f(1); f(x=1); f(x=1); f((1, 2))\nprint(f.cache_info())\n@lru_cache(maxsize=2, typed=True)\ndef g(x):\n    return x\ng(1); g(1.0); g(1)\nprint(g.cache_info(), g.cache_parameters())\n@lru_cache(maxsize=0)\ndef h(x):\n    return x\nh(1); h(1)\nprint(h.cache_info())\n@lru_cache(maxsize=-5)\ndef z(x):\n    return x\nz(3); z(3)\nprint(z.cache_info())\n",
        "CacheInfo(hits=3, misses=4, maxsize=None, currsize=4)\nCacheInfo(hits=1, misses=2, maxsize=2, currsize=2) {'maxsize': 2, 'typed': True}\nCacheInfo(hits=0, misses=2, maxsize=0, currsize=0)\nCacheInfo(hits=0, misses=2, maxsize=0, currsize=0)\n",
    );
    err(
        "from functools import lru_cache\nlru_cache('big')",
        "TypeError: Expected first argument to be an integer, a callable, or None",
    );
    err(
        "from functools import cache\n@cache\ndef f(d):\n    return 1\nf({})",
        "TypeError: unhashable type: 'dict'",
    );
}

#[test]
fn lru_cache_evicts_least_recently_used() {
    ok(
        "from functools import lru_cache\n@lru_cache(maxsize=2)\ndef f(x):\n    print('miss', x)\n    return x\nf(1); f(2); f(1); f(3); f(1); f(2)\nprint(f.cache_info())\n",
        "miss 1\nmiss 2\nmiss 3\nmiss 2\nCacheInfo(hits=2, misses=4, maxsize=2, currsize=2)\n",
    );
}

#[test]
fn lru_cache_on_methods_binds_self() {
    ok(
        "from functools import lru_cache\nclass Calc:\n    def __init__(self, k):\n        self.k = k\n    @lru_cache(maxsize=None)\n    def scaled(self, x):\n        return self.k * x\na, b = Calc(2), Calc(3)\nprint(a.scaled(5), b.scaled(5), a.scaled(5), Calc.scaled.cache_info())\n",
        "10 15 10 CacheInfo(hits=1, misses=2, maxsize=None, currsize=2)\n",
    );
}

#[test]
fn reduce_messages() {
    err(
        "import functools\nfunctools.reduce(lambda a, b: a, [])",
        "TypeError: reduce() of empty iterable with no initial value",
    );
    err(
        "import functools\nfunctools.reduce(len)",
        "TypeError: reduce expected at least 2 arguments, got 1",
    );
    err(
        "import functools\nfunctools.reduce(len, [], 0, 1)",
        "TypeError: reduce expected at most 3 arguments, got 4",
    );
    ok(
        "import functools\nprint(functools.reduce(lambda a, b: a * b, iter([2, 3, 4])), functools.reduce(max, [], 'init'))\n",
        "24 init\n",
    );
}

#[test]
fn wraps_copies_metadata_and_sets_wrapped() {
    ok(
        "import functools\ndef deco(f):\n    @functools.wraps(f)\n    def inner(*a):\n        return f(*a)\n    return inner\n@deco\ndef area(w, h):\n    return w * h\nprint(area.__name__, area.__qualname__, area.__doc__, area.__wrapped__(2, 3), area(4, 5))\ndef outer():\n    def nested():\n        pass\n    return nested\nn = outer()\nw = functools.update_wrapper(lambda: 1, n)\nprint(w.__name__, w.__qualname__)\nn.note = 'kept'\nw2 = functools.update_wrapper(lambda: 2, n)\nprint(w2.note, w2.__wrapped__ is n)\n",
        "area area None 6 20\nnested outer.<locals>.nested\nkept True\n",
    );
    err(
        "def f():\n    pass\ndel f.missing",
        "AttributeError: 'function' object has no attribute 'missing'",
    );
}

#[test]
fn total_ordering_from_each_root() {
    ok(
        "from functools import total_ordering\n@total_ordering\nclass G:\n    def __init__(self, v):\n        self.v = v\n    def __eq__(self, o):\n        return self.v == o.v\n    def __ge__(self, o):\n        return self.v >= o.v\na, b = G(1), G(2)\nprint(a < b, a <= b, a > b, b > a, a <= a, a < a)\n@total_ordering\nclass L:\n    def __init__(self, v):\n        self.v = v\n    def __eq__(self, o):\n        return self.v == o.v\n    def __le__(self, o):\n        return self.v <= o.v\nx, y = L(1), L(2)\nprint(x < y, x > y, x >= y, y >= x, x < x)\nprint(sorted([L(3), L(1), L(2)], reverse=True)[0].v)\n",
        "True True False True True False\nTrue False False True False\n3\n",
    );
    err(
        "from functools import total_ordering\n@total_ordering\nclass A:\n    def __eq__(self, o):\n        return True\n",
        "ValueError: must define at least one ordering operation: < > <= >=",
    );
}

#[test]
fn total_ordering_passes_not_implemented_through() {
    ok(
        "from functools import total_ordering\n@total_ordering\nclass V:\n    def __init__(self, v):\n        self.v = v\n    def __eq__(self, o):\n        return isinstance(o, V) and self.v == o.v\n    def __lt__(self, o):\n        if not isinstance(o, V):\n            return NotImplemented\n        return self.v < o.v\ntry:\n    V(1) >= 'x'\nexcept TypeError as e:\n    print(e)\nprint(V.__ge__(V(1), 'x'))\n",
        "'>=' not supported between instances of 'V' and 'str'\nNotImplemented\n",
    );
}

#[test]
fn cmp_to_key_keys() {
    ok(
        "from functools import cmp_to_key\nK = cmp_to_key(lambda a, b: (a > b) - (a < b))\nprint(sorted([3, 1, 2], key=K), K(1) != K(2), K(2) >= K(2))\nimport heapq\nprint(heapq.nsmallest(2, [5, 3, 9], key=K))\n",
        "[1, 2, 3] True True\n[3, 5]\n",
    );
    err(
        "from functools import cmp_to_key\nhash(cmp_to_key(len)(1))",
        "TypeError: unhashable type: 'functools.KeyWrapper'",
    );
    err(
        "from functools import cmp_to_key\nsorted([1, 2], key=cmp_to_key(lambda a, b: 'x'))",
        "TypeError: '<' not supported between instances of 'str' and 'int'",
    );
}

#[test]
fn cached_property_is_computed_once_per_instance() {
    ok(
        "from functools import cached_property\nclass C:\n    n = 0\n    @cached_property\n    def val(self):\n        C.n += 1\n        return C.n * 10\na, b = C(), C()\nprint(a.val, a.val, b.val, C.n)\na.val = 1\nprint(a.val)\n",
        "10 10 20 2\n1\n",
    );
}

#[test]
fn singledispatch_is_refused_by_name() {
    err(
        "import functools\n@functools.singledispatch\ndef f(x):\n    pass",
        "NotImplementedError: functools.singledispatch is not supported in this sandbox",
    );
}

#[test]
fn memoised_recursion_runs_deeper_than_native_nesting() {
    ok(
        "from functools import lru_cache\n@lru_cache(maxsize=None)\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(400) % 1000, fib.cache_info())\n@lru_cache(maxsize=16)\ndef depth(n, step=1):\n    return 0 if n <= 0 else depth(n - step, step=step) + 1\nprint(depth(450), depth(450, step=2), depth.cache_info())\nclass T:\n    @lru_cache(maxsize=None)\n    def f(self, n):\n        return 1 if n == 0 else self.f(n - 1) * 2 % 1000003\nprint(T().f(300))\ntry:\n    fib('x')\nexcept TypeError as e:\n    print('TypeError', e)\nprint(fib.cache_info(), sorted(map(fib, [3, 1, 2])))\n",
        "675 CacheInfo(hits=398, misses=401, maxsize=None, currsize=401)\n450 225 CacheInfo(hits=0, misses=677, maxsize=16, currsize=16)\n469081\nTypeError '<' not supported between instances of 'str' and 'int'\nCacheInfo(hits=398, misses=402, maxsize=None, currsize=401) [1, 1, 2]\n",
    );
}
