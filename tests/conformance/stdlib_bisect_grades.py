# Agent task: convert exam scores to letter grades with breakpoints.
import bisect

breakpoints = [60, 70, 80, 90]
letters = "FDCBA"

def grade(score):
    return letters[bisect.bisect(breakpoints, score)]

scores = {"ana": 93, "ben": 59, "cho": 70, "dev": 89.5, "eve": 100, "fay": 60}
report = {name: grade(s) for name, s in scores.items()}
for name in sorted(report):
    print(f"{name}: {scores[name]:>5} -> {report[name]}")
dist = {g: sum(1 for v in report.values() if v == g) for g in letters}
print("distribution:", dist)
print("left vs right at 70:", bisect.bisect_left(breakpoints, 70), bisect.bisect_right(breakpoints, 70))
report
