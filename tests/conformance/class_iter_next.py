# An iterator class with __iter__/__next__, plus an iterable that returns fresh iterators.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Pages:
    def __init__(self, items, size):
        self.items = items
        self.size = size

    def __iter__(self):
        return PageIterator(self)


class PageIterator:
    def __init__(self, pages):
        self.pages = pages
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.pages.items):
            raise StopIteration
        chunk = self.pages.items[self.pos:self.pos + self.pages.size]
        self.pos += self.pages.size
        return chunk


print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c))
print("rest:", list(c), "again:", list(c))
print(next(Countdown(0), "done"))
pages = Pages(list("abcdefg"), 3)
for i, page in enumerate(pages, 1):
    print(i, page)
print("twice:", len(list(pages)), len(list(pages)))
print(sum(Countdown(4)), max(Countdown(7)), sorted(Countdown(3)))
a, b, *rest = Countdown(5)
print(a, b, rest)
it = iter(Countdown(1))
next(it)
next(it)
