# Agent task: a dispatcher where someone used a function where a class belongs.
def is_even(n):
    return n % 2 == 0


class Even:
    pass


handlers = []
for value in [4, "x"]:
    match value:
        case str():
            handlers.append("str")
        case Even():
            handlers.append("even")
        case int():
            handlers.append("int")
print(handlers)
match 10:
    case Even() | str():
        print("no")
    case is_even():
        print("never gets here")
