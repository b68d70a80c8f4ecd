# Text analysis: unicodedata normalisation, re tokenising, Counter, statistics, textwrap.
import re
import statistics
import textwrap
import unicodedata
from collections import Counter

text = """Café culture in Zürich: the naïve visitor orders a crème brûlée.
The café was busy; the Zürich café scene is famous. CAFÉ!"""


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


words = re.findall(r"[^\W\d_]+", fold(text))
counts = Counter(words)
print(counts.most_common(3))
lengths = [len(w) for w in words]
print(statistics.mean(lengths), statistics.median(lengths), statistics.mode(lengths))
print(round(statistics.pstdev(lengths), 3), statistics.quantiles(lengths, n=4))
sentences = re.split(r"(?<=[.;!])\s+", text)
for s in sentences:
    print(textwrap.shorten(s, width=30, placeholder=" [...]"))
print(unicodedata.name("é"), unicodedata.category("é"), fold("Straße") == fold("STRASSE"))
print(textwrap.fill(" ".join(sorted(set(words))), width=40))
len(words)
