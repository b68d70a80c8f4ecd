# Agent task: tasks that clean up (or give up gracefully) when cancelled.
import asyncio

log = []


async def downloader(name):
    log.append(name + " started")
    try:
        await slow_echo(name, 1.0)
        log.append(name + " finished")
    except asyncio.CancelledError:
        log.append(name + " cleaning up")
        raise


async def polite(name):
    try:
        await asyncio.sleep(1.0)
        return "complete"
    except asyncio.CancelledError:
        log.append(name + " swallowed the cancel")
        return "partial result"


t1 = asyncio.create_task(downloader("d1"))
t2 = asyncio.create_task(polite("p1"))
await asyncio.sleep(0.02)
t1.cancel()
try:
    await t1
except asyncio.CancelledError:
    log.append("main saw d1 cancelled")
t2.cancel()
value = await t2
log.append("main got " + repr(value))
for line in log:
    print(line)
print("t1 cancelled:", t1.cancelled(), "t2 cancelled:", t2.cancelled())
print("t2 result:", t2.result())
