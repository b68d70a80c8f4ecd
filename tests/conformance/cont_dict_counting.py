votes = ["red", "blue", "red", "green", "blue", "red", "yellow", "blue", "red"]
tally = {}
for v in votes:
    tally[v] = tally.get(v, 0) + 1
print(tally)
ranking = sorted(tally.items(), key=lambda kv: kv[1], reverse=True)
print(ranking)
winner, top = ranking[0]
print(f"winner: {winner} with {top}/{len(votes)} = {top / len(votes):.1%}")
first_seen = {}
for i, v in enumerate(votes):
    first_seen.setdefault(v, i)
print(first_seen)
positions = {}
for i, v in enumerate(votes):
    positions.setdefault(v, []).append(i)
print(positions)
inverse = {}
for color, n in tally.items():
    inverse.setdefault(n, []).append(color)
print(inverse)
del tally["yellow"]
print("yellow" in tally, len(tally))
tally["red"] += 10
