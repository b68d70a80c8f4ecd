import re

print(re.findall(r"\b(\w+)\s+\1\b", "this is is a test test of the the thing"))
print(re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", "hello hello hello world world ok"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say \"hi 'there'\" now").group())
tags = "<b>bold</b> <i>it<b>x</b></i> <u>bad</i>"
print(re.findall(r"<(\w+)>.*?</\1>", tags))
print(bool(re.fullmatch(r"(\w)(\w)?\w?\2\1", "abcba")), bool(re.fullmatch(r"(\w)(\w)?\w?\2\1", "abcd")))
print(re.findall(r"(\w)\1", "aabbcdeeff"))
print(re.findall(r"((\w)\2+)", "aaabccdddd"))
print(re.sub(r"(\w)\1+", lambda m: f"{m.group(1)}{len(m.group(0))}", "aaabccddddde"))
print(re.match(r"(a)|\1b", "b"))
print(re.match(r"(a)?(?(1)b|c)", "ab").group(), re.match(r"(a)?(?(1)b|c)", "c").group())
print(re.match(r"(?P<o><)?\w+(?(o)>)", "<tag>").group(), re.match(r"(?P<o><)?\w+(?(o)>)", "tag>").group())
print(re.findall(r"(?>a+)b", "aaab ab b"), re.findall(r"a++b", "aaab aab"))
print(re.findall(r"\b(\d)(\d)\2\1\b", "1221 3443 1234 5665"))
print(re.sub(r"(\d)(?=\1)", "", "1122334455"))
re.findall(r"(.)\1", "xxyzz")
