cart = [("Organic bananas", 2, 0.79), ("Sourdough loaf", 1, 5.49),
        ("Oat milk 1L", 3, 2.99), ("Dark chocolate 85%", 2, 3.25)]
TAX = 0.0825
WIDTH = 36

print("GROCER & CO".center(WIDTH))
print("-" * WIDTH)
subtotal = 0.0
for name, qty, price in cart:
    line_total = qty * price
    subtotal += line_total
    label = f"{qty} x {name}"
    if len(label) > 24:
        label = label[:23] + "~"
    print(f"{label:<24}{line_total:>12.2f}")
tax = round(subtotal * TAX, 2)
total = subtotal + tax
print("-" * WIDTH)
for label, amount in (("Subtotal", subtotal), (f"Tax {TAX:.2%}", tax), ("TOTAL", total)):
    print(f"{label:>24}{amount:>12.2f}")
print(f"{'Items: ' + str(sum(q for _, q, _ in cart)):^{WIDTH}}")
print(round(total, 2))
