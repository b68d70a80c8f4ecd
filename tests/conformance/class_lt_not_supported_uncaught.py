# Sorting objects without ordering methods fails; the key= fix works.
class A:
    def __init__(self, rank):
        self.rank = rank

    def __repr__(self):
        return f"A({self.rank})"


class B(A):
    def __lt__(self, other):
        return self.rank < other.rank


items = [A(3), A(1), A(2)]
print(sorted(items, key=lambda a: a.rank))
print(max(items, key=lambda a: a.rank), min(items, key=lambda a: -a.rank))
bs = [B(5), B(2), B(9)]
print(sorted(bs), max(bs), min(bs))
print(A(1) == A(1), A(1) != A(1))
try:
    A(1) > A(2)
except TypeError as e:
    print("TypeError:", e)
try:
    max(items)
except TypeError as e:
    print("TypeError:", e)
try:
    A(1) <= 5
except TypeError as e:
    print("TypeError:", e)
sorted(items)
