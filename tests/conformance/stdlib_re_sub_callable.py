import re

prices = "apple $1.50, bread $2.25, cheese $10.00"
def bump(m):
    value = float(m.group(1)) * 1.1
    return f"${value:.2f}"
print(re.sub(r"\$(\d+\.\d\d)", bump, prices))
print(re.subn(r"\$(\d+\.\d\d)", bump, prices))
print(re.sub(r"\$(\d+\.\d\d)", bump, prices, count=1))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "alice@corp.com, bob@home.com"))
print(re.sub(r"(?P<a>\d+)-(?P<b>\d+)", r"\g<b>-\g<a> (\g<0>)", "10-20 and 3-4"))
print(re.sub(r"\s+", " ", "  too   many\t\tspaces \n here  ").strip())
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "|", "abc"))
print(re.sub(r"(a)|b", r"[\1]", "abab"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3", 2))
print(re.subn(r"o", "0", "foo boo zoo"))
print(re.sub("a", r"\n-\t-\\", "xay"))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m[2] + m[1] + "ay" if len(m[0]) > 2 else m[0], "the quick brown fox is so fast"))
counter = {"n": 0}
def number(m):
    counter["n"] += 1
    return f"{counter['n']}. {m.group(1)}"
print(re.sub(r"^- (.*)$", number, "- eggs\n- milk\n- tea", flags=re.M))
print(re.sub(r"(\d+)", lambda m: None if m.group() == "2" else "#", "1 2 3"))
snake = re.sub(r"(?<!^)(?=[A-Z])", "_", "parseHTTPResponseCode").lower()
print(snake)
camel = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), "user_account_id")
print(camel)
p = re.compile(r"[aeiou]")
print(p.sub("*", "education"), p.subn("", "education"), p.sub("*", "rhythm"))
snake, camel
