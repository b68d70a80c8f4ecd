# object's own methods through super() and object.<name>: a frozen value type, an
# audited record, and defaults for repr/str/eq/hash/format.
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency="EUR"):
        object.__setattr__(self, "amount", round(amount, 2))
        object.__setattr__(self, "currency", currency)

    def __setattr__(self, name, value):
        raise AttributeError(f"Money is immutable (tried to set {name})")

    def __delattr__(self, name):
        raise AttributeError(f"Money is immutable (tried to delete {name})")

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"


m = Money(10.456)
print(m, m == Money(10.46), m != Money(3), m == 10.46)
for action in (lambda: setattr(m, "amount", 0), lambda: delattr(m, "currency")):
    try:
        action()
    except AttributeError as e:
        print(e)
prices = {Money(1): "one", Money(2, "USD"): "two"}
print(prices[Money(1.0)], Money(2, "USD") in prices, len({Money(5), Money(5.001), Money(5, "GBP")}))


class Audited:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(f"set {name}={value!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        super().__delattr__(name)


rec = Audited()
rec.status = "new"
rec.status = "done"
rec.owner = "ana"
del rec.owner
print(rec.log, vars(rec))
try:
    del rec.missing
except AttributeError as e:
    print("AttributeError", e)


class Plain:
    def __str__(self):
        return "plain:" + super().__str__()[:9]

    def __format__(self, spec):
        return super().__format__(spec) if not spec else spec.upper()


p = Plain()
print(str(p), f"{p}", f"{p:xyz}", object.__eq__(p, p), object.__eq__(p, 1), object.__ne__(p, p))
print(type(object.__hash__(p)).__name__, super(Plain, p).__repr__()[:17])
print(format(object(), "")[:8], type(object()).__name__)
try:
    format(object(), "d")
except TypeError as e:
    print(e)
