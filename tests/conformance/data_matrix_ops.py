a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]

def transpose(m):
    return [list(row) for row in zip(*m)]

def matmul(x, y):
    yt = transpose(y)
    return [[sum(p * q for p, q in zip(row, col)) for col in yt] for row in x]

def show(m):
    for row in m:
        print(" ".join(f"{v:4d}" for v in row))

print("A^T:")
show(transpose(a))
print("A x B:")
c = matmul(a, b)
show(c)

identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(a, identity) == a)
diag = [c[i][i] for i in range(len(c))]
print("trace:", sum(diag))
row_sums = [sum(r) for r in c]
col_sums = [sum(col) for col in zip(*c)]
first_row, second_row = c
