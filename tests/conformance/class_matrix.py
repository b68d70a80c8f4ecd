# A small Matrix class: construction, indexing, transpose, @-free multiplication, equality.
class Matrix:
    def __init__(self, rows):
        if len({len(r) for r in rows}) > 1:
            raise ValueError("ragged rows")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v * other for v in r] for r in self.rows])
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shape mismatch {self.shape} x {other.shape}")
        cols = other.transpose().rows
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(" ".join(str(v).rjust(w) for v in r) for r in self.rows)


a = Matrix([[1, 2, 3], [4, 5, 6]])
b = a.transpose()
print(a.shape, b.shape, a[1, 2], b[2, 1])
print(a * b)
print(b * a)
print(a * Matrix.identity(3) == a, a * 2)
try:
    a * a
except ValueError as e:
    print("ValueError:", e)
Matrix([[1, 2], [3]])
