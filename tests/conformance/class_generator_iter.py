# __iter__ written as a generator, plus generator methods with parameters.
class Playlist:
    def __init__(self, name):
        self.name = name
        self.tracks = []

    def add(self, title, seconds):
        self.tracks.append((title, seconds))
        return self

    def __iter__(self):
        for title, seconds in self.tracks:
            yield title

    def longer_than(self, limit):
        for title, seconds in self.tracks:
            if seconds > limit:
                yield title, seconds

    def timeline(self):
        start = 0
        for title, seconds in self.tracks:
            yield f"{start // 60}:{start % 60:02d} {title}"
            start += seconds


p = Playlist("focus")
p.add("Intro", 95).add("Deep Work", 410).add("Break", 60).add("Outro", 185)
print(list(p))
print("Break" in p, "Nope" in p)
for line in p.timeline():
    print(line)
print(dict(p.longer_than(100)))
gen = p.longer_than(150)
print(next(gen))
print(next(gen))
print(next(gen, None))
print([t.upper() for t in p if len(t) > 5])
print(", ".join(p))
total = sum(s for _, s in p.tracks)
f"{total // 60}m{total % 60}s"
