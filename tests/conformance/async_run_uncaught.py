# Agent task: asyncio.run(main()) where main hits an unhandled tool error.
import asyncio


async def load_report(user_ids):
    lines = []
    for uid in user_ids:
        user = lookup_user(uid)
        rows = await query_db("SELECT id, name, plan FROM users WHERE active = 1")
        active = any(r["id"] == uid for r in rows)
        lines.append(f"{user['name']}: {'active' if active else 'inactive'}")
    return lines


async def main():
    for line in await load_report([1, 3]):
        print(line)
    summary = await query_db("SELECT * FROM users WHERE plan = 'pro'")
    print("summary:", summary)


asyncio.run(main())
print("never reached")
