# NotImplemented from __eq__/__add__ lets Python try the reflected method.
class Meters:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.v == other.v
        return NotImplemented

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __repr__(self):
        return f"{self.v}m"


class Feet:
    def __init__(self, v):
        self.v = v

    def to_m(self):
        return Meters(round(self.v * 0.3048, 4))

    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.to_m() == other
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, Meters):
            return other + self.to_m()
        return NotImplemented

    def __repr__(self):
        return f"{self.v}ft"


m, f = Meters(3.048), Feet(10)
print(m == f, f == m, m == Meters(3.048), m == 3.048, m != "x")
print(m + Meters(1), m + f, Meters(0) + Feet(1))
print([Meters(1), Feet(1)].count(Meters(1)), Feet(10) in [m])
print(Feet(1) == Feet(1), Meters(2) == Meters(2))
try:
    f + m
except TypeError as e:
    print("TypeError:", e)
m + 1
