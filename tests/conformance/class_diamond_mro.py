# Diamond inheritance and the C3 method resolution order.
class Base:
    def hello(self):
        return "Base"

    def who(self):
        return ["Base"]


class Left(Base):
    def hello(self):
        return "Left"

    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def hello(self):
        return "Right"

    def who(self):
        return ["Right"] + super().who()


class Child(Left, Right):
    def who(self):
        return ["Child"] + super().who()


class Other(Right, Left):
    pass


print([c.__name__ for c in Child.__mro__])
print([c.__name__ for c in Other.__mro__])
c = Child()
print(c.hello(), Other().hello())
print(c.who())
print(Other().who())
print(Child.__bases__ == (Left, Right), [b.__name__ for b in Other.__bases__])
print(issubclass(Child, Right), issubclass(Other, Left), issubclass(Base, Child))
[c.__name__ for c in Child.mro()]
