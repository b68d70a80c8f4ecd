# Nested classes: __name__ vs __qualname__, and classes defined inside functions.
class Outer:
    class Inner:
        class Deep:
            pass

        def method(self):
            return "inner"

    class Config:
        retries = 3

    def make(self):
        return self.Inner()


print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deep.__name__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner.method.__qualname__)
print(Outer().make().method(), Outer.Config.retries)


def factory(label):
    class Local:
        def __init__(self):
            self.label = label

        def __repr__(self):
            return f"Local({self.label!r})"

    return Local


Cls = factory("a")
obj = Cls()
print(obj, Cls.__name__, Cls.__qualname__)
print(type(Outer().make()).__qualname__)
print(factory("a") is factory("a"))
Outer.Inner.Deep.__qualname__
