//! `typing` aliases and their reprs, `TypedDict`, `NamedTuple`, `Generic`, and `abc`
//! abstract classes (checked against CPython 3.11).

mod common;
use common::{err, ok};

#[test]
fn special_form_reprs() {
    ok(
        "from typing import Optional, Union, Any, List, Dict, Tuple, Literal, ClassVar, Final, Annotated\nprint(Optional[int], Union[int, str], Union[str, None], Optional[Union[int, str]])\nprint(Any, List, List[Any], Dict[str, List[int]], Tuple[int, ...], Tuple[()])\nprint(Literal['a', 1], ClassVar[int], Final[str], Annotated[int, 'meta'])",
        "typing.Optional[int] typing.Union[int, str] typing.Optional[str] typing.Union[int, str, NoneType]\ntyping.Any typing.List typing.List[typing.Any] typing.Dict[str, typing.List[int]] typing.Tuple[int, ...] typing.Tuple[()]\ntyping.Literal['a', 1] typing.ClassVar[int] typing.Final[str] typing.Annotated[int, 'meta']\n",
    );
}

#[test]
fn union_flattens_and_collapses() {
    ok(
        "from typing import Union, Optional\nprint(Union[int], Union[int, Union[str, int]], Optional[None], Union[int, str] == Union[int, str])",
        "<class 'int'> typing.Union[int, str] <class 'NoneType'> True\n",
    );
}

#[test]
fn user_classes_and_forward_refs_in_aliases() {
    ok(
        "from typing import List, Optional\nclass Node:\n    pass\nprint(List[Node], Optional['Node'], list['Node'], list[Node])",
        "typing.List[__main__.Node] typing.Optional[ForwardRef('Node')] list['Node'] list[__main__.Node]\n",
    );
}

#[test]
fn abc_aliases() {
    ok(
        "from typing import Callable, Iterable, Iterator, Generator, Mapping, Sequence, Awaitable, Coroutine, AsyncIterator, MutableMapping, Type, Set, FrozenSet\nprint(Callable[[int, str], bool], Callable[..., int], Iterable[int], Generator[int, None, str])\nprint(Mapping[str, int], Awaitable[int], Type[int], FrozenSet[int], Iterator)",
        "typing.Callable[[int, str], bool] typing.Callable[..., int] typing.Iterable[int] typing.Generator[int, NoneType, str]\ntyping.Mapping[str, int] typing.Awaitable[int] typing.Type[int] typing.FrozenSet[int] typing.Iterator\n",
    );
}

#[test]
fn builtin_generics_and_union_types() {
    ok(
        "print(list[int], dict[str, list[int]], tuple[int, ...], set[str], type[int])\nprint(int | None, int | str | None, list[int] | None, None | int)",
        "list[int] dict[str, list[int]] tuple[int, ...] set[str] type[int]\nint | None int | str | None list[int] | None None | int\n",
    );
    ok(
        "print(list[int]([1, 2]), dict[str, int](a=1))",
        "[1, 2] {'a': 1}\n",
    );
}

#[test]
fn subscription_errors() {
    err(
        "from typing import List\nList[int][str]",
        "TypeError: typing.List[int] is not a generic class",
    );
    err(
        "from typing import Optional\nOptional[int, str]",
        "TypeError: typing.Optional requires a single type. Got (<class 'int'>, <class 'str'>).",
    );
    err("int[str]", "TypeError: type 'int' is not subscriptable");
    err(
        "from typing import List\nList[int]()",
        "TypeError: Type List cannot be instantiated; use list() instead",
    );
}

#[test]
fn get_origin_get_args_cast() {
    ok(
        "from typing import get_origin, get_args, Dict, List, cast\nprint(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int), get_args(int), cast(str, 5))",
        "<class 'list'> (<class 'str'>, <class 'int'>) None () 5\n",
    );
}

#[test]
fn typevar_generic_protocol() {
    ok(
        "from typing import TypeVar, Generic, Protocol\nT = TypeVar('T')\nclass Box(Generic[T]):\n    def __init__(self, v: T):\n        self.v = v\nclass P(Protocol):\n    def run(self) -> int: ...\nclass Impl(P):\n    def run(self):\n        return 1\nprint(T, Box(3).v, Box[int](4).v, Box[int], Impl().run())",
        "~T 3 4 __main__.Box[int] 1\n",
    );
}

#[test]
fn typed_dict_builds_a_dict() {
    ok(
        "from typing import TypedDict\nclass Movie(TypedDict, total=False):\n    title: str\n    year: int\nm = Movie(title='Heat', year=1995)\nprint(m, type(m), Movie.__annotations__)",
        "{'title': 'Heat', 'year': 1995} <class 'dict'> {'title': <class 'str'>, 'year': <class 'int'>}\n",
    );
}

#[test]
fn named_tuple_class_syntax() {
    ok(
        "from typing import NamedTuple\nclass P(NamedTuple):\n    x: int\n    y: int = 0\n    def norm1(self):\n        return abs(self.x) + abs(self.y)\np = P(3, -4)\nprint(p, P(1), p.norm1(), p[0], p._fields, isinstance(p, tuple))",
        "P(x=3, y=-4) P(x=1, y=0) 7 3 ('x', 'y') True\n",
    );
    err(
        "from typing import NamedTuple\nclass P(NamedTuple):\n    x: int\nP()",
        "TypeError: P.__new__() missing 1 required positional argument: 'x'",
    );
}

#[test]
fn get_type_hints_merges_the_mro() {
    ok(
        "from typing import get_type_hints, Optional\nclass A:\n    a: int\nclass B(A):\n    b: Optional[str] = None\n    c: None\nprint(get_type_hints(B))",
        "{'a': <class 'int'>, 'b': typing.Optional[str], 'c': <class 'NoneType'>}\n",
    );
}

#[test]
fn overload_and_runtime_checkable_return_their_argument() {
    ok(
        "from typing import overload, runtime_checkable, Protocol, TYPE_CHECKING\n@runtime_checkable\nclass P(Protocol):\n    pass\ndef f(x):\n    return x * 2\nprint(f(2), TYPE_CHECKING)",
        "4 False\n",
    );
}

#[test]
fn abstract_classes_cannot_be_instantiated() {
    let base = "from abc import ABC, abstractmethod\nclass Shape(ABC):\n    @abstractmethod\n    def area(self): ...\n    @abstractmethod\n    def perimeter(self): ...\n";
    err(
        &format!("{base}Shape()"),
        "TypeError: Can't instantiate abstract class Shape with abstract methods area, perimeter",
    );
    err(
        &format!("{base}class Sq(Shape):\n    def area(self):\n        return 1\nSq()"),
        "TypeError: Can't instantiate abstract class Sq with abstract method perimeter",
    );
    ok(
        &format!("{base}class Sq(Shape):\n    def area(self):\n        return 1\n    def perimeter(self):\n        return 4\nprint(Sq().area(), sorted(Shape.__abstractmethods__), len(Sq.__abstractmethods__))"),
        "1 ['area', 'perimeter'] 0\n",
    );
}

#[test]
fn abcmeta_metaclass_and_abstract_properties() {
    ok(
        "from abc import ABCMeta, abstractmethod\nclass Base(metaclass=ABCMeta):\n    @property\n    @abstractmethod\n    def name(self): ...\nclass Impl(Base):\n    name = 'impl'\nprint(Impl().name)\ntry:\n    Base()\nexcept TypeError as e:\n    print(e)",
        "impl\nCan't instantiate abstract class Base with abstract method name\n",
    );
    err(
        "def meta(name, bases, ns):\n    return 1\nclass A(metaclass=meta):\n    pass",
        "NotImplementedError: this executor does not support metaclasses other than abc.ABCMeta yet",
    );
}
