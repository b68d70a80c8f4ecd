n = 10
n += 5
n -= 3
n *= 4
n //= 5
n %= 7
n **= 3
print(n)
f = 7.0
f /= 2
f -= 0.5
print(f)
bits = 0b1010
bits |= 0b0101
bits &= 0b1100
bits ^= 0b0001
bits <<= 3
bits >>= 1
print(bits, bin(bits))
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
tup = (1,)
tup_alias = tup
tup += (2,)
print(tup, tup_alias)
counts = {"a": 0}
counts["a"] += 5
counts["a"] *= 3
grid = [[0, 0], [0, 0]]
grid[1][0] += 9
print(counts, grid)
total = 0
for k in range(1, 6):
    total += k * k
total -= 5
