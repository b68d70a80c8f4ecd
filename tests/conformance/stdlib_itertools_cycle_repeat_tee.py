# Agent task: round-robin assignment of tickets, default fills, and parallel passes.
from itertools import cycle, repeat, tee, zip_longest, islice

agents = ["ann", "bob", "cid"]
tickets = [f"T{n}" for n in range(1, 8)]
assignment = list(zip(tickets, cycle(agents)))
print(assignment)
print(list(islice(cycle("ab"), 5)), list(cycle([])))

print(list(repeat("x", 3)), list(repeat(0, 0)), list(repeat(1, -2)))
print(list(map(pow, range(5), repeat(2))))
print(repeat("hi", 2), repeat(None))

a, b = tee([1, 2, 3, 4])
print(list(a), list(b))
x, y, z = tee(iter("abc"), 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
print(tee([1], 0))
first, second = tee(range(6))
next(second)
print([s - f for f, s in zip(first, second)])

names = ["id", "name", "email"]
values = [7, "zoe"]
print(list(zip_longest(names, values)))
print(list(zip_longest("ab", "wxyz", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([1, 2])))
columns = dict(zip_longest(names, values, fillvalue="n/a"))
columns
