# Agent task: a forgotten await yields a coroutine object, not the page text.
import asyncio

pending = fetch_page("https://example.com/a")
print("is str:", isinstance(pending, str))
print("is coroutine:", asyncio.iscoroutine(pending))
try:
    pending.upper()
except AttributeError as e:
    print("AttributeError:", e)
text = await pending
print("after awaiting:", text.upper())

price_coro = fetch_price("GOOG")
try:
    doubled = price_coro * 2
except TypeError as e:
    print("TypeError:", e)
doubled = (await price_coro) * 2
doubled
