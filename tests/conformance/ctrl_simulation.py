seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed

def rand_int(lo, hi):
    return lo + rand() % (hi - lo + 1)

rolls = [rand_int(1, 6) for _ in range(20)]
print(rolls)
hist = {face: rolls.count(face) for face in range(1, 7)}
print(hist)

position = 0
turn = 0
snakes_ladders = {3: 11, 6: 17, 9: 2, 14: 4, 19: 8, 22: 25}
while position < 25 and turn < 50:
    turn += 1
    roll = rand_int(1, 6)
    nxt = position + roll
    if nxt > 25:
        continue
    position = snakes_ladders.get(nxt, nxt)
    if nxt in snakes_ladders:
        print(f"turn {turn}: rolled {roll}, {nxt} -> {position}")
print("finished in", turn, "turns at", position)
(turn, position)
