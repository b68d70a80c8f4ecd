from collections import defaultdict

orders = [
    ("alice", "book", 12.5), ("bob", "pen", 1.2), ("alice", "lamp", 30.0),
    ("carol", "book", 12.5), ("bob", "book", 11.0), ("alice", "pen", 1.5),
]
by_customer = defaultdict(list)
totals = defaultdict(float)
counts = defaultdict(int)
for who, item, price in orders:
    by_customer[who].append(item)
    totals[who] += price
    counts[item] += 1
print(by_customer)
print(dict(totals))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

graph = defaultdict(set)
for a, b in [(1, 2), (2, 3), (1, 3), (3, 4)]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})

nested = defaultdict(lambda: defaultdict(int))
for who, item, _ in orders:
    nested[who][item] += 1
print({k: dict(v) for k, v in nested.items()})
print(by_customer.default_factory, totals.default_factory.__name__)
print("dave" in by_customer, by_customer.get("dave"), len(by_customer))
print(by_customer["dave"], len(by_customer))
print(isinstance(by_customer, dict), type(by_customer).__name__)
