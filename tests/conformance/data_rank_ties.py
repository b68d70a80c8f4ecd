results = [
    ("kai", 42.1), ("lea", 39.8), ("max", 42.1), ("nia", 45.0),
    ("oli", 39.8), ("pat", 38.2), ("quin", 42.1),
]

ordered = sorted(results, key=lambda r: (-r[1], r[0]))
ranks = []
prev = None
rank = 0
for position, (name, time) in enumerate(ordered, start=1):
    if time != prev:
        rank = position
        prev = time
    ranks.append((rank, name, time))

for r, name, time in ranks:
    print(f"{r}. {name:<5} {time}")

dense = {}
for score in sorted({t for _, t in results}, reverse=True):
    dense[score] = len(dense) + 1
print(dense)
tied = [name for name, t in results if [x for _, x in results].count(t) > 1]
print("tied:", tied)
ranks[-1]
