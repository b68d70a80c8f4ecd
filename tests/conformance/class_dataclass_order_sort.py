from dataclasses import dataclass

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

releases = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9), Version(1, 2), Version(2)]
ordered = sorted(releases)
print([str(v) for v in ordered])
print(max(releases), min(releases))
print(Version(1, 2) < Version(1, 2, 1), Version(3) >= Version(2, 99))
print(Version(1, 2) <= Version(1, 2), Version(1) > Version(1))
print(sorted(releases, reverse=True)[:2])

@dataclass(order=True)
class Task:
    priority: int
    name: str

queue = [Task(3, "write docs"), Task(1, "fix bug"), Task(2, "review"), Task(1, "deploy")]
queue.sort()
for t in queue:
    print(t.priority, t.name)
try:
    Version(1) < Task(1, "x")
except TypeError as e:
    print("TypeError:", e)
Version(1) < (1, 0, 0)
