import re

p = re.compile(r"(?P<word>\w+)@(\d+)")
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(repr(re.compile("a'b")), repr(re.compile('a"b\'c')), re.compile(r"\d\n"))
print(re.compile("a", re.I | re.M | re.S | re.X | re.A))
q = re.compile(r"(?P<word>\w+)@(\d+)")
print(p == q, p == re.compile(r"(?P<word>\w+)@(\d+)", re.I), hash(p) == hash(q), p != q)
print(re.compile(p) is p, re.compile(p) == p)
print(type(p).__name__, type(p.match("a@1")).__name__, isinstance(p, re.Pattern), isinstance(p.match("a@1"), re.Match))
print(re.escape("1.5*[x] (y) $10 a-b c_d e~f"), re.escape("plain_text"))
literal = "price (USD): $4.99?"
print(re.search(re.escape(literal), "the price (USD): $4.99? yes").span())
print(re.findall(re.escape("a.b"), "a.b axb a.b"))
patterns = {re.compile(r"\d+"): "digits", re.compile(r"[a-z]+"): "letters"}
print(patterns[re.compile(r"\d+")])
re.purge()
print(re.match(r"\d+", "123").group())
cache_test = [re.match(r"x(\d)", f"x{i}").group(1) for i in range(5)]
print(cache_test)
print(re.search("needle", "haystack with needle", 0) is not None)
print(re.sub("a", "b", "aaa", 0), re.sub("a", "b", "aaa", 2, re.I))
many = [re.compile(f"p{i}") for i in range(300)]
print(len(many), many[-1], many[0].search("xxp0").span())
print(re.compile("").pattern == "", re.compile("").groups)
p
