# Agent task: sort with an old-style comparison function.
from functools import cmp_to_key


def by_priority_then_name(a, b):
    if a["prio"] != b["prio"]:
        return b["prio"] - a["prio"]
    return (a["name"] > b["name"]) - (a["name"] < b["name"])


tasks = [
    {"name": "write", "prio": 2},
    {"name": "deploy", "prio": 5},
    {"name": "test", "prio": 2},
    {"name": "plan", "prio": 9},
]
ordered = sorted(tasks, key=cmp_to_key(by_priority_then_name))
print([t["name"] for t in ordered])


def numeric_concat(x, y):
    # Largest number formed by concatenation.
    return -1 if x + y > y + x else (1 if x + y < y + x else 0)


nums = [3, 30, 34, 5, 9]
print("".join(sorted(map(str, nums), key=cmp_to_key(numeric_concat))))
words = ["banana", "Apple", "cherry"]
words.sort(key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower())))
print(words)
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a), reverse=True))
key = cmp_to_key(lambda a, b: a - b)
print(key(1) < key(2), key(3) <= key(3), key(5) > key(7), key(2) == key(2), key(4).obj)
print(max([3, 8, 1], key=cmp_to_key(lambda a, b: a - b)))
try:
    key(1) < 2
except TypeError as e:
    print("TypeError", e)
sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b)))
