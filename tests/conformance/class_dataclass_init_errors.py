from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int

print(Point(1, 2), Point(y=5, x=3))
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((), {"x": 1, "y": 2, "x2": 0}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
Point(1)
