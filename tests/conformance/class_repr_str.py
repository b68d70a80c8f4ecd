# __repr__ vs __str__ in print, f-strings, str(), repr() and conversions.
class Book:
    def __init__(self, title, author, year):
        self.title = title
        self.author = author
        self.year = year

    def __repr__(self):
        return f"Book({self.title!r}, {self.author!r}, {self.year})"

    def __str__(self):
        return f"{self.title} by {self.author} ({self.year})"


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<Tag {self.name}>"


b = Book("Dune", "Frank Herbert", 1965)
print(b)
print(str(b))
print(repr(b))
print(f"{b}")
print(f"{b!r}")
print(f"{b!s:>40}|")
print("%s / %r" % (b, b))
print("{} / {!r}".format(b, b))
t = Tag("python")
print(t, str(t), f"{t}")
print([t, Tag("rust")])
print((b,))
print("joined: " + ", ".join(str(x) for x in [b, t]))
repr(b) == b.__repr__()
