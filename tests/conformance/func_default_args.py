def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Ann", "Hi"))
print(greet("Ann", punct="?"))
print(greet(punct=".", name="Bo", greeting="Yo"))

def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_bad(1), append_bad(2))
print(append_good(1), append_good(2))

DEFAULT_LIMIT = 3
def take(seq, limit=DEFAULT_LIMIT):
    return seq[:limit]
DEFAULT_LIMIT = 10
print(take(list(range(20))))

def describe(x, *, unit="m", precision=1):
    return f"{x:.{precision}f}{unit}"
print(describe(3.14159), describe(2, unit="kg"), describe(1 / 3, precision=4))
print(append_bad(3))
