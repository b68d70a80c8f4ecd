# Agent task: a price table with exact averages and aligned formatting.
from decimal import Decimal
import math

prices = [Decimal(p) for p in ["1299.99", "849.50", "15.00", "0.99", "120"]]
total = sum(prices, Decimal(0))
mean = total / len(prices)
print("total:", total, "mean:", mean, "max:", max(prices), "min:", min(prices))
for p in sorted(prices, reverse=True):
    print(f"|{p:>10,.2f}|{p:<10}|{p:^12.1f}|{p:+.3e}|{float(p):8.1f}|")
print(f"share of first: {prices[0] / total:.2%}")
print("normalized:", [str(p.normalize()) for p in prices], Decimal("1.500").normalize(), Decimal("100").normalize())
print("as tuple:", Decimal("-12.30").as_tuple(), "ratio:", Decimal("0.75").as_integer_ratio())
print("floor/ceil:", math.floor(mean), math.ceil(mean), int(mean), float(Decimal("0.1")))
print("hash equal to int:", hash(Decimal("120.00")) == hash(120), {Decimal("1.0"): "one"}[1])
