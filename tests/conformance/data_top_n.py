scores = {
    "ana": 88, "ben": 92, "cai": 75, "dee": 92, "eli": 60,
    "fay": 99, "gus": 81, "hal": 88, "ivy": 70, "jon": 95,
}

def top_n(d, n):
    items = sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))
    return items[:n]

for rank, (name, score) in enumerate(top_n(scores, 5), start=1):
    print(f"#{rank} {name} {score}")

bottom = sorted(scores, key=scores.get)[:3]
print("bottom three:", bottom)

threshold = sorted(scores.values(), reverse=True)[2]
print("third best score:", threshold)
at_least = [n for n, s in scores.items() if s >= threshold]
print("at or above:", at_least)
top_n(scores, 3)
