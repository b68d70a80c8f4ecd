temps = [-5, 0, 12, 18, 25, 31, 40]
labels = ["freezing" if t <= 0 else "cold" if t < 15 else "mild" if t < 25 else "hot" for t in temps]
print(list(zip(temps, labels)))
clipped = [max(0, min(30, t)) for t in temps]
print(clipped)
signs = [(t > 0) - (t < 0) for t in temps]
print(signs)
normalized = [round((t - min(temps)) / (max(temps) - min(temps)), 3) for t in temps]
print(normalized)
words = ["a", "", "bee", None, "sea", ""]
print([w if w else "<empty>" for w in words])
print([w.upper() for w in words if w])
count = {"hot": 0, "cold": 0}
for t in temps:
    count["hot" if t > 20 else "cold"] += 1
count
