# Agent task: call every tool through the `functions` namespace.
w = functions.get_weather("London")
print("London:", w["condition"], w["temp_c"])
hits = functions.search_products("pad")
print("pads:", [h["name"] for h in hits])
price_eur = functions.convert_currency(hits[0]["price"], "USD", "EUR")
print("first pad in EUR:", price_eur)
user = functions.lookup_user(user_id=2)
print("user 2:", user["name"], user["plan"])

print("same tool:", functions.get_weather is get_weather)
tool = getattr(functions, "lookup_user")
print("via getattr:", tool(4)["name"])
try:
    functions.lookup_user(99)
except RuntimeError as e:
    print("caught:", e)
names = ["Alice" == functions.lookup_user(1)["name"], functions.get_weather("Cairo")["humidity"]]
names
