print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 2))
print(pow(3, 200, 1000), pow(7, 128, 13), pow(2, 10 ** 6, 10 ** 9 + 7))
print(pow(5, 0, 1), pow(0, 0), 0 ** 0)
print(pow(3, -1, 11), (3 * pow(3, -1, 11)) % 11)
print(2 ** -2, (-2) ** 3, -2 ** 2, (-8) ** 2)

def modexp(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result

tests = [(4, 13, 497), (2, 1000, 1009), (123456789, 987654321, 10 ** 9 + 7)]
for b, e, m in tests:
    print(b, e, m, modexp(b, e, m), modexp(b, e, m) == pow(b, e, m))

def is_probable_prime(n):
    if n < 2:
        return False
    for a in (2, 3, 5, 7, 11, 13):
        if n % a == 0:
            return n == a
        if pow(a, n - 1, n) != 1:
            return False
    return True
print([n for n in range(90, 130) if is_probable_prime(n)])
