x = "outer"
result = [x for x in range(3)]
print(result, x)

total = 10
scaled = [total * i for i in range(4)]
print(scaled)

funcs = [lambda v, i=i: v + i for i in range(3)]
print([f(100) for f in funcs])

late = [lambda v: v + i for i in range(3)]
print([f(100) for f in late])

def make():
    base = 5
    return [base + k for k in range(3)], {k: base * k for k in range(3)}

print(make())
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)
y = 7
print([y for _ in range(2)], sum(y * k for k in range(3)))
[(lambda: n)() for n in "ab"]
