board = [["." for _ in range(5)] for _ in range(5)]
for i in range(5):
    board[i][i] = "\\"
    board[i][4 - i] = "/"
board[2][2] = "X"
for row in board:
    print("".join(row))

def neighbors(r, c, rows, cols):
    out = []
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if (dr or dc) and 0 <= r + dr < rows and 0 <= c + dc < cols:
                out.append((r + dr, c + dc))
    return out

print(len(neighbors(0, 0, 5, 5)), len(neighbors(2, 2, 5, 5)), len(neighbors(4, 2, 5, 5)))

life = [[0, 1, 0], [0, 1, 0], [0, 1, 0]]
def step(g):
    n = len(g)
    new = [[0] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            alive = sum(g[rr][cc] for rr, cc in neighbors(r, c, n, n))
            new[r][c] = 1 if alive == 3 or (alive == 2 and g[r][c]) else 0
    return new
gen1 = step(life)
print(gen1)
print(step(gen1) == life)
rotated = [list(row) for row in zip(*life[::-1])]
print(rotated)
