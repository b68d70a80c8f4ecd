# Agent task: schedule reminders with different delays; they fire by delay.
import asyncio

fired = []


async def reminder(text, delay):
    await asyncio.sleep(delay)
    fired.append(text)
    print(f"[{delay:.2f}s] {text}")
    return delay


delays = await asyncio.gather(
    reminder("stand up", 0.10),
    reminder("drink water", 0.02),
    reminder("check email", 0.06),
    reminder("stretch", 0.14),
)
print("gather order:", delays)
print("fired order:", fired)
value = await asyncio.sleep(0.02, result="tick")
print("sleep result:", value)
nothing = await asyncio.sleep(0)
print("plain sleep returns:", nothing)
fired[-1]
