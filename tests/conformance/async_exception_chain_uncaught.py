# Agent task: errors are wrapped on their way up through nested coroutines.
import asyncio


async def fetch_quote(symbol):
    return await fetch_price(symbol)


async def quote_or_explain(symbol):
    try:
        return await fetch_quote(symbol)
    except KeyError as e:
        raise LookupError(f"no quote for {symbol}") from e


async def build_table(symbols):
    rows = []
    for s in symbols:
        rows.append((s, await quote_or_explain(s)))
        print("added", s)
    return rows


try:
    await build_table(["AAPL", "FAKE"])
except LookupError as e:
    print("caught:", e)

table = await build_table(["MSFT", "NVDA"])
print("table:", table)
table = await build_table(["GOOG", "NOPE", "AAPL"])
print("not printed")
