# Agent task: compare sequential awaits with concurrent ones on a timeline.
import asyncio

timeline = []


async def step(name, delay):
    timeline.append("start " + name)
    await asyncio.sleep(delay)
    timeline.append("end " + name)
    return name


seq = []
for name, delay in [("s1", 0.04), ("s2", 0.02)]:
    seq.append(await step(name, delay))
print("sequential:", timeline)

timeline.clear()
conc = await asyncio.gather(step("c1", 0.06), step("c2", 0.02), step("c3", 0.04))
print("concurrent:", timeline)
print("results:", seq, conc)

timeline.clear()
t = asyncio.create_task(step("bg", 0.04))
timeline.append("main continues")
await step("fg", 0.02)
timeline.append("main waits")
await t
print("background:", timeline)
timeline[-1]
