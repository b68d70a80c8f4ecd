# Agent task: parse tagged records and keep both the parts and the whole with `as`.
records = [
    ("user", ("ada", 36)),
    ("user", ("bob", "n/a")),
    ("group", ["admins", ("ada", 36), ("eve", 29)]),
    ("tag", "urgent"),
    ("tag", ["a", "b"]),
]
seen = []
for rec in records:
    match rec:
        case ("user", (str() as name, int() as age) as person):
            seen.append(person)
            print(f"user {name} aged {age}, whole={person}")
        case ("user", (name, _) as bad):
            print(f"user {name} has a bad age in {bad}")
        case ("group", [str(gname), *members]) as whole:
            print(f"group {gname} with {len(members)} members; record kind {whole[0]}")
        case ("tag", (str() | list()) as value):
            print(f"tag value {value!r} (list: {isinstance(value, list)})")

match [1, [2, [3, 4]]]:
    case [a, [b, [c, d] as inner] as middle] as outer:
        print(a, b, c, d)
        print(inner, middle, outer)

match {"id": 7, "tags": ["x", "y"]}:
    case {"id": int() as ident, "tags": [*_] as tags} as doc:
        print(ident, tags, len(doc))
seen
