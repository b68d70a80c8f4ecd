for i in range(1, 20):
    if i % 2 == 0:
        continue
    if i > 11:
        break
    print(i, end=" ")
print()

pairs = []
for a in range(1, 5):
    for b in range(1, 5):
        if b == a:
            continue
        if a + b > 6:
            break
        pairs.append((a, b))
print(pairs)

found = None
for r, row in enumerate([[1, 2], [3, 42], [5, 6]]):
    for c, v in enumerate(row):
        if v == 42:
            found = (r, c)
            break
    if found:
        break
print("found at", found)

lines = ["# comment", "", "data 1", "  ", "data 2", "END", "data 3"]
kept = []
for line in lines:
    if not line.strip() or line.startswith("#"):
        continue
    if line == "END":
        break
    kept.append(line)
print(kept)
