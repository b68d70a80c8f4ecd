a = {n for n in range(1, 30) if n % 2 == 0}
b = {n for n in range(1, 30) if n % 3 == 0}
print(sorted(a & b))
print(sorted(a | b)[:10])
print(sorted(a - b)[:6])
print(sorted(a ^ b)[:8])
primes = {n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))}
print(sorted(primes))
twin = sorted((p, p + 2) for p in primes if p + 2 in primes)
print(twin)
digits_used = {int(d) for p in primes for d in str(p)}
print(digits_used)
missing = set(range(10)) - digits_used
print(sorted(missing))
