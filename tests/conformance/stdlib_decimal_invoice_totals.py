# Agent task: total an invoice exactly, with tax rounded half-up to cents.
from decimal import Decimal, ROUND_HALF_UP

items = [("widget", "19.99", 3), ("gadget", "5.25", 2), ("cable", "0.10", 7)]
subtotal = Decimal("0")
for name, price, qty in items:
    line = Decimal(price) * qty
    subtotal += line
    print(f"{name:<8} {qty:>2} x {price:>6} = {line:>7}")
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
total = subtotal + tax
print("subtotal:", subtotal, "tax:", tax, "total:", total)
print(f"total formatted: ${total:,.2f}", repr(total))
print("float would say:", 19.99 * 3 + 5.25 * 2 + 0.10 * 7)
cents = int(total * 100)
print("cents:", cents, "split 3 ways:", (total / 3).quantize(Decimal("0.01")), total % 3)
total
