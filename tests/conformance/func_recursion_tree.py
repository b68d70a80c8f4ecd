tree = ("root", [
    ("a", [("a1", []), ("a2", [("a2x", [])])]),
    ("b", []),
    ("c", [("c1", []), ("c2", []), ("c3", [])]),
])

def show(node, indent=0):
    name, children = node
    print("  " * indent + "- " + name)
    for child in children:
        show(child, indent + 1)

def count(node):
    return 1 + sum(count(c) for c in node[1])

def height(node):
    return 1 + max((height(c) for c in node[1]), default=0)

def find_path(node, target):
    name, children = node
    if name == target:
        return [name]
    for c in children:
        p = find_path(c, target)
        if p:
            return [name] + p
    return None

show(tree)
print("nodes:", count(tree), "height:", height(tree))
print(find_path(tree, "a2x"), find_path(tree, "zzz"))
def leaves(node):
    name, children = node
    return [name] if not children else [l for c in children for l in leaves(c)]
print(leaves(tree))
