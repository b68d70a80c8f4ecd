# Read-only computed properties; assigning one raises AttributeError (uncaught at the end).
class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    @property
    def area(self):
        return self.width * self.height

    @property
    def perimeter(self):
        return 2 * (self.width + self.height)

    @property
    def is_square(self):
        return self.width == self.height


shapes = [Rectangle(3, 4), Rectangle(5, 5), Rectangle(10, 2)]
for r in shapes:
    print(f"{r.width}x{r.height}: area={r.area} perimeter={r.perimeter} square={r.is_square}")

biggest = max(shapes, key=lambda r: r.area)
print("biggest:", biggest.width, biggest.height)
shapes[0].width = 6
print("resized area:", shapes[0].area)
try:
    del shapes[1].area
except AttributeError as e:
    print("del failed:", e)
shapes[1].area = 30
print("unreachable")
