# Agent task: background tasks can fail; inspect and handle their exceptions.
import asyncio


async def load_profile(user_id):
    user = lookup_user(user_id)
    if not user["active"]:
        raise PermissionError(f"{user['name']} is inactive")
    return user["name"]


tasks = {uid: asyncio.create_task(load_profile(uid)) for uid in [1, 3, 7]}
await asyncio.wait(list(tasks.values()))
for uid, task in tasks.items():
    exc = task.exception()
    if exc is None:
        print(uid, "->", task.result())
    else:
        print(uid, "-> failed with", repr(exc))

try:
    tasks[3].result()
except PermissionError as e:
    print("result() re-raises:", e)

try:
    await tasks[7]
except RuntimeError as e:
    print("await re-raises:", e)

names = []
for uid in [2, 3, 4]:
    try:
        names.append(await load_profile(uid))
    except PermissionError:
        names.append("?")
names
