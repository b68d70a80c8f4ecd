# Agent task: run slow calls concurrently; gather keeps the argument order.
import asyncio

finished = []


async def job(name, delay):
    result = await slow_echo(name.upper(), delay)
    finished.append(name)
    return result


results = await asyncio.gather(
    job("slowest", 0.12),
    job("fast", 0.02),
    job("medium", 0.07),
)
print("results (argument order):", results)
print("completion order:", finished)
print("same set:", sorted(r.lower() for r in results) == sorted(finished))

pair = await asyncio.gather(slow_echo("b", 0.05), fetch_page("https://example.com/c"))
print("pair:", pair)
len(finished)
