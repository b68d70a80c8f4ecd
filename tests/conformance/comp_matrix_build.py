n = 5
identity = [[int(i == j) for j in range(n)] for i in range(n)]
for row in identity:
    print(row)
mult = [[(i + 1) * (j + 1) for j in range(n)] for i in range(n)]
for row in mult:
    print(" ".join(f"{v:3}" for v in row))
upper = [[v if j >= i else 0 for j, v in enumerate(row)] for i, row in enumerate(mult)]
print(upper[2])
diag_sum = sum(mult[i][i] for i in range(n))
anti_sum = sum(mult[i][n - 1 - i] for i in range(n))
print(diag_sum, anti_sum)
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
for row in pascal:
    print(" ".join(map(str, row)).center(30))
print(pascal[-1])
