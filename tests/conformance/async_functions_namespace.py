# Agent task: call async tools through the functions namespace.
import asyncio

page = await functions.fetch_page("https://example.com/c")
print("page:", page)
price = await functions.fetch_price(symbol="GOOG")
print("price:", price)
echo = await functions.slow_echo("hello", delay=0.02)
print("echo:", echo)
rows = await functions.query_db(sql="SELECT name FROM users")
print("rows:", rows)
both = await asyncio.gather(functions.fetch_price("AAPL"), fetch_price("AAPL"))
print("same tool both ways:", both[0] == both[1])
weather = functions.get_weather("Cairo")
print("sync tool alongside:", weather["condition"])
try:
    await functions.fetch_page("https://example.com/x")
except ValueError as e:
    print("error via namespace:", e)
price
