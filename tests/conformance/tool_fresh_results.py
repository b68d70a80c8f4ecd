# Agent task: tool results are fresh values each call; mutating one does not leak.
first = get_weather("Paris")
first["temp_c"] = -40
first["note"] = "edited"
second = get_weather("Paris")
print("edited copy:", first)
print("fresh call:", second)
print("equal?", first == second, "same keys?", list(second) == ["city", "temp_c", "condition", "humidity"])

products = search_products("desk")
products.append("junk")
products[0]["price"] *= 2
again = search_products("desk")
print(len(products), len(again), products[0]["price"], again[0]["price"])
u = lookup_user(3)
print(type(u) is dict, type(u["active"]) is bool, type(u["id"]) is int, type(second["temp_c"]) is float)
print(isinstance(search_products("x"), list))
u.pop("email")
sorted(u.items())
