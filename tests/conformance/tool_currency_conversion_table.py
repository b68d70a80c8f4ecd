# Agent task: build a conversion table between currencies.
codes = ["USD", "EUR", "GBP", "CHF"]
amount = 100
header = "from/to " + "".join(f"{c:>10}" for c in codes)
print(header)
table = {}
for src in codes:
    row = []
    for dst in codes:
        value = convert_currency(amount, src, dst)
        table[(src, dst)] = value
        row.append(f"{value:>10.2f}")
    print(f"{src:<8}" + "".join(row))

yen = convert_currency(amount, "USD", "JPY")
print("100 USD in JPY:", yen)
back = convert_currency(yen, "JPY", "USD")
print("and back:", back, "lost:", round(amount - back, 2))
print("identity ok:", all(table[(c, c)] == amount for c in codes))
table[("EUR", "GBP")]
