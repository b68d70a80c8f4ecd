# Agent task: a fixed pool of workers drains a shared job list.
import asyncio

jobs = [f"https://example.com/{c}" for c in ["a", "b", "c", "x", ""]]
results = {}
errors = {}


async def worker(worker_id):
    handled = 0
    while jobs:
        url = jobs.pop(0)
        try:
            text = await fetch_page(url)
            results[url] = len(text)
        except ValueError as e:
            errors[url] = str(e)
        handled += 1
    return handled


handled = await asyncio.gather(*[worker(i) for i in range(3)])
print("jobs handled in total:", sum(handled))
print("queue empty:", jobs == [])
for url in sorted(results):
    print(f"ok   {url} {results[url]}")
for url in sorted(errors):
    print(f"fail {url} {errors[url]}")
sorted(results.values())
