first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
head, *tail = "abc"
print(head, tail)
*init, end = (10,)
print(init, end)
a, b, *rest = range(6)
print(a, b, rest)
(x, y), *others = [(1, 2), (3, 4), (5, 6)]
print(x, y, others)
merged = [*range(3), *"xy", *[None]]
print(merged)
d1 = {"a": 1}
d2 = {**d1, "b": 2, **{"a": 10}}
print(d2)
print(*[1, 2, 3], sep="-")
s = {*[1, 2], *(2, 3)}
print(s)
def f(a, b, c):
    return a + b * c
print(f(*[1, 2, 3]), f(1, *(2, 3)), f(**{"a": 1, "b": 2, "c": 4}))
for i, (name, *scores) in enumerate([("ann", 9, 8), ("bob", 7)]):
    print(i, name, scores)
t = 1, 2, 3
u = *t, 4
u
