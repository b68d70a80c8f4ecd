# A seeded Monte Carlo simulation: random, statistics, bisect, collections.
import bisect
import random
import statistics
from collections import Counter

random.seed(2024)
weights = [0.5, 0.3, 0.2]
cumulative = [sum(weights[: i + 1]) for i in range(len(weights))]
outcomes = Counter()
for _ in range(2000):
    outcomes["abc"[bisect.bisect(cumulative, random.random())]] += 1
print(sorted(outcomes.items()))
samples = [random.gauss(100, 15) for _ in range(500)]
print(round(statistics.fmean(samples), 3), round(statistics.stdev(samples), 3))
print(random.sample(range(100), 5), random.choice("xyz"), random.randint(1, 6))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.choices("ab", weights=[9, 1], k=8))
print(round(random.uniform(1, 2), 6), random.randrange(0, 100, 7), random.getrandbits(12))
statistics.median_low([3, 1, 4, 1, 5])
