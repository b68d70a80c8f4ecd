x = 5
print(1 < x < 10, 1 < x > 4, 10 > x >= 5, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 3 < 2 < 4)
print(0 <= x < 5, 0 <= x <= 5)
a, b, c = 3, 3, 4
print(a == b < c, a < b == c, a is not None != b)
print("a" < "b" < "c", [1, 2] < [1, 3] < [2], (1, 2) <= (1, 2) < (1, 2, 0))

calls = []
def val(n):
    calls.append(n)
    return n
print(val(1) < val(0) < val(5))
print(calls)
calls.clear()
print(val(1) < val(2) < val(3))
print(calls)

grades = [55, 64, 70, 85, 92, 100, 101]
def band(g):
    if 90 <= g <= 100:
        return "A"
    if 80 <= g < 90:
        return "B"
    if 60 <= g < 80:
        return "C"
    return "F" if 0 <= g < 60 else "?"
print([band(g) for g in grades])
