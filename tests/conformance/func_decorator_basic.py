call_log = []

def logged(fn):
    def wrapper(*args, **kwargs):
        call_log.append((args, kwargs))
        result = fn(*args, **kwargs)
        print(f"called with {args} {kwargs} -> {result!r}")
        return result
    return wrapper

@logged
def add(a, b=0):
    return a + b

@logged
def greet(name, punctuation="!"):
    return "Hello, " + name + punctuation

add(2, 3)
add(7)
greet("Ada")
greet("Bob", punctuation="?")
print(len(call_log))
print(call_log[-1])
