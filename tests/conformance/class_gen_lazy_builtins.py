# Lazy iteration: generator expressions stop early, map/filter/zip/enumerate are lazy,
# iter(callable, sentinel) reads until a marker.
calls = []


def expensive(x):
    calls.append(x)
    return x * x


first_big = next(expensive(x) for x in range(100) if x > 3)
print(first_big, calls)

calls.clear()
squares = map(expensive, range(10))
print(calls)
print(next(squares), next(squares), calls)

evens = filter(lambda n: n % 2 == 0, (expensive(i) for i in range(1, 100)))
print([next(evens) for _ in range(3)], len(calls))

pairs = zip("abc", (expensive(i) for i in range(1000)))
print(list(pairs), len(calls))

lines = iter(["alpha", "beta", "", "gamma"])
reader = iter(lambda: next(lines), "")
print(list(reader), next(lines))

numbered = enumerate((w.upper() for w in ["x", "y"]), start=1)
print(type(numbered).__name__, list(numbered))
print(any(expensive(i) > 50 for i in range(1000)), all(i < 5 for i in range(10**9)))
print(sum(x for x in range(10) if x % 3), sorted(x % 4 for x in range(8)), min(x * 2 for x in [5, 3, 9]))
g = (x for x in [1, 2])
print(list(g), list(g))
len(calls)
