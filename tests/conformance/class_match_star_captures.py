# Agent task: split sequences into head/middle/tail with star captures anywhere.
def describe(seq):
    match seq:
        case []:
            return "empty"
        case [only]:
            return f"one: {only}"
        case [first, *middle, last] if len(middle) > 3:
            return f"long: {first}..{last} ({len(middle)} in between)"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"


for s in [[], [1], [1, 2], (1, 2, 3), range(5), list(range(10)), "abc", b"xy"]:
    print(f"{s!r:>32}: {describe(s)}")

match (1, 2, 3, 4, 5):
    case (*init, 5):
        print("init", init)
match [1, 2, 3, 4, 5]:
    case [*_, 4, last]:
        print("ends with 4,", last)
match range(10, 20):
    case [a, b, *_, y, z]:
        print(a, b, y, z)
match [0, 1]:
    case [*everything]:
        print("everything", everything)
match ("cmd", "a", "b"):
    case ("cmd", *args) if all(isinstance(a, str) for a in args):
        print("args", args, type(args) is list)

rows = [["name", "score"], ["ann", 9, 8, 10], ["ben"], ["cy", 7]]
table = {}
for row in rows[1:]:
    match row:
        case [name, *scores] if scores:
            table[name] = sum(scores) / len(scores)
        case [name]:
            table[name] = None
table
