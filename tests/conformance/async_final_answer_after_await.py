# Agent task: gather the data, then give the final answer at top level.
import asyncio

symbols = ["AAPL", "MSFT", "GOOG"]
prices = await asyncio.gather(*[fetch_price(s) for s in symbols])
cheapest = min(zip(prices, symbols))
print("prices:", dict(zip(symbols, prices)))
print("cheapest:", cheapest[1])
count = (await query_db("SELECT COUNT(*) FROM users"))[0][0]
print("users:", count)
final_answer(f"{cheapest[1]} is cheapest at {cheapest[0]}; {count} users")
print("this line is not printed")
