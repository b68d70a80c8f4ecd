# Agent task: fetch many things, keep going when some fail (return_exceptions=True).
import asyncio

urls = [
    "https://example.com/a",
    "https://example.com/missing",
    "https://docs.example.com/api",
    "https://nowhere.example.org/",
]
results = await asyncio.gather(*[fetch_page(u) for u in urls], return_exceptions=True)
ok = {}
failed = {}
for url, r in zip(urls, results):
    if isinstance(r, Exception):
        failed[url] = repr(r)
    else:
        ok[url] = len(r)
print("ok:", ok)
for url, err in failed.items():
    print("failed:", url, "->", err)

mixed = await asyncio.gather(
    fetch_price("GOOG"),
    fetch_price("DOGE"),
    query_db("SELEKT * FROM users"),
    slow_echo("fine"),
    return_exceptions=True,
)
for item in mixed:
    kind = "error" if isinstance(item, BaseException) else "value"
    print(kind, repr(item))
print("KeyError?", isinstance(mixed[1], KeyError), "message:", str(mixed[1]))
print("RuntimeError args:", mixed[2].args)
[isinstance(x, Exception) for x in mixed]
