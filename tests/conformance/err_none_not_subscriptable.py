def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u

users = [
    {"name": "ana", "role": "admin"},
    {"name": "leo", "role": "dev"},
]
for who in ["leo", "ana", "zed"]:
    user = find_user(users, who)
    print(who, "->", user["role"])
