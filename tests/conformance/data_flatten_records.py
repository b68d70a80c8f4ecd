teams = [
    {"team": "red", "members": [{"name": "ann", "score": 3}, {"name": "bob", "score": 7}]},
    {"team": "blue", "members": [{"name": "cat", "score": 5}]},
    {"team": "green", "members": []},
    {"team": "gold", "members": [{"name": "dan", "score": 9}, {"name": "eve", "score": 1}, {"name": "fin", "score": 4}]},
]

flat = [
    {"team": t["team"], "name": m["name"], "score": m["score"]}
    for t in teams
    for m in t["members"]
]
for row in flat:
    print(row)

empty = [t["team"] for t in teams if not t["members"]]
print("empty teams:", empty)

team_scores = {t["team"]: sum(m["score"] for m in t["members"]) for t in teams}
print(team_scores)
best = max(flat, key=lambda r: r["score"])
print("best:", best["name"], "from", best["team"])
print(len(flat))
