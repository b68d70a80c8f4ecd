# Agent task: find the k warehouses closest to a customer, keeping a bounded heap.
import heapq
import math

warehouses = {"north": (0, 10), "south": (0, -8), "east": (7, 1), "west": (-6, 2),
              "hub": (1, 1), "port": (9, -9), "airport": (-3, -4)}
customer = (2, 0)
heap = []
k = 3
for name, (x, y) in warehouses.items():
    d = round(math.dist(customer, (x, y)), 3)
    if len(heap) < k:
        heapq.heappush(heap, (-d, name))
    else:
        worst = heapq.heappushpop(heap, (-d, name))
        print("dropped", worst[1])
closest = sorted((-d, name) for d, name in heap)
print("closest:", closest)
h = [5, 1, 8, 3]
heapq.heapify(h)
print("replaced:", heapq.heapreplace(h, 7), h)
closest[0][1]
