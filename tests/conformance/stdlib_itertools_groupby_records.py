# Agent task: group sorted sales records by region and summarise.
from itertools import groupby
from operator import itemgetter

sales = [
    {"region": "west", "rep": "ann", "amount": 120},
    {"region": "east", "rep": "bob", "amount": 80},
    {"region": "west", "rep": "cid", "amount": 45},
    {"region": "north", "rep": "dee", "amount": 300},
    {"region": "east", "rep": "eve", "amount": 60},
    {"region": "west", "rep": "fay", "amount": 10},
]
sales.sort(key=itemgetter("region"))
summary = {}
for region, rows in groupby(sales, key=itemgetter("region")):
    rows = list(rows)
    summary[region] = sum(r["amount"] for r in rows)
    print(region, len(rows), [r["rep"] for r in rows])
print(summary)

# Run-length encoding.
text = "aaabccddddde"
print([(ch, len(list(g))) for ch, g in groupby(text)])
print("".join(f"{len(list(g))}{k}" for k, g in groupby(text)))

# Advancing the outer iterator invalidates the previous group.
groups = list(groupby("aabbbc"))
print([(k, list(g)) for k, g in groups])
it = groupby([1, 1, 2, 3, 3])
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2))
# Group numbers by parity of consecutive runs.
nums = [2, 4, 1, 3, 5, 6, 8, 7]
runs = [(key, list(grp)) for key, grp in groupby(nums, key=lambda n: n % 2 == 0)]
print(runs)
print(list(groupby([])))
keys = [k for k, _ in groupby(sorted(["pear", "apple", "plum", "avocado", "banana"], key=len), key=len)]
keys
