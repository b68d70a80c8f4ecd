# Operators a class does not define: TypeError from the interpreter.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Point):
            return Point(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


print(Point(1, 2) + Point(3, 4))
tests = [
    lambda: Point(1, 1) - Point(0, 0),
    lambda: 2 * Point(1, 1),
    lambda: Point(1, 1) * 2,
    lambda: -Point(1, 1),
    lambda: abs(Point(1, 1)),
    lambda: "x" + Point(1, 1),
    lambda: Point(1, 1)[0],
    lambda: len(Point(1, 1)),
    lambda: Point(1, 1)(),
    lambda: [p for p in Point(1, 1)],
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
Point(1, 2) + 1
