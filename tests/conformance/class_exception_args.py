# .args of user exceptions, with and without a custom __init__.
class Plain(Exception):
    pass


class WithInit(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code


class NoSuper(Exception):
    def __init__(self, code):
        self.code = code


class Described(Exception):
    def __init__(self, item):
        super().__init__(f"bad item: {item}")
        self.item = item


for exc in [Plain(), Plain("one"), Plain("a", 2), WithInit(404, "gone"),
            NoSuper(7), Described("x")]:
    print(f"{type(exc).__name__:<9} args={exc.args!r:<20} str={str(exc)!r:<16} repr={exc!r}")

try:
    raise WithInit(500, "server")
except WithInit as e:
    code, reason = e.args
    print("unpacked:", code, reason, e.code)
e = Plain("x")
e.args = ("changed", 1)
print(e, e.args)
try:
    raise Described
except Described as err:
    print("never")
except TypeError as err:
    print("TypeError:", err)
raise Plain("final", 42)
