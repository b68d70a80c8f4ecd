# Agent task: convert a list of expenses to EUR, skipping unknown currencies.
expenses = [
    ("hotel", 420.0, "USD"),
    ("train", 89.9, "GBP"),
    ("sushi", 5400, "JPY"),
    ("museum", 25, "XYZ"),
    ("taxi", 31.5, "CHF"),
    ("souvenir", 12, "ABC"),
]
total_eur = 0.0
skipped = []
for label, amount, cur in expenses:
    try:
        eur = convert_currency(amount, cur, "EUR")
    except ValueError as err:
        print(f"skip {label}: {err}")
        skipped.append(label)
        continue
    total_eur += eur
    print(f"{label:<10} {amount:>8} {cur} = {eur:>8.2f} EUR")

print("skipped:", skipped)
try:
    convert_currency(10, "EUR", "QQQ")
except Exception as e:
    print(isinstance(e, ValueError), "-", e)
total_eur = round(total_eur, 2)
