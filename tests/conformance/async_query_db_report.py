# Agent task: build a small user report from several database queries.
import asyncio

queries = {
    "count": "SELECT COUNT(*) FROM users",
    "names": "SELECT name FROM users",
    "active": "SELECT id, name, plan FROM users WHERE active = 1",
    "plans": "SELECT plan, COUNT(*) FROM users GROUP BY plan",
}
results = {}
for key, sql in queries.items():
    results[key] = await query_db(sql)
    print(f"{key:<7} {len(results[key])} row(s)")

total = results["count"][0][0]
active = results["active"]
print(f"{len(active)}/{total} users active ({len(active) / total:.0%})")
inactive = sorted(set(r[0] for r in results["names"]) - {u["name"] for u in active})
print("inactive:", inactive)
for plan, n in results["plans"]:
    bar = "#" * n
    print(f"  {plan:<11}{bar} {n}")

for bad in ["select count(*) from users", "SELECT COUNT(*) FROM users;"]:
    try:
        await query_db(bad)
    except RuntimeError as e:
        print("rejected:", e)
office = await query_db("SELECT name, price FROM products WHERE category = 'office'")
round(sum(price for _, price in office), 2)
