# Agent task: pick promo winners, weighting customers by their plan.
import random

users = [lookup_user(i) for i in range(1, 5)]
weights = {"free": 1, "pro": 3, "enterprise": 5}
names = [u["name"] for u in users]
w = [weights[u["plan"]] for u in users]
print("weights:", dict(zip(names, w)))

random.seed(99)
draws = random.choices(names, weights=w, k=12)
print("draws:", draws)
tally = {}
for name in draws:
    tally[name] = tally.get(name, 0) + 1
print("tally:", sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])))

cum = [1, 4, 9, 10]
print("cum draws:", random.choices(names, cum_weights=cum, k=5))
print("uniform draws:", random.choices(names, k=4))
winner = random.choices(names, weights=w)[0]
winner
