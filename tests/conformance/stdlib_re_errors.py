import re

bad = ["(", "(a", "a)", "*", "a**", "[a", "a{3,2}", r"\q", "(?P<1a>x)", "(?P=foo)",
       "(?<n>x)", r"(a)\2", "x(?i)y", "(?P<a>x)(?P<a>y)", "[z-a]", "\\", "(?", "(?P<a",
       "(?#abc", "+a", "a|*", "(a\nb", "a\n)", "(?P<>x)", "(?Z)", r"\8", "(a)(?(1)b|c|d)",
       "(?(2)a)", r"[\q]", r"\x4", "(?i", "(?-i)", "(?i-i:a)", r"\400", "{1}", "a{1}{2}", "^*"]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e)

def attempt(f, *args, **kw):
    try:
        return f(*args, **kw)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(attempt(re.match, 1, "s"))
print(attempt(re.match, "a", 1))
print(attempt(re.match, "a", b"a"))
print(attempt(re.compile, re.compile("a"), re.I))
print(attempt(lambda: re.match("(a)", "a").group(2)))
print(attempt(lambda: re.match("(a)", "a").group("x")))
print(attempt(lambda: re.match("(a)", "a")[3]))
print(attempt(re.sub, "a", r"\2", "a"))
print(attempt(re.sub, "(a)", r"\g<x>", "a"))
print(attempt(re.sub, "a", r"\g<1", "a"))
print(attempt(re.sub, "a", r"\q", "a"))
print(attempt(re.sub, "a", "\\", "a"))
print(attempt(re.sub, "a", lambda m: 1, "a"))
print(attempt(re.sub, "a", 1, "a"))
print(attempt(lambda: re.match("a", "a").start(5)))
print(attempt(re.compile("a").match, "a", "x"))
print(attempt(re.split, "a", "bab", "x"))
print(attempt(re.compile, "a", re.A | re.U))
print(isinstance(re.error("x"), Exception), re.error.__name__ if False else "error")
try:
    re.search("(unclosed", "text")
except re.error as e:
    print(type(e).__name__, str(e))
re.compile("[")
