from datetime import datetime, date, timezone, timedelta
import time

stamps = [0, 86399, 1700000000, 1700000000.5, 1704067199.999999, -86400, 951782400]
for ts in stamps:
    u = datetime.fromtimestamp(ts, timezone.utc)
    print(ts, u.isoformat(), u.timestamp(), datetime.utcfromtimestamp(ts))
aware = datetime(2024, 1, 5, 12, 0, tzinfo=timezone(timedelta(hours=3)))
print(aware.timestamp(), datetime(2024, 1, 5, 9, 0, tzinfo=timezone.utc).timestamp())
print(datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(), date.fromtimestamp(1700000000))
print(datetime.fromtimestamp(1.4999995, timezone.utc).microsecond, datetime.fromtimestamp(2.5e-6, timezone.utc).microsecond)
try:
    datetime.fromtimestamp(1e20)
except OverflowError as e:
    print("OverflowError", e)
try:
    datetime.utcfromtimestamp(-1e12)
except ValueError as e:
    print("ValueError", e)
g = time.gmtime(1700000000)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, g[0], g[:3], len(g))
print(time.strftime("%Y-%m-%d %H:%M:%S", g), time.strftime("%a, %d %b %Y", time.gmtime(0)))
print(time.mktime(time.gmtime(1234567890)), time.asctime(time.gmtime(0)), time.ctime(1700000000))
print(time.strftime("%Y", (2024, 1, 5, 0, 0, 0, 0, 5, 0)))
print(time.strptime("2024-03-05 10:11", "%Y-%m-%d %H:%M"))
print(datetime(2024, 3, 5, 10, 11).timetuple())
print(datetime(2024, 3, 5, 10, 11, tzinfo=timezone(timedelta(hours=1))).utctimetuple())
y, m, d, *rest = time.gmtime(86400 * 366)
print(y, m, d, rest)
elapsed = datetime.fromtimestamp(1700003600, timezone.utc) - datetime.fromtimestamp(1700000000, timezone.utc)
elapsed
