line = "  alpha, beta,gamma ,, delta  "
parts = line.split(",")
print(parts)
cleaned = [p.strip() for p in parts if p.strip()]
print(cleaned)
print(" | ".join(cleaned))
print("-".join(reversed(cleaned)))

print("a b  c   d".split())
print("a b  c   d".split(" "))
print("one two three four".split(" ", 2))
print("path/to/some/file.txt".rsplit("/", 1))
print("k1=v1;k2=v2;;k3=v3".split(";"))
print("no separators here".split(","))
print("".split(","))
print("".split())
print("x".join("abc"))
csv_line = ",".join(str(n) for n in range(5))
