# A sparse vector with __getitem__/__setitem__/__delitem__ and index validation.
class SparseVector:
    def __init__(self, size):
        self.size = size
        self.data = {}

    def _check(self, i):
        if not isinstance(i, int):
            raise TypeError(f"index must be int, not {type(i).__name__}")
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(f"index {i} out of range for size {self.size}")
        return i

    def __getitem__(self, i):
        return self.data.get(self._check(i), 0)

    def __setitem__(self, i, value):
        i = self._check(i)
        if value == 0:
            self.data.pop(i, None)
        else:
            self.data[i] = value

    def __delitem__(self, i):
        del self.data[self._check(i)]

    def __len__(self):
        return self.size

    def dense(self):
        return [self[i] for i in range(self.size)]


v = SparseVector(6)
v[1] = 4
v[-1] = 7
v[3] += 2
print(v.dense(), v.data)
v[1] = 0
print(v.dense(), sorted(v.data))
del v[3]
print(v.dense(), len(v))
for bad in ["2", 10]:
    try:
        v[bad]
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    del v[0]
except KeyError as e:
    print("KeyError", e)
v[9] = 1
