# Agent task: keep tasks in a dict keyed by name, collect results by key.
import asyncio

symbols = ["NVDA", "AAPL", "MSFT"]
tasks = {s: asyncio.create_task(fetch_price(s)) for s in symbols}
tasks["echo"] = asyncio.create_task(slow_echo("meta", 0.02))
print("keys:", list(tasks))
results = {name: await task for name, task in tasks.items()}
print("results:", results)
print("all done:", all(t.done() for t in tasks.values()))
numeric = {k: v for k, v in results.items() if isinstance(v, float)}
ranking = sorted(numeric, key=numeric.get)
print("ranking:", ranking)
by_task = {k: t.result() for k, t in tasks.items()}
by_task == results
