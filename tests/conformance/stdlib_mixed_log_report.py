# Parse a web log with re, bucket by hour with datetime, count with Counter.
import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LOG = """\
10.0.0.1 - - [05/Mar/2024:10:15:32 +0000] "GET /api/users HTTP/1.1" 200 512
10.0.0.2 - - [05/Mar/2024:10:47:01 +0000] "POST /api/login HTTP/1.1" 401 87
10.0.0.1 - - [05/Mar/2024:11:02:13 +0000] "GET /api/users/7 HTTP/1.1" 200 301
10.0.0.3 - - [05/Mar/2024:11:59:59 +0000] "GET /static/app.js HTTP/1.1" 304 0
10.0.0.2 - - [05/Mar/2024:12:00:00 +0000] "POST /api/login HTTP/1.1" 200 90
bad line here
"""
pattern = re.compile(r'(?P<ip>\S+) - - \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+)')
by_hour = defaultdict(list)
statuses = Counter()
skipped = 0
for line in LOG.splitlines():
    m = pattern.match(line)
    if not m:
        skipped += 1
        continue
    ts = datetime.strptime(m["ts"], "%d/%b/%Y:%H:%M:%S %z")
    by_hour[ts.replace(minute=0, second=0)].append(m.group("path"))
    statuses[m["status"]] += 1
for hour, paths in sorted(by_hour.items()):
    print(hour.strftime("%H:%M"), hour.isoformat(), len(paths), sorted(set(paths)))
print(statuses.most_common(), skipped)
first = min(by_hour)
last = max(by_hour)
print(last - first, (last - first) / timedelta(minutes=30))
api = [p for paths in by_hour.values() for p in paths if re.fullmatch(r"/api/\w+(/\d+)?", p)]
api
