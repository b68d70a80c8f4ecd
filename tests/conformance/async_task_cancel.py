# Agent task: cancel a slow background task that is no longer needed.
import asyncio


async def crawl():
    pages = []
    for url in ["https://example.com/a", "https://example.com/b"]:
        pages.append(await fetch_page(url))
    await asyncio.sleep(1.0)
    pages.append("never")
    return pages


task = asyncio.create_task(crawl())
await asyncio.sleep(0.03)
print("done before cancel:", task.done())
print("cancel() returned:", task.cancel())
try:
    await task
    print("not reached")
except asyncio.CancelledError:
    print("caught CancelledError outside the task")
print("cancelled:", task.cancelled())
print("done:", task.done())
try:
    task.result()
except asyncio.CancelledError:
    print("result() raises CancelledError too")
print("cancel again:", task.cancel())

finished = asyncio.create_task(slow_echo("quick"))
await finished
print("cancel finished task:", finished.cancel(), finished.cancelled(), finished.result())
