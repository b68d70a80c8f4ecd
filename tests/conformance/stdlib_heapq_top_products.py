# Agent task: find the most and least expensive products across searches.
import heapq

seen = {}
for query in ["mouse", "cable", "machine", "lamp", "mug", "keyboard"]:
    for p in search_products(query, max_results=5):
        seen[p["id"]] = p
catalog = list(seen.values())
print("catalog size:", len(catalog))
top = heapq.nlargest(3, catalog, key=lambda p: p["price"])
cheap = heapq.nsmallest(3, catalog, key=lambda p: p["price"])
print("priciest:", [(p["name"], p["price"]) for p in top])
print("cheapest:", [(p["name"], p["price"]) for p in cheap])
prices = [p["price"] for p in catalog]
print("top prices:", heapq.nlargest(4, prices))
print("single:", heapq.nsmallest(1, prices), heapq.nlargest(1, []))
in_stock = heapq.nsmallest(2, (p for p in catalog if p["in_stock"]), key=lambda p: (p["category"], p["price"]))
[p["name"] for p in in_stock]
