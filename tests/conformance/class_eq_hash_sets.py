# Deduplicating objects with sets; printed via sorted lists, never the set itself.
class Contact:
    def __init__(self, name, phone):
        self.name = name
        self.phone = phone

    def key(self):
        return int("".join(ch for ch in self.phone if ch.isdigit()))

    def __eq__(self, other):
        return isinstance(other, Contact) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        return f"{self.name}<{self.phone}>"


raw = [
    Contact("Ann", "555-0101"),
    Contact("Ann B.", "(555) 0101"),
    Contact("Bo", "555-0199"),
    Contact("Cy", "555 0142"),
    Contact("Bo", "5550199"),
]
unique = set(raw)
print(len(raw), "->", len(unique))
print(sorted(unique, key=lambda c: c.key()))
seen = set()
kept = []
for c in raw:
    if c not in seen:
        seen.add(c)
        kept.append(c)
print("first seen:", kept)
print(Contact("X", "555-0142") in unique)
other = {Contact("Dee", "555-0101"), Contact("Eve", "555-0177")}
print("common:", sorted(c.phone for c in unique & other))
print("only new:", sorted((unique | other) - unique, key=repr))


class Plain:
    def __eq__(self, other):
        return True


print(Plain() == 1, Plain.__hash__ is None)
{Plain()}
