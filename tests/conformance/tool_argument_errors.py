# Agent task: the model calls tools with wrong arguments; report each TypeError.
attempts = [
    lambda: search_products(),
    lambda: search_products("mouse", 2, "extra"),
    lambda: search_products("mouse", limit=2),
    lambda: search_products("mouse", query="pad"),
    lambda: convert_currency(10),
    lambda: convert_currency(10, "EUR"),
    lambda: lookup_user(),
]
for i, attempt in enumerate(attempts):
    try:
        attempt()
        print(i, "ok")
    except TypeError as e:
        print(i, "TypeError:", e)

ok = search_products("mouse", 2)
[p["name"] for p in ok]
