# Agent task: look up a batch of user ids and count plans of the active ones.
ids = [3, 1, 7, 2, 4, 9]
users = []
errors = []
for uid in ids:
    try:
        users.append(lookup_user(uid))
    except RuntimeError as e:
        errors.append(str(e))

print("found", len(users), "users;", len(errors), "errors")
for msg in errors:
    print("  error:", msg)

plans = {}
for u in users:
    if not u["active"]:
        print("inactive:", u["name"], u["email"])
        continue
    plans[u["plan"]] = plans.get(u["plan"], 0) + 1

print("active plans:", dict(sorted(plans.items())))
emails = sorted(u["email"] for u in users if u["active"])
print("mailing list:", "; ".join(emails))
users[0]
