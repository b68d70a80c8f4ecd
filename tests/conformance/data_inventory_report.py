inventory = [
    {"item": "widget", "qty": 12, "price": 2.50},
    {"item": "gadget", "qty": 0, "price": 13.99},
    {"item": "doohickey", "qty": 5, "price": 7.25},
    {"item": "gizmo", "qty": 40, "price": 0.99},
    {"item": "thingamajig", "qty": 3, "price": 21.00},
]

print(f"{'ITEM':<12}{'QTY':>5}{'PRICE':>8}{'VALUE':>9}")
total_value = 0
for row in inventory:
    value = row["qty"] * row["price"]
    total_value += value
    print(f"{row['item']:<12}{row['qty']:>5}{row['price']:>8.2f}{value:>9.2f}")
print("-" * 34)
print(f"{'TOTAL':<25}{total_value:>9.2f}")

out_of_stock = [r["item"] for r in inventory if r["qty"] == 0]
low_stock = [r["item"] for r in inventory if 0 < r["qty"] < 10]
print("out of stock:", out_of_stock)
print("low stock:", low_stock)
most_valuable = max(inventory, key=lambda r: r["qty"] * r["price"])
print(most_valuable["item"])
