# Agent task: one agent step fans out several lookups concurrently and aggregates.
import asyncio
import json


async def users_overview():
    count_rows, plan_rows = await asyncio.gather(
        query_db("SELECT COUNT(*) FROM users"),
        query_db("SELECT plan, COUNT(*) FROM users GROUP BY plan"),
    )
    return {"total": count_rows[0][0], "by_plan": {p: n for p, n in plan_rows}}


async def market_overview(symbols):
    prices = await asyncio.gather(*[fetch_price(s) for s in symbols], return_exceptions=True)
    quotes = {s: p for s, p in zip(symbols, prices) if not isinstance(p, Exception)}
    missing = [s for s, p in zip(symbols, prices) if isinstance(p, Exception)]
    return {"quotes": quotes, "missing": missing}


async def news_overview():
    text = await fetch_page("https://news.example.com/today")
    return [s.strip() for s in text.split(".") if s.strip()]


async def step():
    users, market, news = await asyncio.gather(
        users_overview(),
        market_overview(["AAPL", "TSLA", "NVDA"]),
        news_overview(),
    )
    return {"users": users, "market": market, "news": news}


observation = await step()
print(json.dumps(observation, indent=2, sort_keys=True))
top = max(observation["market"]["quotes"], key=observation["market"]["quotes"].get)
print("top symbol:", top)
print("free users:", observation["users"]["by_plan"].get("free", 0))
thought = f"{observation['users']['total']} users, {len(observation['news'])} headlines, best {top}"
thought
