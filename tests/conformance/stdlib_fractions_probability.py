# Agent task: exact probabilities for dice outcomes.
from fractions import Fraction
from itertools import product

outcomes = list(product(range(1, 7), repeat=2))
p = Fraction(1, len(outcomes))
dist = {}
for a, b in outcomes:
    dist[a + b] = dist.get(a + b, 0) + p
for total in sorted(dist):
    print(total, dist[total], f"{float(dist[total]):.4f}")
print("sum of probabilities:", sum(dist.values()))
expected = sum(k * v for k, v in dist.items())
variance = sum((k - expected) ** 2 * v for k, v in dist.items())
print("E =", expected, "Var =", variance, "as float:", float(variance))
p_seven_or_eleven = dist[7] + dist[11]
print("P(7 or 11) =", p_seven_or_eleven, repr(p_seven_or_eleven))
print("odds against:", (1 - p_seven_or_eleven) / p_seven_or_eleven)
print("P(no six in 4 rolls) =", Fraction(5, 6) ** 4, "at least one:", 1 - Fraction(5, 6) ** 4)
