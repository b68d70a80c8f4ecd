# Agent task: start work in the background, do something else, then collect it.
import asyncio

task = asyncio.create_task(slow_echo("background report", 0.05))
print("done right after create_task:", task.done())

users = await query_db("SELECT id, name, plan FROM users WHERE active = 1")
print("active users:", [u["name"] for u in users])

report = await task
print("report:", report)
print("done after await:", task.done())
print("result():", task.result())
print("cancelled():", task.cancelled())

tasks = [asyncio.create_task(fetch_price(s)) for s in ["GOOG", "NVDA"]]
await asyncio.sleep(0.02)
print("all done after sleeping:", all(t.done() for t in tasks))
prices = [t.result() for t in tasks]
prices
