# __lt__ makes objects work with sorted(), min(), max() and list.sort().
class Version:
    def __init__(self, text):
        self.text = text
        self.parts = tuple(int(p) for p in text.split("."))

    def __lt__(self, other):
        return self.parts < other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return f"v{self.text}"


releases = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "2.0", "1.2.3"]]
print(sorted(releases))
print(sorted(releases, reverse=True))
print("min:", min(releases), "max:", max(releases))
print(Version("1.2") < Version("1.10"), Version("2.0") > Version("1.9"))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0.0"))
releases.sort()
print(releases)
latest_1x = max(v for v in releases if v.parts[0] == 1)
print("latest 1.x:", latest_1x)
print(sorted([Version("3.1"), Version("3.0.5")])[0])
print(Version("2.0") > Version("1.0"), "(reflected __lt__)")
try:
    Version("1.2") <= Version("1.2")
except TypeError as e:
    print("TypeError:", e)
candidates = [v for v in releases if Version("1.0") < v < Version("2.0")]
candidates
