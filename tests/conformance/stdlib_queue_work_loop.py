import queue

jobs = queue.Queue()
for name in ["fetch", "parse", "store", "report"]:
    jobs.put(name)
print("queued:", jobs.qsize(), "empty:", jobs.empty(), "full:", jobs.full(), "maxsize:", jobs.maxsize)

done = []
while not jobs.empty():
    job = jobs.get()
    if job == "parse":
        jobs.put("validate")
    done.append(job.upper())
    jobs.task_done()
print("done:", done)
print("unfinished:", jobs.unfinished_tasks)
jobs.join()
print("joined")

stack = queue.LifoQueue()
for i in range(4):
    stack.put(i * i)
print("lifo:", [stack.get_nowait() for _ in range(stack.qsize())])

sq = queue.SimpleQueue()
sq.put_nowait("a")
sq.put("b", block=False)
print("simple:", sq.qsize(), sq.get(), sq.get(timeout=1), sq.empty())
print(type(jobs).__name__, type(stack).__name__, type(sq).__name__)
print(isinstance(stack, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
print(repr(jobs).startswith("<queue.Queue object at 0x"))
print(repr(sq).startswith("<_queue.SimpleQueue object at 0x"))
jobs.put(1)
try:
    jobs.task_done()
    jobs.task_done()
except ValueError as e:
    print("ValueError:", e)
jobs.get()
jobs.qsize()
