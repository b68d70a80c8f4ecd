# Agent task: keep a price-sorted inventory and answer range queries.
import bisect

inventory = []
for name, price in [("mug", 12.0), ("lamp", 34.75), ("pad", 7.25), ("cable", 9.99), ("mouse", 24.99)]:
    bisect.insort(inventory, (price, name))
print("sorted:", inventory)
prices = [p for p, _ in inventory]

def in_range(lo, hi):
    i = bisect.bisect_left(prices, lo)
    j = bisect.bisect_right(prices, hi)
    return [name for _, name in inventory[i:j]]

print("10-30:", in_range(10, 30))
print("under 10:", in_range(0, 9.99))
print("exact 12.0 at", bisect.bisect_left(prices, 12.0))
bisect.insort_left(inventory, (12.0, "cup"))
bisect.insort_right(inventory, (12.0, "zzz"))
print("after inserts:", [n for _, n in inventory])
by_name = sorted(inventory, key=lambda t: t[1])
pos = bisect.bisect_left(by_name, "m", key=lambda t: t[1])
print("first name >= 'm':", by_name[pos][1])
in_range(5, 13)
