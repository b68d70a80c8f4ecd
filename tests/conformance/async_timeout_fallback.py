# Agent task: use a live quote if it arrives in time, else a cached value.
import asyncio

cache = {"live": "cached headline", "slow": "stale headline"}


async def live_headline(source, delay):
    return await slow_echo(source + ": fresh headline", delay)


async def headline(source, delay, budget):
    try:
        return await asyncio.wait_for(live_headline(source, delay), timeout=budget), "live"
    except asyncio.TimeoutError:
        return cache.get(source, "no headline"), "cache"


results = await asyncio.gather(
    headline("live", 0.02, 0.1),
    headline("slow", 0.2, 0.06),
    headline("unknown", 0.2, 0.04),
)
for text, origin in results:
    print(f"[{origin}] {text}")
origins = [o for _, o in results]
print("live:", origins.count("live"), "cached:", origins.count("cache"))
origins
