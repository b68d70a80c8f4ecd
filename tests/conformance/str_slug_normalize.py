titles = [
    "Hello, World!",
    "  Python 3.11: What's New?  ",
    "Rust & Python -- Together",
    "100% Pure   Awesome",
    "already-a-slug",
    "___Under_Scores___",
]

def slugify(title):
    out = []
    prev_dash = False
    for ch in title.lower():
        if ch.isalnum():
            out.append(ch)
            prev_dash = False
        elif not prev_dash:
            out.append("-")
            prev_dash = True
    return "".join(out).strip("-")

slugs = []
for t in titles:
    s = slugify(t)
    slugs.append(s)
    print(f"{t!r:35} -> {s}")

seen = {}
unique = []
for s in slugs + ["hello-world", "hello-world"]:
    if s in seen:
        seen[s] += 1
        unique.append(f"{s}-{seen[s]}")
    else:
        seen[s] = 1
        unique.append(s)
print(unique[-3:])
