# A 2-D vector with arithmetic dunders: + - * neg abs, and equality.
import math


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, -a)
print(a * 2, 3 * b, a * b)
print(abs(a), abs(b - b))
print(a / 2, (a + b) / 4)
print(a + b == Vec(4, 2), -(-a) == a)
velocity = Vec(2, 1)
pos = Vec(0, 0)
for step in range(3):
    pos = pos + velocity * (step + 1)
    print("step", step, pos)
unit = a / abs(a)
print(unit, round(abs(unit), 10))
pos - Vec(1, 1) * 2
