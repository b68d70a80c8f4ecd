# Agent task: strip accents for search keys and build URL slugs.
import unicodedata

def strip_accents(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))

def slugify(text):
    text = strip_accents(text).lower()
    out = []
    for c in text:
        out.append(c if c.isalnum() else " ")
    return "-".join("".join(out).split())

titles = ["Crème Brûlée Recipe", "Ångström & Co.", "Zürich: ﬁnance report", "São Paulo — 2024", "naïve café", "Dvořák № 9"]
for t in titles:
    print(f"{t!r:28} {strip_accents(t)!r:28} {slugify(t)}")
names = ["Émile", "emile", "Zoë", "Zoe", "Åsa", "Asa"]
print(sorted(names), sorted(names, key=strip_accents))
groups = {}
for n in names:
    groups.setdefault(strip_accents(n).casefold(), []).append(n)
print(groups)
