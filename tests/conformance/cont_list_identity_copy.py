a = [1, [2, 3], 4]
b = a
c = a[:]
d = list(a)
e = [x[:] if isinstance(x, list) else x for x in a]
a[0] = 100
a[1].append(99)
print(a)
print(b, b is a)
print(c, c is a, c == a)
print(d)
print(e)
x = [1, 2, 3]
y = [1, 2, 3]
print(x == y, x is y, x is not y)
n = None
print(n is None, n == None, [] == [], () == ())
del x[0]
print(x, y)
z = x
del x
print(z)
m = {"k": [1]}
m2 = m.copy()
m2["k"].append(2)
m2["j"] = 0
print(m, m2)
e
