# Agent task: track the running median of a stream with two heaps.
import heapq

def running_medians(stream):
    low, high = [], []  # low is a max-heap (negated), high a min-heap
    out = []
    for x in stream:
        if not low or x <= -low[0]:
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            out.append(-low[0])
        else:
            out.append((-low[0] + high[0]) / 2)
    return out

stream = [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]
meds = running_medians(stream)
for x, m in zip(stream, meds):
    print(f"after {x:2d}: median {m}")
meds[-1]
