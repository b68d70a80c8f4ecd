# Working-hours arithmetic with datetime, calendar edge cases, and timedelta formatting.
from datetime import date, datetime, time, timedelta, timezone

start = datetime(2024, 2, 28, 16, 30)
work_start, work_end = time(9, 0), time(17, 0)


def add_work_hours(t, hours):
    remaining = timedelta(hours=hours)
    while remaining > timedelta(0):
        if t.weekday() >= 5 or t.time() >= work_end:
            t = datetime.combine(t.date() + timedelta(days=1), work_start)
            continue
        if t.time() < work_start:
            t = datetime.combine(t.date(), work_start)
        left_today = datetime.combine(t.date(), work_end) - t
        step = min(left_today, remaining)
        t += step
        remaining -= step
    return t


done = add_work_hours(start, 12)
print(done, done.strftime("%A %d %B"), done - start)
print(date(2024, 2, 29) + timedelta(days=365), date(2023, 3, 1) - date(2023, 2, 1))
meeting = datetime(2024, 3, 31, 1, 30, tzinfo=timezone.utc)
tokyo = meeting.astimezone(timezone(timedelta(hours=9), "JST"))
print(tokyo, tokyo.tzname(), tokyo.utcoffset(), meeting == tokyo)
durations = [timedelta(minutes=m) for m in (45, 90, 135)]
print(sum(durations, timedelta()), max(durations) // 2, str(-durations[0]))
print(date.fromisoformat("2024-12-30").isocalendar(), datetime.fromisoformat("2024-05-06T07:08:09.5").isoformat(timespec="milliseconds"))
done.isoformat()
