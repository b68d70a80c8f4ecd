def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed

def partial(fn, *bound, **bound_kw):
    def call(*args, **kw):
        return fn(*bound, *args, **{**bound_kw, **kw})
    return call

def reduce(fn, seq, initial):
    acc = initial
    for item in seq:
        acc = fn(acc, item)
    return acc

print(apply_n(lambda v: v * 2, 10, 1))
pipeline = compose(str, abs, lambda v: v - 100)
print(repr(pipeline(42)))
power = lambda base, exp: base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(16))
print(reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(lambda acc, w: acc + [len(w)], ["hi", "there"], []))
print(callable(square), callable(42), callable(len))
handlers = {"double": lambda v: v * 2, "neg": lambda v: -v}
result = reduce(lambda acc, name: handlers[name](acc), ["double", "neg", "double"], 5)
