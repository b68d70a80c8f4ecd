# Agent task: compile a travel brief and return it with final_answer.
city = "Tokyo"
w = get_weather(city)
budget_usd = 1500
budget_jpy = convert_currency(budget_usd, "USD", "JPY")
print(f"Checking {city}: {w['condition']}, {w['temp_c']} C")
print(f"Budget: {budget_usd} USD = {budget_jpy} JPY")
gear = [p["name"] for p in search_products("c", max_results=2)]
answer = {
    "city": city,
    "weather": w["condition"],
    "budget_jpy": budget_jpy,
    "pack": gear,
    "warm": w["temp_c"] > 20,
}
final_answer(answer)
print("this line never runs")
answer = None
