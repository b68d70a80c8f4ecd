# Agent task: split a dataset into train/validation/test with a reproducible shuffle.
import random

records = [{"id": i, "label": "spam" if i % 3 == 0 else "ham"} for i in range(1, 31)]
random.seed(42)
indices = list(range(len(records)))
random.shuffle(indices)
n_train = int(len(records) * 0.6)
n_val = int(len(records) * 0.2)
train = [records[i] for i in indices[:n_train]]
val = [records[i] for i in indices[n_train:n_train + n_val]]
test = [records[i] for i in indices[n_train + n_val:]]
for name, part in [("train", train), ("val", val), ("test", test)]:
    spam = sum(r["label"] == "spam" for r in part)
    print(f"{name:5s} n={len(part):2d} spam={spam} ids={sorted(r['id'] for r in part)[:6]}")
sample_ids = random.sample([r["id"] for r in test], 3)
print("spot check:", sample_ids)
len(train), len(val), len(test)
