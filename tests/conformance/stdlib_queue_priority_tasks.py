import queue

tasks = queue.PriorityQueue()
backlog = [
    (3, "write docs"),
    (1, "fix outage"),
    (2, "review PR"),
    (1, "page on-call"),
    (5, "refactor"),
    (2, "answer email"),
]
for item in backlog:
    tasks.put(item)
print("pending:", tasks.qsize())

order = []
while not tasks.empty():
    prio, title = tasks.get()
    order.append(f"{prio}:{title}")
    tasks.task_done()
print("\n".join(order))

nums = queue.PriorityQueue(maxsize=10)
for n in [9, 4, 7, 1, 8, 2]:
    nums.put_nowait(n)
print([nums.get() for _ in range(3)], nums.qsize())

mixed = queue.PriorityQueue()
mixed.put((1, "a"))
try:
    mixed.put((1, 2))
except TypeError as e:
    print("TypeError:", e)
print(mixed.qsize())
