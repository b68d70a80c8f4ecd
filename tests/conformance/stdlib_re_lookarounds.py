import re

def strong(pw):
    return bool(re.fullmatch(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}", pw))
for pw in ["password", "Passw0rd!", "SHORT1!a", "NoDigits!!", "Str0ng&Long"]:
    print(pw, strong(pw))

print(re.sub(r"\B(?=(\d{3})+(?!\d))", ",", "1234567 and 1000 and 999 and 12345678901"))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "costs $30, $4.99 or 25 EUR"))
print(re.findall(r"(?<!\$)\b\d+\b", "costs $30, 4 items, 25 EUR"))
print(re.findall(r"\w+(?=ing\b)", "running jumping sing swim thinking"))
print(re.findall(r"\b(?!un)\w+able\b", "unable capable unbearable readable"))
print(re.search(r"(?<=-)\w+", "spam-egg").group(0))
print(re.findall(r"(?<=[aeiou])[^aeiou\s]", "banana split"))
print(re.split(r"(?<=[.!?])\s+", "Hello there! How are you? Fine. Thanks"))
print(re.findall(r"q(?!u)", "qatar quiet iraq qi"))
m = re.search(r"(?P<word>\w+)(?=\s+(?P=word)\b)", "this is is a test test")
print(m.group("word"), m.span())
print(re.findall(r"(?<=<b>).*?(?=</b>)", "<b>bold</b> and <b>more</b>"))
print(re.sub(r"(?<=\d)(?=(?:\d{4})+$)", " ", "4111111111111111"))
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print("error:", e)
print(re.findall(r"(?<=\bfoo)bar", "foobar xfoobar foo bar"))
strong("Ab1!efgh")
