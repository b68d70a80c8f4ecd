# Agent task: price a basket concurrently; an unknown symbol is not handled.
import asyncio


async def position_value(symbol, shares):
    price = await fetch_price(symbol)
    return round(price * shares, 2)


basket = {"AAPL": 10, "MSFT": 3}
values = await asyncio.gather(*[position_value(s, n) for s, n in basket.items()])
print("values:", values)
print("total:", sum(values))
basket["ZZZZ"] = 5
values = await asyncio.gather(*[position_value(s, n) for s, n in basket.items()])
print("never printed:", values)
