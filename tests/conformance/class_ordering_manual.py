# Full set of rich comparisons written by hand (no functools.total_ordering).
class Priority:
    order = {"low": 0, "normal": 1, "high": 2, "critical": 3}

    def __init__(self, label):
        if label not in self.order:
            raise ValueError(f"unknown priority {label!r}")
        self.label = label

    def _rank(self):
        return self.order[self.label]

    def __eq__(self, other):
        return self._rank() == other._rank()

    def __lt__(self, other):
        return self._rank() < other._rank()

    def __le__(self, other):
        return self._rank() <= other._rank()

    def __gt__(self, other):
        return self._rank() > other._rank()

    def __ge__(self, other):
        return self._rank() >= other._rank()

    def __repr__(self):
        return self.label.upper()


tickets = [("db down", "critical"), ("typo", "low"), ("slow page", "normal"),
           ("login bug", "high"), ("color", "low")]
queue = sorted(tickets, key=lambda t: Priority(t[1]), reverse=True)
for title, p in queue:
    print(f"{Priority(p)!r:>9} {title}")
hi, lo = Priority("high"), Priority("low")
print(hi > lo, hi >= hi, lo <= hi, lo < lo, hi == Priority("high"))
print(max(Priority(p) for _, p in tickets), min(Priority(p) for _, p in tickets))
urgent = [t for t, p in tickets if Priority(p) >= Priority("high")]
print(urgent)
Priority("urgent")
