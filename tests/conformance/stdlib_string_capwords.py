# Agent task: normalise product names to title case for a report.
from string import capwords, ascii_uppercase

names = [p["name"] for p in search_products("e", max_results=8)]
shouty = [n.upper() for n in names]
print(shouty)
print([capwords(n) for n in shouty])
print(capwords("  multiple   spaces here  "))
print(capwords("hyphen-separated-words", "-"))
print(repr(capwords("a--b", "-")), repr(capwords("")))
print(capwords("o'neil's mug"), "vs", "o'neil's mug".title())
initials = "".join(w[0] for w in capwords("code minion for rust").split())
print(initials, all(c in ascii_uppercase for c in initials))
capwords("the END of the LINE")
