# Method calls and attribute access on user class instances.
class Counter:
    def __init__(self, start):
        self.value = start
        self.step = 1

    def bump(self, n):
        self.value = self.value + n * self.step
        return self.value


c = Counter(0)
total = 0
for i in range(200000):
    total += c.bump(i % 3)
result = (total, c.value)
