# Agent task: group related calls into nested gathers.
import asyncio


async def user_section():
    names, plans = await asyncio.gather(
        query_db("SELECT name FROM users"),
        query_db("SELECT plan, COUNT(*) FROM users GROUP BY plan"),
    )
    return {"names": [n[0] for n in names], "plans": dict(plans)}


async def market_section():
    tech = asyncio.gather(fetch_price("AAPL"), fetch_price("MSFT"))
    crypto = asyncio.gather(fetch_price("BTC-USD"))
    t, c = await asyncio.gather(tech, crypto)
    return {"tech": t, "crypto": c}


users, market, pages = await asyncio.gather(
    user_section(),
    market_section(),
    asyncio.gather(fetch_page("https://example.com/a"), slow_echo("done", 0.02)),
)
print("users:", users)
print("market:", market)
print("pages:", pages)
outer = await asyncio.gather(asyncio.gather(), asyncio.gather(slow_echo("x")))
print("outer:", outer)
[len(users["names"]), len(market["tech"]), len(pages)]
