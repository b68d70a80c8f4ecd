# Agent task: report the weather in several cities and the warmest one.
cities = ["Paris", "London", "Tokyo", "Cairo"]
readings = []
for city in cities:
    w = get_weather(city)
    readings.append(w)
    print(f"{w['city']:<8} {w['temp_c']:>5.1f} C  {w['condition']:<7} humidity {w['humidity']}%")

avg = sum(r["temp_c"] for r in readings) / len(readings)
print("average temperature:", round(avg, 2))
warmest = max(readings, key=lambda r: r["temp_c"])
coldest = min(readings, key=lambda r: r["temp_c"])
print("warmest:", warmest["city"], "coldest:", coldest["city"])
sunny = [r["city"] for r in readings if r["condition"] == "sunny"]
print("sunny in", ", ".join(sunny))
(warmest["city"], warmest["temp_c"] - coldest["temp_c"])
