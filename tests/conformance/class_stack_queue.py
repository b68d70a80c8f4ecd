# Stack and Queue classes with error handling, used to check brackets and simulate a line.
class EmptyError(Exception):
    pass


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise EmptyError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)


class Queue:
    def __init__(self, items=()):
        self._in, self._out = list(items), []

    def enqueue(self, x):
        self._in.append(x)

    def dequeue(self):
        if not self._out:
            self._out, self._in = self._in[::-1], []
        if not self._out:
            raise EmptyError("dequeue from empty queue")
        return self._out.pop()


def balanced(text):
    pairs, s = {")": "(", "]": "[", "}": "{"}, Stack()
    try:
        for ch in text:
            if ch in "([{":
                s.push(ch)
            elif ch in pairs and s.pop() != pairs[ch]:
                return False
    except EmptyError:
        return False
    return len(s) == 0


for text in ["(a[b]{c})", "(]", "((", "())", ""]:
    print(repr(text), balanced(text))
q = Queue(["ann", "bob", "cy"])
served = [q.dequeue(), q.dequeue()]
q.enqueue("dee")
print(served, q.dequeue(), q.dequeue())
s = Stack()
s.push(1); s.push(2)
print(s._items, s.pop(), s._items, len(s))
q.dequeue()
