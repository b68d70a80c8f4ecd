from datetime import datetime, timedelta

logs = """2024-03-10 08:15:02,INFO,service started
2024-03-10 08:15:07,WARN,slow response 1200ms
2024-03-10 08:17:45,ERROR,db timeout
2024-03-10 09:02:11,INFO,retry ok
2024-03-11 00:00:05,INFO,nightly job
bad line here,ERROR,oops"""

events = []
for line in logs.splitlines():
    stamp, level, msg = line.split(",", 2)
    try:
        ts = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    except ValueError as e:
        print("skip:", e)
        continue
    events.append((ts, level, msg))

print(len(events), "events")
first, last = events[0][0], events[-1][0]
print("span:", last - first)
print("span seconds:", (last - first).total_seconds())
for (a, _, _), (b, lvl, msg) in zip(events, events[1:]):
    gap = b - a
    flag = " (long gap)" if gap > timedelta(minutes=30) else ""
    print(f"{b:%H:%M:%S} {lvl:<5} +{gap}{flag}")

errors = [ts for ts, lvl, _ in events if lvl == "ERROR"]
print("errors at:", [e.isoformat() for e in errors])
print(repr(events[2][0]))
iso = datetime.strptime("2024-03-10T08:15:02.250Z", "%Y-%m-%dT%H:%M:%S.%f%z")
print(iso, iso.tzinfo, iso.microsecond)
apache = datetime.strptime("10/Mar/2024:13:55:36 -0700", "%d/%b/%Y:%H:%M:%S %z")
print(apache.isoformat(), apache.utcoffset())
short = datetime.strptime("3/9/24 7:05 pm", "%m/%d/%y %I:%M %p")
short
