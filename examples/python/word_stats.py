# Word statistics over a short text: the kind of program an agent writes.
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs away! A quick fox is a happy fox, and a lazy dog is a sleepy dog."""

punctuation = ".,;:!?\"'()"
words = []
for raw in text.lower().split():
    word = raw.strip(punctuation)
    if word:
        words.append(word)

counts = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1

top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:5]
print(f"{len(words)} words, {len(counts)} distinct")
for rank, (word, n) in enumerate(top, start=1):
    share = n / len(words)
    print(f"{rank}. {word:<8} {n:>3} {share:6.1%} " + "#" * n)

longest = max(counts, key=len)
print(f"longest word: {longest!r} ({len(longest)} letters)")
final_answer({"total": len(words), "distinct": len(counts), "top": [w for w, _ in top]})
