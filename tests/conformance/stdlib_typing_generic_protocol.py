from typing import TypeVar, Generic, Protocol, Iterator, List, Optional, cast, overload, TYPE_CHECKING, runtime_checkable

T = TypeVar("T")
K = TypeVar("K")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self._items))

    def __len__(self) -> int:
        return len(self._items)

@runtime_checkable
class Greeter(Protocol):
    def greet(self, name: str) -> str: ...

class English:
    def greet(self, name: str) -> str:
        return f"Hello, {name}"

def welcome(g: Greeter, names: List[str]) -> List[str]:
    return [g.greet(n) for n in names]

s: Stack[int] = Stack()
for i in range(4):
    s.push(i * i)
print(list(s), len(s), s.pop(), len(s))
ints = Stack[int]()
ints.push(5)
print(ints.pop(), ints.pop())
print(welcome(English(), ["Ann", "Bo"]))
print(T, K, Stack[int], cast(int, "not checked"), TYPE_CHECKING)
if TYPE_CHECKING:
    print("never")
value = cast(List[int], [1, 2])
value
