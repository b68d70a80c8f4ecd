# Agent task: pick the best destination for a 1200 EUR budget and return a plan.
local_currency = {"Paris": "EUR", "London": "GBP", "Tokyo": "JPY", "Cairo": "USD"}
daily_cost_local = {"Paris": 180, "London": 160, "Tokyo": 21000, "Cairo": 95}
budget_eur = 1200


def score(city):
    w = get_weather(city)
    comfort = 10 - abs(w["temp_c"] - 22) / 2
    if w["condition"] == "rain":
        comfort -= 3
    return round(comfort, 2)


plans = []
for city, cur in local_currency.items():
    daily_eur = convert_currency(daily_cost_local[city], cur, "EUR")
    days = int(budget_eur // daily_eur)
    s = score(city)
    plans.append((s * days, city, days, daily_eur, s))
    print(f"{city:<7} {daily_eur:>7.2f} EUR/day -> {days:>2} days, comfort {s}")

plans.sort(reverse=True)
best = plans[0]
print("ranking:", [p[1] for p in plans])
final_answer(f"{best[1]}: {best[2]} days at {best[3]:.2f} EUR/day (comfort {best[4]})")
