import json
from collections import defaultdict

class Bucket:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return f"Bucket({self.items})"

d = defaultdict(Bucket)
d["x"].items.append(1)
d["y"]
print(d)
print(defaultdict(None, a=1))
plain = defaultdict(None)
try:
    plain["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
words = defaultdict(list, {"a": ["apple"]}, b=["bean"])
words["a"].append("avocado")
print(words, json.dumps(words))
print(dict(words) == {"a": ["apple", "avocado"], "b": ["bean"]})
copied = words.copy()
copied["c"].append("corn")
print(type(copied).__name__, sorted(copied), sorted(words))
counter = defaultdict(int)
for ch in "abracadabra":
    counter[ch] += 1
print(max(counter, key=counter.get), sorted(counter.items()))
print(defaultdict(list))
