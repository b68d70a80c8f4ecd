from collections import abc, deque, OrderedDict, Counter
from collections.abc import Iterable, Mapping, Sequence, Callable, MutableMapping, Hashable
import collections.abc

def describe(x):
    kinds = []
    for name in ["Iterable", "Sequence", "Mapping", "MutableMapping", "Set", "Callable", "Hashable", "Sized"]:
        if isinstance(x, getattr(collections.abc, name)):
            kinds.append(name)
    return kinds

for value in [[1], (1,), "s", {"a": 1}, {1}, frozenset(), 3, len, deque(), Counter(), range(2), None]:
    print(type(value).__name__, describe(value))

class Box:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)

print(isinstance(Box([1]), Iterable), isinstance(Box([1]), Sequence), isinstance(Box([]), abc.Sized))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(OrderedDict, MutableMapping))
print(isinstance(lambda: 1, Callable), isinstance(Box, Callable), isinstance([], Hashable))

def flatten(x):
    if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, (3, 4)], {"k": 5}, "str"])))
print(abc.Mapping, collections.abc.Sequence.__name__)
