# Agent task: per-student grade statistics, then a class ranking.
import statistics

grades = {
    "alice": [88, 92, 79, 95],
    "bob": [72, 65, 80, 70],
    "carol": [90, 90, 85, 97],
    "dave": [60, 75, 58, 81],
}
rows = []
for name, g in grades.items():
    rows.append((name, statistics.mean(g), statistics.median(g), round(statistics.pstdev(g), 3)))
rows.sort(key=lambda r: -r[1])
print(f"{'name':6s} {'mean':>6s} {'median':>6s} {'pstdev':>7s}")
for name, mean, med, sd in rows:
    print(f"{name:6s} {mean:6.2f} {med:6.1f} {sd:7.3f}")
all_scores = [s for g in grades.values() for s in g]
print("class mean:", statistics.mean(all_scores), "median:", statistics.median(all_scores))
print("class quartiles:", statistics.quantiles(all_scores))
top = [r[0] for r in rows[:2]]
top
