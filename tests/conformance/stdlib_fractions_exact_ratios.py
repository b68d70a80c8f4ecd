# Agent task: scale a recipe with exact ratios and simplify measurements.
from fractions import Fraction

recipe = {"flour": "2 1/4", "sugar": "3/4", "butter": "1/2", "salt": "1/8", "milk": "1.5"}

def parse_qty(text):
    parts = text.split()
    return sum(Fraction(p) for p in parts)

def show(q):
    whole, rest = divmod(q, 1)
    if rest == 0:
        return str(whole)
    return f"{whole} {rest}" if whole else str(rest)

scale = Fraction(2, 3)
for name, text in recipe.items():
    q = parse_qty(text)
    print(f"{name:<7} {text:>6} -> {show(q * scale):>7}  ({q * scale!r})")
print("numerator/denominator:", Fraction(6, -8).numerator, Fraction(6, -8).denominator)
print("from float:", Fraction(0.1), "limited:", Fraction(0.1).limit_denominator(1000))
print("pi approximations:", [str(Fraction(3.141592653589793).limit_denominator(d)) for d in (10, 100, 1000, 100000)])
print("mixed with float:", Fraction(1, 3) + 0.5, "with int:", Fraction(1, 3) + 2, 2 ** Fraction(1, 2))
print("comparisons:", Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, sorted([Fraction(2, 3), 0.6, 1, Fraction(-1, 2)]))
