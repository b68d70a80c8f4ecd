# Agent task: compute averages of sales figures exactly (no float drift).
import statistics

daily = [0.1, 0.2, 0.3, 0.4]
print("sum:", sum(daily), "mean:", statistics.mean(daily), "fmean:", statistics.fmean(daily))
units = [3, 5, 8, 13, 21]
print("int mean:", statistics.mean(units), statistics.mean([2, 4, 6]))
print("mixed:", statistics.mean([1, 2.5, 3]), statistics.mean([True, False, True, True]))
print("big:", statistics.mean([10**20, 10**20 + 2]), statistics.mean([1e50, 1, -1e50] * 100))
print("weighted:", statistics.fmean([80, 90, 70], weights=[0.5, 0.3, 0.2]))
print("geometric growth:", round(statistics.geometric_mean([1.05, 1.10, 0.97, 1.20]), 6))
print("harmonic speed:", statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([40, 60], weights=[5, 30]))
print("median low/high:", statistics.median_low(units[:4]), statistics.median_high(units[:4]))
statistics.mean(units)
