# Agent task: model 2-D points and compute distances between waypoints.
import math


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def distance_to(self, other):
        return math.sqrt((self.x - other.x) ** 2 + (self.y - other.y) ** 2)

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def as_tuple(self):
        return (self.x, self.y)


origin = Point(0, 0)
p = Point(3, 4)
print("origin:", origin.as_tuple())
print("p:", p.as_tuple())
print("distance:", origin.distance_to(p))
q = p.moved(-1, 2)
print("moved:", q.as_tuple(), "original still", p.as_tuple())
p.x = 6
p.y = 8
print("after mutation:", p.as_tuple(), origin.distance_to(p))

route = [Point(0, 0), Point(1, 1), Point(4, 5), Point(4, 0)]
total = 0.0
for a, b in zip(route, route[1:]):
    leg = a.distance_to(b)
    print(f"{a.as_tuple()} -> {b.as_tuple()}: {leg:.3f}")
    total += leg
print(f"route length: {total:.3f}")
round(total, 4)
