//! `copy`: behaviour checked against what CPython 3.11 printed.

mod common;
use common::ok;

#[test]
fn copy_returns_immutables_unchanged() {
    ok(
        "import copy\nfor v in [1, 2.5, \"s\", b\"b\", None, True, (1, 2), frozenset({1}), range(3), len, print, int, ValueError]:\n    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)\n",
        "int True True\nfloat True True\nstr True True\nbytes True True\nNoneType True True\nbool True True\ntuple True True\nfrozenset True False\nrange True True\nbuiltin_function_or_method True True\nbuiltin_function_or_method True True\ntype True True\ntype True True\n",
    );
}

#[test]
fn copy_shallow_containers_are_new_but_share_items() {
    ok(
        "import copy\nfrom collections import deque, Counter, OrderedDict, defaultdict\ninner = [1]\nfor v in [[inner], {\"k\": inner}, {1, 2}, bytearray(b\"ab\"), deque([inner]), Counter(a=1), OrderedDict(a=inner), defaultdict(list, a=inner)]:\n    c = copy.copy(v)\n    print(type(c).__name__, c is v, c == v, c)\nprint(copy.copy([inner])[0] is inner, copy.copy({\"k\": inner})[\"k\"] is inner)\n",
        "list False True [[1]]\ndict False True {'k': [1]}\nset False True {1, 2}\nbytearray False True bytearray(b'ab')\ndeque False True deque([[1]])\nCounter False True Counter({'a': 1})\nOrderedDict False True OrderedDict([('a', [1])])\ndefaultdict False True defaultdict(<class 'list'>, {'a': [1]})\nTrue True\n",
    );
}

#[test]
fn deepcopy_keeps_shared_references_and_cycles() {
    ok(
        "import copy\na = [1]\nb = {\"x\": a, \"y\": a, \"t\": (a, a)}\nc = copy.deepcopy(b)\nprint(c[\"x\"] is c[\"y\"], c[\"t\"][0] is c[\"x\"], c[\"x\"] is a, c)\nd = {}\nd[\"self\"] = d\ne = copy.deepcopy(d)\nprint(e[\"self\"] is e, e is d)\nt = ([],)\nt[0].append(t)\nu = copy.deepcopy(t)\nprint(u[0][0] is u, u is t)\nmemo = {}\nx = [1, 2]\ny = copy.deepcopy(x, memo)\nprint(y, len(memo) > 0, copy.deepcopy(x, memo) is y)\n",
        "True True False {'x': [1], 'y': [1], 't': ([1], [1])}\nTrue False\nTrue False\n[1, 2] True True\n",
    );
}

#[test]
fn deepcopy_user_objects() {
    ok(
        "import copy\nclass Point:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\nclass Shape:\n    def __init__(self, pts):\n        self.pts = pts\n        self.first = pts[0]\ns = Shape([Point(1, 2), Point(3, 4)])\ns2 = copy.deepcopy(s)\ns2.pts[0].x = 99\nprint(s.pts[0].x, s2.first.x, s2.first is s2.pts[0], type(s2).__name__, s2 is s)\ns3 = copy.copy(s)\nprint(s3.pts is s.pts, s3 is s, vars(s3).keys() == vars(s).keys())\nclass Custom:\n    def __init__(self):\n        self.data = [1]\n    def __deepcopy__(self, memo):\n        n = Custom()\n        n.data = [\"deep\"] + copy.deepcopy(self.data, memo)\n        return n\n    def __copy__(self):\n        n = Custom()\n        n.data = [\"shallow\"]\n        return n\nprint(copy.deepcopy(Custom()).data, copy.copy(Custom()).data, copy.deepcopy([Custom()])[0].data)\n",
        "1 99 True Shape False\nTrue False True\n['deep', 1] ['shallow'] ['deep', 1]\n",
    );
}

#[test]
fn copy_errors() {
    ok(
        "import copy\ndef t(f, *a, **k):\n    try:\n        print(\"OK\", repr(f(*a, **k)))\n    except Exception as e:\n        print(type(e).__name__, e)\nt(copy.copy)\nt(copy.copy, 1, 2)\nt(copy.deepcopy)\nt(copy.deepcopy, [1], {}, None, 4)\nclass Bad:\n    def __deepcopy__(self, memo):\n        raise ValueError(\"no copies\")\nt(copy.deepcopy, [Bad()])\nt(copy.copy, copy)\nt(copy.deepcopy, {\"m\": copy})\nt(copy.deepcopy, (x for x in []))\n",
        "TypeError copy() missing 1 required positional argument: 'x'\nTypeError copy() takes 1 positional argument but 2 were given\nTypeError deepcopy() missing 1 required positional argument: 'x'\nTypeError deepcopy() takes from 1 to 3 positional arguments but 4 were given\nValueError no copies\nTypeError cannot pickle 'module' object\nTypeError cannot pickle 'module' object\nTypeError cannot pickle 'generator' object\n",
    );
}

#[test]
fn deepcopy_of_runaway_nesting_is_a_recursion_error() {
    ok(
        "import copy\nx = []\nfor _ in range(100000):\n    x = [x]\ntry:\n    copy.deepcopy(x)\nexcept RecursionError as e:\n    print(type(e).__name__)\nprint(copy.copy(x) is not x)\n",
        "RecursionError\nTrue\n",
    );
}
