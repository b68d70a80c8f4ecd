# Agent task: poll an async source until a condition is met, then stop early.
import asyncio


async def countdown(start):
    n = start
    while n > 0:
        await slow_echo(str(n))
        yield n
        n -= 1


seen = []
async for n in countdown(10):
    seen.append(n)
    if n == 7:
        print("reached 7, stopping")
        break
print("seen:", seen)


async def search(words):
    for w in words:
        page = await fetch_page("https://example.com/" + w)
        yield w, page


found = None
async for key, page in search(["a", "b", "c"]):
    if "second" in page:
        found = key
        break
    print("not in", key)
else:
    print("no page matched")
print("found in:", found)

async for n in countdown(2):
    print("tick", n)
else:
    print("countdown finished without break")
found
