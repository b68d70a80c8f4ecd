from datetime import datetime, timezone, timedelta, time
import datetime as dt

utc = timezone.utc
cest = timezone(timedelta(hours=2), "CEST")
ist = timezone(timedelta(hours=5, minutes=30))
nyc = timezone(timedelta(hours=-5), "EST")
print(utc, cest, ist, nyc)
print(repr(utc), repr(cest), repr(ist))
print(dt.UTC is timezone.utc, timezone(timedelta(0)) is utc, timezone(timedelta(0), "UTC") == utc)

meeting = datetime(2024, 7, 1, 15, 0, tzinfo=cest)
print(meeting, meeting.utcoffset(), meeting.tzname(), meeting.dst())
for tz in [utc, ist, nyc]:
    local = meeting.astimezone(tz)
    print(f"{local:%Y-%m-%d %H:%M %Z} ({local.isoformat()})")
print(meeting.astimezone(utc) == meeting, meeting.astimezone(nyc).tzinfo is nyc)
later = datetime(2024, 7, 1, 10, 0, tzinfo=nyc)
print("gap:", later - meeting, later > meeting)
print(sorted([later, meeting, meeting.astimezone(ist)])[0].tzname())
naive = datetime(2024, 7, 1, 12, 0)
try:
    naive < meeting
except TypeError as e:
    print("TypeError", e)
try:
    meeting - naive
except TypeError as e:
    print("TypeError", e)
print(naive == meeting, naive.replace(tzinfo=utc), naive.replace(tzinfo=utc).replace(tzinfo=None))
print(naive.astimezone(), naive.astimezone(cest))
print(datetime.fromtimestamp(0, tz=ist), datetime.fromtimestamp(1700000000, cest).isoformat())
print(utc.utcoffset(None), cest.tzname(None), ist.tzname(meeting), cest.fromutc(datetime(2024, 1, 1, tzinfo=cest)))
t = time(9, 30, tzinfo=cest)
print(t, repr(t), t.utcoffset(), t.tzname(), time(7, 30, tzinfo=utc) == t)
print(timezone.max, timezone.min, str(timezone(timedelta(hours=-2, minutes=-30))))
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print("ValueError", e)
{meeting: "a", meeting.astimezone(utc): "b"}
