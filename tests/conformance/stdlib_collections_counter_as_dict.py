import json
from collections import Counter

votes = Counter(["alice", "bob", "alice", "carol", "bob", "alice"])
print(json.dumps(votes))
print(json.dumps(votes, sort_keys=True))
plain = dict(votes)
print(plain, type(plain).__name__)
print(sorted(votes), sorted(votes, key=votes.get, reverse=True))
print(list(votes.items()), list(votes.keys()), list(votes.values()))
print({**votes, "dave": 0})
print(max(votes, key=votes.get), min(votes.values()))

def report(**kw):
    return ", ".join(f"{k}={v}" for k, v in kw.items())

print(report(**votes))
for name in votes:
    votes[name] *= 10
print(votes)
copy = votes.copy()
copy["erin"] = 1
print(type(copy).__name__, len(votes), len(copy))
print(votes == {"alice": 30, "bob": 20, "carol": 10})
print(votes.pop("carol"), votes.setdefault("zed", 4), votes)
votes.clear()
print(votes, bool(votes))
