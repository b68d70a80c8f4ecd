# Agent task: handle results as soon as each one is ready.
import asyncio


async def probe(name, delay):
    reply = await slow_echo(name, delay)
    return name, delay, len(reply)


jobs = [probe("mirror-eu", 0.09), probe("mirror-us", 0.03), probe("mirror-asia", 0.06)]
order = []
for fut in asyncio.as_completed(jobs):
    name, delay, size = await fut
    order.append(name)
    print(f"ready: {name} after {delay}s ({size} chars)")
print("fastest mirror:", order[0])

texts = []
for coro in asyncio.as_completed([slow_echo("second", 0.05), slow_echo("first", 0.02)]):
    texts.append(await coro)
print("texts:", texts)
order
