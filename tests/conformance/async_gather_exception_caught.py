# Agent task: one failing call makes gather raise; handle it and fall back.
import asyncio


async def page_words(url):
    text = await fetch_page(url)
    return len(text.split())


urls = ["https://example.com/a", "https://example.com/zzz", "https://example.com/b"]
try:
    counts = await asyncio.gather(*[page_words(u) for u in urls])
    print("all fetched:", counts)
except ValueError as e:
    print("gather failed:", e)
    counts = []
    for u in urls:
        try:
            counts.append(await page_words(u))
        except ValueError:
            counts.append(0)
    print("one by one:", counts)

try:
    await asyncio.gather(fetch_price("AAPL"), fetch_price("NOPE"))
except KeyError as e:
    print("missing symbol:", e)
except Exception as e:
    print("unexpected:", e)

try:
    await asyncio.gather(slow_echo("ok", 0.02), query_db("DELETE FROM users"))
except RuntimeError as e:
    print("db error:", e.args[0])
counts
