import re

s = "Grüße aus Köln – 23 Bücher für 5 €"
for m in re.finditer(r"\w+", s):
    print(m.group(), m.span())
print(re.findall(r"[äöüß]", s), re.findall(r"(?i)[ÄÖÜ]", s))
print(re.sub(r"\d+", lambda m: f"<{m.group()}>", s))
print(re.split(r"\s+–\s+", s))
m = re.search(r"(B\w+) (f\w+)", s)
print(m.span(), m.span(1), m.span(2), m.group(2), m.start(), s[m.start():m.end()])
print(re.search(r"€", s).start(), len(s), s.index("€"))
print(re.compile(r"\w+").search(s, 6).span(), re.compile(r"\w+").search(s, 6, 9))
emoji = "I ❤️ Python 🐍 and 日本語 text"
print(re.findall(r"\w+", emoji), re.findall(r"[^\x00-\x7f]+", emoji))
print([(m.group(), m.start()) for m in re.finditer(r"\S+", emoji)])
print(re.sub(r"(\w+)", r"[\1]", "καλημέρα κόσμε"))
print(re.match(r"\w+", "ñandú", re.A), re.match(r"\w+", "ñandú"))
print(re.findall(r"\s+", "a\u00a0b\u2003c\td"), re.findall(r"\s+", "a\u00a0b\u2003c\td", re.A))
print(re.fullmatch(r"\d+", "٣٤٥") is not None, re.fullmatch(r"\d+", "٣٤٥", re.A))
print(re.split(r"(?<=。)", "今日は。明日は。"))
print(re.sub(r"\b", "|", "héllo wörld"))
print(len(re.findall(r".", "añb")), re.search(r"\u00f1", "añb").span(), re.search(r"\x61", "añb").span())
re.findall(r"\w+", "café déjà vu")
