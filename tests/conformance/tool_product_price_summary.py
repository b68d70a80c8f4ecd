# Agent task: summarize prices of matching products per category.
queries = ["mouse", "cable", "coffee", "espresso", "lamp", "keyboard"]
seen = {}
for q in queries:
    for p in search_products(q, max_results=5):
        seen[p["id"]] = p

print("distinct products:", len(seen))
by_category = {}
for p in seen.values():
    by_category.setdefault(p["category"], []).append(p)

for cat in sorted(by_category):
    items = by_category[cat]
    total = sum(p["price"] for p in items)
    in_stock = [p["name"] for p in items if p["in_stock"]]
    print(f"{cat:<12} n={len(items)} total={total:8.2f} in stock: {sorted(in_stock)}")

cheapest = min(seen.values(), key=lambda p: (p["price"], p["id"]))
priciest = sorted(seen.values(), key=lambda p: -p["price"])[:2]
print("cheapest:", cheapest["name"], cheapest["price"])
print("priciest:", [(p["name"], p["price"]) for p in priciest])
total_value = round(sum(p["price"] for p in seen.values()), 2)
