# Agent task: merge measurement tables keyed by exact fractions, ints and floats.
from fractions import Fraction
import math

table = {0.5: "half", 1: "one", 0.25: "quarter"}
for key in [Fraction(1, 2), Fraction(2, 2), Fraction(1, 4), Fraction(1, 3)]:
    print(repr(key), "->", table.get(key, "missing"), hash(key) == hash(float(key)))
seen = {Fraction(1, 2), 0.5, Fraction(2, 4), 1, Fraction(3, 3), 1.0}
print("distinct:", len(seen))
print("hashes:", hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Fraction(10**20, 3)))
f = Fraction(22, 7)
print("conversions:", int(f), float(f), round(f), round(f, 2), round(Fraction(5, 2)), round(Fraction(7, 2)))
print("floor/ceil/trunc:", math.floor(-f), math.ceil(-f), math.trunc(-f), abs(-f), -f, +f)
print("as ratio:", f.as_integer_ratio(), "str:", str(f), "repr:", repr(f), "bool:", bool(Fraction(0)))
print("arith:", f // 1, f % 1, divmod(f, Fraction(1, 2)), f ** -2, f * 7, f / Fraction(11, 7))
