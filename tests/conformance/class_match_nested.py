# Agent task: extract fields from deeply nested API responses.
responses = [
    {"status": "ok", "data": {"user": {"name": "ada", "roles": ["admin", "dev"]}}},
    {"status": "ok", "data": {"user": {"name": "bob", "roles": []}}},
    {"status": "ok", "data": {"items": [{"id": 1, "price": 9.5}, {"id": 2, "price": 3.0}]}},
    {"status": "ok", "data": {"items": []}},
    {"status": "error", "error": {"code": 404, "detail": ["not", "found"]}},
    {"status": "error", "error": {"code": 500}},
    {"status": "ok", "data": [1, 2, 3]},
]
for r in responses:
    match r:
        case {"status": "ok", "data": {"user": {"name": name, "roles": ["admin", *others]}}}:
            print(f"admin {name}, also {others}")
        case {"status": "ok", "data": {"user": {"name": name, "roles": []}}}:
            print(f"{name} has no roles")
        case {"status": "ok", "data": {"items": [{"id": first_id}, *more]}}:
            total = sum(i["price"] for i in r["data"]["items"])
            print(f"items from #{first_id} (+{len(more)}), total {total}")
        case {"status": "ok", "data": {"items": []}}:
            print("no items")
        case {"status": "error", "error": {"code": 404 | 410 as code, "detail": [*words]}}:
            print(f"gone ({code}): {' '.join(words)}")
        case {"status": "error", "error": {"code": code}}:
            print(f"error {code}")
        case {"status": status, "data": [*values]}:
            print(f"{status} list of {len(values)}: sum {sum(values)}")

matrix = [[1, 0], [0, 1]]
match matrix:
    case [[1, 0], [0, 1]]:
        print("identity")
match ((1, (2, (3, (4, (5, None))))),):
    case ((a, (b, (c, (d, (e, None))))),):
        print("linked:", [a, b, c, d, e])
