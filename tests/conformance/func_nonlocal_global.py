counter = 0
registry = {}

def bump(by=1):
    global counter
    counter += by
    return counter

def register(name):
    registry[name] = len(registry)

for _ in range(3):
    bump()
bump(10)
print(counter)
register("a")
register("b")
print(registry)

def outer():
    level = "outer"
    log = []
    def middle():
        nonlocal level
        level = "middle"
        def inner():
            nonlocal level
            log.append(level)
            level = "inner"
        inner()
        log.append(level)
    middle()
    log.append(level)
    return log

print(outer())

def shadow():
    counter = "local"
    return counter

print(shadow(), counter)

def set_global_new():
    global created_later
    created_later = "made inside function"

set_global_new()
created_later
