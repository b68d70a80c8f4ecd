# str() falls back to __repr__; __str__ alone leaves repr() as the default (not printed).
class OnlyRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"OnlyRepr({self.v})"


class OnlyStr:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return f"value {self.v}"


class Child(OnlyRepr):
    def __str__(self):
        return "child " + repr(self)


class Quiet(Exception):
    pass


class Loud(Exception):
    def __str__(self):
        return "LOUD: " + super().__str__()


a = OnlyRepr(1)
print(a, str(a), f"{a}", [a])
s = OnlyStr(2)
print(s, f"{s}", str(s), "{}".format(s))
print(repr(s).startswith("<__main__.OnlyStr object at "))
c = Child(3)
print(c, [c], f"{c!r}")
print(str(Quiet()), repr(Quiet()), str(Quiet("x", 1)), repr(Quiet("x")))
print(Loud("disk full"), repr(Loud("disk full")), Loud("a", "b"))
print(format(a), format(c), "%s|%r" % (c, c))
try:
    raise Loud("shutting down")
except Exception as e:
    print(f"{type(e).__name__}: {e}")
raise Loud("final")
