# Agent task: compare semantic versions with a class that defines only == and <.
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return f"Version({self.text!r})"


a, b, c = Version("1.2.0"), Version("1.10.1"), Version("1.2.0")
print(a < b, a <= b, a > b, a >= b, a == c, a != c, a <= c, a >= c)
releases = [Version(v) for v in ["2.0.0", "1.10.1", "1.2.0", "1.9.9", "0.9"]]
print(sorted(releases))
print(max(releases), min(releases))
print([v.text for v in releases if v >= Version("1.9.0")])


@total_ordering
class Priority:
    def __init__(self, level):
        self.level = level

    def __eq__(self, other):
        return self.level == other.level

    def __gt__(self, other):
        return self.level > other.level


p1, p2 = Priority(1), Priority(3)
print(p1 < p2, p1 <= p2, p2 >= p1, p1 >= p1, p2 <= p1)
try:
    @total_ordering
    class Broken:
        pass
except ValueError as e:
    print("ValueError", e)
try:
    print(a < 3)
except TypeError as e:
    print("TypeError", e)
a >= Version("1.1")
