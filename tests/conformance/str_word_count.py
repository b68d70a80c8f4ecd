paragraph = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

punct = ",.;:!?"
cleaned = paragraph.lower()
for p in punct:
    cleaned = cleaned.replace(p, " ")
words = cleaned.split()
print("words:", len(words))
print("unique:", len(set(words)))
print("lines:", len(paragraph.splitlines()))
print("chars (no spaces):", sum(len(w) for w in words))

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print(f"{w:<12}{c}")

longest = max(words, key=len)
print("longest word:", longest)
avg = sum(len(w) for w in words) / len(words)
print(round(avg, 3))
