from datetime import datetime, date, time, timedelta

slots = [time(9), time(10, 30), time(13), time(15, 45), time(17, 15)]
open_at, close_at = time(9, 30), time(17)
print([str(s) for s in slots if open_at <= s < close_at])
print(min(slots), max(slots), sorted(slots, reverse=True)[0], time(9) == time(9, 0, 0))
day = date(2024, 5, 20)
starts = [datetime.combine(day, s) for s in slots]
print(starts[1], repr(starts[1]))
meetings = []
for i, start in enumerate(starts):
    length = timedelta(minutes=30 * (i + 1))
    meetings.append((start, start + length))
for a, b in meetings:
    print(f"{a:%H:%M}-{b:%H:%M} ({b - a})")
clashes = []
for (a1, b1), (a2, b2) in zip(meetings, meetings[1:]):
    if b1 > a2:
        clashes.append((a1.time().isoformat("minutes"), a2.time().isoformat("minutes"), b1 - a2))
print(clashes)
standup = datetime(2024, 5, 20, 9, 15)
recurring = [standup + timedelta(weeks=w) for w in range(4)]
print([r.strftime("%b %d") for r in recurring])
print([r.date() for r in recurring][-1], recurring[-1].time(), recurring[-1].timetz())
nxt = standup.replace(hour=23, minute=59) + timedelta(minutes=2)
print(nxt, nxt.weekday(), nxt.day)
deadline = datetime(2024, 5, 31, 17, 0)
remaining = deadline - standup
print(remaining, remaining.days, remaining.seconds // 3600, divmod(remaining.seconds, 60))
print(datetime.combine(date(2024, 1, 1), time(12)) < datetime(2024, 1, 1, 12, 0, 1))
print(datetime.min, datetime.max, time.min, time.max, datetime.resolution)
print(isinstance(standup, date), isinstance(standup.date(), datetime), type(standup).__name__, type(standup))
print(datetime(2024, 5, 20) - datetime(2024, 5, 19, 23, 59, 59, 999999))
print(sorted([datetime(2024, 1, 2), datetime(2023, 12, 31, 23), datetime(2024, 1, 1, 0, 0, 1)]))
len({standup, standup + timedelta(0), datetime(2024, 5, 20, 9, 15, 0, 0)})
