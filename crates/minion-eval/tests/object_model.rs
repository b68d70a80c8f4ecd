//! `object` itself and the hooks of the object model: `object()` sentinels, the
//! methods of `object` reached through `super()` and `object.<name>`, user
//! `__setattr__`/`__delattr__`, `__eq__` without `__hash__`, user keys in sets and
//! dicts, and a `StopIteration` escaping `__init__`. Expected outputs come from
//! CPython 3.11.

mod common;

use common::{err, ok};

#[test]
fn object_sentinels_compare_by_identity() {
    ok(
        "MISSING = object()\nd = {'a': 1}\nprint(d.get('b', MISSING) is MISSING, d.get('a', MISSING) is MISSING, type(MISSING).__name__, MISSING == object(), len({MISSING, MISSING}))",
        "True False object False 1\n",
    );
    err("object(1)", "TypeError: object() takes no arguments");
}

#[test]
fn stop_iteration_escaping_init_stays_stop_iteration() {
    ok(
        "class A:\n    def __init__(self):\n        raise StopIteration\ntry:\n    A()\nexcept StopIteration:\n    print('stop')\n",
        "stop\n",
    );
}

#[test]
fn eq_without_hash_makes_instances_unhashable() {
    ok(
        "class E:\n    def __eq__(self, o):\n        return True\nprint(E.__hash__)\ntry:\n    {E()}\nexcept TypeError as e:\n    print(e)\nclass H(E):\n    def __hash__(self):\n        return 1\nprint(len({H(), H()}))\n",
        "None\nunhashable type: 'E'\n1\n",
    );
}

#[test]
fn user_setattr_sees_every_store_and_super_does_the_store() {
    ok(
        "class C:\n    def __setattr__(self, k, v):\n        print('set', k)\n        super().__setattr__(k, v * 2)\nclass D(C):\n    pass\nd = D()\nd.x = 2\nsetattr(d, 'y', 5)\nprint(d.x, d.y, vars(d))\n",
        "set x\nset y\n4 10 {'x': 4, 'y': 10}\n",
    );
    err(
        "class C:\n    pass\nobject.__setattr__(C(), 5, 1)",
        "TypeError: attribute name must be string, not 'int'",
    );
}

#[test]
fn user_keys_find_equal_instances_in_dicts_and_sets() {
    ok(
        "class K:\n    def __init__(self, v):\n        self.v = v\n    def __eq__(self, o):\n        return isinstance(o, K) and o.v == self.v\n    def __hash__(self):\n        return hash(self.v) & 3\n    def __repr__(self):\n        return f'K{self.v}'\nd = {K(i): i for i in range(10)}\nprint(len(d), d[K(7)], K(11) in d, d.pop(K(3)), len(d))\ns = {K(1), K(5), K(1)}\nprint(len(s), s == {K(5), K(1)}, {K(1): 1} == {K(1): 1}, {K(1): 1} == {K(1): 2})\ntry:\n    d[K(42)]\nexcept KeyError as e:\n    print(repr(e), e)\n",
        "10 7 False 3 9\n2 True True False\nKeyError(K42) K42\n",
    );
}

#[test]
fn a_user_hash_runs_once_per_insertion_and_lookup() {
    ok(
        "class K:\n    def __hash__(self):\n        print('hash')\n        return 1\nk = K()\nd = {}\nd[k] = 1\nprint(k in d)\ns = {k}\n",
        "hash\nhash\nTrue\nhash\n",
    );
}
