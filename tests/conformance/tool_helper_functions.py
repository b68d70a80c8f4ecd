# Agent task: wrap tools in helper functions with defaults and closures.
def price_in(currency, query, limit=3):
    return [
        (p["name"], convert_currency(p["price"], "USD", currency))
        for p in search_products(query, max_results=limit)
    ]


def make_weather_checker(threshold):
    calls = []

    def is_warm(city):
        calls.append(city)
        return get_weather(city)["temp_c"] >= threshold

    return is_warm, calls


print(price_in("EUR", "e"))
print(price_in("JPY", "lamp", limit=1))
warm, log = make_weather_checker(20)
print([c for c in ["Paris", "Cairo", "London", "Tokyo"] if warm(c)])
print("checked:", log)


def describe_user(uid, *, with_email=False):
    u = lookup_user(uid)
    text = f"{u['name']} [{u['plan']}]"
    return text + (f" <{u['email']}>" if with_email else "")


print(describe_user(1))
print(describe_user(3, with_email=True))
counts = {}
for uid in range(1, 5):
    plan = lookup_user(uid)["plan"]
    counts[plan] = counts.get(plan, 0) + 1
counts
