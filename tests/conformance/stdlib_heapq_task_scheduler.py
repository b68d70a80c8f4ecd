# Agent task: schedule jobs by priority, then by submission order.
import heapq

jobs = [("deploy", 2), ("backup", 3), ("alert", 1), ("report", 3), ("cleanup", 5), ("page-oncall", 1)]
queue = []
for order, (name, prio) in enumerate(jobs):
    heapq.heappush(queue, (prio, order, name))
print("heap:", queue)
print("next up:", queue[0][2])
done = []
while queue:
    prio, order, name = heapq.heappop(queue)
    done.append(name)
    print(f"run {name:12s} (priority {prio})")
    if name == "alert":
        heapq.heappush(queue, (2, 99, "alert-followup"))
done
