moves = []

def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(3, "A", "C", "B")
for disk, s, d in moves:
    print(f"move disk {disk} {s} -> {d}")
print(len(moves))

moves.clear()
hanoi(10, "A", "C", "B")
print(len(moves), 2 ** 10 - 1)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([[ackermann(m, n) for n in range(4)] for m in range(3)])

def subsets_sum(nums, target):
    if target == 0:
        return [[]]
    if not nums or target < 0:
        return []
    head, rest = nums[0], nums[1:]
    return [[head] + s for s in subsets_sum(rest, target - head)] + subsets_sum(rest, target)
print(subsets_sum([3, 34, 4, 12, 5, 2], 9))
