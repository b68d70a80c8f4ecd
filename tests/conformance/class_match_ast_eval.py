# Agent task: evaluate and simplify a small expression tree with class patterns.
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


def show(e):
    match e:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp(op, Num(a), Num(b)):
            return Num(a + b if op == "+" else a * b)
        case BinOp(op=op, left=l, right=r):
            l2, r2 = simplify(l), simplify(r)
            if (l2, r2) != (l, r):
                return simplify(BinOp(op, l2, r2))
            return e
        case _:
            return e


def evaluate(e, env):
    match e:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound {name}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)


tree = BinOp("+", BinOp("*", Num(1), Var("x")), BinOp("*", BinOp("+", Num(2), Num(3)), Var("y")))
print(show(tree))
small = simplify(tree)
print(show(small))
print(evaluate(small, {"x": 4, "y": 10}))
print(show(simplify(BinOp("*", Var("z"), BinOp("+", Num(0), Num(0))))))
try:
    evaluate(Var("q"), {})
except NameError as err:
    print("error:", err)
evaluate(tree, {"x": 1, "y": 2})
