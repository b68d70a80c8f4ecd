# Agent task: pick a random in-stock product; handle the empty cases gracefully.
import random

random.seed(1)
products = search_products("cable", max_results=5)
in_stock = [p for p in products if p["in_stock"]]
print("in stock:", [p["name"] for p in in_stock])
pick = random.choice(in_stock)
print("pick:", pick["name"])
for bad in [lambda: random.sample(in_stock, 5), lambda: random.randint(10, 1),
            lambda: random.randrange(0), lambda: random.choices(in_stock, [1, 2], k=2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print("error:", repr(e))
nothing = [p for p in products if p["price"] > 1000]
random.choice(nothing)
