# Accessing an attribute that was never set: uncaught AttributeError.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


points = [Point(1, 2), Point(3, 4)]
print(points)
print(sum(p.x for p in points), sum(p.y for p in points))
print(hasattr(points[0], "z"), getattr(points[0], "z", 0))
try:
    points[1].z
except AttributeError as e:
    print("caught:", e)
try:
    Point.z
except AttributeError as e:
    print("caught:", e)
try:
    points[0].norm()
except AttributeError as e:
    print("caught:", e)
depth = [p.x + p.y + p.z for p in points]
