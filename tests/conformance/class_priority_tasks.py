# A task scheduler: tasks ordered by (priority, insertion order) via __lt__ and a sorted list.
class Task:
    _seq = 0

    def __init__(self, name, priority, duration):
        Task._seq += 1
        self.seq = Task._seq
        self.name = name
        self.priority = priority
        self.duration = duration

    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)

    def __repr__(self):
        return f"{self.name}(p{self.priority})"


class Scheduler:
    def __init__(self):
        self.pending = []
        self.clock = 0
        self.log = []

    def submit(self, task):
        self.pending.append(task)
        self.pending.sort()

    def run_next(self):
        task = self.pending.pop(0)
        self.clock += task.duration
        self.log.append((self.clock, task.name))
        return task

    def run_all(self):
        while self.pending:
            self.run_next()
        return self.log


s = Scheduler()
for name, prio, dur in [("backup", 3, 30), ("alert", 1, 1), ("report", 2, 10),
                        ("email", 2, 2), ("cleanup", 3, 5)]:
    s.submit(Task(name, prio, dur))
print(s.pending)
first = s.run_next()
print("ran", first, "at", s.clock)
s.submit(Task("hotfix", 0, 15))
print(s.pending)
print(s.run_all())
print(min([Task("a", 5, 1), Task("b", 4, 1)]), sorted([Task("z", 1, 0), Task("y", 1, 0)]))
s.clock
