print("tab:\t|")
print("newline:\nsecond line")
print("backslash: \\ quote: \' dquote: \"")
print("hex: \x41\x42 unicode: \u00e9 \u2713 named-ish: \N{GREEK SMALL LETTER ALPHA}")
print(r"raw \n stays \t raw")
print(len("\n"), len(r"\n"), len("\u00e9"), len("\x00"))
print("bell\a".endswith("\x07"))
print("carriage\rreturn" == "carriage" + chr(13) + "return")
s = """triple
quoted 'with' "quotes"
"""
print(s, end="")
print(repr(s))
print('It\'s', "say \"hi\"")
print("\101\102\103")
print("a\tb".expandtabs(4))
