sales = [
    ("north", "jan", 1200), ("north", "feb", 1350), ("north", "mar", 980),
    ("south", "jan", 800), ("south", "feb", 950), ("south", "mar", 1100),
    ("west", "jan", 400), ("west", "feb", 0), ("west", "mar", 620),
]

totals = {}
counts = {}
for region, month, amount in sales:
    totals[region] = totals.get(region, 0) + amount
    counts[region] = counts.get(region, 0) + 1

for region in totals:
    avg = totals[region] / counts[region]
    print(f"{region}: total={totals[region]} avg={avg:.2f}")

grand = sum(totals.values())
print("grand total:", grand)
print("overall average:", grand / len(sales))

month_totals = {}
for _, month, amount in sales:
    month_totals[month] = month_totals.get(month, 0) + amount
print(month_totals)
best_month = max(month_totals, key=month_totals.get)
print("best month:", best_month)
share = {r: round(100 * t / grand, 1) for r, t in totals.items()}
print(share)
