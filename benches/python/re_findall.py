import re

# About 1 MB of prose-like text, built in the program itself.
chunk = "The quick brown fox (no. 42) jumps over the lazy dog; naive_users typed 1234 words, then more text! "
text = chunk * (1_000_000 // len(chunk))
total = 0
for _ in range(3):
    total += len(re.findall(r"\w+", text))
print(len(text), total)
