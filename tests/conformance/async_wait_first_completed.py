# Agent task: query three mirrors, use whichever answers first, cancel the rest.
import asyncio

mirrors = {"us": 0.08, "eu": 0.02, "asia": 0.05}
tasks = [asyncio.create_task(slow_echo("answer from " + m, d)) for m, d in mirrors.items()]
done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
print("done:", len(done), "pending:", len(pending))
winner = [t.result() for t in done]
print("winner:", winner)
for t in pending:
    t.cancel()
await asyncio.gather(*pending, return_exceptions=True)
print("cancelled:", sorted(t.cancelled() for t in tasks))
print("first task cancelled:", tasks[0].cancelled(), "second done:", tasks[1].done())

done, pending = await asyncio.wait(
    [asyncio.create_task(fetch_price("MSFT"))], return_when=asyncio.FIRST_COMPLETED
)
print("single:", [t.result() for t in done], len(pending))
winner[0]
