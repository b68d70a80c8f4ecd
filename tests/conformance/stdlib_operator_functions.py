# Agent task: a tiny expression evaluator driven by a table of operator functions.
import operator

OPS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "//": operator.floordiv,
    "%": operator.mod,
    "**": operator.pow,
    "<": operator.lt,
    "==": operator.eq,
}


def evaluate(tokens):
    stack = []
    for tok in tokens:
        if tok in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(int(tok))
    return stack[0]


print(evaluate("3 4 + 2 *".split()), evaluate("7 2 //".split()), evaluate("2 10 **".split()))
print(evaluate("1 2 <".split()), evaluate("9 4 %".split()), evaluate("7 2 /".split()))
print(operator.neg(5), operator.pos(-2), operator.abs(-7.5), operator.invert(5))
print(operator.not_([]), operator.truth("x"), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2, 3], 2), operator.getitem({"a": 1}, "a"), operator.concat([1], [2]))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(64, 2))
print(operator.ne(1, 2), operator.le(2, 2), operator.gt(3, 1), operator.ge(1, 3))
print(operator.index(7), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("hello", "l"))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d)
acc = [1]
same = operator.iadd(acc, [2])
print(acc, same is acc, operator.isub(10, 3), operator.imul("ab", 2))
print(operator.__add__(2, 3), operator.__lt__(1, 2))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"


print(operator.add(Money(150), Money(275)), operator.lt(Money(1), Money(2)))
for bad in (lambda: operator.add(1), lambda: operator.index(1.5), lambda: operator.indexOf([1], 5),
            lambda: operator.concat(1, 2), lambda: operator.truediv(1, 0), lambda: operator.add(1, "a")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
sum(map(operator.mul, [1, 2, 3], [4, 5, 6]))
