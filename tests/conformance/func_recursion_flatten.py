def flatten(items):
    out = []
    for item in items:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

nested = [1, [2, [3, [4, [5]]]], (6, 7), [], [[[]]], "eight", [9, (10,)]]
print(flatten(nested))

def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max((depth(y) for y in x), default=0)

print(depth(nested), depth([]), depth(5), depth([[1], [[2]]]))

def count_leaves(tree):
    if isinstance(tree, dict):
        return sum(count_leaves(v) for v in tree.values())
    return 1

tree = {"a": 1, "b": {"c": 2, "d": {"e": 3, "f": 4}}, "g": {}}
print(count_leaves(tree))

def paths(tree, prefix=()):
    if not isinstance(tree, dict):
        return [prefix]
    result = []
    for k, v in tree.items():
        result.extend(paths(v, prefix + (k,)))
    return result
paths(tree)
