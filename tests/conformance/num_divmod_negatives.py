pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 7), (-1, 10)]
for a, b in pairs:
    print(f"{a:>3} {b:>3} | // {a // b:>3} | % {a % b:>3} | divmod {divmod(a, b)} | int(/) {int(a / b)}")

print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(-7.5, 2))
print(5 % -0.5 == 0, 10 % 3.0, -10 % 3.0)
print(round(-2.5), round(-3.5), -7 // 2 * 2 + -7 % 2)
print([i % 4 for i in range(-6, 7)])
print([-i // 3 for i in range(7)])
def check(a, b):
    q, r = divmod(a, b)
    return q * b + r == a
print(all(check(a, b) for a in range(-20, 21) for b in (-7, -3, -1, 1, 2, 9)))
