# Agent task: find which pricing period a timestamp falls into.
import bisect

periods = [(0, "launch"), (100, "early-bird"), (250, "regular"), (400, "late")]
starts = [s for s, _ in periods]

def period_at(t):
    i = bisect.bisect_right(starts, t) - 1
    return periods[i][1] if i >= 0 else "before launch"

for t in [-5, 0, 99, 100, 249, 250, 399, 1000]:
    print(t, "->", period_at(t))
events = [(12, "signup"), (130, "purchase"), (260, "refund")]
keyed = bisect.bisect_left(events, 130, key=lambda e: e[0])
print("purchase index:", keyed)
bisect.insort(events, (200, "upgrade"), key=lambda e: e[0])
print("events:", events)
print("lo/hi:", bisect.bisect_left(starts, 250, 1, 3), bisect.bisect_right(starts, 250, hi=2))
period_at(300)
