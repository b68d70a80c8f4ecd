from typing import Dict, List, Optional, Tuple, Union, Any, Iterator, Generator, get_type_hints, Final, ClassVar

Number = Union[int, float]
MAX_RETRIES: Final = 3

def mean(values: List[Number]) -> Optional[float]:
    if not values:
        return None
    return sum(values) / len(values)

def find_user(users: Dict[int, str], uid: int) -> Optional[str]:
    return users.get(uid)

def chunks(items: List[Any], size: int) -> Iterator[List[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]

def countdown(n: int) -> Generator[int, None, str]:
    while n > 0:
        yield n
        n -= 1
    return "done"

def split_pair(text: str, sep: str = "=") -> Tuple[str, str]:
    key, _, value = text.partition(sep)
    return key.strip(), value.strip()

class Settings:
    defaults: ClassVar[Dict[str, int]] = {"retries": MAX_RETRIES}
    name: str
    level: Optional[int] = None

print(mean([1, 2, 3.5]), mean([]))
print(find_user({1: "ann"}, 1), find_user({1: "ann"}, 2))
print(list(chunks(list(range(7)), 3)))
print(list(countdown(3)))
print(split_pair(" host = example.com "), split_pair("a:b", sep=":"))
print(Settings.defaults, Settings.level, Number)
print(get_type_hints(Settings))
print(Settings.__annotations__)
mean([10, 20])
