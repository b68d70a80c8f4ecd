# Agent task: memoise expensive recursive computations and inspect the cache.
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(calls))
print(fib.cache_info())
print(fib(30), fib.cache_info().hits)


@lru_cache(maxsize=3)
def square(x):
    print("computing", x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 1]:
    square(x)
info = square.cache_info()
print(info)
print(info.hits, info.misses, info.maxsize, info.currsize)
square.cache_clear()
print(square.cache_info())


@cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(10, 10), grid_paths.cache_info())


@lru_cache
def describe(name, *, loud=False):
    return name.upper() if loud else name


print(describe("ann"), describe("ann", loud=True), describe("ann"), describe.cache_info())
try:
    describe(["not", "hashable"])
except TypeError as e:
    print("TypeError", e)
print(fib.__name__, describe.__wrapped__("x", loud=True))
square(5)
