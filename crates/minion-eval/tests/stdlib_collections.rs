//! `collections`: behaviour checked against what CPython 3.11 printed.

mod common;
use common::ok;

#[test]
fn counter_missing_key_reads_zero_without_inserting() {
    ok(
        "from collections import Counter\nc = Counter(\"aab\")\nprint(c[\"z\"], len(c), \"z\" in c, c)\nc[\"z\"] += 2\nprint(c, c.most_common(1), c.most_common(0), c.most_common(-1), c.most_common(10))\n",
        "0 2 False Counter({'a': 2, 'b': 1})\nCounter({'a': 2, 'z': 2, 'b': 1}) [('a', 2)] [] [] [('a', 2), ('z', 2), ('b', 1)]\n",
    );
}

#[test]
fn counter_most_common_keeps_insertion_order_among_ties() {
    ok(
        "from collections import Counter\nc = Counter(\"zyxzyxw\")\nprint(c.most_common(), c.most_common(2), c)\nprint(Counter({\"a\": 1.5, \"b\": 3, \"c\": True}).most_common())\nprint(repr(Counter(a=\"x\", b=\"y\")), repr(Counter(a=\"x\", b=1)))\n",
        "[('z', 2), ('y', 2), ('x', 2), ('w', 1)] [('z', 2), ('y', 2)] Counter({'z': 2, 'y': 2, 'x': 2, 'w': 1})\n[('b', 3), ('a', 1.5), ('c', True)]\nCounter({'b': 'y', 'a': 'x'}) Counter({'a': 'x', 'b': 1})\n",
    );
}

#[test]
fn counter_update_and_subtract_count() {
    ok(
        "from collections import Counter\nc = Counter()\nc.update(\"abc\")\nc.update([\"a\"], b=5)\nc.update({\"a\": 10})\nc.update(Counter(c=\"x\" and 2))\nprint(c)\nc.subtract(\"aaa\")\nc.subtract({\"b\": 10}, z=1)\nprint(c, c.total())\nc.update()\nprint(Counter(a=1.5) + Counter(a=1), Counter([\"x\"] * 3, x=1))\n",
        "Counter({'a': 12, 'b': 6, 'c': 3})\nCounter({'a': 9, 'c': 3, 'z': -1, 'b': -4}) 7\nCounter({'a': 2.5}) Counter({'x': 4})\n",
    );
}

#[test]
fn counter_operators_drop_non_positive() {
    ok(
        "from collections import Counter\na = Counter(x=3, y=1, z=-1)\nb = Counter(x=1, y=4, w=2)\nprint(a + b, a - b, b - a, a | b, a & b, +a, -a)\nc = Counter(x=1)\nd = c\nc += Counter(x=-1, y=2)\nprint(c, d is c)\nc -= Counter(y=5)\nprint(c)\n",
        "Counter({'y': 5, 'x': 4, 'w': 2}) Counter({'x': 2}) Counter({'y': 3, 'w': 2, 'z': 1}) Counter({'y': 4, 'x': 3, 'w': 2}) Counter({'x': 1, 'y': 1}) Counter({'x': 3, 'y': 1}) Counter({'z': 1})\nCounter({'y': 2}) True\nCounter()\n",
    );
}

#[test]
fn counter_errors() {
    ok(
        "def t(f, *a, **k):\n    try:\n        print(\"OK\", repr(f(*a, **k)))\n    except Exception as e:\n        print(type(e).__name__, e)\n\nfrom collections import Counter\nt(Counter, 1)\nt(Counter, \"a\", \"b\")\nt(Counter.fromkeys, \"ab\")\nt(lambda: Counter() + {})\nt(lambda: Counter(a=1).most_common(\"x\"))\nt(lambda: Counter(a=1).elements(1))\nt(lambda: sorted(Counter(a=2, b=0, c=-1).elements()))\nt(lambda: Counter([[1]]))\nt(lambda: -Counter(a=\"x\"))\n",
        "TypeError 'int' object is not iterable\nTypeError Counter.__init__() takes from 1 to 2 positional arguments but 3 were given\nNotImplementedError Counter.fromkeys() is undefined.  Use Counter(iterable) instead.\nTypeError unsupported operand type(s) for +: 'Counter' and 'dict'\nTypeError '>=' not supported between instances of 'str' and 'int'\nTypeError Counter.elements() takes 1 positional argument but 2 were given\nOK ['a', 'a']\nTypeError unhashable type: 'list'\nTypeError '<' not supported between instances of 'str' and 'int'\n",
    );
}

#[test]
fn counter_is_a_dict_everywhere() {
    ok(
        "import json\nfrom collections import Counter\nc = Counter(\"hello world\")\nprint(isinstance(c, dict), issubclass(Counter, dict), type(c) is Counter, json.dumps(c))\nprint(dict(c) == c, c == dict(c), len(c), sorted(c)[:3], list(c.items())[:2])\nprint({**c}[\"l\"], max(c.values()), c.keys() == dict(c).keys(), str(c) == repr(c))\nprint(Counter, Counter.__name__, Counter.__module__, type(c).__name__)\nfor k in c:\n    pass\nprint(k, c.pop(\"h\"), c.get(\"h\", \"gone\"), c.setdefault(\"q\", 7), c[\"q\"])\n",
        "True True True {\"h\": 1, \"e\": 1, \"l\": 3, \"o\": 2, \" \": 1, \"w\": 1, \"r\": 1, \"d\": 1}\nTrue True 8 [' ', 'd', 'e'] [('h', 1), ('e', 1)]\n3 3 True True\n<class 'collections.Counter'> Counter collections Counter\nd 1 gone 7 7\n",
    );
}

#[test]
fn defaultdict_factory_variants() {
    ok(
        "from collections import defaultdict\nclass Acc:\n    count = 0\n    def __init__(self):\n        Acc.count += 1\n    def __repr__(self):\n        return \"Acc()\"\nfor factory in [list, int, set, str, dict, tuple, float, lambda: \"x\", Acc]:\n    d = defaultdict(factory)\n    v = d[\"k\"]\n    print(repr(v), len(d), d.get(\"other\"), len(d))\nd = defaultdict(Acc)\nd[1]; d[1]; d[2]\nprint(Acc.count, d.default_factory is Acc, repr(defaultdict(int, {1: 2})))\n",
        "[] 1 None 1\n0 1 None 1\nset() 1 None 1\n'' 1 None 1\n{} 1 None 1\n() 1 None 1\n0.0 1 None 1\n'x' 1 None 1\nAcc() 1 None 1\n3 True defaultdict(<class 'int'>, {1: 2})\n",
    );
}

#[test]
fn defaultdict_errors_and_repr() {
    ok(
        "def t(f, *a, **k):\n    try:\n        print(\"OK\", repr(f(*a, **k)))\n    except Exception as e:\n        print(type(e).__name__, e)\n\nfrom collections import defaultdict\nt(defaultdict, 1)\nt(defaultdict, None, [(1, 2)])\nt(lambda: defaultdict()[\"x\"])\nt(lambda: defaultdict(list, a=1, b=[2]))\nt(lambda: defaultdict(list, [1, 2]))\nd = defaultdict(list)\nd[\"a\"].append(d)\nprint(d)\nprint(defaultdict(list) == {}, defaultdict.__name__, type(d).__name__, isinstance(d, dict))\n",
        "TypeError first argument must be callable or None\nOK defaultdict(None, {1: 2})\nKeyError 'x'\nOK defaultdict(<class 'list'>, {'a': 1, 'b': [2]})\nTypeError cannot convert dictionary update sequence element #0 to a sequence\ndefaultdict(<class 'list'>, {'a': [defaultdict(<class 'list'>, {...})]})\nTrue defaultdict defaultdict True\n",
    );
}

#[test]
fn ordereddict_order_and_equality() {
    ok(
        "def t(f, *a, **k):\n    try:\n        print(\"OK\", repr(f(*a, **k)))\n    except Exception as e:\n        print(type(e).__name__, e)\n\nfrom collections import OrderedDict\nod = OrderedDict([(3, \"c\"), (1, \"a\"), (2, \"b\")])\nprint(od, list(od), od.popitem(), od.popitem(False), od)\nod[5] = \"e\"; od[0] = \"z\"\nod.move_to_end(5)\nod.move_to_end(0, last=False)\nprint(od, list(od.keys()), list(reversed(od)))\nprint(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {\"b\": 2, \"a\": 1})\nt(od.move_to_end, 99)\nt(OrderedDict().popitem)\nt(OrderedDict, [1], [2])\nprint(OrderedDict.fromkeys(\"ab\", 1), type(od.copy()).__name__, OrderedDict(a=1) | OrderedDict(b=2))\n",
        "OrderedDict([(1, 'a')]) [3, 1, 2] (2, 'b') (3, 'c') OrderedDict([(1, 'a')])\nOrderedDict([(0, 'z'), (1, 'a'), (5, 'e')]) [0, 1, 5] [5, 1, 0]\nFalse True\nKeyError 99\nKeyError 'dictionary is empty'\nTypeError expected at most 1 arguments, got 2\nOrderedDict([('a', 1), ('b', 1)]) OrderedDict OrderedDict([('a', 1), ('b', 2)])\n",
    );
}

#[test]
fn deque_methods_and_maxlen() {
    ok(
        "def t(f, *a, **k):\n    try:\n        print(\"OK\", repr(f(*a, **k)))\n    except Exception as e:\n        print(type(e).__name__, e)\n\nfrom collections import deque\nd = deque(range(5), maxlen=3)\nprint(d, d.maxlen, len(d))\nd.appendleft(-1)\nprint(d)\nd.extend([7, 8])\nprint(d)\nd.extendleft(\"ab\")\nprint(d, d.count(\"a\"), d.index(\"a\"))\nt(d.index, \"zz\")\nt(d.remove, \"zz\")\nd.clear()\nt(d.pop)\nt(d.popleft)\nprint(deque([1, 2, 3]).rotate(10), deque(maxlen=0), deque([1], 0))\nt(deque, [1], -1)\nt(deque, [1], \"a\")\ne = deque([1, 2, 3, 4])\ne.rotate(5)\nprint(e, e[0], e[-1], e[-4])\nt(e.__getitem__ if False else (lambda: e[4]))\nt(lambda: e[\"a\"])\nt(lambda: e[1:2])\ne[-1] = \"last\"\ndel e[0]\nprint(e, e + deque([9]), e * 2, 2 in e, list(reversed(e)))\ne += [10, 11]\nprint(e, e == deque([2, 3, \"last\", 10, 11]), e != deque(), bool(deque()))\nt(hash, e)\n",
        "deque([2, 3, 4], maxlen=3) 3 3\ndeque([-1, 2, 3], maxlen=3)\ndeque([3, 7, 8], maxlen=3)\ndeque(['b', 'a', 3], maxlen=3) 1 1\nValueError 'zz' is not in deque\nValueError 'zz' is not in deque\nIndexError pop from an empty deque\nIndexError pop from an empty deque\nNone deque([], maxlen=0) deque([], maxlen=0)\nValueError maxlen must be non-negative\nTypeError an integer is required\ndeque([4, 1, 2, 3]) 4 3 4\nIndexError deque index out of range\nTypeError sequence index must be integer, not 'str'\nTypeError sequence index must be integer, not 'slice'\ndeque([1, 2, 'last']) deque([1, 2, 'last', 9]) deque([1, 2, 'last', 1, 2, 'last']) True ['last', 2, 1]\ndeque([1, 2, 'last', 10, 11]) False True False\nTypeError unhashable type: 'collections.deque'\n",
    );
}

#[test]
fn deque_as_queue_is_fast_at_both_ends() {
    ok(
        "from collections import deque\nq = deque()\nfor i in range(200000):\n    q.append(i)\ntotal = 0\nwhile q:\n    total += q.popleft()\n    if len(q) % 2 and q:\n        total -= q.pop()\nprint(total)\n",
        "-10000000000\n",
    );
}

#[test]
fn namedtuple_tuple_behaviour() {
    ok(
        "from collections import namedtuple\nP = namedtuple(\"P\", \"x y z\")\np = P(1, 2, 3)\na, *rest = p\nprint(a, rest, p[1:], p[::-1], 2 in p, len(p), p > (1, 2), p == (1, 2, 3), (1, 2, 3) == p)\nprint(sorted([P(3, 0, 0), P(1, 9, 9)]), hash(p) == hash((1, 2, 3)), {p, (1, 2, 3)})\nprint(str(p), f\"{p}\", \"%s\" % (p,), repr([p]), p.x + p.y * p.z, tuple(p), list(reversed(p)))\nprint(P.x, type(P._fields), P._field_defaults, P.__name__, P)\nprint(dict(zip(P._fields, p)), p._asdict(), P(*range(3)), P(**{\"x\": 1, \"y\": 2, \"z\": 3}))\ndef f(x, y, z):\n    return x * 100 + y * 10 + z\nprint(f(*p), max(p), sum(p), min(P(5, 1, 3)))\n",
        "1 [2, 3] (2, 3) (3, 2, 1) True 3 True True True\n[P(x=1, y=9, z=9), P(x=3, y=0, z=0)] True {P(x=1, y=2, z=3)}\nP(x=1, y=2, z=3) P(x=1, y=2, z=3) P(x=1, y=2, z=3) [P(x=1, y=2, z=3)] 7 (1, 2, 3) [3, 2, 1]\n_tuplegetter(0, 'Alias for field number 0') <class 'tuple'> {} P <class '__main__.P'>\n{'x': 1, 'y': 2, 'z': 3} {'x': 1, 'y': 2, 'z': 3} P(x=0, y=1, z=2) P(x=1, y=2, z=3)\n123 3 6 1\n",
    );
}

#[test]
fn namedtuple_subclass_with_methods() {
    ok(
        "def t(f, *a, **k):\n    try:\n        print(\"OK\", repr(f(*a, **k)))\n    except Exception as e:\n        print(type(e).__name__, e)\n\nfrom collections import namedtuple\nclass Money(namedtuple(\"Money\", \"amount currency\")):\n    __slots__ = ()\n    def __str__(self):\n        return f\"{self.amount:.2f} {self.currency}\"\n    @property\n    def cents(self):\n        return round(self.amount * 100)\n    @classmethod\n    def zero(cls, cur):\n        return cls(0, cur)\nm = Money(12.5, \"EUR\")\nprint(m, repr(m), m.cents, Money.zero(\"USD\"), m._replace(amount=1), type(m._replace(amount=1)).__name__)\nprint(isinstance(m, Money), isinstance(m, tuple), m == (12.5, \"EUR\"), Money._make([1, \"X\"]))\nt(Money, 1)\nt(setattr, m, \"amount\", 5)\n",
        "12.50 EUR Money(amount=12.5, currency='EUR') 1250 0.00 USD 1.00 EUR Money\nTrue True True 1.00 X\nTypeError Money.__new__() missing 1 required positional argument: 'currency'\nAttributeError can't set attribute\n",
    );
}

#[test]
fn namedtuple_field_validation() {
    ok(
        "def t(f, *a, **k):\n    try:\n        print(\"OK\", repr(f(*a, **k)))\n    except Exception as e:\n        print(type(e).__name__, e)\n\nfrom collections import namedtuple\nt(namedtuple, \"T\", \"a-b\")\nt(namedtuple, \"T\", [\"a\", 1])\nt(namedtuple, \"T\", \"a b\", rename=True, defaults=(1,))\nt(lambda: namedtuple(\"T\", \"a, b,  c\")._fields)\nt(lambda: namedtuple(\"T\", [\"_a\", \"b\", \"b\", \"for\"], rename=True)._fields)\nt(namedtuple, \"T\")\nt(namedtuple, \"T\", \"a\", bogus=1)\nt(lambda: namedtuple(\"T\", \"\")())\nt(lambda: namedtuple(\"T\", \"a b\", defaults=[2])(1))\nt(lambda: namedtuple(\"T\", \"a\")._make(5))\nt(lambda: namedtuple(\"T\", \"a\")(1)._replace(1))\n",
        "ValueError Type names and field names must be valid identifiers: 'a-b'\nValueError Type names and field names must be valid identifiers: '1'\nOK <class '__main__.T'>\nOK ('a', 'b', 'c')\nOK ('_0', 'b', '_2', '_3')\nTypeError namedtuple() missing 1 required positional argument: 'field_names'\nTypeError namedtuple() got an unexpected keyword argument 'bogus'\nOK T()\nOK T(a=1, b=2)\nTypeError 'int' object is not iterable\nTypeError T._replace() takes 1 positional argument but 2 were given\n",
    );
}

#[test]
fn chainmap_lookup_and_writes() {
    ok(
        "def t(f, *a, **k):\n    try:\n        print(\"OK\", repr(f(*a, **k)))\n    except Exception as e:\n        print(type(e).__name__, e)\n\nfrom collections import ChainMap\na, b = {\"x\": 1}, {\"x\": 2, \"y\": 3}\ncm = ChainMap(a, b)\nprint(cm[\"x\"], cm[\"y\"], len(cm), list(cm), cm, dict(cm), \"y\" in cm, cm.get(\"q\"))\ncm[\"y\"] = 30\ncm[\"z\"] = 4\nprint(a, b, cm.maps[0] is a, cm.parents, cm.new_child(), cm.new_child(k=1)[\"k\"])\nt(lambda: cm[\"nope\"])\nt(cm.pop, \"nope\")\nt(ChainMap({}).popitem)\nprint(cm.pop(\"z\"), cm.copy(), type(cm).__name__, bool(ChainMap()), bool(cm))\ncm.clear()\nprint(cm, a)\n",
        "1 3 2 ['x', 'y'] ChainMap({'x': 1}, {'x': 2, 'y': 3}) {'x': 1, 'y': 3} True None\n{'x': 1, 'y': 30, 'z': 4} {'x': 2, 'y': 3} True ChainMap({'x': 2, 'y': 3}) ChainMap({}, {'x': 1, 'y': 30, 'z': 4}, {'x': 2, 'y': 3}) 1\nKeyError 'nope'\nKeyError \"Key not found in the first mapping: 'nope'\"\nKeyError 'No keys found in the first mapping.'\n4 ChainMap({'x': 1, 'y': 30}, {'x': 2, 'y': 3}) ChainMap False True\nChainMap({}, {'x': 2, 'y': 3}) {}\n",
    );
}

#[test]
fn collections_abc_isinstance() {
    ok(
        "from collections.abc import Iterable, Iterator, Mapping, MutableSequence, Sequence, Set, Sized, Hashable, Callable, Generator\nfrom collections import abc, deque, namedtuple\nP = namedtuple(\"P\", \"a\")\ng = (x for x in [1])\nprint([isinstance(x, Iterable) for x in (1, \"s\", [], {}, g, iter([]), P(1))])\nprint([isinstance(x, Iterator) for x in (g, iter([]), [], zip(), map(str, []))])\nprint(isinstance(g, Generator), isinstance({}.keys(), Set), isinstance(deque(), MutableSequence))\nprint(isinstance(P(1), Sequence), isinstance({}, Sequence), isinstance(b\"\", Sequence), isinstance({}, Hashable))\nclass C:\n    def __call__(self):\n        pass\n    def __len__(self):\n        return 0\nprint(isinstance(C(), Callable), isinstance(C(), Sized), issubclass(C, Sized), isinstance(C(), Iterable))\nclass M(Mapping):\n    pass\nprint(issubclass(M, Mapping), issubclass(M, abc.MutableMapping))\nimport collections.abc as cabc\nprint(cabc.Sequence is Sequence, cabc.Mapping)\n",
        "[False, True, True, True, True, True, True]\n[True, True, False, True, True]\nTrue True True\nTrue False True False\nTrue True True False\nTrue False\nTrue <class 'collections.abc.Mapping'>\n",
    );
}

#[test]
fn import_of_submodules() {
    ok(
        "def t(f, *a, **k):\n    try:\n        print(\"OK\", repr(f(*a, **k)))\n    except Exception as e:\n        print(type(e).__name__, e)\n\nimport collections\nimport collections.abc\nfrom collections.abc import Mapping\nt(lambda: collections.abc.Mapping)\ntry:\n    import collections.foo\nexcept ImportError as e:\n    print(type(e).__name__, e)\n",
        "OK <class 'collections.abc.Mapping'>\nModuleNotFoundError No module named 'collections.foo'\n",
    );
}

/// Runs `code` under a 16 MiB memory limit and a 200 000-operation budget, and checks
/// that it stops with the limit error `exc_type` within two seconds.
#[track_caller]
fn stops_at_limit(code: &str, exc_type: &str) {
    use minion_eval::{ErrorKind, ExecutorLimits, LocalPythonExecutor};
    let mut ex = LocalPythonExecutor::with_limits(ExecutorLimits {
        max_memory: 16 * 1024 * 1024,
        max_operations: 200_000,
        ..ExecutorLimits::default()
    });
    let start = std::time::Instant::now();
    let e = match ex.run(code) {
        Ok(out) => panic!("{code:?} succeeded with {:?}", out.output),
        Err(e) => e,
    };
    assert_eq!(e.kind, ErrorKind::Limit, "{code:?}: {}", e.summary());
    assert_eq!(e.exc_type, exc_type, "{code:?}: {}", e.summary());
    assert!(
        start.elapsed() < std::time::Duration::from_secs(2),
        "{code:?} was slow"
    );
}

#[test]
fn huge_results_hit_the_memory_limit() {
    stops_at_limit(
        "from collections import deque\nd = deque(range(1000))\ntry:\n    x = d * 10**8\nexcept Exception:\n    pass",
        "MemoryError",
    );
    stops_at_limit(
        "from collections import Counter\ntry:\n    x = list(Counter(a=10**12).elements())\nexcept Exception:\n    pass",
        "MemoryError",
    );
    stops_at_limit(
        "from collections import Counter\nc = Counter()\nfor i in range(10):\n    c.update(str(j) for j in range(i * 10**6, (i + 1) * 10**6))",
        "RuntimeError",
    );
}

#[test]
fn big_inputs_are_charged_as_operations() {
    stops_at_limit(
        "from collections import Counter, deque\nwords = ['w%d' % (i % 7) for i in range(1000)] * 300\nfor _ in range(20):\n    Counter(words)\n    deque(words).count('w1')",
        "RuntimeError",
    );
}

#[test]
fn many_namedtuple_fields_validate_in_linear_time() {
    ok(
        "from collections import namedtuple\nnames = ['f%d' % i for i in range(20000)]\nT = namedtuple('T', names + ['f0'], rename=True)\nprint(len(T._fields), T._fields[-1])\ntry:\n    namedtuple('U', names + ['f5'])\nexcept ValueError as e:\n    print(e)\n",
        "20001 _20000\nEncountered duplicate field name: 'f5'\n",
    );
}

#[test]
fn collections_values_survive_garbage_collection() {
    ok(
        "from collections import defaultdict, deque, namedtuple, ChainMap, Counter\nP = namedtuple('P', 'a b')\nd = defaultdict(lambda: [0])\nq = deque([P(1, [2])])\ncm = ChainMap({'k': [3]})\nc = Counter(['x'] * 3)\nfor i in range(300000):\n    junk = [i, str(i)]\nd['z'][0] += 1\nprint(d['z'], q[0].b, cm['k'], c, P._fields)\n",
        "[1] [2] [3] Counter({'x': 3}) ('a', 'b')\n",
    );
}

#[test]
fn popping_ordered_dicts_from_either_end_stays_linear() {
    ok(
        "from collections import OrderedDict\nod = OrderedDict((i, i) for i in range(200000))\ns = 0\nwhile len(od) > 100000:\n    s += od.popitem(last=False)[0]\nwhile od:\n    s -= od.popitem()[0]\nlru = OrderedDict()\nfor i in range(100000):\n    lru[i] = i\n    if len(lru) > 1000:\n        lru.popitem(last=False)\nprint(s, list(lru)[:2], len(lru))\n",
        "-10000000000 [99000, 99001] 1000\n",
    );
}
