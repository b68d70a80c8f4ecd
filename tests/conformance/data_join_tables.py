products = [
    {"pid": "p1", "name": "lamp", "price": 30},
    {"pid": "p2", "name": "desk", "price": 150},
    {"pid": "p3", "name": "chair", "price": 85},
]
line_items = [
    {"order": 100, "pid": "p1", "qty": 2},
    {"order": 100, "pid": "p3", "qty": 4},
    {"order": 101, "pid": "p2", "qty": 1},
    {"order": 102, "pid": "p9", "qty": 3},
    {"order": 102, "pid": "p1", "qty": 1},
]

catalog = {p["pid"]: p for p in products}
joined = []
unmatched = []
for li in line_items:
    p = catalog.get(li["pid"])
    if p is None:
        unmatched.append(li)
        continue
    joined.append({**li, "name": p["name"], "line_total": p["price"] * li["qty"]})

for row in joined:
    print(row["order"], row["name"], row["qty"], row["line_total"])
print("unmatched:", unmatched)

order_totals = {}
for row in joined:
    order_totals[row["order"]] = order_totals.get(row["order"], 0) + row["line_total"]
print(order_totals)

never_ordered = [p["name"] for p in products if p["pid"] not in {li["pid"] for li in line_items}]
print("never ordered:", never_ordered)
print(order_totals)
