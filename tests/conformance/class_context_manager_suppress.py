# __exit__ returning True suppresses the exception; selective suppression.
class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            self.caught.append(f"{exc_type.__name__}: {exc}")
            return True
        return None


guard = Suppress(KeyError, ZeroDivisionError)
data = {"a": 1}
results = []
for key in ["a", "b", "zero", "a"]:
    with guard:
        if key == "zero":
            results.append(1 / 0)
        results.append(data[key])
        print("after lookup", key)
    print("loop continues after", key)
print(results)
print(guard.caught)

with Suppress(ValueError) as s:
    pass
print("nothing caught:", s.caught)

try:
    with Suppress(KeyError) as s2:
        [][1]
except IndexError as e:
    print("not suppressed:", e, s2.caught)


def safe_ratio(a, b):
    with Suppress(ZeroDivisionError):
        return a / b
    return "undefined"


print(safe_ratio(6, 3), safe_ratio(1, 0))
with Suppress(TypeError):
    total = 1 + "1"
guard.caught
