# Polymorphism over a shape hierarchy; base class method uses overridden area().
import math


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def describe(self):
        return f"{self.name}: area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Blob(Shape):
    pass


shapes = [Circle(1), Rect(2, 3.5), Square(4), Circle(0.5)]
for s in shapes:
    print(s.describe())
print("total:", round(sum(s.area() for s in shapes), 3))
print("largest:", max(shapes, key=lambda s: s.area()).name)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print(by_kind)
print(isinstance(Square(1), Rect), [type(s).__mro__[1].__name__ for s in shapes])
Blob("blob").describe()
