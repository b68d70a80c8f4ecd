# Agent task: normalise coordinates given in several shapes, with or-patterns.
points = [
    (1, 2), [3, 4], {"x": 5, "y": 6}, {"y": 8, "x": 7}, ("polar", 0, 9),
    (0, 10, 0), (11, 0, 1), 12, 13.0, "14", None,
]


def normalise(p):
    match p:
        case (x, y) | [x, y] | {"x": x, "y": y}:
            return (x, y)
        case ("polar", 0, r):
            return (r, 0)
        case (a, b, 0) | (b, a, 1):
            # Both alternatives bind a and b, in different orders.
            return (a, b)
        case int(v) | float(v):
            return (v, v)
        case str() | bytes():
            return "text"
        case None | False:
            return "nothing"


for p in points:
    print(f"{p!r:>20} -> {normalise(p)}")

kinds = []
for word in ["yes", "Y", "no", "n", "maybe", "OK"]:
    match word.lower():
        case "yes" | "y" | "ok":
            kinds.append(True)
        case "no" | "n":
            kinds.append(False)
        case other:
            kinds.append(other)
print(kinds)

for code in [200, 201, 204, 301, 404, 418, 500, 503]:
    match code:
        case 200 | 201 | 204 as ok:
            print(code, "success", ok)
        case 301 | 302:
            print(code, "redirect")
        case 400 | 404 | 418 as client if client != 418:
            print(code, "client error")
        case 418:
            print(code, "teapot")
        case _:
            print(code, "server error")
