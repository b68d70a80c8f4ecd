log = """2024-05-01 10:00:01 INFO  server started
2024-05-01 10:00:05 WARN  disk usage at 85%
2024-05-01 10:01:17 ERROR failed to connect to db
2024-05-01 10:01:18 INFO  retrying
2024-05-01 10:01:20 ERROR failed to connect to db
2024-05-01 10:02:00 INFO  connected
"""

levels = {}
errors = []
for line in log.splitlines():
    date, time, level, message = line.split(maxsplit=3)
    levels[level] = levels.get(level, 0) + 1
    if level == "ERROR":
        errors.append((time, message))

print(levels)
for t, m in errors:
    print(f"[{t}] {m}")
distinct = sorted(set(m for _, m in errors))
print(distinct)

print(repr("a\nb\r\nc\n".splitlines()))
print(repr("a\nb\r\nc\n".splitlines(True)))
print(repr("a\nb\n".split("\n")))
last = log.splitlines()[-1]
print(last.split(maxsplit=3)[-1])
