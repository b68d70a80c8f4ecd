from datetime import datetime, date, time

samples = [
    "2024-01-05",
    "20240105",
    "2024-01-05T10:30",
    "2024-01-05 10:30:15",
    "2024-01-05T10:30:15.5",
    "2024-01-05T10:30:15,123456789",
    "2024-01-05T10:30:15Z",
    "2024-01-05T10:30:15+02:00",
    "2024-01-05T10:30:15-0530",
    "2024-01-05T10:30:15.250+05:30",
    "20240105T103015",
    "2024-W01-2T10",
    "2024-01-05T10",
    "2024-01-05T1030",
    "2024-1-5",
    "2024-01-05T25:00",
    "not a date",
    "2024-01-05T10:30:15+24:00",
]
for s in samples:
    try:
        v = datetime.fromisoformat(s)
        print(f"{s!r:36} {v!r}")
    except ValueError as e:
        print(f"{s!r:36} ValueError: {e}")
for s in ["10:30", "T10:30:15.123", "10:30Z", "103015", "10:30:15+01:00", "1:30"]:
    try:
        print(s, repr(time.fromisoformat(s)))
    except ValueError as e:
        print(s, "ValueError:", e)
for s in ["2024-01-05", "2024-01-05T00:00", "2024-02-30"]:
    try:
        print(s, repr(date.fromisoformat(s)))
    except ValueError as e:
        print(s, "ValueError:", e)
d = datetime(2024, 1, 5, 10, 30, 15, 250000)
print(datetime.fromisoformat(d.isoformat()) == d, time.fromisoformat(d.time().isoformat()) == d.time())
datetime.fromisoformat("2024-01-05T10:30:15.250+05:30").utcoffset()
