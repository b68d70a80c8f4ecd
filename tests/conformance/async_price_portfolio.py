# Agent task: value a portfolio in several currencies.
import asyncio
import math

portfolio = {"AAPL": 12, "MSFT": 5, "NVDA": 2, "BTC-USD": 0.05}


async def position(symbol, qty):
    price = await fetch_price(symbol)
    return {"symbol": symbol, "qty": qty, "price": price, "value": round(price * qty, 2)}


positions = await asyncio.gather(*[position(s, q) for s, q in portfolio.items()])
total_usd = round(math.fsum(p["value"] for p in positions), 2)
for p in sorted(positions, key=lambda p: -p["value"]):
    share = p["value"] / total_usd * 100
    print(f"{p['symbol']:<8}{p['qty']:>6} x {p['price']:>9.2f} = {p['value']:>9.2f} ({share:4.1f}%)")
print("total USD:", total_usd)
for cur in ["EUR", "GBP", "JPY"]:
    print(f"total {cur}: {convert_currency(total_usd, 'USD', cur):,.2f}")
biggest = max(positions, key=lambda p: p["value"])["symbol"]
print("largest position:", biggest)
print("log10 of total:", round(math.log10(total_usd), 4))
total_usd
