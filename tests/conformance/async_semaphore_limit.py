# Agent task: crawl pages but never run more than two requests at once.
import asyncio

limit = asyncio.Semaphore(2)
state = {"active": 0, "peak": 0}


async def polite_fetch(url):
    async with limit:
        state["active"] += 1
        state["peak"] = max(state["peak"], state["active"])
        await asyncio.sleep(0.02)
        text = await fetch_page(url)
        state["active"] -= 1
    return url.rsplit("/", 1)[-1] or "home", len(text)


urls = [
    "https://example.com/",
    "https://example.com/a",
    "https://example.com/b",
    "https://example.com/c",
    "https://news.example.com/today",
]
results = await asyncio.gather(*[polite_fetch(u) for u in urls])
for name, size in results:
    print(f"{name:<6} {size}")
print("peak concurrency:", state["peak"])
print("active at the end:", state["active"])
print("semaphore free again:", not limit.locked())
dict(results)
