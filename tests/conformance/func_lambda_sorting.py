people = [("Ann", 34, 55000), ("bob", 25, 72000), ("Cid", 34, 61000), ("dee", 41, 48000)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0].lower()))
print(sorted(people, key=lambda p: p[0]))
print(min(people, key=lambda p: p[2]), max(people, key=lambda p: p[2]))
print(list(map(lambda p: p[0].upper(), people)))
print(list(filter(lambda p: p[2] > 50000, people)))

ops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "pow": lambda a, b: a ** b,
}
for name in sorted(ops):
    print(name, ops[name](3, 4))

compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
words = "banana Apple cherry apple Banana".split()
print(sorted(words, key=lambda w: (w.lower(), w)))
