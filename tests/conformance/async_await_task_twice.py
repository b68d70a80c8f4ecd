# Agent task: share one task's result between several consumers.
import asyncio

task = asyncio.create_task(query_db("SELECT name FROM users"))
first = await task
second = await task
print("same result twice:", first == second)
print("names:", [r[0] for r in first])


async def consumer(name, shared):
    rows = await shared
    return f"{name} saw {len(rows)} rows"


reports = await asyncio.gather(consumer("a", task), consumer("b", task))
print(reports)

price_task = asyncio.create_task(fetch_price("BTC-USD"))
a, b = await asyncio.gather(price_task, price_task)
print("gathered twice:", a, b)

coro = fetch_price("MSFT")
print("first await:", await coro)
try:
    await coro
except RuntimeError as e:
    print("second await of a coroutine:", e)
second is first
