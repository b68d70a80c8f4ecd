a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2}.issubset(a), a.issuperset({1, 2}), {1, 9} <= a, {1, 2} < a, a.isdisjoint({8, 9}))
s = set()
s.add(3)
s.add(3)
s.add(1)
s.discard(42)
s.discard(1)
print(s, len(s))
s.update([10, 11], {12})
s.remove(10)
print(sorted(s))
fs = frozenset([3, 1, 2])
print(fs, fs | {9}, 2 in fs)
c = a.copy()
c -= {1, 2}
c |= {100}
c &= {3, 4, 100, 200}
print(sorted(c))
words = {"beta", "alpha", "gamma"}
print(sorted(words), sorted(words | {"delta"}), "alpha" in words)
print(set([3, 3, 1]), set("aab") == {"a", "b"}, set(range(5)))
popped = {7}.pop()
print(popped)
print(sorted(a ^ {1, 100}))
