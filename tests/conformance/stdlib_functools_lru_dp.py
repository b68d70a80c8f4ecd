# Agent task: minimum coins and edit distance with memoised recursion.
from functools import lru_cache


def min_coins(coins, amount):
    @lru_cache(maxsize=None)
    def best(rest):
        if rest == 0:
            return 0
        options = [best(rest - c) for c in coins if c <= rest]
        options = [o for o in options if o is not None]
        return min(options) + 1 if options else None

    result = best(amount)
    print("coins", coins, "amount", amount, "->", result, best.cache_info().currsize)
    return result


min_coins((1, 5, 10, 25), 63)
min_coins((4, 7), 5)
min_coins((3, 7, 11), 301)


def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return d(i + 1, j + 1)
        return 1 + min(d(i + 1, j), d(i, j + 1), d(i + 1, j + 1))

    return d(0, 0), d.cache_info()


print(edit_distance("kitten", "sitting"))
print(edit_distance("intention", "execution")[0])
print(edit_distance("", "abc")[0], edit_distance("same", "same")[0])


@lru_cache(maxsize=None)
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2) + (stairs(n - 3) if n >= 3 else 0)


print(stairs(300) % 1_000_000_007)
print(stairs.cache_info())
stairs(10)
