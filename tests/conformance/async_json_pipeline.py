# Agent task: collect async results into a JSON payload and parse it back.
import asyncio
import json


async def collect():
    names, prices, page = await asyncio.gather(
        query_db("SELECT name FROM users"),
        asyncio.gather(fetch_price("AAPL"), fetch_price("MSFT")),
        fetch_page("https://example.com/"),
    )
    return {
        "users": [n for (n,) in names],
        "prices": {"AAPL": prices[0], "MSFT": prices[1]},
        "title": page.split(".")[0],
        "ok": True,
        "missing": None,
    }


payload = json.dumps(await collect())
print(payload)
data = json.loads(payload)
print("round trip equal:", data == await collect())
print("users:", len(data["users"]), "first:", data["users"][0])
compact = json.dumps(data["prices"], separators=(",", ":"))
print(compact)
spread = max(data["prices"].values()) - min(data["prices"].values())
spread
