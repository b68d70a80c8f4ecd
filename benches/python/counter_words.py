from collections import Counter

vocab = " ".join(f"word{i % 997}x{i % 13}" for i in range(2000))
words = ((vocab + " ") * 500).split()
counts = Counter(words)
print(len(words), len(counts))
print(counts.most_common(3))
