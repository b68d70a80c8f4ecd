//! Set and frozenset iteration order matches CPython 3.11 (hash-table slot order) for
//! elements with deterministic hashes. Expectations were produced by CPython 3.11.

mod common;

use common::ok;

#[test]
fn literals() {
    ok(
        "print({3, 1, 2}, set([3, 3, 1]), {10, 2, 5}, {100, 3, 4})\nprint({17, 65, 32, -15}, {1, 17, 2, 3, 4, 33})\nx = 1\nprint({x, 17, 2, 3, 4, 33}, {x, 9})",
        "{1, 2, 3} {1, 3} {10, 2, 5} {3, 100, 4}\n{32, 65, -15, 17} {1, 2, 3, 4, 33, 17}\n{1, 2, 3, 4, 33, 17} {1, 9}\n",
    );
}

#[test]
fn set_of_list() {
    ok(
        "print(set([5, 13, 21, 29, 37, 45]), set((8, 16, 0, 24)), frozenset([9, 1, 17]))\nprint(set(range(20, 0, -1)))\nprint(set({9: 1, 1: 2, 17: 3, 33: 4, 2: 5, 90: 6}))",
        "{37, 5, 13, 45, 21, 29} {8, 16, 0, 24} frozenset({9, 1, 17})\n{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}\n{1, 17, 33, 2, 9, 90}\n",
    );
}

#[test]
fn add_discard_remove() {
    ok(
        "s = set()\nfor i in [5, 13, 21, 29, 37, 45]:\n    s.add(i)\nprint(s)\ns.discard(13)\ns.add(53)\nprint(s)\ns.remove(37)\ns.add(61)\ns.add(5)\nprint(s, list(s))",
        "{37, 5, 13, 45, 21, 29}\n{37, 5, 45, 21, 53, 29}\n{5, 45, 61, 21, 53, 29} [5, 45, 61, 21, 53, 29]\n",
    );
}

#[test]
fn pop_sequence() {
    ok(
        "s = {1, 9, 17, 25, 3, 11, 40, 8}\nprint([s.pop() for _ in range(4)], s)\ns.add(100)\ns.add(9)\nprint(s.pop(), s.pop(), s)\nt = set(range(30))\nt.difference_update(range(5, 25))\nprint([t.pop() for _ in range(3)], t)",
        "[1, 3, 40, 9] {8, 11, 17, 25}\n8 11 {100, 9, 17, 25}\n[0, 1, 2] {3, 4, 25, 26, 27, 28, 29}\n",
    );
}

#[test]
fn growth() {
    ok(
        "for n in (5, 6, 20, 21, 100, 1000):\n    s = set()\n    for i in range(n):\n        s.add((i * 7919) % 1009 - 300)\n    print(n, list(s)[:12], list(s)[-6:])",
        "5 [97, 556, 403, -300, 250] [97, 556, 403, -300, 250]\n6 [97, -56, 556, 403, -300, 250] [97, -56, 556, 403, -300, 250]\n20 [647, -118, 403, 279, 35, 556, -209, 432, 188, -56, 585, -180] [97, -27, 494, -271, 250, 126]\n21 [647, -118, 403, 279, 35, 676, 556, -209, 432, 188, -56, 585] [97, -27, 494, -271, 250, 126]\n100 [2, 515, 519, 523, 27, 31, 35, 548, 552, 556, 56, 60] [-27, 486, 490, 494, -6, -2]\n1000 [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12] [-7, -6, -5, -4, -3, -2]\n",
    );
}

#[test]
fn negative_big_float() {
    ok(
        "print({-1, -2, 5, 2**70, 1.5, 0.5}, {-8, 8, -16, 16, 0})\nprint({2**61 - 1, 2**61, 2**64 + 3, -(2**65), 7, 0.25, 1e20, -3.5})\nprint({True, 2, 1.0, (1, 2), (0, -1)}, {(3, 4), (1, 2), (-5, 0)})",
        "{1180591620717411303424, 1.5, 0.5, 5, -2, -1} {0, -16, 16, 8, -8}\n{2305843009213693951, 2305843009213693952, 0.25, 7, 18446744073709551619, 1e+20, -36893488147419103232, -3.5}\n{True, 2, (1, 2), (0, -1)} {(-5, 0), (1, 2), (3, 4)}\n",
    );
}

#[test]
fn algebra() {
    ok(
        "a = {1, 2, 3, 9, 17}\nb = {33, 9, 8}\nprint(a | b, a & b, a - b, a ^ b, b - a, b ^ a)\nprint(a.union([40, 3], (25,)), a.intersection([17, 9, 1, 100]), a.difference([1], {2}), a.symmetric_difference([33, 2]))\nc = set(range(40))\nprint(c & {5, 70, 13, 33}, {5, 70, 13, 33} & c, c - set(range(3, 40)))\nprint(frozenset(a) | b, type(frozenset(a) | b).__name__)",
        "{1, 2, 3, 17, 33, 8, 9} {9} {1, 2, 3, 17} {33, 2, 1, 3, 8, 17} {8, 33} {1, 2, 3, 17, 33, 8}\n{1, 2, 3, 17, 40, 9, 25} {17, 9, 1} {3, 17, 9} {33, 1, 3, 9, 17}\n{33, 13, 5} {33, 13, 5} {0, 1, 2}\nfrozenset({1, 2, 3, 17, 33, 8, 9}) frozenset\n",
    );
}

#[test]
fn inplace() {
    ok(
        "a = {1, 2, 3, 9, 17}\na |= {40, 8}\nprint(a)\na &= {8, 40, 1, 17, 99}\nprint(a)\na -= {40}\nprint(a)\na ^= {2, 8, 33}\nprint(a)\na.update([4, 12], {20: 0})\nprint(a)\na.intersection_update(range(0, 50, 2))\nprint(a)\na.symmetric_difference_update([1, 9, 4])\nprint(a)\na.difference_update([12])\nprint(a)",
        "{1, 2, 3, 17, 40, 9, 8}\n{8, 1, 40, 17}\n{8, 1, 17}\n{1, 17, 33, 2}\n{1, 17, 33, 2, 4, 20, 12}\n{2, 20, 4, 12}\n{1, 2, 9, 12, 20}\n{1, 2, 9, 20}\n",
    );
}

#[test]
fn comprehensions() {
    ok(
        "print({x * 7 for x in range(30)})\nprint({x % 13 - 6 for x in range(50, 0, -3)})\nprint([x for x in {8, 16, 24, 32, 40, 1}], sorted({3, 1}) == [1, 3])",
        "{0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, 56, 189, 63, 196, 70, 203, 77, 84, 91, 98, 105, 112, 119, 126}\n{0, 1, 2, 3, 4, 5, 6, -2, -6, -5, -4, -3, -1}\n[32, 1, 40, 8, 16, 24] True\n",
    );
}

#[test]
fn dict_views() {
    ok(
        "d = {9: 1, 1: 2, 17: 3, 33: 4, 2: 5, 90: 6}\nprint(d.keys() | {5, 13}, d.keys() - {9}, d.keys() & {17, 1, 200}, d.keys() ^ {1, 41})",
        "{1, 17, 33, 2, 5, 9, 90, 13} {1, 17, 33, 2, 90} {17, 1} {17, 33, 2, 9, 90, 41}\n",
    );
}

#[test]
fn frozenset_methods() {
    ok(
        "print(hasattr(frozenset(), 'add'), hasattr(set(), 'add'), hasattr(frozenset(), 'union'))",
        "False True True\n",
    );
}
