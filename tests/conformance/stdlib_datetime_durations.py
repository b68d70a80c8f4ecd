from datetime import timedelta

laps = [timedelta(minutes=4, seconds=31), timedelta(minutes=4, seconds=12, milliseconds=500),
        timedelta(seconds=265.25), timedelta(minutes=5)]
total = sum(laps, timedelta())
print("total:", total, repr(total))
print("average:", total / len(laps))
print("fastest:", min(laps), "slowest:", max(laps))
print("sorted:", [str(l) for l in sorted(laps)])
print("ratio:", laps[0] / laps[3])
print("whole laps in an hour:", timedelta(hours=1) // laps[3])
print("remainder:", timedelta(hours=1) % timedelta(minutes=7))
q, r = divmod(timedelta(days=1), timedelta(hours=7))
print("divmod:", q, r)
print("scaled:", laps[0] * 2, laps[0] * 1.5, 3 * laps[1], laps[1] * 0.1)
print("negative:", -laps[0], repr(-laps[0]), abs(-laps[0]))
print(timedelta(days=-1, seconds=1), timedelta(microseconds=-1))
print(timedelta(weeks=1, days=2, hours=3.5), timedelta(days=0.1), timedelta(minutes=-1.25))
print(timedelta(hours=25).days, timedelta(hours=25).seconds, timedelta(seconds=1.5).microseconds)
print(timedelta(0), bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(timedelta(1, 2, 3, 4, 5, 6, 7))
print(timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5))
print(timedelta.max, timedelta.min, timedelta.resolution)
print(timedelta(hours=1) == timedelta(minutes=60), timedelta(1) < timedelta(2), timedelta(1) != 1)
budget = timedelta(hours=8)
spent = timedelta(hours=2, minutes=45) + timedelta(hours=3, minutes=20)
left = budget - spent
print(f"left {left}, {left.total_seconds() / 3600:.2f} h")
budget -= spent
budget
