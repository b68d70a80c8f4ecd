print(7 / 2, 7 // 2, -7 / 2, 8 / 2, 1 / 8)
print(2 ** 0.5 * 2 ** 0.5, (2 ** 0.5) ** 2 == 2)
print(10 / 3 * 3, 1e300 * 1e10, -1e300 * 1e10)
print(1e-320, 1e-320 / 10, 5e-324 / 2)

def sqrt_newton(n, tol=1e-12):
    x = n if n > 1 else 1.0
    steps = 0
    while True:
        nxt = 0.5 * (x + n / x)
        steps += 1
        if abs(nxt - x) < tol:
            return nxt, steps
        x = nxt

for n in (2, 9, 0.25, 1e6):
    r, s = sqrt_newton(n)
    print(n, r, s, r == n ** 0.5)

def mean_std(xs):
    m = sum(xs) / len(xs)
    var = sum((x - m) ** 2 for x in xs) / (len(xs) - 1)
    return m, var ** 0.5

print(mean_std([2, 4, 4, 4, 5, 5, 7, 9]))
pi_approx = 4 * sum((-1) ** k / (2 * k + 1) for k in range(10000))
print(pi_approx)
