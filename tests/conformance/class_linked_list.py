# A singly linked list with append, remove, reverse, iteration and repr.
class ListNode:
    def __init__(self, value, next=None):
        self.value, self.next = value, next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        for v in values:
            self.append(v)

    def append(self, value):
        if self.head is None:
            self.head = ListNode(value)
            return
        cur = self.head
        while cur.next:
            cur = cur.next
        cur.next = ListNode(value)

    def remove(self, value):
        prev, cur = None, self.head
        while cur and cur.value != value:
            prev, cur = cur, cur.next
        if cur is None:
            return False
        if prev:
            prev.next = cur.next
        else:
            self.head = cur.next
        return True

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return "LinkedList(" + " -> ".join(repr(v) for v in self) + ")"


ll = LinkedList([1, 2, 3])
ll.head = ListNode(0, ll.head)
ll.append(4)
print(ll, len(ll))
print(ll.remove(2), ll.remove(42), ll.remove(0), ll)
ll.reverse()
print(ll, list(ll), sum(ll), 3 in ll, len(LinkedList()), LinkedList("ab"))
ll
