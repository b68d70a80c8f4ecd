# Agent task: robust summary stats when some groups have too little data.
import statistics

groups = {"north": [12.5, 14.0, 13.25], "south": [9.0], "east": [], "west": [7, 7, 7]}
for name, vals in groups.items():
    try:
        print(name, "mean", statistics.mean(vals), "stdev", statistics.stdev(vals))
    except statistics.StatisticsError as e:
        print(name, "skipped:", e)
for bad in [lambda: statistics.median([]), lambda: statistics.mode([]),
            lambda: statistics.quantiles([1], n=4), lambda: statistics.harmonic_mean([1, -2]),
            lambda: statistics.geometric_mean([3, 0]), lambda: statistics.correlation([1, 2], [5, 5]),
            lambda: statistics.fmean([])]:
    try:
        bad()
    except ValueError as e:
        print("error:", e)
try:
    statistics.mean(["a", "b"])
except TypeError as e:
    print("type error:", e)
statistics.median([3, 1, 2])
