# Agent task: decide not to run a task before it even started.
import asyncio

started = []


async def expensive(symbol):
    started.append(symbol)
    return await fetch_price(symbol)


keep = asyncio.create_task(expensive("AAPL"))
drop = asyncio.create_task(expensive("NVDA"))
drop.cancel()
results = await asyncio.gather(keep, drop, return_exceptions=True)
print("keep:", results[0])
print("drop is CancelledError:", isinstance(results[1], asyncio.CancelledError))
print("drop cancelled now?", drop.cancelled())
print("started:", started)
print("CancelledError is an Exception?", isinstance(results[1], Exception))
print("but a BaseException:", isinstance(results[1], BaseException))
started
