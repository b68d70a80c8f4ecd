# Agent task: classify sensor readings; guards decide, captures stay bound after a failed guard.
readings = [("temp", 21.5), ("temp", -40.0), ("temp", 85.1), ("humidity", 45), ("humidity", 120),
            ("pressure", 1013), ("temp", None), ("wind", 12, "NE")]
counts = {}


def bucket(r):
    match r:
        case ("temp", float(t)) if -30 <= t <= 60:
            return "temp ok"
        case ("temp", float(t)) if t < -30:
            return f"temp too low ({t})"
        case ("temp", float(t)):
            return f"temp too high ({t})"
        case ("humidity", h) if 0 <= h <= 100:
            return f"humidity {h}%"
        case ("humidity", h):
            return f"bad humidity {h}"
        case (kind, None):
            return f"{kind} missing"
        case (kind, *rest) if len(rest) > 1:
            return f"{kind} with {rest}"
        case (kind, value):
            return f"other {kind}={value}"


for r in readings:
    label = bucket(r)
    counts[label.split()[0]] = counts.get(label.split()[0], 0) + 1
    print(f"{str(r):<28} {label}")
print(sorted(counts.items()))

# A guard that fails leaves the names bound (CPython binds before the guard runs).
match (3, 4):
    case (a, b) if a > b:
        print("first")
    case _:
        print("fallback with", a, b)

calls = []


def check(x):
    calls.append(x)
    return x > 2


for n in [1, 2, 3]:
    match n:
        case k if check(k):
            print("matched", k)
        case _:
            print("no", n)
calls
