from abc import ABC, abstractmethod
import math

class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

shapes = [Circle(1), Rect(2, 3), Square(4)]
for s in shapes:
    print(s.describe())
print(sorted(s.name for s in shapes if s.area() > 5))
print(isinstance(shapes[2], Shape), issubclass(Square, Rect))
try:
    Shape("generic")
except TypeError as e:
    print("TypeError:", e)

class HalfDone(Shape):
    def area(self):
        return 0

try:
    HalfDone("half")
except TypeError as e:
    print("TypeError:", e)
HalfDone("x")
