samples = ["  padded  ", "\tTabbed\n", "xxhixx", "...dots...", "", "   "]
for s in samples:
    print(repr(s), "->", repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))

print("xxhixx".strip("x"))
print("...dots...".strip("."))
print("abcHELLOcba".strip("abc"))
print("www.example.com".lstrip("w."))
print("report.txt.bak".rstrip(".bak"))
print("report.txt.bak".removesuffix(".bak"))
print("prefix_value".removeprefix("prefix_"))
print("prefix_value".removeprefix("nope"))
print("  mixed \n".strip() + "!")
