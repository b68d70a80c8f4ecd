# Agent task: the classic asyncio.run(main()) entry point, no top-level await.
import asyncio


async def get_user_names():
    rows = await query_db("SELECT name FROM users")
    return [r[0] for r in rows]


async def get_prices(symbols):
    prices = {}
    for s in symbols:
        prices[s] = await fetch_price(s)
    return prices


async def main():
    names = await get_user_names()
    print("users:", ", ".join(names))
    prices = await get_prices(["AAPL", "GOOG"])
    for sym, p in prices.items():
        print(f"{sym}: ${p:,.2f}")
    count = (await query_db("SELECT COUNT(*) FROM users"))[0][0]
    print("count matches:", count == len(names))
    return {"users": len(names), "avg_price": sum(prices.values()) / len(prices)}


print("starting")
report = asyncio.run(main())
print("finished")
report
