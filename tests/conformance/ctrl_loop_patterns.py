items = ["alpha", "beta", "gamma", "delta"]
for i in range(len(items) - 1, -1, -1):
    print(i, items[i])

for idx, (a, b) in enumerate(zip(items, items[1:])):
    print(idx, a, "->", b)

i = 0
out = []
while i < len(items):
    out.append(items[i][0])
    i += 2
print(out)

countdown = [n for n in range(10, 0, -3)]
print(countdown)
for _ in range(3):
    pass
print("underscore is", _)

total = 0
for n in range(100):
    if n % 3 and n % 5:
        continue
    total += n
print(total)
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    for v in row:
        print(v, end=",")
    print()
acc = []
for x in range(3):
    for y in range(x):
        acc.append((x, y))
print(acc)
