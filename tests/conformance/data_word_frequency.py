text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog is a happy dog"""

counts = {}
for line in text.splitlines():
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1

print("distinct words:", len(counts))
print("total words:", sum(counts.values()))

ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ordered[:5]:
    print(f"{word:>6} {'*' * n} ({n})")

singletons = sorted(w for w, n in counts.items() if n == 1)
print("hapax:", singletons)

by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
{k: sorted(v) for k, v in sorted(by_length.items())}
