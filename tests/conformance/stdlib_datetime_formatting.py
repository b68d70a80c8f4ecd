from datetime import datetime, date, time, timezone, timedelta

d = datetime(2024, 1, 5, 9, 7, 3, 4500)
print(d.strftime("%Y-%m-%d %H:%M:%S.%f"))
print(d.strftime("%a %A %b %B %d %j %U %W %w %u"))
print(d.strftime("%I:%M %p | %y | %c | %x | %X | %%"))
print(d.strftime("%-d/%-m/%Y %-H:%M"), d.strftime("%e|%k|%l|%D|%F|%T|%R|%r|%h"))
print(d.strftime("%z|%Z|"), d.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-30))).strftime("%z %Z"))
print(f"{d:%d.%m.%Y}", f"{d.date():%B %-d, %Y}", f"{d.time():%H.%M}", "{:%Y}".format(d))
print(format(d, ""), format(date(2024, 1, 5), ""), f"{d}", f"{d!r}")
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, d.isoformat(timespec=spec), d.time().isoformat(spec))
print(d.isoformat(" "), d.isoformat(sep="_"), datetime(2024, 1, 5).isoformat())
print(d.ctime(), date(2024, 1, 15).ctime())
print(str(d), str(d.date()), str(d.time()), str(time(0)), str(time(23, 59, 59, 999999)))
print(repr(d), repr(d.date()), repr(d.time()), repr(time(12)), repr(datetime(2024, 1, 5, 0, 0, 1)))
print(date(5, 3, 1).strftime("%Y/%m/%d"), date(999, 12, 31).isoformat())
print(time(13, 5).strftime("%I:%M %p %Y-%m-%d"))
print(d.strftime("%Q and %"), d.strftime(""), d.strftime("%^a %^B"))
try:
    f"{timedelta(1):%H}"
except TypeError as e:
    print("TypeError", e)
print(f"{timedelta(hours=3)}", format(timedelta(1), ""), f"{datetime(2024, 1, 5):>20}")
report = [(date(2024, 1, i), i * 11.5) for i in (1, 15, 31)]
for day, amount in report:
    print(f"{day:%d %b}: {amount:>8.2f}")
d.strftime("week %V of %G")
