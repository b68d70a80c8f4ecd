# Agent task: find the first city with sunny weather and stop as soon as it is found.
candidates = ["London", "Paris", "Cairo", "Tokyo"]
checked = 0


def describe(w):
    return f"{w['city']} is {w['condition']} at {w['temp_c']} C"


for city in candidates:
    checked += 1
    w = get_weather(city)
    print("checked", describe(w))
    if w["condition"] == "sunny":
        final_answer(f"Go to {city} (checked {checked} cities)")
    print("not sunny, moving on")

print("no sunny city found")
"nothing"
