# A user context manager: __enter__ return value, __exit__ arguments, cleanup order.
class Timer:
    def __init__(self, label, log):
        self.label = label
        self.log = log
        self.ticks = 0

    def __enter__(self):
        self.log.append(f"enter {self.label}")
        return self

    def tick(self, n=1):
        self.ticks += n

    def __exit__(self, exc_type, exc, tb):
        status = "ok" if exc_type is None else f"error {exc_type.__name__}: {exc}"
        self.log.append(f"exit {self.label} after {self.ticks} ticks ({status})")
        return False


log = []
with Timer("load", log) as t:
    for _ in range(3):
        t.tick()
print(t.ticks, log)

try:
    with Timer("parse", log) as t:
        t.tick(5)
        int("abc")
        t.tick(100)
except ValueError as e:
    print("propagated:", e)
print(t.ticks)

with Timer("outer", log) as a:
    with Timer("inner", log) as b:
        b.tick(2)
    a.tick(b.ticks)

m = Timer("manual", log)
print(m.__enter__() is m)
m.__exit__(None, None, None)
for line in log:
    print(line)
len(log)
