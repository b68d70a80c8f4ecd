# Agent task: running balance, best day so far, and cumulative products.
from itertools import accumulate
import operator

deposits = [120, -45, 300, -80, -20, 75]
balance = list(accumulate(deposits))
print("balance:", balance)
print("with opening:", list(accumulate(deposits, initial=1000)))
print("peak so far:", list(accumulate(deposits, max)))
print("low so far:", list(accumulate(balance, min)))
print("growth:", list(accumulate([1.5, 2, 0.5, 4], operator.mul)))
print("strings:", list(accumulate(["a", "b", "c"])))
print("empty:", list(accumulate([])), list(accumulate([], initial=7)))

# A running average over a stream of latencies.
latencies = [120, 80, 95, 200, 60]
running = [round(s / (i + 1), 1) for i, s in enumerate(accumulate(latencies))]
print("running avg:", running)
# Cumulative shares of the total.
shares = [x / sum(latencies) for x in accumulate(latencies)]
print([f"{s:.0%}" for s in shares])
try:
    list(accumulate([1, "x", 3]))
except TypeError as e:
    print("TypeError", e)
final = list(accumulate(range(1, 6), lambda acc, x: acc * 10 + x))
final
