print(1 + 2.0, 3 * 0.5, 10 - 2.5, 2 ** 3.0, 9 ** 0.5)
print(type(1 + 2) is int, type(1 + 2.0) is float, type(4 / 2) is float, type(4 // 2) is int)
print(type(4.0 // 2) is float, 4.0 // 2, 7 % 2.5)
print(10 ** 18 + 0.0, float(2 ** 53) == 2 ** 53, float(2 ** 53 + 1) == 2 ** 53 + 1)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.5 == 1 / 2)
print(sorted([3, 1.5, 2, -0.5, True]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(int("7") + float("0.5"), str(1) + str(1.0))
print(round(5 / 3, 4), abs(-7 // 2), -(7 // 2))
print(True * 3, False + 0.5, 3 * "ab", [0] * 3)
n = 17
n += 0.5
n *= 2
n //= 3
n **= 2
