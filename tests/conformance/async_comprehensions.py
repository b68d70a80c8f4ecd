# Agent task: build collections with async comprehensions.
import asyncio


async def letters():
    for ch in "abc":
        await asyncio.sleep(0)
        yield ch


async def double(x):
    return (await slow_echo(str(x))) * 2


chars = [c async for c in letters()]
print("chars:", chars)
upper = [c.upper() async for c in letters() if c != "b"]
print("filtered:", upper)
pages = {c: len(await fetch_page("https://example.com/" + c)) for c in chars}
print("page sizes:", pages)
doubled = [await double(x) for x in [1, 22, 333]]
print("doubled:", doubled)
prices = {s: await fetch_price(s) for s in ["GOOG", "AAPL"]}
print("prices:", prices)
total = sum([await fetch_price(s) for s in prices])
print("total:", total)


async def in_function():
    return [(c, await double(c)) async for c in letters()]


pairs = await in_function()
pairs
