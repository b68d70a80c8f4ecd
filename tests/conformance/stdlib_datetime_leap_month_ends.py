from datetime import date, timedelta

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def month_end(y, m):
    nxt = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return nxt - timedelta(days=1)

def add_months(d, n):
    m0 = d.month - 1 + n
    y, m = d.year + m0 // 12, m0 % 12 + 1
    return d.replace(year=y, month=m, day=min(d.day, month_end(y, m).day))

for y in [1900, 2000, 2023, 2024, 2100]:
    feb = month_end(y, 2)
    print(y, is_leap(y), feb, feb.timetuple().tm_yday, (date(y + 1, 1, 1) - date(y, 1, 1)).days)
print([month_end(2024, m).day for m in range(1, 13)])
start = date(2024, 1, 31)
print([str(add_months(start, i)) for i in range(0, 14, 1)][:6])
print(add_months(date(2024, 2, 29), 12), add_months(date(2024, 2, 29), 48), add_months(date(2024, 3, 31), -1))
for y in (2023, 2024):
    try:
        print(date(y, 2, 29))
    except ValueError as e:
        print(y, "ValueError", e)
print(date(2024, 2, 28) + timedelta(days=1), date(2023, 2, 28) + timedelta(days=1))
print(date(2024, 12, 31).timetuple().tm_yday, date(2023, 12, 31).strftime("%j"))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1))
print(date.max, date.min, date.resolution, date.max.toordinal(), date.fromordinal(1))
print(date(2024, 1, 5).toordinal(), date.fromordinal(738890), date(1, 1, 1) + timedelta(days=365))
print(date(2000, 2, 29).replace(year=2004), date(1600, 2, 29).weekday(), date(2400, 2, 29).isoweekday())
ages = []
born = date(2000, 2, 29)
for today in [date(2023, 2, 28), date(2023, 3, 1), date(2024, 2, 29)]:
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    ages.append(age)
ages
