# Agent task: grid-search hyperparameters and report the best configurations.
from itertools import product, islice, chain, starmap
from operator import itemgetter

grid = {
    "lr": [0.1, 0.01, 0.001],
    "depth": [2, 4, 8],
    "dropout": [0.0, 0.5],
}


def score(lr, depth, dropout):
    # A made-up, deterministic validation score.
    return round(1 - abs(lr - 0.01) * 3 - abs(depth - 4) * 0.05 - dropout * 0.1, 4)


names = list(grid)
configs = [dict(zip(names, values)) for values in product(*grid.values())]
print(len(configs), configs[0], configs[-1])
results = [(score(**c), c) for c in configs]
results.sort(key=itemgetter(0), reverse=True)
for s, c in islice(results, 3):
    print(s, c)
print(list(starmap(score, [(0.01, 4, 0.0), (0.1, 2, 0.5)])))
coords = list(product(range(3), repeat=2))
print(coords[:4], len(coords))
neighbours = [(x + dx, y + dy) for (x, y), (dx, dy) in product([(1, 1)], product([-1, 0, 1], repeat=2)) if (dx, dy) != (0, 0)]
print(neighbours)
print(list(chain.from_iterable(product("ab", "12"))))
best_depth = max(results, key=lambda r: (r[0], -r[1]["depth"]))[1]["depth"]
best_depth
