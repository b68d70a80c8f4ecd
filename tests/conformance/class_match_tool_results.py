# Agent task: call tools, then route each result (or error) with `match`.
calls = [
    ("weather", "Paris"), ("weather", "Atlantis"), ("user", 2), ("user", 99),
    ("products", "lamp"), ("products", "zzz"), ("convert", 100, "USD", "EUR"),
    ("convert", 5, "USD", "XYZ"),
]
results = []
for call in calls:
    try:
        match call:
            case ("weather", city):
                results.append(("weather", get_weather(city)))
            case ("user", int(uid)):
                results.append(("user", lookup_user(uid)))
            case ("products", query):
                results.append(("products", search_products(query, max_results=2)))
            case ("convert", amount, src, dst):
                results.append(("convert", (amount, src, convert_currency(amount, src, dst), dst)))
    except KeyError as e:
        results.append(("error", (call[0], "KeyError", str(e))))
    except (RuntimeError, ValueError) as e:
        err_type = "RuntimeError" if isinstance(e, RuntimeError) else "ValueError"
        results.append(("error", (call[0], err_type, str(e))))

for kind, data in results:
    match kind, data:
        case "weather", {"city": city, "temp_c": t, "condition": cond} if t >= 20:
            print(f"{city}: warm ({t}C, {cond})")
        case "weather", {"city": city, "temp_c": t}:
            print(f"{city}: cool ({t}C)")
        case "user", {"name": name, "plan": "pro" | "enterprise" as plan, "active": True}:
            print(f"{name} is a paying {plan} user")
        case "user", {"name": name, "active": active}:
            print(f"{name} active={active}")
        case "products", []:
            print("no products found")
        case "products", [{"name": first}, *others]:
            print(f"found {first!r} and {len(others)} more")
        case "convert", (amount, src, float(value) | int(value), dst):
            print(f"{amount} {src} = {value} {dst}")
        case "error", (what, "KeyError", msg):
            print(f"{what} lookup failed: missing {msg}")
        case "error", (what, err_type, msg):
            print(f"{what} failed with {err_type}: {msg}")
len(results)
