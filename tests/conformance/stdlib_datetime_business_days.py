from datetime import date, timedelta

HOLIDAYS = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}

def is_business_day(d):
    return d.weekday() < 5 and d not in HOLIDAYS

def add_business_days(d, n):
    while n > 0:
        d += timedelta(days=1)
        if is_business_day(d):
            n -= 1
    return d

def business_days_between(a, b):
    count = 0
    d = a
    while d < b:
        if is_business_day(d):
            count += 1
        d += timedelta(days=1)
    return count

start = date(2024, 12, 20)
print(start, start.strftime("%A"), start.isoweekday())
for n in [1, 3, 5, 10]:
    due = add_business_days(start, n)
    print(f"+{n} business days -> {due} ({due:%a})")
print("between:", business_days_between(start, date(2025, 1, 10)))
print("calendar days:", (date(2025, 1, 10) - start).days)

def next_weekday(d, weekday):
    ahead = (weekday - d.weekday()) % 7 or 7
    return d + timedelta(days=ahead)

print("next monday:", next_weekday(start, 0), "next friday:", next_weekday(start, 4))
week = [start - timedelta(days=start.weekday()) + timedelta(days=i) for i in range(7)]
print([d.strftime("%d %a") for d in week])
print([d.day for d in week if is_business_day(d)])
paydays = []
d = date(2024, 1, 31)
for m in range(1, 13):
    first_next = date(2024 + m // 12, m % 12 + 1, 1)
    last = first_next - timedelta(days=1)
    while not is_business_day(last):
        last -= timedelta(days=1)
    paydays.append(last.strftime("%m-%d"))
paydays
