words = ["stream", "of", "consciousness", "text", "processing"]
print("".join(w[0] for w in words))
print(" ".join(w.capitalize() for w in words))
print(", ".join(f"{w}({len(w)})" for w in words))
print("".join(c for c in "h-e-l-l-o" if c != "-"))
print("".join(reversed([c.upper() if i % 2 else c for i, c in enumerate("alternate")])))
header = " | ".join(f"{i:^5}" for i in range(4))
print(header)
print("-+-".join("-" * 5 for _ in range(4)))
rows = ["\t".join(str(i * j) for j in range(1, 5)) for i in range(1, 4)]
print("\n".join(rows))
vowel_free = "".join(ch for ch in "Programming Language" if ch.lower() not in "aeiou")
print(vowel_free)
