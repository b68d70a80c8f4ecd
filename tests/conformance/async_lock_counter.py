# Agent task: several coroutines update a shared ledger; a Lock keeps it consistent.
import asyncio

lock = asyncio.Lock()
ledger = {"balance": 0.0, "entries": []}


async def record(symbol, shares):
    async with lock:
        current = ledger["balance"]
        price = await fetch_price(symbol)
        ledger["balance"] = round(current + price * shares, 2)
        ledger["entries"].append(symbol)


await asyncio.gather(record("AAPL", 2), record("GOOG", 4), record("MSFT", 1))
print("entries:", ledger["entries"])
print("balance:", ledger["balance"])
print("locked after:", lock.locked())

async with lock:
    print("inside async with, locked:", lock.locked())
    ledger["balance"] = round(ledger["balance"] - 100, 2)
print("outside, locked:", lock.locked())

try:
    async with lock:
        await fetch_price("NOPE")
except KeyError as e:
    print("error inside lock:", e, "- lock released:", not lock.locked())
ledger["balance"]
