pairs = [(x, y) for x in range(1, 4) for y in range(1, 4) if x != y]
print(pairs)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
flat = [v for row in grid for v in row]
print(flat)
transposed = [[row[i] for row in grid] for i in range(3)]
print(transposed)
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
cards = [r + s for s in "SH" for r in ["A", "K", "Q"]]
print(cards)
words = ["ab", "cde", "f"]
print([ch.upper() for w in words for ch in w if ch != "d"])
table = [f"{i}x{j}={i * j}" for i in range(2, 4) for j in range(1, 4)]
print(table)
