# Agent task: merge per-server log streams (already sorted by timestamp).
import heapq

web = [(1, "web", "GET /"), (4, "web", "GET /cart"), (9, "web", "POST /pay")]
db = [(2, "db", "SELECT users"), (4, "db", "UPDATE cart"), (7, "db", "COMMIT")]
cache = [(3, "cache", "MISS cart"), (8, "cache", "HIT user")]
for ts, src, msg in heapq.merge(web, db, cache):
    print(f"t={ts:02d} [{src:5s}] {msg}")

by_len = list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len))
print("by length:", by_len)
newest_first = list(heapq.merge([9, 4, 1], [7, 4, 2], [8], reverse=True))
print("newest first:", newest_first)
merged = heapq.merge(range(0, 10, 3), range(1, 10, 4))
print("first:", next(merged), "rest:", list(merged))
len(newest_first)
