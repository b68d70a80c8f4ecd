# Agent task: fetch all prices at once with gather(*[...]).
import asyncio

symbols = ["AAPL", "MSFT", "GOOG", "NVDA"]
prices = await asyncio.gather(*[fetch_price(s) for s in symbols])
print("prices:", prices)
table = dict(zip(symbols, prices))
for sym in sorted(table, key=table.get, reverse=True):
    print(f"{sym:<5} {table[sym]:>9.2f}")

urls = [f"https://example.com/{c}" for c in "abc"]
lengths = await asyncio.gather(*(fetch_page(u) for u in urls))
print("lengths:", [len(t) for t in lengths])
print("average price:", round(sum(prices) / len(prices), 3))
best = max(table.items(), key=lambda kv: kv[1])
best
