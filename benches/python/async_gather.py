# Event-loop overhead: 10 rounds of gathering 1 000 coroutines that each yield once.
import asyncio


async def work(i):
    await asyncio.sleep(0)
    return i * 2


async def main():
    total = 0
    for _ in range(10):
        r = await asyncio.gather(*[work(i) for i in range(1000)])
        total += sum(r)
    return total


result = asyncio.run(main())
