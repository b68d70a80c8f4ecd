# __iadd__ mutating in place vs __add__ returning a new object.
class Basket:
    def __init__(self, name, items=None):
        self.name = name
        self.items = list(items or [])

    def __add__(self, other):
        return Basket(self.name + "+" + other.name, self.items + other.items)

    def __iadd__(self, other):
        if isinstance(other, Basket):
            self.items.extend(other.items)
        else:
            self.items.append(other)
        return self

    def __repr__(self):
        return f"Basket({self.name}: {self.items})"


class Counter:
    def __init__(self, n=0):
        self.n = n

    def __add__(self, k):
        return Counter(self.n + k)

    def __repr__(self):
        return f"Counter({self.n})"


a = Basket("a", ["apple"])
alias = a
a += "bread"
a += Basket("b", ["milk", "eggs"])
print(a, alias is a)
c = a + Basket("c", ["tea"])
print(c, "| a unchanged:", a)
n = Counter()
first = n
n += 5
n += 2
print(n, first, n is first)
store = {"cart": Basket("cart")}
store["cart"] += "soap"
store["cart"] += "rice"
print(store)
totals = [Counter(1), Counter(2)]
totals[0] += 10
totals
