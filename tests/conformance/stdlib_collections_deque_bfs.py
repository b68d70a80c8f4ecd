from collections import deque

grid = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
goal = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")

queue = deque([start])
dist = {start: 0}
parent = {}
while queue:
    r, c = queue.popleft()
    if (r, c) == goal:
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            parent[(nr, nc)] = (r, c)
            queue.append((nr, nc))
print("distance:", dist[goal])
path = [goal]
while path[-1] != start:
    path.append(parent[path[-1]])
print(path[::-1])

tasks = deque(["a", "b", "c"])
order = []
while tasks:
    t = tasks.popleft()
    order.append(t)
    if t == "a":
        tasks.append("a2")
print(order)
try:
    tasks.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque([1]).index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque([1, 2])[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque(maxlen=1).insert(0, 1) or deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print(type(e).__name__, e)
try:
    {deque(): 1}
except TypeError as e:
    print(type(e).__name__, e)
