# Agent task: deduplicate user names that look the same but are encoded differently.
import unicodedata

raw = ["café", "cafe\u0301", "ｃａｆé", "CAFÉ", "ﬁle", "file", "x²", "x2", "Ⅻ", "XII"]
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    normed = [unicodedata.normalize(form, s) for s in raw]
    print(form, [len(s) for s in normed], len(set(normed)))
keys = {}
for s in raw:
    key = unicodedata.normalize("NFKC", s).casefold()
    keys.setdefault(key, []).append(s)
for key, members in keys.items():
    print(repr(key), members)
print([unicodedata.is_normalized("NFC", s) for s in raw[:3]])
print(unicodedata.unidata_version)
