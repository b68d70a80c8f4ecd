# Agent task: parse user-entered amounts, reporting the bad ones.
from decimal import Decimal, InvalidOperation, DivisionByZero, DecimalException

raw = ["12.50", " 7 ", "1e3", "-0.001", "abc", "1,000", "NaN", "Infinity", "3.14.15", ""]
good = []
for text in raw:
    try:
        d = Decimal(text)
    except InvalidOperation as e:
        print(f"bad {text!r}:", type(e).__name__, e)
        continue
    if not d.is_finite():
        print(f"skip {text!r}: not finite ({d})")
        continue
    good.append(d)
print("parsed:", good, "sum:", sum(good))
for a, b in [(Decimal(1), 0), (Decimal(0), 0), (Decimal(5), Decimal("0.0"))]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("zero division:", type(e).__name__, e, isinstance(e, DecimalException))
    except InvalidOperation as e:
        print("invalid:", e)
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    Decimal(10).quantize(Decimal("1e-30"))
except InvalidOperation as e:
    print("quantize:", e)
