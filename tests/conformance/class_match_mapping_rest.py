# Agent task: split config dicts into known options and leftovers with **rest.
configs = [
    {"host": "db1", "port": 5432, "user": "app", "timeout": 30},
    {"host": "db2", "port": "5433"},
    {"host": "db3"},
    {"url": "postgres://x", "pool": 5},
    {},
]
for cfg in configs:
    match cfg:
        case {"host": host, "port": int(port), **rest}:
            print(f"{host}:{port} extras={rest}")
        case {"host": host, "port": str(port)}:
            print(f"{host}:{int(port)} (port given as text)")
        case {"host": host, **rest} if not rest:
            print(f"{host} with default port")
        case {"url": url, **rest}:
            print(f"url {url}, rest keys {sorted(rest)}")
        case {**everything}:
            print("fallback got", everything)

original = {"a": 1, "b": 2, "c": 3}
match original:
    case {"a": 1, **others}:
        others["z"] = 26
        print(others, original)
print("is a copy:", others is not original)


class Keys:
    A = "a"
    ALSO_A = "a"


try:
    match original:
        case {Keys.A: 1, Keys.ALSO_A: 1}:
            print("never")
except ValueError as e:
    print("ValueError:", e)

match {"x": 1}:
    case {"x": 1, "y": y}:
        print("y is", y)
    case {"x": x}:
        print("only x", x)
match [("k", 1)]:
    case {"k": v}:
        print("list of pairs is not a mapping")
    case _:
        print("not a mapping")
others
