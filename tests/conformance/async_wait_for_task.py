# Agent task: bound the wait on background tasks; a timeout cancels the task.
import asyncio

fast = asyncio.create_task(fetch_page("https://docs.example.com/api"))
text = await asyncio.wait_for(fast, timeout=0.5)
print("fast:", text)
print("fast done:", fast.done(), "cancelled:", fast.cancelled())

slow = asyncio.create_task(slow_echo("slow answer", 0.5))
try:
    await asyncio.wait_for(slow, timeout=0.03)
except asyncio.TimeoutError:
    print("slow timed out")
print("slow cancelled by wait_for:", slow.cancelled())

attempts = []
results = []
for budget in [0.01, 0.2]:
    medium = asyncio.create_task(slow_echo("medium answer", 0.05))
    attempts.append(medium)
    try:
        results.append(await asyncio.wait_for(medium, timeout=budget))
    except TimeoutError:
        results.append("timeout")
print("results:", results)
print("attempts cancelled:", [t.cancelled() for t in attempts])
results
