# Cooperative multiple inheritance: every __init__ calls super() with **kwargs.
class Base:
    def __init__(self, **kwargs):
        self.trace = ["Base"]
        if kwargs:
            raise TypeError(f"unused options: {sorted(kwargs)}")


class Named(Base):
    def __init__(self, name="anon", **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.trace.append("Named")


class Timestamped(Base):
    def __init__(self, ts=0, **kwargs):
        super().__init__(**kwargs)
        self.ts = ts
        self.trace.append("Timestamped")


class Versioned(Base):
    def __init__(self, version=1, **kwargs):
        super().__init__(**kwargs)
        self.version = version
        self.trace.append("Versioned")


class Document(Named, Timestamped, Versioned):
    def __init__(self, body, **kwargs):
        super().__init__(**kwargs)
        self.body = body
        self.trace.append("Document")

    def describe(self):
        return f"{self.name} v{self.version} @{self.ts}: {self.body}"


print([c.__name__ for c in Document.__mro__])
d = Document("hello", name="readme", ts=1700, version=3)
print(d.describe())
print(d.trace)
print(Document("x").describe())
try:
    Document("x", nme="typo")
except TypeError as e:
    print("TypeError:", e)
print(sorted(vars(d)))
Document("y", colour="red", name="z")
