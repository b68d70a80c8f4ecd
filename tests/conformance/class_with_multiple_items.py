# Context managers: several items, suppression by a true __exit__, exit order, errors.
class Resource:
    def __init__(self, name, log, suppress=False):
        self.name = name
        self.log = log
        self.suppress = suppress

    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        what = exc_type.__name__ if exc_type else "ok"
        self.log.append(f"close {self.name} ({what})")
        return self.suppress


log = []
with Resource("a", log) as a, Resource("b", log) as b:
    log.append(f"using {a.name}+{b.name}")
print(log)

log = []
with Resource("outer", log, suppress=True):
    with Resource("inner", log):
        raise KeyError("missing")
    log.append("not reached")
log.append("after")
print(log)

log = []
try:
    with Resource("x", log), Resource("y", log, suppress=True), Resource("z", log):
        raise ValueError("boom")
    log.append("continued")
except ValueError:
    log.append("escaped")
print(log)


class Broken:
    def __enter__(self):
        raise RuntimeError("cannot enter")

    def __exit__(self, *args):
        print("never called")


log = []
try:
    with Resource("first", log), Broken():
        log.append("body")
except RuntimeError as e:
    print(e, log)

try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
log
