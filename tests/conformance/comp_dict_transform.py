prices = {"apple": 1.20, "pear": 0.95, "kiwi": 0.50, "mango": 2.10, "plum": 0.70}
discounted = {k: round(v * 0.9, 2) for k, v in prices.items()}
print(discounted)
cheap = {k: v for k, v in prices.items() if v < 1}
print(sorted(cheap))
rounded = {k: f"${v:.2f}" for k, v in sorted(prices.items(), key=lambda kv: kv[1])}
print(rounded)
swapped = {v: k for k, v in prices.items()}
print(swapped[0.5])
bands = {}
for k, v in prices.items():
    bands.setdefault("high" if v >= 1 else "low", []).append(k)
print(bands)
nested = {k: {"price": v, "len": len(k)} for k, v in prices.items() if "a" in k}
print(nested)
keys_upper = {k.upper(): v for k, v in prices.items()}
print(list(keys_upper))
