# Callable objects with __call__: configurable scorers and a call counter.
class Scorer:
    def __init__(self, weights):
        self.weights = weights
        self.calls = 0

    def __call__(self, item, bonus=0):
        self.calls += 1
        score = sum(self.weights.get(k, 0) * v for k, v in item.items())
        return round(score + bonus, 2)


class Threshold:
    def __init__(self, limit):
        self.limit = limit

    def __call__(self, x):
        return x >= self.limit


candidates = {
    "a": {"quality": 0.9, "price": -0.2, "speed": 0.5},
    "b": {"quality": 0.6, "price": -0.1, "speed": 0.9},
    "c": {"quality": 0.4, "speed": 0.4},
}
score = Scorer({"quality": 10, "price": 5, "speed": 3})
results = {name: score(feat) for name, feat in candidates.items()}
print(results)
print("with bonus:", score(candidates["c"], bonus=1.5))
print("calls:", score.calls, callable(score), callable(Threshold), callable(results))
good = Threshold(8)
print(list(filter(good, results.values())))
print(sorted(candidates, key=lambda n: score(candidates[n]), reverse=True))
print(list(map(Threshold(9), [8.5, 9, 10])))
print("calls now:", score.calls)
try:
    results["a"]()
except TypeError as e:
    print("TypeError:", e)
max(candidates, key=lambda n: score(candidates[n]))
