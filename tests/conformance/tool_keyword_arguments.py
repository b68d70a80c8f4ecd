# Agent task: the same conversions with positional, keyword and mixed arguments.
a = convert_currency(250, "GBP", "USD")
b = convert_currency(amount=250, from_currency="GBP", to_currency="USD")
c = convert_currency(250, to_currency="USD", from_currency="GBP")
d = convert_currency(to_currency="USD", amount=250.0, from_currency="GBP")
print(a, b, c, d, a == b == c == d)

params = {"amount": 80, "from_currency": "CHF", "to_currency": "EUR"}
print("from dict:", convert_currency(**params))
args = (80, "CHF")
print("from tuple:", convert_currency(*args, "EUR"))
print("search kw:", [p["id"] for p in search_products(query="o", max_results=4)])
print("search mixed:", [p["id"] for p in search_products("o", max_results=2)])
print("weather kw:", get_weather(city="Paris")["temp_c"])
print("bool as int:", len(search_products("e", True)))
results = [convert_currency(x, "EUR", "USD") for x in (1, 2.5, 10)]
results
