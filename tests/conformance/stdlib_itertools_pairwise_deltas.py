# Agent task: day-over-day changes in a price series, and flag big jumps.
from itertools import pairwise, starmap, takewhile, dropwhile, filterfalse, compress

prices = [100.0, 102.5, 101.0, 108.0, 107.5, 99.0]
deltas = [round(b - a, 2) for a, b in pairwise(prices)]
print("deltas:", deltas)
pct = [round((b - a) / a * 100, 1) for a, b in pairwise(prices)]
print("pct:", pct)
print("big moves:", [(i + 1, d) for i, d in enumerate(deltas) if abs(d) > 5])
print(list(pairwise("abcd")), list(pairwise([1])))

# starmap over (price, qty) pairs.
orders = [(9.99, 3), (4.5, 10), (100.0, 1)]
print("totals:", list(starmap(lambda p, q: round(p * q, 2), orders)))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))

# Leading warm-up readings are skipped; stop at the first failure.
readings = [0, 0, 3, 5, 0, 7]
print(list(dropwhile(lambda r: r == 0, readings)))
print(list(takewhile(lambda r: r < 5, [1, 3, 4, 6, 2])))
print(list(filterfalse(lambda r: r % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "x", None, 3])))
flags = [True, False, True, True, False]
print(list(compress("ABCDE", flags)), list(compress(range(10), [1, 0, 1])))
up_days = sum(1 for d in deltas if d > 0)
up_days
