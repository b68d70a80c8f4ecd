# Agent task: classify characters and build a simple password checker.
import string

def check(pw):
    return {
        "lower": any(c in string.ascii_lowercase for c in pw),
        "upper": any(c in string.ascii_uppercase for c in pw),
        "digit": any(c in string.digits for c in pw),
        "symbol": any(c in string.punctuation for c in pw),
        "length": len(pw) >= 8,
    }

for pw in ["password", "Passw0rd!", "SHORT1!", "x y\tz"]:
    result = check(pw)
    print(f"{pw!r:12} ok={all(result.values())} {result}")
print(len(string.ascii_letters), len(string.printable), repr(string.whitespace))
print(string.hexdigits, string.octdigits)
table = str.maketrans("", "", string.punctuation)
print("Hello, world! (test)".translate(table))
sum(c in string.whitespace for c in "a b\tc\nd")
