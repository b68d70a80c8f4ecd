from collections import Counter

text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs over the hill"""
words = text.split()
counts = Counter(words)
print(counts.most_common(3))
print(counts["fox"], counts["cat"], "cat" in counts)
print(len(counts), sum(counts.values()), counts.total())

letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(5))
top = [w for w, n in counts.most_common() if n > 1]
print(top)

counts.update(["fox", "fox", "cat"])
counts.update({"dog": 3})
print(counts["fox"], counts["dog"], counts["cat"])
counts.subtract(["the"] * 10)
print(counts["the"], counts.most_common()[-1])

by_len = Counter(len(w) for w in words)
for length, n in sorted(by_len.items()):
    print(f"{length:>2}: {'#' * n}")
print(Counter("mississippi"))
print(Counter())
print(sorted(Counter("banana").elements()))
counts.most_common(2)
