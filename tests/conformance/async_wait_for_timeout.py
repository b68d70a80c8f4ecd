# Agent task: don't wait forever on a slow service.
import asyncio

try:
    answer = await asyncio.wait_for(slow_echo("too late", 1.0), timeout=0.03)
    print("got:", answer)
except asyncio.TimeoutError:
    print("timed out after 0.03s")
    answer = None

quick = await asyncio.wait_for(fetch_page("https://example.com/b"), timeout=1.0)
print("quick:", quick)

ok = await asyncio.wait_for(slow_echo("in time", 0.02), timeout=0.5)
print("ok:", ok)

try:
    await asyncio.wait_for(fetch_price("XYZ"), timeout=1.0)
except asyncio.TimeoutError:
    print("not a timeout")
except KeyError as e:
    print("errors pass through wait_for:", e)
print("same class:", asyncio.TimeoutError is TimeoutError)
[answer, quick[:4], ok]
