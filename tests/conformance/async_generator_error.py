# Agent task: stream rows from an async generator; a bad query aborts the stream.
import asyncio


async def run_queries(queries):
    for i, sql in enumerate(queries, start=1):
        rows = await query_db(sql)
        yield i, len(rows)


good = [
    "SELECT COUNT(*) FROM users",
    "SELECT name FROM users",
]
async for i, n in run_queries(good):
    print(f"query {i}: {n} rows")

collected = [n async for _, n in run_queries(good)]
print("collected:", collected)

mixed = good + ["SELECT plan FROM users"]
async for i, n in run_queries(mixed):
    print(f"query {i}: {n} rows")
print("unreachable")
