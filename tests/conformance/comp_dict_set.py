words = ["apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date"]
lengths = {w: len(w) for w in words}
print(lengths)
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
square_set = {n * n % 10 for n in range(20)}
print(sorted(square_set), len(square_set))
small = {n for n in range(10) if n % 3 == 0}
print(sorted(small))
letters = {c for w in words for c in w}
print(sorted(letters))
counts = {c: sum(w.count(c) for w in words) for c in "aeiou"}
print(counts)
filtered = {k: v for k, v in lengths.items() if v > 5}
print(filtered)
