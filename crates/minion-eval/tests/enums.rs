//! `enum`: members, lookups, class-level iteration/len/in, IntEnum/StrEnum/Flag
//! (checked against CPython 3.11).

mod common;
use common::{err, ok};

const COLOR: &str = "from enum import Enum, auto\nclass Color(Enum):\n    RED = 1\n    GREEN = 2\n    BLUE = 3\n    SCARLET = 1\n";

#[test]
fn members_have_name_value_repr_str() {
    ok(
        &format!("{COLOR}print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, type(Color.RED) is Color, isinstance(Color.RED, Color))"),
        "Color.RED <Color.GREEN: 2> BLUE 3 True True\n",
    );
}

#[test]
fn class_iterates_in_definition_order_without_aliases() {
    ok(
        &format!("{COLOR}print(list(Color), len(Color), [c.name for c in Color])\nprint(list(Color.__members__), Color.SCARLET is Color.RED)"),
        "[<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>] 3 ['RED', 'GREEN', 'BLUE']\n['RED', 'GREEN', 'BLUE', 'SCARLET'] True\n",
    );
}

#[test]
fn lookup_by_value_and_name() {
    ok(
        &format!("{COLOR}print(Color(2), Color['BLUE'], Color(Color.RED), Color['SCARLET'])"),
        "Color.GREEN Color.BLUE Color.RED Color.RED\n",
    );
    err(
        &format!("{COLOR}Color(5)"),
        "ValueError: 5 is not a valid Color",
    );
    err(
        &format!("{COLOR}Color('RED')"),
        "ValueError: 'RED' is not a valid Color",
    );
    err(&format!("{COLOR}Color['PURPLE']"), "KeyError: 'PURPLE'");
}

#[test]
fn membership_and_identity() {
    ok(
        &format!("{COLOR}print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)"),
        "True True False True\n",
    );
    err(
        &format!("{COLOR}1 in Color"),
        "TypeError: unsupported operand type(s) for 'in': 'int' and 'EnumType'",
    );
}

#[test]
fn members_are_hashable_dict_keys() {
    ok(
        &format!("{COLOR}d = {{Color.RED: 'r', Color.BLUE: 'b'}}\nprint(d[Color.SCARLET], len(set(Color)), hash(Color.RED) == hash('RED'))"),
        "r 3 True\n",
    );
}

#[test]
fn ordering_is_refused() {
    err(
        &format!("{COLOR}Color.RED < Color.GREEN"),
        "TypeError: '<' not supported between instances of 'Color' and 'Color'",
    );
}

#[test]
fn members_are_immutable() {
    err(
        &format!("{COLOR}Color.RED = 4"),
        "AttributeError: cannot reassign member 'RED'",
    );
    err(
        &format!("{COLOR}Color.RED.value = 4"),
        "AttributeError: <enum 'Enum'> cannot set attribute 'value'",
    );
    err(
        &format!("{COLOR}del Color.RED"),
        "AttributeError: 'Color' cannot delete member 'RED'.",
    );
}

#[test]
fn enums_cannot_be_extended() {
    err(
        &format!("{COLOR}class More(Color):\n    PINK = 4"),
        "TypeError: <enum 'More'> cannot extend <enum 'Color'>",
    );
}

#[test]
fn auto_counts_from_the_last_value() {
    ok(
        "from enum import Enum, auto\nclass S(Enum):\n    A = auto()\n    B = 10\n    C = auto()\nprint(list(S))",
        "[<S.A: 1>, <S.B: 10>, <S.C: 11>]\n",
    );
}

#[test]
fn class_repr_and_format() {
    ok(
        &format!("{COLOR}print(Color, f'{{Color.RED}}', f'{{Color.RED:>10}}|', '{{}}'.format(Color.GREEN))"),
        "<enum 'Color'> Color.RED  Color.RED| Color.GREEN\n",
    );
}

#[test]
fn methods_properties_and_classmethods_work() {
    ok(
        "from enum import Enum\nclass Op(Enum):\n    ADD = '+'\n    SUB = '-'\n    def apply(self, a, b):\n        return a + b if self is Op.ADD else a - b\n    @property\n    def symbol(self):\n        return self.value\n    @classmethod\n    def parse(cls, s):\n        return cls(s)\nprint(Op.ADD.apply(2, 3), Op.parse('-').apply(2, 3), Op.SUB.symbol, len(Op))",
        "5 -1 - 2\n",
    );
}

#[test]
fn tuple_values_go_to_init() {
    ok(
        "from enum import Enum\nclass P(Enum):\n    A = (1, 2)\n    def __init__(self, x, y):\n        self.total = x + y\nprint(P.A.total, P.A.value, P((1, 2)))",
        "3 (1, 2) P.A\n",
    );
}

#[test]
fn missing_hook_is_consulted() {
    ok(
        "from enum import Enum\nclass C(Enum):\n    RED = 'red'\n    @classmethod\n    def _missing_(cls, value):\n        return cls.RED if value.lower() == 'red' else None\nprint(C('RED'))",
        "C.RED\n",
    );
}

#[test]
fn int_enum_behaves_as_its_value() {
    ok(
        "from enum import IntEnum\nclass P(IntEnum):\n    LOW = 1\n    HIGH = 3\nprint(P.HIGH, repr(P.HIGH), f'{P.LOW}', format(P.HIGH, '03d'), P.HIGH + 1, 2 * P.HIGH, P.LOW == 1, P.LOW < P.HIGH, P.HIGH > 2, sorted([P.HIGH, P.LOW]))",
        "3 <P.HIGH: 3> 1 003 4 6 True True True [<P.LOW: 1>, <P.HIGH: 3>]\n",
    );
    err(
        "from enum import IntEnum\nclass P(IntEnum):\n    LOW = 1\nP(2)",
        "ValueError: 2 is not a valid P",
    );
}

#[test]
fn str_enum_behaves_as_its_value() {
    ok(
        "from enum import StrEnum, auto\nclass M(StrEnum):\n    GET = auto()\n    POST = 'Post'\nprint(M.GET, repr(M.POST), M.GET == 'get', M.POST.upper(), M.GET + '!', f'{M.POST:>6}')",
        "get <M.POST: 'Post'> True POST get!   Post\n",
    );
    err(
        "from enum import StrEnum\nclass M(StrEnum):\n    A = 1",
        "TypeError: 1 is not a string",
    );
}

#[test]
fn flags_combine() {
    ok(
        "from enum import Flag, auto\nclass F(Flag):\n    R = auto()\n    W = auto()\n    X = auto()\nrw = F.R | F.W\nprint(rw, repr(rw), F.W in rw, F.X in rw, rw & F.W, list(F), F(5), bool(F.R & F.W))",
        "F.R|W <F.R|W: 3> True False F.W [<F.R: 1>, <F.W: 2>, <F.X: 4>] F.R|X False\n",
    );
}

#[test]
fn int_flag_mixes_with_ints() {
    ok(
        "from enum import IntFlag\nclass M(IntFlag):\n    R = 4\n    W = 2\nm = M.R | M.W\nprint(m, m == 6, m | 1, M.R & 4)",
        "6 True 7 4\n",
    );
}

#[test]
fn unique_refuses_aliases() {
    err(
        "from enum import Enum, unique\n@unique\nclass U(Enum):\n    A = 1\n    B = 1\n    C = 2\n    D = 2",
        "ValueError: duplicate values found in <enum 'U'>: B -> A, D -> C",
    );
}

#[test]
fn functional_api_is_refused_clearly() {
    err(
        "from enum import Enum\nEnum('Color', 'RED GREEN')",
        "NotImplementedError: this executor does not support the enum functional API (calling an Enum class with other than one value) yet",
    );
}
