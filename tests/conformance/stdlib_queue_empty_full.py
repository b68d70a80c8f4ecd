import queue

q = queue.Queue(maxsize=2)
q.put("x")
q.put("y", block=False)
print("full:", q.full(), "size:", q.qsize())
try:
    q.put_nowait("z")
except queue.Full as e:
    print("Full raised:", type(e).__name__, repr(e), e.args)
try:
    q.put("z", timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(q.get_nowait(), q.get(block=False))
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty raised:", type(e), isinstance(e, Exception))
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(queue.Empty, queue.Full, queue.SimpleQueue, queue.LifoQueue)
print(issubclass(queue.Empty, Exception), queue.Empty.__name__)
s = queue.SimpleQueue()
try:
    s.get(block=False)
except queue.Empty:
    print("simple queue empty")
print(hasattr(s, "maxsize"), hasattr(s, "task_done"))
q.get_nowait()
