# Agent task: summarise today's temperatures across cities.
import statistics

cities = ["Paris", "London", "Tokyo", "Cairo"]
temps = [get_weather(c)["temp_c"] for c in cities]
humid = [get_weather(c)["humidity"] for c in cities]
print("temps:", temps)
print("mean:", statistics.mean(temps))
print("median:", statistics.median(temps))
print("stdev:", round(statistics.stdev(temps), 4))
print("pstdev:", statistics.pstdev(temps))
print("humidity mean (ints):", statistics.mean(humid), "median:", statistics.median(humid))
print("humidity variance:", statistics.variance(humid), statistics.pvariance(humid))
hottest = max(zip(temps, cities))[1]
report = {"mean": statistics.mean(temps), "spread": max(temps) - min(temps), "hottest": hottest}
report
