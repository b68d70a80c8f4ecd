# Agent task: explain what odd characters are in a pasted string.
import unicodedata

text = "Price: 12½ €\u00a0(≈ ¥1,300)\u200b — ok? ①٣²\t中文ｱ😀"
counts = {}
for ch in text:
    cat = unicodedata.category(ch)
    counts[cat] = counts.get(cat, 0) + 1
    if not ch.isascii():
        print(f"U+{ord(ch):04X} {cat} {unicodedata.bidirectional(ch):>3} {unicodedata.east_asian_width(ch):>2} "
              f"{unicodedata.name(ch, '<unnamed>')} num={unicodedata.numeric(ch, None)} "
              f"dec={unicodedata.decimal(ch, None)} dig={unicodedata.digit(ch, None)} mir={unicodedata.mirrored(ch)}")
print(sorted(counts.items()))
print(unicodedata.lookup("EURO SIGN"), unicodedata.lookup("snowman"), unicodedata.lookup("LATIN SMALL LETTER A WITH GRAVE"))
print(unicodedata.decomposition("½"), unicodedata.decomposition("é"), repr(unicodedata.decomposition("a")))
print(unicodedata.combining("\u0301"), unicodedata.mirrored("("), unicodedata.category("\U0001FAE8"))
