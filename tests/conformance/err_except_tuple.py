inputs = ["42", "x", None, "7", [], "0"]

def parse_and_invert(v):
    return 1 / int(v)

results = []
for v in inputs:
    try:
        results.append(parse_and_invert(v))
    except (ValueError, TypeError) as e:
        results.append(f"bad input {v!r}: {type(e) is ValueError and 'ValueError' or 'TypeError'}: {e}")
    except ZeroDivisionError:
        results.append("cannot invert zero")

for r in results:
    print(r)

def classify(exc):
    if isinstance(exc, LookupError):
        return "lookup"
    if isinstance(exc, ArithmeticError):
        return "arith"
    return "other"

caught = []
for fn in (lambda: [][1], lambda: {}["k"], lambda: 1 // 0, lambda: int("z"), lambda: 10 % 0):
    try:
        fn()
    except Exception as e:
        caught.append((classify(e), str(e)))
caught
