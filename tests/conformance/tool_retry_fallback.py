# Agent task: try data sources in order and fall back when a tool call fails.
preferred = ["Atlantis", "Gotham", "London"]
attempts = 0
for city in preferred:
    attempts += 1
    try:
        report = get_weather(city)
    except KeyError as e:
        print(f"attempt {attempts}: {e} unavailable")
        continue
    print(f"attempt {attempts}: got {report['city']}")
    break
else:
    report = None
    print("all sources failed")


def safe_lookup(uid, default=None):
    try:
        return lookup_user(uid)
    except RuntimeError:
        return default


owners = [safe_lookup(i, {"name": "unknown"})["name"] for i in (2, 5, 1)]
print("owners:", owners)
rate = None
for code in ["XXX", "YYY", "GBP"]:
    try:
        rate = convert_currency(1, code, "USD")
        break
    except ValueError as e:
        print("fallback after:", e)
finally_msg = "rate for GBP" if rate else "no rate"
print(finally_msg, rate)
(attempts, report["condition"] if report else None, rate)
