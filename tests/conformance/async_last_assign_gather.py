# Agent task: the program's result is the value of a gathered assignment.
import asyncio


async def describe(symbol):
    price = await fetch_price(symbol)
    band = "high" if price > 300 else "low"
    return f"{symbol}:{band}"


symbols = ["MSFT", "GOOG", "NVDA", "AAPL"]
highs = [s for s, p in zip(symbols, await asyncio.gather(*map(fetch_price, symbols))) if p > 300]
print("high priced:", highs)
print("count:", len(highs))
labels = await asyncio.gather(*[describe(s) for s in symbols])
