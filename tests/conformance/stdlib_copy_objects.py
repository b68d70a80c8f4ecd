import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"

tree = Node("root", [Node("a"), Node("b", [Node("c")])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].name = "changed"
print(tree)
print(t2)
t3 = copy.copy(tree)
print(t3 is tree, t3.children is tree.children, type(t3).__name__)

class Tracked:
    def __init__(self, value):
        self.value = value
    def __copy__(self):
        print("copy called")
        return Tracked(self.value)
    def __deepcopy__(self, memo):
        print("deepcopy called")
        return Tracked(copy.deepcopy(self.value, memo))

x = Tracked([1, 2])
y = copy.copy(x)
z = copy.deepcopy(x)
print(y.value is x.value, z.value is x.value, z.value)

c = Counter("aab")
cc = copy.deepcopy(c)
cc["a"] += 5
print(c, cc, type(cc).__name__)
dd = defaultdict(list, {"k": [1]})
d2 = copy.deepcopy(dd)
d2["k"].append(2)
d2["new"].append(3)
print(dd, d2)
od = copy.copy(OrderedDict(a=1, b=2))
print(od)
dq = deque([[1], [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq2[0].append(9)
print(dq, dq2)
P = namedtuple("P", "x items")
p = P(1, [2])
p2 = copy.deepcopy(p)
p2.items.append(3)
print(p, p2, type(p2).__name__)
