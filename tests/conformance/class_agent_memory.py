# An agent's scratchpad memory: notes with tags, search, and a summary.
class Note:
    def __init__(self, step, text, tags):
        self.step = step
        self.text = text
        self.tags = sorted(set(tags))

    def matches(self, word):
        return word.lower() in self.text.lower() or word in self.tags

    def __repr__(self):
        return f"Note({self.step}, {self.text!r})"


class Memory:
    def __init__(self, capacity=4):
        self.capacity = capacity
        self.notes = []
        self.step = 0
        self.evicted = 0

    def remember(self, text, *tags):
        self.step += 1
        self.notes.append(Note(self.step, text, tags))
        if len(self.notes) > self.capacity:
            self.notes.pop(0)
            self.evicted += 1
        return self.step

    def recall(self, word):
        return [n for n in self.notes if n.matches(word)]

    def tags(self):
        counts = {}
        for n in self.notes:
            for t in n.tags:
                counts[t] = counts.get(t, 0) + 1
        return dict(sorted(counts.items()))

    def __str__(self):
        lines = [f"Memory({len(self.notes)}/{self.capacity}, evicted={self.evicted})"]
        lines += [f"  {n.step}: {n.text} {n.tags}" for n in self.notes]
        return "\n".join(lines)


mem = Memory()
w = get_weather("London")
mem.remember(f"London is {w['condition']} at {w['temp_c']}C", "weather", "london")
mem.remember("User prefers metric units", "prefs")
mem.remember("Paris trip planned for May", "travel", "paris")
mem.remember(f"Paris forecast: {get_weather('Paris')['condition']}", "weather", "paris")
mem.remember("Budget is 500 EUR", "travel", "budget")
print(mem)
print(mem.recall("paris"))
print(mem.recall("weather"), mem.recall("london"))
print(mem.tags())
[n.step for n in mem.recall("travel")]
