values = [3, 7, 7, 2, 9, 4, 4, 4, 1, 8, 7, 3, 5, 5, 6, 2, 7, 9, 10, 0]

buckets = {}
for v in values:
    lo = (v // 3) * 3
    key = f"{lo}-{lo + 2}"
    buckets[key] = buckets.get(key, 0) + 1

for key in sorted(buckets, key=lambda k: int(k.split("-")[0])):
    print(f"{key:>5} | {'#' * buckets[key]}")

freq = {}
for v in values:
    freq[v] = freq.get(v, 0) + 1
mode_count = max(freq.values())
modes = sorted(v for v, c in freq.items() if c == mode_count)
print("mode(s):", modes, "count", mode_count)

ordered = sorted(values)
n = len(ordered)
median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2 if n % 2 == 0 else ordered[n // 2]
print("median:", median)
mean = sum(values) / n
variance = sum((v - mean) ** 2 for v in values) / n
print(round(variance, 4))
