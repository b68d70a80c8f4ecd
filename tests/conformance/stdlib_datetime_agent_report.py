import json
from datetime import datetime, date, timedelta, timezone

tickets = [
    {"id": 1, "opened": "2024-04-01T09:12:00", "closed": "2024-04-01T17:40:00"},
    {"id": 2, "opened": "2024-04-02T22:05:00", "closed": "2024-04-04T08:00:00"},
    {"id": 3, "opened": "2024-04-03T11:00:00", "closed": None},
    {"id": 4, "opened": "2024-04-05T16:30:00", "closed": "2024-04-08T09:15:00"},
]
as_of = datetime(2024, 4, 8, 12, 0)
rows = []
for t in tickets:
    opened = datetime.fromisoformat(t["opened"])
    closed = datetime.fromisoformat(t["closed"]) if t["closed"] else None
    age = (closed or as_of) - opened
    rows.append({"id": t["id"], "opened": opened, "age": age, "open": closed is None})
for r in sorted(rows, key=lambda r: r["age"], reverse=True):
    hours = r["age"].total_seconds() / 3600
    print(f"#{r['id']} opened {r['opened']:%a %d %b %H:%M} age {str(r['age']):>16} ({hours:6.1f} h){' OPEN' if r['open'] else ''}")
slow = [r["id"] for r in rows if r["age"] > timedelta(days=1)]
print("over a day:", slow)
mean = sum((r["age"] for r in rows), timedelta()) / len(rows)
print("mean age:", mean, "rounded:", timedelta(seconds=round(mean.total_seconds() / 60) * 60))
report = {"generated": as_of, "as_of_day": as_of.date(), "slow": slow}
print(json.dumps(report, default=str))
print(json.dumps(report, default=lambda o: o.isoformat()))
try:
    json.dumps(report)
except TypeError as e:
    print("TypeError", e)
stamp = as_of.replace(tzinfo=timezone.utc).isoformat().replace("+00:00", "Z")
print(stamp, datetime.fromisoformat(stamp) == as_of.replace(tzinfo=timezone.utc))
by_weekday = {}
for r in rows:
    by_weekday.setdefault(r["opened"].strftime("%A"), []).append(r["id"])
by_weekday
