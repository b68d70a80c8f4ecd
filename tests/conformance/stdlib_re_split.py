import re

print(re.split(r"\s*,\s*", "a , b,c ,  d"))
print(re.split(r"[;,\s]+", "one;two, three  four,five"))
print(re.split(r"(\d+)", "abc12def345gh"))
print(re.split(r"(-)|(\+)", "1-2+3"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"\W+", "Words, words, words.", 2))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "hi there"))
print(re.split(r"^$", "a\n\nb", flags=re.M))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"\n", "line1\nline2\n"))
print(re.split("z", "abc"), re.split("a", ""), re.split("", ""))
print(re.split(r"\s+", "a b c", maxsplit=-1))
p = re.compile(r"\s*(=|:)\s*")
for line in ["host = localhost", "port: 8080", "debug=true", "novalue"]:
    print(p.split(line, 1))
csvish = 'name,"city, state",age'
print(re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', csvish))
tokens = [t for t in re.split(r"(\s+|[()+*/-])", "3 * (4+52) - x/2") if t and not t.isspace()]
print(tokens)
tokens
