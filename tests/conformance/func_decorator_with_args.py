def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate

def prefix(tag):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            return f"[{tag}] " + fn(*args, **kwargs)
        return wrapper
    return decorate

@repeat(3)
def roll(seed):
    return seed * 7 % 6 + 1

@prefix("INFO")
@prefix("app")
def message(text, upper=False):
    return text.upper() if upper else text

print(roll(4))
print(message("started"))
print(message("loud", upper=True))

def validate_positive(fn):
    def wrapper(x):
        if x <= 0:
            return f"rejected {x}"
        return fn(x)
    return wrapper

@validate_positive
def half(x):
    return x / 2

print([half(v) for v in (10, -2, 0, 3)])
