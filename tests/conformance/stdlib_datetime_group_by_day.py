from datetime import datetime, date, timedelta

orders = [
    ("2024-02-27 23:59:59", 19.99),
    ("2024-02-28 00:00:00", 5.00),
    ("2024-02-28 13:45:10", 42.50),
    ("2024-02-29 09:00:00", 12.00),
    ("2024-03-01 18:30:00", 7.25),
    ("2024-03-01 18:31:00", 3.75),
]
by_day = {}
for stamp, amount in orders:
    d = datetime.fromisoformat(stamp).date()
    by_day[d] = by_day.get(d, 0) + amount
for d in sorted(by_day):
    print(d, d.strftime("%a"), f"{by_day[d]:.2f}")

start, end = min(by_day), max(by_day)
day = start
while day <= end:
    print(day.isoformat(), "->", by_day.get(day, 0.0))
    day += timedelta(days=1)

seen = {date(2024, 2, 28), date(2024, 2, 28), datetime(2024, 2, 28).date()}
print(len(seen), date(2024, 2, 28) in by_day)
hours = {}
for stamp, _ in orders:
    h = datetime.fromisoformat(stamp).replace(minute=0, second=0)
    hours[h] = hours.get(h, 0) + 1
print(sorted(hours.items())[:3])
months = {}
for stamp, amount in orders:
    key = datetime.fromisoformat(stamp).strftime("%Y-%m")
    months[key] = round(months.get(key, 0) + amount, 2)
months
