def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return abs(a * b) // gcd(a, b)

print(gcd(48, 18), gcd(17, 13), gcd(0, 9), gcd(-12, 8))
print(lcm(4, 6), lcm(21, 6))
lcm_all = 1
for k in range(1, 21):
    lcm_all = lcm(lcm_all, k)
print("lcm(1..20) =", lcm_all)

def simplify(n, d):
    g = gcd(n, d)
    n, d = n // g, d // g
    if d < 0:
        n, d = -n, -d
    return n, d

def add(f1, f2):
    return simplify(f1[0] * f2[1] + f2[0] * f1[1], f1[1] * f2[1])

def show(f):
    return f"{f[0]}/{f[1]}" if f[1] != 1 else str(f[0])

print(show(simplify(6, -8)), show(simplify(10, 5)))
harmonic = (0, 1)
for k in range(1, 11):
    harmonic = add(harmonic, (1, k))
print("H10 =", show(harmonic), "~", harmonic[0] / harmonic[1])
print(show(add((1, 3), (1, 6))))
