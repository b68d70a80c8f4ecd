# Agent task: estimate pi and a project's completion risk by Monte Carlo.
import random
import math

random.seed(123)
n = 20000
inside = 0
for _ in range(n):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
estimate = 4 * inside / n
print(f"pi ~ {estimate:.4f} (error {abs(estimate - math.pi):.4f})")

# Three tasks with triangular duration estimates (low, high, mode) in days.
tasks = [(2, 6, 3), (4, 10, 5), (1, 4, 2)]
totals = []
for _ in range(2000):
    totals.append(sum(random.triangular(lo, hi, mode) for lo, hi, mode in tasks))
totals.sort()
p50 = totals[len(totals) // 2]
p90 = totals[int(len(totals) * 0.9)]
late = sum(t > 14 for t in totals) / len(totals)
print(f"p50={p50:.2f} p90={p90:.2f} P(>14 days)={late:.3f}")
round(p90, 3)
