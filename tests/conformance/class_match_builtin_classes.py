# Agent task: a type-directed formatter using built-in class patterns.
def fmt(v):
    match v:
        case bool(b):
            return f"bool:{b}"
        case int(n) if n < 0:
            return f"negative int:{n}"
        case int(n):
            return f"int:{n}"
        case float(x):
            return f"float:{x:.2f}"
        case str(s) if not s:
            return "empty str"
        case str(s):
            return f"str:{s.upper()}"
        case bytes(b):
            return f"bytes:{len(b)}"
        case list([]):
            return "empty list"
        case list([x, *_]):
            return f"list starting {fmt(x)}"
        case tuple((a, b)):
            return f"pair {fmt(a)}/{fmt(b)}"
        case tuple():
            return f"tuple of {len(v)}"
        case dict({"k": k}):
            return f"dict with k={fmt(k)}"
        case dict():
            return f"dict of {len(v)}"
        case set() | frozenset():
            return f"set of {len(v)}"
        case None:
            return "none"
        case _:
            return "other"


values = [True, False, -3, 7, 2.5, "", "hi", b"abc", [], [1.5, 2], (1, "x"), (1, 2, 3), (),
          {"k": "v"}, {}, {1, 2}, frozenset(), None, range(3)]
for v in values:
    print(f"{v!r:>12} => {fmt(v)}")

match 5:
    case int(real=r, imag=i):
        print("int parts", r, i)
match 3.0:
    case int():
        print("float is not int")
    case float(3.0):
        print("float 3.0")
match True:
    case int(1):
        print("True matches int(1)")
