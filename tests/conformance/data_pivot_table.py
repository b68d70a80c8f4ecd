rows = [
    {"year": 2021, "product": "tea", "units": 10},
    {"year": 2021, "product": "coffee", "units": 25},
    {"year": 2022, "product": "tea", "units": 14},
    {"year": 2022, "product": "coffee", "units": 22},
    {"year": 2022, "product": "cocoa", "units": 5},
    {"year": 2023, "product": "tea", "units": 19},
    {"year": 2023, "product": "cocoa", "units": 8},
]

years = sorted({r["year"] for r in rows})
products = sorted({r["product"] for r in rows})
table = {p: {y: 0 for y in years} for p in products}
for r in rows:
    table[r["product"]][r["year"]] += r["units"]

header = "product".ljust(8) + "".join(str(y).rjust(6) for y in years) + "   sum"
print(header)
for p in products:
    cells = [table[p][y] for y in years]
    print(p.ljust(8) + "".join(str(c).rjust(6) for c in cells) + str(sum(cells)).rjust(6))

col_totals = [sum(table[p][y] for p in products) for y in years]
print("total".ljust(8) + "".join(str(c).rjust(6) for c in col_totals))
print(table["tea"])
