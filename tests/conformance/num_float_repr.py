print(0.1 + 0.2)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1e16, 1e15, 123456789.123456789, 1e-4, 1e-5, 0.0001234)
print(1.0, 2.5, -0.0, 0.0, 100.0, 1e22, 1e23)
print(1 / 3, 2 / 3, 10 / 4, 9 / 3, 7 / 7)
print(float("inf"), -float("inf"), float("nan"))
print(float("inf") > 1e308, float("nan") == float("nan"))
print(1e308 * 10, -1e308 * 10)
print(3.0 * 1.1, 1.1 + 2.2, 100 * 1.1)
print(float(10 ** 20), float("  3.25 "), float("1_000.5"), float("-1e-3"))
print(int(3.99), int(-3.99), int(1e20), float(7))
print(0.1 * 3, 0.3 / 0.1, 2 ** 0.5, 10 ** -2)
print(repr(1.5), str(1.5), 5e-324, 1.7976931348623157e308)
print(sum([0.1] * 10), 1.0 * 10 ** 16 + 1)
x = 1.0
for _ in range(5):
    x /= 7
x
