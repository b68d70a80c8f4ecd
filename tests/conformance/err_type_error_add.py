rows = ["10", "20", "x30"]
counts = [1, 2, 3]
print(sum(counts))
labels = [str(c) + " items" for c in counts]
print(labels)
total = 0
for c, r in zip(counts, rows):
    total = total + c
    print("running", total)
result = total + rows[0]
