# A task scheduler: heapq priorities, enum states, deque retries, functools caching.
import heapq
from collections import deque
from enum import Enum, auto
from functools import lru_cache


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()


@lru_cache(maxsize=None)
def cost(n):
    return n if n < 2 else cost(n - 1) + cost(n - 2)


tasks = [(3, "report"), (1, "backup"), (2, "email"), (1, "alerts")]
heap = []
for prio, name in tasks:
    heapq.heappush(heap, (prio, name))
state = {name: State.PENDING for _, name in tasks}
retry = deque(maxlen=2)
order = []
while heap:
    prio, name = heapq.heappop(heap)
    state[name] = State.RUNNING
    if name == "email" and name not in retry:
        retry.append(name)
        state[name] = State.FAILED
        heapq.heappush(heap, (prio + 10, name))
        continue
    state[name] = State.DONE
    order.append((name, cost(len(name) + prio)))
print(order)
print({k: v.name for k, v in state.items()}, list(retry))
print(cost.cache_info(), State.DONE.value, State(2), State["FAILED"], len(State))
print([s.name for s in State if s is not State.FAILED], State.DONE in State)
order
