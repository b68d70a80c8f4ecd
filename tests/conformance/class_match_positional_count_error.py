# Agent task: match on a class without __match_args__ using a positional sub-pattern.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin 3d"
        case Point3(x, y, z=z) if z > 0:
            return f"above ({x}, {y}) by {z}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x=x, y=0):
            return f"on the x axis at {x}"
        case Point(x=x):
            return f"somewhere with x={x}"
        case "not a point":
            return "string"


for p in [Point3(0, 0, 0), Point3(1, 2, 3), Point(0, 0), Point(0, 5), Point(4, 0), Point(1, 1),
          "not a point"]:
    print(where(p))
try:
    match Point3(1, 2, 3):
        case Point3(1, 2, 3, 4):
            print("four?")
except TypeError as e:
    print("caught:", e)
try:
    match Point3(1, 2, 3):
        case Point3(1, x=1):
            print("twice?")
except TypeError as e:
    print("caught:", e)
match Point(1, 2):
    case str(1, 2):
        print("never: not a str, so no count check")
    case _:
        print("count is only checked after isinstance")
match Point(1, 2):
    case Point(1, 2):
        print("unreachable")
