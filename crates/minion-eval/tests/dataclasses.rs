//! `dataclasses`: generated methods, fields, errors (checked against CPython 3.11).

mod common;
use common::{err, ok};

#[test]
fn class_annotations_are_recorded_in_order() {
    ok(
        "class A:\n    x: int = 5\n    y: list[str]\n    z = 3\nprint(A.__annotations__, A.x, hasattr(A, 'y'))",
        "{'x': <class 'int'>, 'y': list[str]} 5 False\n",
    );
}

#[test]
fn module_annotations_are_recorded() {
    ok(
        "a: int = 1\nb: 'Later'\nprint(__annotations__, a)",
        "{'a': <class 'int'>, 'b': 'Later'} 1\n",
    );
}

#[test]
fn annotation_of_attribute_target_is_evaluated_not_recorded() {
    err(
        "class A:\n    pass\nA.x: undefined_name = 1",
        "NameError: name 'undefined_name' is not defined",
    );
}

#[test]
fn annotations_in_functions_are_not_evaluated() {
    ok(
        "def f():\n    x: undefined_name = 2\n    return x\nprint(f())",
        "2\n",
    );
}

#[test]
fn init_repr_eq_are_generated() {
    ok(
        "from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n    y: int = 0\np = P(1)\nprint(p, p == P(1, 0), p == P(2), p != P(1))",
        "P(x=1, y=0) True False False\n",
    );
}

#[test]
fn init_argument_errors_are_cpythons() {
    let cls =
        "from dataclasses import dataclass\n@dataclass\nclass Point:\n    x: int\n    y: int\n";
    err(
        &format!("{cls}Point(1)"),
        "TypeError: Point.__init__() missing 1 required positional argument: 'y'",
    );
    err(
        &format!("{cls}Point(1, 2, 3)"),
        "TypeError: Point.__init__() takes 3 positional arguments but 4 were given",
    );
    err(
        &format!("{cls}Point(1, 2, z=3)"),
        "TypeError: Point.__init__() got an unexpected keyword argument 'z'",
    );
    err(
        &format!("{cls}Point()"),
        "TypeError: Point.__init__() missing 2 required positional arguments: 'x' and 'y'",
    );
}

#[test]
fn mutable_default_is_refused() {
    err(
        "from dataclasses import dataclass\n@dataclass\nclass C:\n    items: list = []",
        "ValueError: mutable default <class 'list'> for field items is not allowed: use default_factory",
    );
    err(
        "from dataclasses import dataclass\n@dataclass\nclass C:\n    d: dict = {}",
        "ValueError: mutable default <class 'dict'> for field d is not allowed: use default_factory",
    );
}

#[test]
fn non_default_after_default_is_refused() {
    err(
        "from dataclasses import dataclass\n@dataclass\nclass C:\n    x: int = 1\n    y: int",
        "TypeError: non-default argument 'y' follows default argument",
    );
}

#[test]
fn default_factory_gives_each_instance_its_own_value() {
    ok(
        "from dataclasses import dataclass, field\n@dataclass\nclass C:\n    xs: list = field(default_factory=list)\na, b = C(), C()\na.xs.append(1)\nprint(a, b, C([2]))",
        "C(xs=[1]) C(xs=[]) C(xs=[2])\n",
    );
}

#[test]
fn field_options_repr_compare_init() {
    ok(
        "from dataclasses import dataclass, field\n@dataclass\nclass C:\n    a: int\n    b: int = field(default=0, repr=False)\n    c: int = field(default=0, compare=False)\n    d: int = field(init=False, default=7)\nx = C(1, 2, 3)\nprint(x, x.b, x.d, x == C(1, 2, 99))",
        "C(a=1, c=3, d=7) 2 7 True\n",
    );
}

#[test]
fn class_attribute_holds_the_plain_default() {
    ok(
        "from dataclasses import dataclass, field\n@dataclass\nclass C:\n    a: int = field(default=4)\n    b: list = field(default_factory=list)\nprint(C.a, hasattr(C, 'b'))",
        "4 False\n",
    );
}

#[test]
fn post_init_runs_and_sees_initvars() {
    ok(
        "from dataclasses import dataclass, field, InitVar\n@dataclass\nclass C:\n    a: int\n    scale: InitVar[int] = 2\n    b: int = field(init=False)\n    def __post_init__(self, scale):\n        self.b = self.a * scale\nprint(C(3), C(3, 10).b)",
        "C(a=3, b=6) 30\n",
    );
}

#[test]
fn classvar_annotations_are_not_fields() {
    ok(
        "from dataclasses import dataclass, fields\nfrom typing import ClassVar\n@dataclass\nclass C:\n    count: ClassVar[int] = 0\n    x: int = 1\nprint([f.name for f in fields(C)], C(), C.count)",
        "['x'] C(x=1) 0\n",
    );
}

#[test]
fn frozen_refuses_assignment_and_deletion() {
    let cls = "from dataclasses import dataclass\n@dataclass(frozen=True)\nclass F:\n    x: int\nf = F(1)\n";
    err(
        &format!("{cls}f.x = 2"),
        "dataclasses.FrozenInstanceError: cannot assign to field 'x'",
    );
    err(
        &format!("{cls}del f.x"),
        "dataclasses.FrozenInstanceError: cannot delete field 'x'",
    );
    ok(
        &format!(
            "{cls}try:\n    f.y = 1\nexcept AttributeError as e:\n    print(type(e).__name__, e)"
        ),
        "FrozenInstanceError cannot assign to field 'y'\n",
    );
}

#[test]
fn hash_follows_eq_and_frozen() {
    ok(
        "from dataclasses import dataclass\n@dataclass(frozen=True)\nclass F:\n    x: int\n    y: int\nprint(hash(F(1, 2)) == hash((1, 2)))",
        "True\n",
    );
    err(
        "from dataclasses import dataclass\n@dataclass\nclass M:\n    x: int\nhash(M(1))",
        "TypeError: unhashable type: 'M'",
    );
    err(
        "from dataclasses import dataclass\n@dataclass\nclass M:\n    x: int\n{M(1)}",
        "TypeError: unhashable type: 'M'",
    );
    ok(
        "from dataclasses import dataclass\n@dataclass(eq=False)\nclass N:\n    x: int\nprint(len({N(1), N(1)}))",
        "2\n",
    );
}

#[test]
fn order_methods_compare_field_tuples() {
    ok(
        "from dataclasses import dataclass\n@dataclass(order=True)\nclass V:\n    a: int\n    b: str\nprint(V(1, 'b') < V(1, 'c'), V(2, 'a') <= V(1, 'z'), V(1, 'a') >= V(1, 'a'), sorted([V(2, 'a'), V(1, 'b')]))",
        "True False True [V(a=1, b='b'), V(a=2, b='a')]\n",
    );
    err(
        "from dataclasses import dataclass\n@dataclass(order=True)\nclass A:\n    x: int\n@dataclass(order=True)\nclass B:\n    x: int\nA(1) < B(2)",
        "TypeError: '<' not supported between instances of 'A' and 'B'",
    );
    err(
        "from dataclasses import dataclass\n@dataclass(order=True, eq=False)\nclass A:\n    x: int",
        "ValueError: eq must be true if order is true",
    );
}

#[test]
fn eq_requires_the_same_class() {
    ok(
        "from dataclasses import dataclass\n@dataclass\nclass A:\n    x: int\n@dataclass\nclass B:\n    x: int\nprint(A(1) == B(1), A(1) == (1,), A(1) == A(1))",
        "False False True\n",
    );
}

#[test]
fn repr_is_recursion_safe_and_uses_field_reprs() {
    ok(
        "from dataclasses import dataclass\n@dataclass\nclass N:\n    name: str\n    nxt: object = None\na = N('a')\na.nxt = a\nprint(a, [N('x')])",
        "N(name='a', nxt=...) [N(name='x', nxt=None)]\n",
    );
}

#[test]
fn inheritance_puts_base_fields_first() {
    ok(
        "from dataclasses import dataclass\n@dataclass\nclass B:\n    x: int\n    y: int = 0\n@dataclass\nclass C(B):\n    z: int = 5\n    x: int = 9\nprint(C(), C(1, 2, 3))",
        "C(x=9, y=0, z=5) C(x=1, y=2, z=3)\n",
    );
}

#[test]
fn kw_only_fields_follow_the_positional_ones() {
    ok(
        "from dataclasses import dataclass, field\n@dataclass\nclass C:\n    a: int = 0\n    b: int = field(kw_only=True, default=1)\n    c: int = 2\nprint(C(5, 6, b=7))",
        "C(a=5, b=7, c=6)\n",
    );
    err(
        "from dataclasses import dataclass\n@dataclass(kw_only=True)\nclass C:\n    a: int\nC(1)",
        "TypeError: C.__init__() takes 1 positional argument but 2 were given",
    );
}

#[test]
fn match_args_lists_positional_init_fields() {
    ok(
        "from dataclasses import dataclass, field\n@dataclass\nclass C:\n    a: int\n    b: int = field(kw_only=True, default=0)\n    c: int = field(init=False, default=0)\nprint(C.__match_args__)",
        "('a',)\n",
    );
}

#[test]
fn asdict_astuple_recurse() {
    ok(
        "from dataclasses import dataclass, asdict, astuple\n@dataclass\nclass In:\n    v: int\n@dataclass\nclass Out:\n    a: In\n    xs: list\n    m: dict\no = Out(In(1), [In(2), (In(3),)], {'k': In(4)})\nprint(asdict(o))\nprint(astuple(o))",
        "{'a': {'v': 1}, 'xs': [{'v': 2}, ({'v': 3},)], 'm': {'k': {'v': 4}}}\n((1,), [(2,), ((3,),)], {'k': (4,)})\n",
    );
    err(
        "from dataclasses import asdict\nasdict(3)",
        "TypeError: asdict() should be called on dataclass instances",
    );
}

#[test]
fn fields_replace_is_dataclass() {
    ok(
        "from dataclasses import dataclass, fields, replace, is_dataclass, MISSING\n@dataclass\nclass C:\n    a: int\n    b: str = 'x'\nf = fields(C)\nprint([(x.name, x.type, x.default is MISSING) for x in f])\nc = C(1)\nprint(replace(c, b='y'), c, is_dataclass(C), is_dataclass(c), is_dataclass(1))",
        "[('a', <class 'int'>, True), ('b', <class 'str'>, False)]\nC(a=1, b='y') C(a=1, b='x') True True False\n",
    );
    err(
        "from dataclasses import dataclass, replace\n@dataclass\nclass C:\n    a: int\nreplace(C(1), z=2)",
        "TypeError: C.__init__() got an unexpected keyword argument 'z'",
    );
    err(
        "from dataclasses import fields\nfields(1)",
        "TypeError: must be called with a dataclass type or instance",
    );
}

#[test]
fn user_methods_are_kept() {
    ok(
        "from dataclasses import dataclass\n@dataclass\nclass C:\n    a: int\n    def __repr__(self):\n        return 'custom'\n    def __eq__(self, o):\n        return True\nprint(C(1), C(1) == C(2))",
        "custom True\n",
    );
}

#[test]
fn list_equality_uses_dataclass_eq() {
    ok(
        "from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\nprint([P(1), P(2)] == [P(1), P(2)], (P(1),) != (P(3),), [[P(1)]] == [[P(1)]])",
        "True True True\n",
    );
}
