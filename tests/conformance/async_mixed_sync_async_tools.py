# Agent task: travel brief mixing sync tools (weather, currency) and async ones.
import asyncio


async def city_brief(city):
    weather = get_weather(city)
    news = await fetch_page("https://news.example.com/today")
    mentioned = city in news
    return {"city": city, "temp": weather["temp_c"], "in_news": mentioned}


briefs = await asyncio.gather(*[city_brief(c) for c in ["Tokyo", "Paris"]])
for b in briefs:
    print(f"{b['city']}: {b['temp']}C, in news: {b['in_news']}")

price_usd = await fetch_price("AAPL")
price_eur = convert_currency(price_usd, "USD", "EUR")
print(f"AAPL: {price_usd} USD = {price_eur} EUR")

hits = search_products("mouse")
names = await asyncio.gather(*[slow_echo(p["name"]) for p in hits])
print("products:", names)
user = lookup_user(1)
rows = await query_db("SELECT id, name, plan FROM users WHERE active = 1")
print("user 1 active in db:", any(r["id"] == user["id"] for r in rows))
summary = {"cities": len(briefs), "aapl_eur": price_eur, "products": len(names)}
summary
