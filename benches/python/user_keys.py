# Dict and set lookups keyed by user objects with __eq__ and __hash__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))


grid = {}
for i in range(100):
    for j in range(50):
        grid[Point(i, j)] = i * j
hits = 0
for i in range(0, 200, 2):
    for j in range(50):
        if Point(i, j) in grid:
            hits += grid[Point(i, j)]
seen = {Point(i % 10, i % 7) for i in range(5000)}
result = (hits, len(grid), len(seen))
