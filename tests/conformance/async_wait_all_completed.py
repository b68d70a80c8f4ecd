# Agent task: launch checks, wait for all of them, then inspect each outcome.
import asyncio

checks = {
    "home": fetch_page("https://example.com/"),
    "docs": fetch_page("https://docs.example.com/api"),
    "broken": fetch_page("https://example.com/404"),
    "db": query_db("SELECT COUNT(*) FROM users"),
    "slow": slow_echo("pong", 0.03),
}
tasks = {name: asyncio.create_task(coro) for name, coro in checks.items()}
done, pending = await asyncio.wait(list(tasks.values()))
print("done:", len(done), "pending:", len(pending))
status = {}
for name, task in tasks.items():
    err = task.exception()
    if err is None:
        status[name] = "ok"
    else:
        status[name] = "failed: " + str(err)
for name in sorted(status):
    print(f"{name:<7} {status[name]}")
lengths = sorted(len(str(t.result())) for t in done if t.exception() is None)
print("result lengths:", lengths)

done2, _ = await asyncio.wait(
    [asyncio.create_task(fetch_price(s)) for s in ["AAPL", "GOOG", "NVDA"]],
    return_when=asyncio.ALL_COMPLETED,
)
prices = sorted(t.result() for t in done2)
prices
