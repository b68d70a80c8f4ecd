from enum import IntEnum

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

print(Priority.HIGH, repr(Priority.HIGH), f"{Priority.LOW}", str(Priority.MEDIUM))
print(Priority.HIGH + 1, Priority.HIGH * 2, 10 - Priority.CRITICAL)
print(Priority.HIGH == 3, Priority.LOW < Priority.HIGH, Priority.MEDIUM >= 2)
tickets = [("db down", Priority.CRITICAL), ("typo", Priority.LOW), ("slow page", Priority.MEDIUM), ("login bug", Priority.HIGH)]
for title, p in sorted(tickets, key=lambda t: t[1], reverse=True):
    print(f"[{p.name:<8}] {title} ({p:d})")
urgent = [t for t, p in tickets if p >= Priority.HIGH]
print(urgent)
print(Priority(2), max(p for _, p in tickets), sum([Priority.LOW, Priority.HIGH]))
print(f"{Priority.HIGH:>4}|{Priority.LOW:03d}")
print(Priority.HIGH.value, type(Priority.HIGH.value))
Priority(9)
