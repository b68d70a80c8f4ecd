# Agent task: search small combinations for a target budget and schedule pairings.
from itertools import combinations, permutations, product, combinations_with_replacement

prices = {"tent": 120, "stove": 45, "lamp": 30, "mat": 25, "bag": 80}
budget = 150
best = None
for r in range(1, len(prices) + 1):
    for combo in combinations(sorted(prices), r):
        cost = sum(prices[x] for x in combo)
        if cost <= budget and (best is None or cost > best[0]):
            best = (cost, combo)
print("best:", best)
print(len(list(combinations(range(10), 3))), list(combinations("abc", 2)))
print(list(combinations([1, 2], 3)), list(combinations([], 0)))

# Orderings of three talks, and two-letter codes.
print(list(permutations(["A", "B", "C"])))
print(len(list(permutations(range(5), 2))), list(permutations("ab", 0)))
print(["".join(p) for p in product("xy", repeat=2)])
print(list(product([1, 2], "ab")), list(product()), list(product([1], [])))
sizes = list(product(["S", "M"], ["red", "blue"], [True]))
print(sizes)
print(list(combinations_with_replacement("ab", 2)), len(list(combinations_with_replacement(range(4), 3))))

# Lazy: the first few of a huge product do not build the whole thing.
big = product(range(1000), repeat=6)
print(next(big), next(big))
pair_sums = sorted({a + b for a, b in combinations([1, 5, 9, 13], 2)})
for bad in (lambda: combinations([1], -1), lambda: permutations([1], -2), lambda: product([1], repeat=-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
pair_sums
