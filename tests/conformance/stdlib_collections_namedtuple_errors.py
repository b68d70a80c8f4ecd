import json
from collections import namedtuple

Pair = namedtuple("Pair", "left right")
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {"other": 2}), ((1,), {"left": 2})]:
    try:
        Pair(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
for fields in ["x def", "x _y", "x x", "1x", "ok ok2 class"]:
    try:
        namedtuple("T", fields)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    namedtuple("1T", "a")
except ValueError as e:
    print(type(e).__name__, e)
try:
    namedtuple("T", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
p = Pair(1, 2)
try:
    p.left = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.middle
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p._replace(middle=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Pair._make([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    p[2]
except IndexError as e:
    print(type(e).__name__, e)
print(json.dumps({"pair": p}), json.dumps([Pair("a", None)]))

class Vec(namedtuple("Vec", "x y")):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

v = Vec(3, 4)
print(v, v.norm(), v + Vec(1, 1), isinstance(v, tuple), v._asdict())
print(Vec._make([6, 8]).norm(), v._replace(x=0), Vec._fields)
