//! `itertools`: laziness, CPython's semantics at the edges, and the limits (expected
//! output checked against CPython 3.11).

mod common;
use std::time::{Duration, Instant};

use common::{err, ok};
use minion_eval::{ErrorKind, ExecutorLimits, LocalPythonExecutor};

/// Runs `code` under `limits` and returns the type of the limit error it hit.
fn limit_hit(limits: ExecutorLimits, code: &str) -> String {
    let mut ex = LocalPythonExecutor::with_limits(limits);
    let start = Instant::now();
    let e = match ex.run(code) {
        Ok(out) => panic!("{code:?} succeeded with {:?}", out.output),
        Err(e) => e,
    };
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "{code:?} was slow"
    );
    assert_eq!(e.kind, ErrorKind::Limit, "{code:?}: {}", e.summary());
    e.exc_type
}

#[test]
fn infinite_iterators_stop_where_the_consumer_stops() {
    ok(
        "import itertools as it\nc = it.count(5)\nprint(next(c), next(c), list(zip('abc', c)), next(c))\nfor i in it.cycle([1, 2]):\n    if i == 2:\n        break\nprint(i, list(it.islice(it.repeat('x'), 2)))\na, b, *rest = it.islice(it.count(0, 0.5), 4)\nprint(a, b, rest, dict(zip(it.count(), 'xy')), sum(it.islice(it.count(1), 10)))\nprint(sorted(it.islice(it.cycle([3, 1, 2]), 5)), min(it.islice(it.count(-3), 2)))\n",
        "5 6 [('a', 7), ('b', 8), ('c', 9)] 10\n2 ['x', 'x']\n0 0.5 [1.0, 1.5] {0: 'x', 1: 'y'} 55\n[1, 1, 2, 3, 3] -3\n",
    );
}

#[test]
fn iterators_are_their_own_iterators_and_pull_lazily() {
    ok(
        "import itertools as it\nlog = []\ndef gen():\n    for i in range(5):\n        log.append(i)\n        yield i\ns = it.islice(gen(), 1, 3)\nprint(iter(s) is s, log)\nprint(next(s), log)\nprint(list(s), log)\nm = it.takewhile(lambda x: x < 2, gen())\nprint(list(m), log)\n",
        "True []\n1 [0, 1]\n[2] [0, 1, 2]\n[0, 1] [0, 1, 2, 0, 1, 2]\n",
    );
}

#[test]
fn islice_argument_checks_follow_cpython() {
    ok(
        "import itertools as it\ndef t(*a):\n    try:\n        print(list(it.islice(*a)))\n    except Exception as e:\n        print(type(e).__name__, e)\nt(range(10), None)\nt(range(10), 2, None)\nt(range(10), None, 3)\nt(range(10), 1, 8, 3)\nt(range(10), 1, -2)\nt(range(10), -1, 2)\nt(range(10), 1, 2, -1)\nt(range(10), 1.5)\nt(range(10), 1, 2, None)\nt(range(10), 5, 2)\nt(range(3), 1, 100)\n",
        "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n[2, 3, 4, 5, 6, 7, 8, 9]\n[0, 1, 2]\n[1, 4, 7]\nValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.\nValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.\nValueError Step for islice() must be a positive integer or None.\nValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.\n[1]\n[]\n[1, 2]\n",
    );
}

#[test]
fn groupby_invalidates_the_previous_group_when_advanced() {
    ok(
        "from itertools import groupby\ng = groupby('aaabbc')\nk, first = next(g)\nprint(k, next(first))\nk2, second = next(g)\nprint(k2, list(first), list(second))\nprint([(k, len(list(v))) for k, v in groupby([1, 1, 1.0, 2, 2.0, 1])])\nprint([(k, list(v)) for k, v in groupby(['ab', 'ac', 'b', 'ba'], key=lambda s: s[0])])\ng = groupby([1, 2])\nk, grp = next(g)\nprint(len(list(g)), list(grp))\n",
        "a a\nb [] ['b', 'b']\n[(1, 3), (2, 2), (1, 1)]\n[('a', ['ab', 'ac']), ('b', ['b', 'ba'])]\n1 []\n",
    );
}

#[test]
fn tee_copies_advance_independently() {
    ok(
        "import itertools as it\ndef gen():\n    for i in range(4):\n        print('pull', i)\n        yield i\na, b = it.tee(gen())\nprint(next(a), next(a))\nprint(next(b))\nprint(list(b), list(a))\nx, = it.tee([9], 1)\nprint(list(x), len(it.tee('ab', 5)))\n",
        "pull 0\npull 1\n0 1\n0\npull 2\npull 3\n[1, 2, 3] [2, 3]\n[9] 5\n",
    );
}

#[test]
fn combinatorics_match_cpython_order_and_counts() {
    ok(
        "import itertools as it, math\nprint(list(it.permutations('abc', 2)))\nprint(len(list(it.permutations(range(6)))), math.factorial(6))\nprint(len(list(it.combinations(range(12), 5))), math.comb(12, 5))\nprint(list(it.combinations_with_replacement([1, 2, 3], 2)))\nprint(list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 1)))\nprint(list(it.product('ab', [0, 1], repeat=1)) == [(a, b) for a in 'ab' for b in [0, 1]])\nprint(list(it.product(range(2), repeat=3))[-1], list(it.permutations([])), list(it.permutations([1, 2], 3)))\nprint(list(it.product(repeat=0)), list(it.product([1, 2], repeat=0)))\n",
        "[('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]\n720 720\n792 792\n[(1, 1), (1, 2), (1, 3), (2, 2), (2, 3), (3, 3)]\n[()] []\nTrue\n(1, 1, 1) [()] []\n[()] [()]\n",
    );
}

#[test]
fn type_names_and_reprs() {
    ok(
        "import itertools as it\nprint(repr(it.count()), repr(it.count(2, 3)), repr(it.repeat([1], 2)), repr(it.repeat('a')))\nfor obj in (it.count(), it.chain(), it.islice([], 1), it.product(), it.groupby([])):\n    try:\n        obj[0]\n    except TypeError as e:\n        print(e)\nprint(repr(it.chain())[:24])\n",
        "count(0) count(2, 3) repeat([1], 2) repeat('a')\n'itertools.count' object is not subscriptable\n'itertools.chain' object is not subscriptable\n'itertools.islice' object is not subscriptable\n'itertools.product' object is not subscriptable\n'itertools.groupby' object is not subscriptable\n<itertools.chain object \n",
    );
}

#[test]
fn callbacks_raise_through_the_iterator() {
    err(
        "import itertools as it\nlist(it.takewhile(lambda x: 1 / x, [2, 1, 0]))",
        "ZeroDivisionError: division by zero",
    );
    err(
        "import itertools as it\nlist(it.accumulate([1, 2], lambda a: a))",
        "TypeError: <lambda>() takes 1 positional argument but 2 were given",
    );
    err(
        "import itertools as it\nlist(it.starmap(lambda a, b: a, [(1,)]))",
        "TypeError: <lambda>() missing 1 required positional argument: 'b'",
    );
}

#[test]
fn infinite_consumers_hit_the_operation_limit() {
    let limits = ExecutorLimits {
        max_operations: 200_000,
        ..ExecutorLimits::default()
    };
    for code in [
        "import itertools\nlist(itertools.count())",
        "import itertools\nlist(itertools.cycle([1, 2]))",
        "import itertools\nsum(itertools.repeat(1))",
        "import itertools\nlist(itertools.dropwhile(lambda x: True, itertools.count()))",
        "import itertools\nlist(itertools.islice(itertools.count(), 10**15, None))",
        "import itertools\nlist(itertools.filterfalse(None, itertools.repeat(1)))",
    ] {
        assert_eq!(limit_hit(limits.clone(), code), "RuntimeError", "{code}");
    }
}

#[test]
fn huge_combinatorics_are_lazy_or_refused() {
    ok(
        "import itertools as it\np = it.product(range(10**6), repeat=4)\nprint(next(p), next(p))\nq = it.permutations(range(10**5), 3)\nprint(next(q), next(q))\nc = it.combinations(range(10**5), 50000)\nprint(len(next(c)))\n",
        "(0, 0, 0, 0) (0, 0, 0, 1)\n(0, 1, 2) (0, 1, 3)\n50000\n",
    );
    let limits = ExecutorLimits {
        max_memory: 32 * 1024 * 1024,
        ..ExecutorLimits::default()
    };
    assert_eq!(
        limit_hit(
            limits.clone(),
            "import itertools\nitertools.product(range(1000), repeat=10**9)"
        ),
        "MemoryError"
    );
    assert_eq!(
        limit_hit(
            limits,
            "import itertools\nitertools.combinations_with_replacement([1], 10**12)"
        ),
        "MemoryError"
    );
}
