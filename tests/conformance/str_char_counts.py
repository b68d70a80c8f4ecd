s = "Mississippi River Delta 2024!"

counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1

letters = {c: n for c, n in counts.items() if c.isalpha()}
for c in sorted(letters, key=lambda c: (-letters[c], c)):
    print(c, letters[c])

vowels = sum(1 for c in s.lower() if c in "aeiou")
digits = sum(c.isdigit() for c in s)
spaces = s.count(" ")
upper = sum(1 for c in s if c.isupper())
print(f"vowels={vowels} digits={digits} spaces={spaces} upper={upper}")

first_unique = next((c for c in s if counts[c] == 1), None)
print("first unique char:", repr(first_unique))
print(sorted(set(s.lower()) - set("aeiou ")))
ords = [ord(c) for c in "AZaz09"]
print(ords, "".join(chr(o + 1) for o in ords))
print(max(counts.items(), key=lambda kv: kv[1]))
