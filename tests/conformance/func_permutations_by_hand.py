def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for i, head in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([head] + p)
    return result

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    with_first = [[first] + c for c in combinations(rest, k - 1)]
    return with_first + combinations(rest, k)

def powerset(items):
    if not items:
        return [[]]
    rest = powerset(items[1:])
    return rest + [[items[0]] + s for s in rest]

perms = permutations([1, 2, 3])
print(len(perms), perms)
print(["".join(p) for p in permutations(list("abc"))])
print(combinations([1, 2, 3, 4], 2))
print(len(permutations(list(range(6)))))
print(sorted(powerset([1, 2, 3]), key=lambda s: (len(s), s)))
print(len(combinations(list(range(10)), 3)))
