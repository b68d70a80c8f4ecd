# Agent task: tool calls inside comprehensions, map and sorted keys.
cities = ["Cairo", "London", "Tokyo", "Paris"]
temps = {c: get_weather(c)["temp_c"] for c in cities}
print("temps:", temps)
humid = [c for c in cities if get_weather(c)["humidity"] > 65]
print("humid:", humid)
by_temp = sorted(cities, key=lambda c: get_weather(c)["temp_c"])
print("coldest first:", by_temp)
users = list(map(lookup_user, [4, 2, 1]))
print("names:", [u["name"] for u in users])
prices_chf = {p["name"]: convert_currency(p["price"], "USD", "CHF") for p in search_products("m", 5)}
for name, price in prices_chf.items():
    print(f"  {name}: {price} CHF")
total = sum(convert_currency(p["price"], "USD", "EUR") for p in search_products("o", max_results=8))
print("sum in EUR:", round(total, 2))
any(get_weather(c)["condition"] == "rain" for c in cities), all(t > 10 for t in temps.values())
