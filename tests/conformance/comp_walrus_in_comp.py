values = [3, 10, 7, 22, 1, 15]
results = [y for x in values if (y := x * 3) > 20]
print(results)
print("last y:", y)

data = ["12", "x", "7", "", "40", "3.5"]
parsed = [n for s in data if s.isdigit() and (n := int(s)) > 5]
print(parsed)

running = 0
prefix = [(running := running + v) for v in values]
print(prefix, running)

text = "one two three four five"
long_words = [(w, n) for w in text.split() if (n := len(w)) > 3]
long_words
