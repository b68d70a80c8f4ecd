users = [
    {"id": 1, "name": "Ann"},
    {"id": 2, "name": "Bo"},
    {"id": 3, "name": "Cy"},
]
profiles = [
    {"id": 2, "city": "Oslo", "age": 30},
    {"id": 1, "city": "Lima"},
    {"id": 4, "city": "Rome", "age": 51},
]

by_id = {u["id"]: dict(u) for u in users}
for p in profiles:
    if p["id"] in by_id:
        by_id[p["id"]].update(p)
    else:
        print("orphan profile:", p)

merged = sorted(by_id.values(), key=lambda r: r["id"])
for row in merged:
    print(row)

defaults = {"city": "unknown", "age": None}
completed = [defaults | row for row in merged]
for row in completed:
    print(row["id"], row["name"], row["city"], row["age"])

missing_age = [r["name"] for r in completed if r["age"] is None]
print(missing_age)
