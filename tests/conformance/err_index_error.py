matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]

def column(m, i):
    return [row[i] for row in m]

print(column(matrix, 0))
print(column(matrix, 2))
diagonal = [matrix[i][i] for i in range(3)]
print(diagonal)
print(column(matrix, 3))
