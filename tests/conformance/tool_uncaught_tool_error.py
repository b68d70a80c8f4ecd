# Agent task: greet each user; an unknown id is not handled and stops the program.
for uid in [1, 2, 42, 3]:
    user = lookup_user(uid)
    print(f"Hello {user['name']} ({user['plan']})")
print("done")
