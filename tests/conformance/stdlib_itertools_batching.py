# Agent task: send records to an API in batches of 4, and page through results.
from itertools import islice, count, chain

records = [{"id": i, "name": f"user{i}"} for i in range(1, 11)]


def batched(iterable, n):
    it = iter(iterable)
    while True:
        batch = list(islice(it, n))
        if not batch:
            return
        yield batch


for i, batch in enumerate(batched(records, 4), start=1):
    print("batch", i, [r["id"] for r in batch])

# First page, a window in the middle, and every third id.
ids = [r["id"] for r in records]
print(list(islice(ids, 3)))
print(list(islice(ids, 2, 6)))
print(list(islice(ids, 1, None, 3)))
print(list(islice(ids, 0)))

# An infinite counter paired with names.
tickets = list(zip(count(1000, 5), ["alpha", "beta", "gamma"]))
print(tickets)
c = count(1)
print(next(c), next(c), next(c))

# Flatten pages of results.
pages = [["a", "b"], [], ["c"], ["d", "e", "f"]]
flat = list(chain.from_iterable(pages))
print(flat, len(flat))
print(list(chain("ab", (1, 2), range(3))))
for n in count(10, 10):
    if n > 40:
        break
    print("step", n)
total = sum(islice(count(), 101))
total
