a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b), bin(~a))
print(-1 >> 1, -16 >> 2, 1 << 100)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA)

flags = {"read": 1, "write": 2, "exec": 4}
perm = flags["read"] | flags["exec"]
for name, bit in flags.items():
    print(name, bool(perm & bit))
perm |= flags["write"]
perm &= ~flags["exec"]
print("perm:", perm, bin(perm))

def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

print([popcount(n) for n in range(17)])
print(bin(2 ** 70 - 1).count("1"), (2 ** 70 - 1) ^ (2 ** 69))
is_pow2 = [n for n in range(1, 130) if n & (n - 1) == 0]
print(is_pow2)
