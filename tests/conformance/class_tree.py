# A binary search tree with insert, search, in-order traversal and height.
class Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key, value):
        if self.root is None:
            self.root, self.size = Node(key, value), 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(key, value))
                self.size += 1
                return
            node = child

    def get(self, key, default=None):
        node = self.root
        while node is not None:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        return default

    def items(self, node="start"):
        node = self.root if node == "start" else node
        if node is None:
            return
        yield from self.items(node.left)
        yield node.key, node.value
        yield from self.items(node.right)

    def height(self, node="start"):
        node = self.root if node == "start" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))


t = BST()
for word in "mango fig peach apple grape kiwi plum fig banana mango".split():
    t.insert(word, t.get(word, 0) + 1)
print(t.size, t.height())
print(list(t.items()))
print(t.get("fig"), t.get("cherry"), t.get("cherry", -1))
print(t.root.key, t.root.left.key, t.root.right.key)
[k for k, _ in t.items()][:4]
