listings = [
    {"city": "Austin", "beds": 2, "rent": 1850, "pets": True},
    {"city": "Austin", "beds": 1, "rent": 1300, "pets": False},
    {"city": "Denver", "beds": 3, "rent": 2600, "pets": True},
    {"city": "Denver", "beds": 2, "rent": 2100, "pets": True},
    {"city": "Austin", "beds": 3, "rent": 2400, "pets": True},
    {"city": "Boise", "beds": 2, "rent": 1500, "pets": False},
    {"city": "Boise", "beds": 1, "rent": 1100, "pets": True},
]

step1 = [l for l in listings if l["pets"]]
print("pet friendly:", len(step1))
step2 = [l for l in step1 if l["beds"] >= 2]
print("2+ beds:", len(step2))
step3 = [l for l in step2 if l["rent"] / l["beds"] <= 900]
print("<= 900 per bed:", len(step3))
for l in sorted(step3, key=lambda l: l["rent"]):
    print(f"  {l['city']}: {l['beds']} beds at ${l['rent']:,}")

cheapest_per_city = {}
for l in listings:
    c = l["city"]
    if c not in cheapest_per_city or l["rent"] < cheapest_per_city[c]["rent"]:
        cheapest_per_city[c] = l
summary = {c: l["rent"] for c, l in sorted(cheapest_per_city.items())}
print(summary)
