# type(x).__name__ and x.__class__.__name__ for user classes and builtins.
class Order:
    def __init__(self, oid):
        self.oid = oid


class RushOrder(Order):
    pass


def describe(value):
    return f"{type(value).__name__}/{value.__class__.__name__}"


values = [Order(1), RushOrder(2), 3, "x", [1], {"a": 1}, None, 2.5, (1,), True]
for v in values:
    print(describe(v))

o = RushOrder(7)
print(type(o) is RushOrder, type(o) == Order, o.__class__ is RushOrder)
print(type(o).__bases__[0].__name__, Order.__name__, RushOrder.__qualname__)
print(type(Order).__name__, type(type(o)).__name__)
print(type(o))
clone = type(o)(8)
print(type(clone).__name__, clone.oid)
print(type(o).__module__)
names = sorted({type(v).__name__ for v in values})
names
