# Agent task: look up characters from user input, handling every failure mode.
import unicodedata

for name in ["BLACK STAR", "GREEK SMALL LETTER ALPHA", "NOT A REAL CHARACTER", "melting face"]:
    try:
        print(name, "->", unicodedata.lookup(name))
    except KeyError as e:
        print(name, "-> KeyError", e)
calls = [
    lambda: unicodedata.name("ab"),
    lambda: unicodedata.name(65),
    lambda: unicodedata.name("\x07"),
    lambda: unicodedata.name("\x07", "BEL?"),
    lambda: unicodedata.numeric("x"),
    lambda: unicodedata.decimal("½"),
    lambda: unicodedata.digit("٣"),
    lambda: unicodedata.category(""),
    lambda: unicodedata.normalize("NFX", "abc"),
    lambda: unicodedata.normalize("NFC", 42),
    lambda: unicodedata.east_asian_width(None),
]
for call in calls:
    try:
        print("ok", repr(call()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
