# del of attributes and items; chained assignment; every unpacking target form.
class Box:
    def __init__(self):
        self.a = 1
        self.b = [1, 2, 3]
        self.c = {"k": "v", "z": 0}


box = Box()
del box.a
print(hasattr(box, "a"), vars(box).keys())
del box.b[0], box.c["k"]
print(box.b, box.c)
try:
    del box.a
except AttributeError as e:
    print(e)
try:
    del box.c["missing"]
except KeyError as e:
    print("KeyError", e)

x = y = z = [0]
x.append(1)
print(y, z is x)
box.p = box.q = 5
print(box.p + box.q)

first, *middle, last = range(6)
(a, b), c = [1, 2], 3
head, *_ = "xyz"
box.m, box.n = "mn"
d = {}
d["x"], d["y"] = 10, 20
lst = [0, 0, 0]
lst[0], lst[-1] = lst[-1] + 7, 9
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
[p, q] = (4, 5)
print(first, middle, last, a, b, c, head, box.m, box.n, d, lst, p, q)
try:
    e, f = [1, 2, 3]
except ValueError as err:
    print(err)
try:
    e, f, g = [1, 2]
except ValueError as err:
    print(err)
try:
    *h, i, j, k = [1, 2]
except ValueError as err:
    print(err)
middle
