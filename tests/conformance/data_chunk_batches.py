ids = list(range(101, 124))

def chunks(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]

batches = chunks(ids, 5)
for n, batch in enumerate(batches, 1):
    print(f"batch {n}: {batch[0]}..{batch[-1]} ({len(batch)} items)")

print("number of batches:", len(batches))
print("last batch:", batches[-1])

pairs = list(zip(ids[::2], ids[1::2]))
print(pairs[:4], "... total", len(pairs))

# round robin into 3 workers
workers = [[] for _ in range(3)]
for i, job in enumerate(ids):
    workers[i % 3].append(job)
sizes = [len(w) for w in workers]
