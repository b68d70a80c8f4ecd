# Agent task: edge cases of gather: nothing to do, a single call, duplicates.
import asyncio

nothing = await asyncio.gather()
print("empty gather:", nothing, type(nothing) is list)

todo = []
also_nothing = await asyncio.gather(*[fetch_page(u) for u in todo])
print("empty comprehension:", also_nothing)

single = await asyncio.gather(fetch_price("NVDA"))
print("single:", single)

same = await asyncio.gather(fetch_price("AAPL"), fetch_price("AAPL"), fetch_price("GOOG"))
print("duplicates:", same)
print("lengths:", len(nothing), len(single), len(same))
counts = await asyncio.gather(*[query_db("SELECT COUNT(*) FROM users") for _ in range(3)])
counts
