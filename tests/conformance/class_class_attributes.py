# Class attributes shared by all instances vs. per-instance attributes.
class Task:
    count = 0
    default_priority = 3
    tags = []

    def __init__(self, title, priority=None):
        Task.count += 1
        self.id = Task.count
        self.title = title
        if priority is not None:
            self.default_priority = priority

    def describe(self):
        return f"#{self.id} {self.title} (p{self.default_priority})"


a = Task("write report")
b = Task("email client", priority=1)
c = Task("review PR")
for t in (a, b, c):
    print(t.describe())

print("count via class:", Task.count, "via instance:", a.count)
print("class default:", Task.default_priority)
Task.default_priority = 5
print("after class change:", a.describe(), "|", b.describe())

# Mutable class attribute is shared by every instance.
a.tags.append("urgent")
print("b.tags:", b.tags, "Task.tags:", Task.tags)
c.tags = ["own"]
print("c.tags:", c.tags, "Task.tags:", Task.tags)
print("has own attr:", "default_priority" in b.__dict__, "default_priority" in a.__dict__)
Task.count
