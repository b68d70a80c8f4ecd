point = (3, 4)
x, y = point
print(x, y, point[0], point[-1], len(point))
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.index(3), t.index(2, 2))
print(t[1:4], t[::-1], t + (9,), t * 2 if len(t) < 3 else t[:2] * 2)
single = (42,)
empty = ()
print(single, empty, len(empty), type(single) is tuple)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)))
print((1, 2) < (1, 3), (2,) > (1, 99), (1, 2) == (1, 2), max([(1, "b"), (1, "a")]))
nested = ((1, 2), (3, 4))
print([a * b for a, b in nested])
coords = {(0, 0): "origin", (1, 0): "east"}
print(coords[(0, 0)], coords.get((1, 0)))
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
swap_a, swap_b = 1, 2
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)
records = [("b", 2), ("a", 2), ("c", 1)]
ordered = sorted(records, key=lambda r: (r[1], r[0]))
