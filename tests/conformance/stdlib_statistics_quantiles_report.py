# Agent task: latency percentiles for an API dashboard.
import statistics
import random

random.seed(11)
latencies = [round(random.expovariate(1 / 120), 1) for _ in range(200)]
print("n:", len(latencies), "min:", min(latencies), "max:", max(latencies))
quartiles = statistics.quantiles(latencies, n=4)
print("quartiles:", [round(q, 2) for q in quartiles])
deciles = statistics.quantiles(latencies, n=10, method="inclusive")
print("p10/p90:", round(deciles[0], 2), round(deciles[-1], 2))
pct = statistics.quantiles(latencies, n=100)
print("p95:", round(pct[94], 2), "p99:", round(pct[98], 2))
iqr = quartiles[2] - quartiles[0]
outliers = [x for x in latencies if x > quartiles[2] + 1.5 * iqr]
print("outliers:", len(outliers), sorted(outliers)[-3:])
print("small:", statistics.quantiles([1, 2, 3, 4, 5]), statistics.quantiles([1, 2, 3, 4, 5], method="inclusive"))
round(statistics.median(latencies), 2)
