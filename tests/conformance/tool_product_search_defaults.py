# Agent task: search the catalog with default and explicit result limits.
default_hits = search_products("e")
print("default limit:", len(default_hits), [p["id"] for p in default_hits])

more = search_products("e", max_results=10)
print("up to 10:", len(more))
for p in more:
    flag = "" if p["in_stock"] else " (out of stock)"
    print(f"  #{p['id']} {p['name']} - ${p['price']:.2f}{flag}")

positional = search_products("mouse", 1)
print("positional limit:", positional)
print("case-insensitive:", [p["name"] for p in search_products("CABLE")])
print("nothing:", search_products("laptop"))
try:
    search_products("mouse", max_results=0)
except ValueError as e:
    print("ValueError:", e)
len(more)
