# Agent task: price a shopping list from the catalog and print an invoice in GBP.
shopping = [("mouse", 2), ("keyboard", 1), ("mug", 4), ("cable organizer", 3), ("monitor", 1)]
lines = []
unavailable = []
for query, qty in shopping:
    hits = search_products(query, max_results=1)
    if not hits:
        unavailable.append(query)
        continue
    item = hits[0]
    if not item["in_stock"]:
        unavailable.append(item["name"])
        continue
    lines.append((item["name"], qty, item["price"], round(qty * item["price"], 2)))

width = max(len(name) for name, *_ in lines)
print("INVOICE (USD)")
print("-" * (width + 30))
for name, qty, unit, subtotal in lines:
    print(f"{name:<{width}} {qty:>3} x {unit:>7.2f} = {subtotal:>9.2f}")
print("-" * (width + 30))
total_usd = round(sum(l[3] for l in lines), 2)
total_gbp = convert_currency(total_usd, "USD", "GBP")
print(f"{'total':<{width}} {total_usd:>24.2f} USD")
print(f"{'':<{width}} {total_gbp:>24.2f} GBP")
print("unavailable:", ", ".join(unavailable) or "-")
{"items": len(lines), "usd": total_usd, "gbp": total_gbp}
