# Agent task: drain a work queue; the last pop on an empty heap is a bug.
import heapq

queue = [(3, "c"), (1, "a"), (2, "b")]
heapq.heapify(queue)
print("queue:", queue)
processed = 0
for _ in range(3):
    prio, item = heapq.heappop(queue)
    processed += 1
    print("processed", item, "prio", prio)
print("remaining:", queue)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("type error:", e)
heapq.heappop(queue)
