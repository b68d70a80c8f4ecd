# Agent task: simulate 1,000 dice rolls reproducibly and summarise the outcome.
import random

random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(1000)]
counts = {face: rolls.count(face) for face in range(1, 7)}
for face, n in counts.items():
    bar = "#" * (n // 10)
    print(f"{face}: {n:4d} {bar}")
print("mean roll:", sum(rolls) / len(rolls))
print("first ten:", rolls[:10])
most = max(counts, key=counts.get)
print("most common face:", most)
summary = {"total": len(rolls), "most_common": most, "sixes": counts[6]}
summary
