# Agent task: generate noisy sensor readings and flag outliers.
import random

random.seed(5)
base = [20.0 + 0.5 * i for i in range(12)]
readings = [round(b + random.gauss(0, 0.8), 3) for b in base]
print("readings:", readings)
spikes = random.sample(range(12), 2)
for i in spikes:
    readings[i] += random.choice([-1, 1]) * random.uniform(5, 8)
flagged = [(i, round(r, 2)) for i, r in enumerate(readings) if abs(r - base[i]) > 3]
print("flagged:", sorted(flagged))
print("normal draws:", [round(random.normalvariate(100, 15), 2) for _ in range(4)])
print("exp waits:", [round(random.expovariate(0.5), 3) for _ in range(4)])
print("lognormal:", round(random.lognormvariate(0, 0.25), 5))
len(flagged)
