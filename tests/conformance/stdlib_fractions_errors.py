# Agent task: validate ratio inputs and report problems clearly.
from fractions import Fraction

inputs = ["3/4", "1/0", "abc", "2.5", " -7 ", "1/2/3", "5/-3", "1e-2"]
for text in inputs:
    try:
        print(text, "->", Fraction(text))
    except (ValueError, ZeroDivisionError) as e:
        print(text, "->", type(e).__name__, e)
checks = [
    lambda: Fraction(1, 0),
    lambda: Fraction(3, 4) / 0,
    lambda: Fraction(3, 4) // 0,
    lambda: Fraction(0) ** -1,
    lambda: Fraction(1.5, 2),
    lambda: Fraction(float("nan")),
    lambda: Fraction(float("inf")),
    lambda: Fraction(None),
    lambda: Fraction(1, 3) + "x",
    lambda: Fraction(1, 3).limit_denominator(0),
    lambda: f"{Fraction(1, 3):.2f}",
]
for check in checks:
    try:
        print("ok", check())
    except Exception as e:
        print(type(e).__name__, e)
