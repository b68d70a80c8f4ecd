rows = [
    {"region": "North America", "q1": 1250000.5, "q2": 1310000.25, "growth": 0.048},
    {"region": "Europe", "q1": 980500.0, "q2": 940250.75, "growth": -0.041},
    {"region": "APAC", "q1": 455000.0, "q2": 612300.0, "growth": 0.3457},
]

cols = ["Region", "Q1", "Q2", "Growth"]
w = [15, 14, 14, 8]
header = "".join(f"{c:<{w[0]}}" if i == 0 else f"{c:>{w[i]}}" for i, c in enumerate(cols))
print(header)
print("=" * sum(w))
for r in rows:
    print(f"{r['region']:<{w[0]}}{r['q1']:>{w[1]},.2f}{r['q2']:>{w[2]},.2f}{r['growth']:>{w[3]}.1%}")
print("-" * sum(w))
t1 = sum(r["q1"] for r in rows)
t2 = sum(r["q2"] for r in rows)
print(f"{'Total':<{w[0]}}{t1:>{w[1]},.2f}{t2:>{w[2]},.2f}{(t2 - t1) / t1:>{w[3]}.1%}")
print(f"{t2 - t1:+,.2f}")
