# Multiple context managers in one `with`: enter in order, exit in reverse.
class Resource:
    def __init__(self, name, events, fail_on_enter=False):
        self.name = name
        self.events = events
        self.fail_on_enter = fail_on_enter

    def __enter__(self):
        if self.fail_on_enter:
            self.events.append(f"{self.name}: enter failed")
            raise ConnectionError(f"cannot open {self.name}")
        self.events.append(f"{self.name}: open")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        what = exc_type.__name__ if exc_type else "clean"
        self.events.append(f"{self.name}: close ({what})")


events = []
with Resource("db", events) as db, Resource("cache", events) as cache:
    events.append(f"using {db} and {cache}")
print(events)

events = []
try:
    with Resource("db", events), Resource("net", events, fail_on_enter=True), \
            Resource("log", events):
        events.append("body")
except ConnectionError as e:
    events.append(f"handled: {e}")
print(events)

events = []
try:
    with Resource("a", events) as a, Resource("b", events) as b:
        events.append(a + b)
        raise KeyError("k")
except KeyError:
    events.append("caught KeyError")
for e in events:
    print(e)
with Resource("x", []) as x:
    last = x * 2
last
