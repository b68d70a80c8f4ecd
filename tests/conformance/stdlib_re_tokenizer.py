import re

spec = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/=()]"),
    ("SKIP", r"[ \t]+"),
    ("NEWLINE", r"\n"),
    ("MISMATCH", r"."),
]
tok_re = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in spec))
print(tok_re.groups, list(tok_re.groupindex))
code = "x = 3.5 + y1*(2 - z)\ntotal = x / 4 $"
tokens = []
line = 1
for m in tok_re.finditer(code):
    kind = m.lastgroup
    if kind == "SKIP":
        continue
    if kind == "NEWLINE":
        line += 1
        continue
    tokens.append((kind, m.group(), line, m.start()))
for t in tokens:
    print(t)

word = re.compile(r"\s*(\w+|\S)")
pos = 0
out = []
text = "let  a=b+12;"
while True:
    m = word.match(text, pos)
    if not m:
        break
    out.append(m.group(1))
    pos = m.end()
print(out, pos, len(text))
print(re.compile(r"\d+").match("12ab34", 4), re.compile(r"\d+").match("12ab34", 4, 5))
scanner = re.compile(r"(?P<int>\d+)|(?P<word>[a-z]+)|(?P<ws>\s+)")
print([(m.lastgroup, m.group()) for m in scanner.finditer("abc 12 de 3")])
len(tokens)
