# A Fraction class normalised with gcd, with arithmetic, comparison and hashing.
import math


class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        sign = -1 if den < 0 else 1
        g = math.gcd(num, den)
        self.num, self.den = sign * num // g, sign * den // g

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, other):
        o = self._coerce(other)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        return self + -self._coerce(other)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __mul__(self, other):
        o = self._coerce(other)
        return Frac(self.num * o.num, self.den * o.den)

    def __truediv__(self, other):
        return self * Frac(self._coerce(other).den, self._coerce(other).num)

    def __eq__(self, other):
        o = self._coerce(other)
        return (self.num, self.den) == (o.num, o.den)

    def __lt__(self, other):
        o = self._coerce(other)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)


h, t = Frac(1, 2), Frac(1, 3)
print(h + t, h - t, h * t, h / t, -h, Frac(6, -8))
print(sum([Frac(1, n) for n in range(1, 7)]), 1 + h, h + 1)
print(Frac(2, 4) == h, h == 1, Frac(4, 2) == 2, sorted([h, t, Frac(3, 4), Frac(-1, 5)]))
print({Frac(2, 4): "half"}[h], max(h, t))
try:
    h / Frac(0, 3)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
Frac(22, 7) - 3
