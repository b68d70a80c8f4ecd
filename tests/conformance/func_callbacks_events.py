listeners = {}

def on(event, handler):
    listeners.setdefault(event, []).append(handler)

def emit(event, *payload):
    results = []
    for handler in listeners.get(event, []):
        results.append(handler(*payload))
    return results

log = []
on("save", lambda doc: log.append(f"saved {doc}") or "logged")
on("save", lambda doc: f"indexed {doc.upper()}")
on("delete", lambda doc, force=False: f"deleted {doc} force={force}")

print(emit("save", "report.txt"))
print(emit("delete", "old.txt"))
print(emit("delete", "x", True))
print(emit("unknown"))
print(log)

def make_validator(rules):
    def validate(value):
        return [name for name, rule in rules if not rule(value)]
    return validate

check = make_validator([
    ("positive", lambda v: v > 0),
    ("even", lambda v: v % 2 == 0),
    ("small", lambda v: v < 100),
])
print({v: check(v) for v in (4, -3, 101, 250)})
