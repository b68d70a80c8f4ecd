# __slots__ declared the way agents write it for "memory efficiency"; normal use only.
class Pixel:
    __slots__ = ("x", "y", "color")

    def __init__(self, x, y, color="black"):
        self.x = x
        self.y = y
        self.color = color

    def brighten(self):
        self.color = "light" + self.color
        return self

    def __repr__(self):
        return f"Pixel({self.x}, {self.y}, {self.color!r})"


class Tagged(Pixel):
    __slots__ = ("tag",)

    def __init__(self, x, y, tag):
        super().__init__(x, y)
        self.tag = tag


p = Pixel(1, 2)
p.color = "red"
print(p, Pixel.__slots__, Tagged.__slots__)
t = Tagged(3, 4, "corner")
print(t, t.tag, isinstance(t, Pixel))
print([getattr(t, s) for s in Pixel.__slots__ + Tagged.__slots__])
canvas = [Pixel(i, i * i) for i in range(4)]
canvas[2].brighten()
print(canvas)
setattr(canvas[0], "x", 99)
print(canvas[0].x, getattr(canvas[1], "color"))
q = Pixel(0, 0)
del q.color
print(hasattr(q, "color"), hasattr(q, "x"))
q.color
