def clamp(value, /, lo=0, hi=100, *, strict=False):
    if strict and not (lo <= value <= hi):
        return None
    return max(lo, min(hi, value))

print(clamp(150))
print(clamp(-5, 1))
print(clamp(50, hi=40))
print(clamp(500, 0, 1000))
print(clamp(500, strict=True))
print(clamp(50, lo=10, hi=60, strict=True))

def connect(host, port=80, /, *, timeout=5.0, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"

print(connect("example.com"))
print(connect("db", 5432, retries=1))
print(connect("cache", timeout=0.5))

def only_kw(*, a, b=2):
    return a * b

print(only_kw(a=5), only_kw(b=3, a=3))

def mixed(a, b, /, c, *rest, d, **extra):
    return (a, b, c, rest, d, extra)

mixed(1, 2, 3, 4, 5, d=6, e=7)
