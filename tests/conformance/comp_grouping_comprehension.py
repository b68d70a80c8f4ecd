people = [("ann", "nyc", 31), ("bob", "sf", 25), ("cat", "nyc", 40), ("dan", "la", 22), ("eve", "sf", 35), ("fox", "nyc", 29)]
cities = sorted({city for _, city, _ in people})
groups = {c: [n for n, city, _ in people if city == c] for c in cities}
print(groups)
avg_age = {c: sum(a for _, city, a in people if city == c) / len(groups[c]) for c in cities}
print(avg_age)
oldest = {c: max((a, n) for n, city, a in people if city == c)[1] for c in cities}
print(oldest)
decades = {a // 10 * 10: sorted(n for n, _, age in people if age // 10 == a // 10) for _, _, a in people}
print(dict(sorted(decades.items())))
counts = [(c, len(v)) for c, v in groups.items()]
print(sorted(counts, key=lambda t: -t[1]))
