audit = []

def risky(n):
    if n == 3:
        raise ValueError(f"bad value {n}")
    return n * 10

def process(items):
    out = []
    for n in items:
        try:
            out.append(risky(n))
        except ValueError as e:
            audit.append(f"logged: {e}")
            raise
    return out

for batch in ([1, 2], [2, 3, 4], [5]):
    try:
        print("processed", process(batch))
    except ValueError as e:
        print("batch failed:", e)

def wrap():
    try:
        risky(3)
    except ValueError as e:
        raise KeyError("wrapped") from e

try:
    wrap()
except KeyError as e:
    print("outer caught", repr(e), e.args)

try:
    try:
        {}["missing"]
    except KeyError:
        raise IndexError("during handling")
except IndexError as e:
    print("got", e)
audit
