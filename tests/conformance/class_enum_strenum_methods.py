from enum import Enum, StrEnum, auto, unique

class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = "delete"

print(Method.GET, repr(Method.POST), Method.GET == "get", Method.DELETE.upper())
print("/api " + Method.POST, f"{Method.GET}!")
print([m.value for m in Method])

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)

    def describe(self):
        return f"{self.name.title()} g={self.surface_gravity}"

for p in Planet:
    print(p.describe(), p.value)

class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3

    @classmethod
    def from_sides(cls, n):
        for s in cls:
            if s.value == n:
                return s
        return None

print(Shape.from_sides(3), Shape.from_sides(5))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
Method("post")
