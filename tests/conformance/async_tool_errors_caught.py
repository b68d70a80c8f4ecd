# Agent task: each async tool can fail in its own way; handle them inside coroutines.
import asyncio


async def safe(label, coro):
    try:
        value = await coro
        return label, "ok", value
    except ValueError as e:
        return label, "ValueError", str(e)
    except KeyError as e:
        return label, "KeyError", str(e)
    except RuntimeError as e:
        return label, "RuntimeError", str(e)


outcomes = await asyncio.gather(
    safe("page", fetch_page("https://example.com/gone")),
    safe("price", fetch_price("ACME")),
    safe("query", query_db("SELECT * FROM orders")),
    safe("good", fetch_price("NVDA")),
    safe("echo", slow_echo("still here", 0.02)),
)
for label, kind, detail in outcomes:
    print(f"{label:<6} {kind:<13} {detail}")


async def price_or_default(symbol, default=0.0):
    try:
        return await fetch_price(symbol)
    except KeyError:
        return default


values = [await price_or_default(s) for s in ["AAPL", "???", "GOOG"]]
print("with defaults:", values)
errors = [k for _, k, _ in outcomes if k != "ok"]
errors
