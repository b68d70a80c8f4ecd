# Delegating generators: yield from returns the sub-generator's value; a tree walk.
class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)

    def walk(self, depth=0):
        yield depth, self.name
        for child in self.children:
            yield from child.walk(depth + 1)

    def __iter__(self):
        return (name for _, name in self.walk())


def chunk_sum(values):
    total = 0
    for v in values:
        yield v
        total += v
    return total


def report(groups):
    grand = 0
    for label, values in groups:
        subtotal = yield from chunk_sum(values)
        print(f"{label}: {subtotal}")
        grand += subtotal
    return grand


tree = Node("root", Node("a", Node("a1"), Node("a2")), Node("b", Node("b1")))
for depth, name in tree.walk():
    print("  " * depth + name)
print(list(tree), "a2" in tree, max(tree))

g = report([("q1", [1, 2, 3]), ("q2", [10, 20])])
items = []
while True:
    try:
        items.append(next(g))
    except StopIteration as e:
        print("grand total", e.value)
        break
items
