# classmethods receive the subclass as cls: factories and per-class counters.
class Shape:
    sides = 0
    created = None

    def __init__(self, size):
        self.size = size
        type(self).register()

    @classmethod
    def register(cls):
        if cls.created is None or "created" not in cls.__dict__:
            cls.created = 0
        cls.created += 1

    @classmethod
    def unit(cls):
        return cls(1)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} with {cls.sides} sides"

    def perimeter(self):
        return self.sides * self.size


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4


shapes = [Triangle.unit(), Square(2.5), Triangle(4), Square.unit(), Square(1)]
print([type(s).__name__ for s in shapes])
print([s.perimeter() for s in shapes])
print(Triangle.describe(), "|", Square.describe(), "|", Shape.describe())
print(Triangle.created, Square.created, Shape.created)
print(shapes[0].describe(), shapes[0].unit().size)
print(Triangle.created)
bound = Square.unit
print(bound().perimeter(), Square.created)
{cls.__name__: cls.created for cls in (Shape, Triangle, Square)}
