def validate(user):
    errors = []
    name = user.get("name", "")
    if not name:
        errors.append("name is required")
    elif len(name) < 2:
        errors.append(f"name too short: {name!r}")
    try:
        age = int(user.get("age", ""))
        if not 0 <= age <= 150:
            errors.append(f"age out of range: {age}")
    except ValueError as e:
        errors.append(f"age invalid ({e})")
    email = user.get("email", "")
    if email.count("@") != 1 or email.startswith("@") or email.endswith("@"):
        errors.append(f"email invalid: {email!r}")
    return errors

users = [
    {"name": "Ann", "age": "34", "email": "ann@x.io"},
    {"name": "B", "age": "-3", "email": "b@@x"},
    {"age": "old", "email": "@nobody"},
    {"name": "Carl", "age": "200", "email": "carl@"},
]
report = {}
for i, u in enumerate(users):
    errs = validate(u)
    report[i] = errs
    status = "OK" if not errs else f"{len(errs)} error(s)"
    print(f"user {i}: {status}")
    for e in errs:
        print("   -", e)
sum(len(v) for v in report.values())
