# __len__ and __bool__ drive truthiness, len() and if-tests.
class Batch:
    def __init__(self, items=()):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


class Health:
    def __init__(self, errors):
        self.errors = errors

    def __bool__(self):
        return self.errors == 0

    def __repr__(self):
        return f"Health(errors={self.errors})"


class Always:
    pass


empty, full = Batch(), Batch([1, 2, 3])
print(len(empty), len(full), bool(empty), bool(full))
for b in (empty, full):
    print("process" if b else "skip", len(b))
print(not empty, empty or "default", full and "has items")
checks = [Health(0), Health(2), Health(0)]
print([bool(h) for h in checks], all(checks), any(checks))
print([h for h in checks if not h])
print(bool(Always()), len([Always()]))
while full:
    full.items.pop()
    print("left:", len(full))
ok = Health(0) and Batch([9])
print(len(ok))
try:
    len(Always())
except TypeError as e:
    print("TypeError:", e)
Health(3) or Health(0)
