from enum import Enum, auto

class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

TRANSITIONS = {
    Status.PENDING: [Status.RUNNING],
    Status.RUNNING: [Status.DONE, Status.FAILED],
    Status.DONE: [],
    Status.FAILED: [Status.PENDING],
}

def advance(current, target):
    if target not in TRANSITIONS[current]:
        raise ValueError(f"cannot go from {current.name} to {target.name}")
    print(f"{current.name} -> {target.name}")
    return target

state = Status.PENDING
state = advance(state, Status.RUNNING)
state = advance(state, Status.FAILED)
state = advance(state, Status.PENDING)
try:
    advance(state, Status.DONE)
except ValueError as e:
    print("error:", e)
print(state, repr(state), state.value)
print([s.name for s in Status])
print(len(Status), Status(3), Status["DONE"])
print(state is Status.PENDING, state == Status.PENDING, state == 1)
print(Status.DONE in Status)
counts = {s: 0 for s in Status}
for s in [Status.DONE, Status.FAILED, Status.DONE]:
    counts[s] += 1
print({k.name: v for k, v in counts.items()})
Status.RUNNING
