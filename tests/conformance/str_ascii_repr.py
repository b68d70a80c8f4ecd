samples = ["plain", "tab\there", "quote's", 'dbl"quote', "both'\"", "newline\n",
           "ünïcödé", "emoji 🙂", "back\\slash", "\x00\x1f\x7f"]
for s in samples:
    print(repr(s), ascii(s), len(s))

print(str("x"), repr("x"), repr(""), repr(" "))
print([repr(s) for s in ["a", "b'c"]])
print(repr(["a", 'b"', "c'"]))
print(repr(("single",)), repr(()), repr({"k": "v"}))
print("{!a}".format("café"), f"{'naïve'!r}")
ascii(["ß", 1, None])
