import re

logs = """2024-03-01 12:00:01 INFO  [auth] user=alice action=login ip=10.0.0.5
2024-03-01 12:00:07 WARN  [db] slow query took 1532ms
2024-03-01 12:01:13 ERROR [auth] user=bob action=login failed attempts=3
2024-03-01 12:02:00 INFO  [api] GET /v1/items?page=2 200 87ms
2024-03-01 12:02:05 ERROR [api] POST /v1/orders 500 1204ms
not a log line at all
2024-03-01 12:03:44 INFO  [auth] user=alice action=logout"""

line_re = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$")
counts = {}
errors = []
for line in logs.splitlines():
    m = line_re.match(line)
    if not m:
        print("skipped:", repr(line))
        continue
    counts[m["level"]] = counts.get(m["level"], 0) + 1
    if m.group("level") == "ERROR":
        errors.append((m.group("time"), m.group("comp"), m.group("msg")))
print(counts)
for e in errors:
    print(e)

kv = re.compile(r"(\w+)=(\S+)")
for line in logs.splitlines():
    pairs = dict(kv.findall(line))
    if pairs:
        print(pairs)

durations = [int(x) for x in re.findall(r"(\d+)ms\b", logs)]
print(durations, sum(durations), max(durations))
requests = re.findall(r"(GET|POST) (\S+) (\d{3})", logs)
print(requests)
by_minute = {}
for m in re.finditer(r"^\S+ (\d\d:\d\d):\d\d", logs, re.MULTILINE):
    by_minute[m.group(1)] = by_minute.get(m.group(1), 0) + 1
print(by_minute)
first = re.search(r"user=(\w+).*failed", logs)
print(first.group(1), first.span(), first.start(1))
summary = {lvl: n for lvl, n in sorted(counts.items())}
summary
