# Agent task: discrete-event simulation of a help desk with two agents.
import heapq
import random
import statistics

random.seed(4)
events = []
t = 0.0
for cid in range(12):
    t += random.expovariate(1 / 3)
    heapq.heappush(events, (round(t, 3), "arrive", cid))
free_at = [0.0, 0.0]
waits = []
while events:
    when, kind, cid = heapq.heappop(events)
    agent = min(range(2), key=lambda i: free_at[i])
    start = max(when, free_at[agent])
    service = random.uniform(2, 6)
    free_at[agent] = start + service
    waits.append(start - when)
    print(f"cust {cid:2d} arrives {when:7.3f} agent {agent} waits {start - when:6.3f}")
print("mean wait:", round(statistics.mean(waits), 4), "max wait:", round(max(waits), 4))
print("median wait:", round(statistics.median(waits), 4))
round(max(free_at), 3)
