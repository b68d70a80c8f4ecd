//! `heapq`: behaviour checked against what CPython 3.11 printed (`StatisticsError` and
//! `binascii.Error` are `ValueError` here, so the tests print that name).

mod common;
use common::ok;

#[test]
fn heap_operations() {
    ok(
        "import heapq, random\nrandom.seed(7)\ndata = [random.randint(0, 50) for _ in range(30)]\nh = []\nfor x in data:\n    heapq.heappush(h, x)\nprint(h)\nh2 = data[:]\nheapq.heapify(h2)\nprint(h2)\nprint([heapq.heappop(h) for _ in range(5)], h)\nprint(heapq.heapreplace(h, 99), heapq.heappushpop(h, 1), heapq.heappushpop(h, 100), h)\nbig = list(range(3000, 0, -1))\nheapq.heapify(big)\nprint(big[:12], [heapq.heappop(big) for _ in range(5)])\n",
        "[2, 3, 3, 4, 3, 7, 3, 26, 9, 6, 5, 13, 14, 34, 4, 41, 27, 23, 15, 37, 35, 27, 20, 36, 32, 25, 40, 40, 37, 5]\n[2, 3, 3, 4, 3, 4, 5, 6, 15, 5, 3, 7, 13, 34, 20, 27, 26, 23, 41, 37, 35, 27, 9, 36, 32, 14, 40, 40, 37, 25]\n[2, 3, 3, 3, 3] [4, 4, 5, 9, 5, 7, 25, 26, 15, 6, 20, 13, 14, 34, 37, 41, 27, 23, 40, 37, 35, 27, 40, 36, 32]\n4 1 4 [5, 5, 7, 9, 6, 13, 25, 26, 15, 35, 20, 32, 14, 34, 37, 41, 27, 23, 40, 37, 99, 27, 40, 36, 100]\n[1, 2, 954, 442, 3, 1210, 955, 698, 443, 186, 4, 1338] [1, 2, 3, 4, 5]\n",
    );
}

#[test]
fn priority_queue_of_tuples() {
    ok(
        "import heapq\ntasks = []\nfor prio, name in [(2, \"write\"), (1, \"plan\"), (3, \"test\"), (1, \"coffee\"), (2, \"review\")]:\n    heapq.heappush(tasks, (prio, name))\nprint(tasks)\nwhile tasks:\n    print(heapq.heappop(tasks))\n",
        "[(1, 'coffee'), (1, 'plan'), (3, 'test'), (2, 'write'), (2, 'review')]\n(1, 'coffee')\n(1, 'plan')\n(2, 'review')\n(2, 'write')\n(3, 'test')\n",
    );
}

#[test]
fn nlargest_nsmallest() {
    ok(
        "import heapq, random\nrandom.seed(3)\ndata = [random.randint(0, 100) for _ in range(40)]\nprint(heapq.nlargest(5, data), heapq.nsmallest(5, data))\nwords = [\"apple\", \"fig\", \"banana\", \"kiwi\", \"cherry\", \"date\", \"elderberry\", \"grape\"]\nprint(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))\nprint(heapq.nlargest(1, words, key=len), heapq.nsmallest(1, []), heapq.nlargest(10, words), heapq.nsmallest(0, words))\nprint(heapq.nsmallest(4, iter(data)), heapq.nlargest(4, iter(data), key=lambda v: -v))\nrows = [{\"n\": \"a\", \"s\": 3}, {\"n\": \"b\", \"s\": 9}, {\"n\": \"c\", \"s\": 9}, {\"n\": \"d\", \"s\": 1}, {\"n\": \"e\", \"s\": 5}]\nprint([r[\"n\"] for r in heapq.nlargest(3, rows, key=lambda r: r[\"s\"])])\nprint([r[\"n\"] for r in heapq.nsmallest(3, rows, key=lambda r: r[\"s\"])])\nprint(heapq.nlargest(3, [(1, \"x\"), (1, \"a\"), (2, \"b\"), (1, \"z\")]))\n",
        "[99, 97, 94, 91, 85] [1, 1, 5, 8, 8]\n['elderberry', 'banana', 'cherry'] ['fig', 'kiwi', 'date']\n['elderberry'] [] ['kiwi', 'grape', 'fig', 'elderberry', 'date', 'cherry', 'banana', 'apple'] []\n[1, 1, 5, 8] [1, 1, 5, 8]\n['b', 'c', 'e']\n['d', 'a', 'e']\n[(2, 'b'), (1, 'z'), (1, 'x')]\n",
    );
}

#[test]
fn merge_sorted_streams() {
    ok(
        "import heapq\nprint(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))\nprint(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))\nprint(list(heapq.merge([\"dog\", \"horse\"], [\"cat\", \"fish\", \"kangaroo\"], key=len)))\nprint(list(heapq.merge([], [1], [], [0, 2])), list(heapq.merge()))\nprint(list(heapq.merge((x * 2 for x in range(4)), range(1, 8, 2))))\nprint(list(heapq.merge([(1, \"a\"), (3, \"c\")], [(1, \"b\"), (2, \"x\")])))\n",
        "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n[8, 7, 5, 4, 2, 1]\n['dog', 'cat', 'fish', 'horse', 'kangaroo']\n[0, 1, 2] []\n[0, 1, 2, 3, 4, 5, 6, 7]\n[(1, 'a'), (1, 'b'), (2, 'x'), (3, 'c')]\n",
    );
}

#[test]
fn heapq_errors() {
    ok(
        "def t(f, *a, **k):\n    try:\n        print(\"OK\", repr(f(*a, **k)))\n    except Exception as e:\n        print(type(e).__name__ if not isinstance(e, ValueError) else \"ValueError\", e)\n\nimport heapq\nt(heapq.heappush, [])\nt(heapq.heappush, (), 1)\nt(heapq.heappop, [])\nt(heapq.heappop, [], 1)\nt(heapq.heapify, 1)\nt(heapq.heapreplace, [], 1)\nt(heapq.heappushpop, [], 1)\nt(heapq.nlargest, 2)\nt(heapq.nlargest, 2, [1, 2], key=None, x=1)\nt(heapq.heappush, [1], \"a\")\nt(heapq.heappush, heap=[1], item=2)\nt(heapq.heappop, ())\nt(heapq.heapreplace, (), 1)\nt(heapq.heapify, [], 1)\nt(heapq.heappop)\nt(heapq.heapreplace, [1])\nt(heapq.heapify, x=[])\nt(heapq.nsmallest, 2.5, [3, 1, 5])\nt(heapq.nsmallest, -1, [3, 1, 5])\nt(heapq.nlargest, 2, 5)\nt(heapq.merge, [1], foo=1)\nt(lambda: list(heapq.merge([1, 3], [2], 5)))\nt(heapq.nlargest, 2, [1, \"a\", 3])\n",
        "TypeError heappush expected 2 arguments, got 1\nTypeError heappush() argument 1 must be list, not tuple\nIndexError index out of range\nTypeError _heapq.heappop() takes exactly one argument (2 given)\nTypeError heapify() argument must be list, not int\nIndexError index out of range\nOK 1\nTypeError nlargest() missing 1 required positional argument: 'iterable'\nTypeError nlargest() got an unexpected keyword argument 'x'\nTypeError '<' not supported between instances of 'str' and 'int'\nTypeError _heapq.heappush() takes no keyword arguments\nTypeError heappop() argument must be list, not tuple\nTypeError heapreplace() argument 1 must be list, not tuple\nTypeError _heapq.heapify() takes exactly one argument (2 given)\nTypeError _heapq.heappop() takes exactly one argument (0 given)\nTypeError heapreplace expected 2 arguments, got 1\nTypeError _heapq.heapify() takes no keyword arguments\nTypeError 'float' object cannot be interpreted as an integer\nOK []\nTypeError 'int' object is not iterable\nTypeError merge() got an unexpected keyword argument 'foo'\nTypeError 'int' object is not iterable\nTypeError '<' not supported between instances of 'int' and 'str'\n",
    );
}

#[test]
fn bisect_search_and_insort() {
    ok(
        "import bisect\na = [1, 2, 4, 4, 4, 7, 9]\nprint(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10))\nprint(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, hi=4), bisect.bisect_left(a, 4, lo=1, hi=None))\nbisect.insort(a, 5)\nbisect.insort_left(a, 4)\nbisect.insort_right(a, 0)\nbisect.insort(a, 100, 0, len(a))\nprint(a)\nrecs = [(1, \"a\"), (3, \"b\"), (5, \"c\")]\nprint(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))\nbisect.insort(recs, (4, \"d\"), key=lambda r: r[0])\nbisect.insort_left(recs, (3, \"e\"), key=lambda r: r[0])\nprint(recs)\ngrades = \"FDCBA\"\nprint([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])\nprint(bisect.bisect_left((1, 3, 5), 3), bisect.bisect_left(\"aceg\", \"d\"), bisect.bisect_left(range(0, 100, 5), 42))\nprint(bisect.bisect([1.5, 2.5], 2), bisect.bisect_left([\"b\", \"d\"], \"c\"))\n",
        "2 5 5 0 7\n3 2 4 2\n[0, 1, 2, 4, 4, 4, 4, 5, 7, 9, 100]\n1 2\n[(1, 'a'), (3, 'e'), (3, 'b'), (4, 'd'), (5, 'c')]\n['F', 'A', 'C', 'C', 'B', 'A', 'A']\n1 2 9\n1 1\n",
    );
}

#[test]
fn bisect_errors() {
    ok(
        "def t(f, *a, **k):\n    try:\n        print(\"OK\", repr(f(*a, **k)))\n    except Exception as e:\n        print(type(e).__name__ if not isinstance(e, ValueError) else \"ValueError\", e)\n\nimport bisect\nt(bisect.bisect_left, [1])\nt(bisect.bisect_left, [1], 1, -1)\nt(bisect.bisect_left, [1], 1, 0, 5)\nt(bisect.bisect_left, [1, 2], 1, hi=-1)\nt(bisect.insort, [1], 1, 0, 1, 2)\nt(bisect.bisect, 5, 1)\nt(bisect.bisect, [1], 1, foo=1)\nt(bisect.insort, (1, 2), 1)\nt(bisect.bisect_left, [1], 1, x=2)\nt(bisect.bisect, [1, 2], \"a\")\nt(bisect.bisect, [1, 2], 1, None)\nt(bisect.insort_left, [3], 1, key=5)\n",
        "TypeError bisect_left() missing required argument 'x' (pos 2)\nValueError lo must be non-negative\nIndexError list index out of range\nOK 0\nTypeError insort_right() takes at most 4 positional arguments (5 given)\nTypeError object of type 'int' has no len()\nTypeError 'foo' is an invalid keyword argument for bisect_right()\nAttributeError 'tuple' object has no attribute 'insert'\nTypeError argument for bisect_left() given by name ('x') and position (2)\nTypeError '<' not supported between instances of 'str' and 'int'\nTypeError 'NoneType' object cannot be interpreted as an integer\nTypeError 'int' object is not callable\n",
    );
}
