names = ["x1", "x2", "x3", "x4"]
vals = [0.5, 1.5, 2.5]
print([(i, n) for i, n in enumerate(names)])
print([f"{i}:{n}" for i, n in enumerate(names, 1) if i != 2])
print([n * v for n, v in zip([1, 2, 3, 4], vals)])
print({n: v for n, v in zip(names, vals)})
print([a + b for a, b in zip("abc", "xyz")])
print([(i, a, b) for i, (a, b) in enumerate(zip(names, vals))])
diffs = [b - a for a, b in zip(vals, vals[1:])]
print(diffs)
matrix = [[1, 2, 3], [4, 5, 6]]
print([sum(col) for col in zip(*matrix)])
print([[r[i] for r in matrix] for i in range(len(matrix[0]))])
idx_of_max = max(range(len(vals)), key=lambda i: vals[i])
print(idx_of_max)
