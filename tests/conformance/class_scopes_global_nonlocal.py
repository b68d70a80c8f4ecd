# global and nonlocal inside methods and nested functions; class-level counters.
registry = []
created = 0


class Widget:
    count = 0

    def __init__(self, name):
        global created
        created += 1
        Widget.count += 1
        self.name = name
        registry.append(name)

    def make_counter(self):
        hits = 0

        def hit(n=1):
            nonlocal hits
            hits += n
            return f"{self.name}:{hits}"

        return hit

    @classmethod
    def reset(cls):
        global registry
        registry = []
        cls.count = 0


w1, w2 = Widget("w1"), Widget("w2")
h = w1.make_counter()
print(h(), h(2), w2.make_counter()())
print(created, Widget.count, registry)
Widget.reset()
print(created, Widget.count, registry, w1.count)


def outer():
    x = "outer"

    class Inner:
        def show(self):
            return x

        def change(self):
            nonlocal x
            x = "changed"

    i = Inner()
    before = i.show()
    i.change()
    return before, i.show(), x


print(outer())
try:
    exec_like = Widget("w3").undefined_attr
except AttributeError as e:
    print(e)
created
