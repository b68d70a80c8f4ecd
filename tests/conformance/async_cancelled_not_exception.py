# Agent task: "except Exception" inside a task does not swallow cancellation.
import asyncio

events = []


async def monitor():
    try:
        while True:
            try:
                await asyncio.sleep(0.04)
                events.append("poll")
                await fetch_page("https://example.com/missing")
            except Exception as e:
                events.append("handled " + str(e)[:13])
    finally:
        events.append("monitor finally")


task = asyncio.create_task(monitor())
await asyncio.sleep(0.06)
task.cancel()
try:
    await task
except asyncio.CancelledError:
    events.append("cancel reached main")
for e in events:
    print(e)
print("cancelled:", task.cancelled())
events.count("poll")
