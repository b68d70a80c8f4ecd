from datetime import date, datetime, timedelta

for d in [date(2024, 1, 1), date(2023, 1, 1), date(2020, 12, 31), date(2021, 1, 3), date(2026, 12, 31)]:
    cal = d.isocalendar()
    print(d, cal, cal.year, cal.week, cal.weekday, d.strftime("%G-W%V-%u"))

y, w, wd = date(2024, 6, 15).isocalendar()
print(y, w, wd, date(2024, 6, 15).isocalendar() == (2024, 24, 6), tuple(date(2024, 6, 15).isocalendar()))
print(date(2024, 6, 15).isocalendar()[1], len(date(2024, 6, 15).isocalendar()))
print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7))
print(datetime.fromisocalendar(2025, 10, 3))
try:
    date.fromisocalendar(2024, 53, 1)
except ValueError as e:
    print("ValueError", e)
try:
    date.fromisocalendar(2024, 5, 8)
except ValueError as e:
    print("ValueError", e)

visits = ["2024-01-02", "2024-01-05", "2024-01-08", "2024-01-14", "2024-01-15", "2024-12-30"]
weeks = {}
for v in visits:
    iy, iw, _ = date.fromisoformat(v).isocalendar()
    weeks.setdefault(f"{iy}-W{iw:02d}", []).append(v[5:])
for k in sorted(weeks):
    print(k, weeks[k])
print(date(2024, 3, 5).strftime("%U %W %j %w"))
monday = date.fromisocalendar(2024, 10, 1)
print([str(monday + timedelta(days=i)) for i in range(0, 7, 3)])
print(date.fromisoformat("2024-W10-3"), date.fromisoformat("2024W103"), date.fromisoformat("20240305"))
datetime.strptime("2024 10 3", "%G %V %u")
