# Wrong constructor / method arguments: TypeError messages with qualified names.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scale(self, factor, *, round_to=None):
        x, y = self.x * factor, self.y * factor
        if round_to is not None:
            x, y = round(x, round_to), round(y, round_to)
        return Point(x, y)


class Empty:
    pass


print(Point(1, 2).scale(1.5, round_to=0).x)
for attempt in [lambda: Point(1, 2, 3), lambda: Point(x=1, z=2),
                lambda: Point(1, 2).scale(), lambda: Point(1, 2).scale(2, 3),
                lambda: Point(1, 2).scale(2, digits=1), lambda: Empty(1),
                lambda: Point(1, x=1)]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
p = Point(3)
