# Agent task: sample orders, bucket amounts, encode a compact summary.
import random
import bisect
import statistics
import base64
import json

random.seed(8)
orders = [{"id": 1000 + i, "amount": round(random.uniform(5, 250), 2)} for i in range(25)]
amounts = [o["amount"] for o in orders]
edges = [25, 50, 100, 200]
labels = ["tiny", "small", "medium", "large", "huge"]
buckets = {}
for a in amounts:
    label = labels[bisect.bisect(edges, a)]
    buckets[label] = buckets.get(label, 0) + 1
print("buckets:", {k: buckets.get(k, 0) for k in labels})
stats = {"n": len(amounts), "mean": round(statistics.mean(amounts), 2),
         "median": statistics.median(amounts), "max": max(amounts)}
print("stats:", stats)
audit = random.sample(orders, 3)
print("audit ids:", [o["id"] for o in audit])
blob = base64.urlsafe_b64encode(json.dumps(stats, sort_keys=True).encode())
print("blob:", blob.decode())
json.loads(base64.urlsafe_b64decode(blob))
