//! `queue`: the sandbox's thread-free divergences (a wait that can never end raises
//! a deadlock `RuntimeError`), CPython's errors, GC tracing and the memory limit.
//! Expected outputs of the non-divergent cases come from CPython 3.11.

mod common;

use std::time::Duration;

use common::{err, ok};
use minion_eval::{ErrorKind, ExecutorLimits, LocalPythonExecutor};

#[test]
fn blocking_calls_that_can_never_return_raise_a_deadlock_error() {
    err(
        "import queue\nqueue.Queue().get()",
        "RuntimeError: deadlock: get() on an empty queue would block forever (the sandbox has no other threads); use block=False, a timeout, or the *_nowait methods",
    );
    err(
        "import queue\nq = queue.Queue(1)\nq.put(1)\nq.put(2, block=True)",
        "RuntimeError: deadlock: put() on a full queue would block forever (the sandbox has no other threads); use block=False, a timeout, or the *_nowait methods",
    );
    err(
        "import queue\nq = queue.Queue()\nq.put(1)\nq.get()\nq.join()",
        "RuntimeError: deadlock: join() with 1 unfinished task(s) (call task_done() once per get()) would block forever (the sandbox has no other threads); use block=False, a timeout, or the *_nowait methods",
    );
    err("import queue\nqueue.SimpleQueue().get()", "RuntimeError: deadlock: get() on an empty queue would block forever (the sandbox has no other threads); use block=False, a timeout, or the *_nowait methods");
}

#[test]
fn timeouts_and_nonblocking_calls_raise_empty_and_full() {
    ok(
        r#"import queue
q = queue.LifoQueue(maxsize=1)
q.put("a", timeout=0)
for call in [lambda: q.put("b", False), lambda: q.put("b", True, 2.5), q.get, q.get_nowait, lambda: q.get(True, 1)]:
    try:
        print(call())
    except (queue.Empty, queue.Full) as e:
        print(type(e).__name__, e.args)
try:
    q.task_done(); q.task_done()
except ValueError as e:
    print(e)
try:
    queue.SimpleQueue(3)
except TypeError as e:
    print(e)
print(q.maxsize, queue.PriorityQueue().maxsize, q.qsize(), q.empty())
"#,
        "Full ()\nFull ()\na\nEmpty ()\nEmpty ()\ntask_done() called too many times\nSimpleQueue() takes no arguments\n1 0 0 True\n",
    );
    err("import queue\nqueue.Queue().get_nowait()", "_queue.Empty");
}

#[test]
fn argument_errors_are_cpythons() {
    ok(
        r#"import queue
q = queue.Queue()
s = queue.SimpleQueue()
for f in [lambda: q.put(), lambda: q.get(1, 2, 3), lambda: queue.Queue(1, 2), lambda: s.put(), lambda: q.put(1, x=2), lambda: s.task_done()]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(q.put(1, timeout="x"), queue.SimpleQueue.__module__, queue.LifoQueue.__module__)
for f in [lambda: s.qsize(1), lambda: s.get_nowait(1)]:
    try:
        f()
    except TypeError as e:
        print(e)
s.put(3)
print(s.qsize(), s.get(), s.empty())
"#,
        "TypeError Queue.put() missing 1 required positional argument: 'item'\nTypeError Queue.get() takes from 1 to 3 positional arguments but 4 were given\nTypeError Queue.__init__() takes from 1 to 2 positional arguments but 3 were given\nTypeError put() missing required argument 'item' (pos 1)\nTypeError Queue.put() got an unexpected keyword argument 'x'\nAttributeError '_queue.SimpleQueue' object has no attribute 'task_done'\nNone _queue queue\nSimpleQueue.qsize() takes no arguments (1 given)\nget_nowait() takes no arguments\n1 3 True\n",
    );
}

#[test]
fn queued_items_survive_garbage_collection() {
    ok(
        r#"import queue
q = queue.PriorityQueue()
for i in range(200):
    q.put((i % 7, [str(i)] * 3))
junk = 0
for i in range(20000):
    junk += len([i, str(i), {"k": [i]}])
out = []
while not q.empty():
    p, items = q.get_nowait()
    out.append(items[0])
print(len(out), out[:4], out[-2:], junk)
"#,
        "200 ['0', '105', '112', '119'] ['90', '97'] 60000\n",
    );
}

#[test]
fn a_growing_queue_hits_the_memory_limit() {
    let mut ex = LocalPythonExecutor::with_limits(ExecutorLimits {
        max_memory: 16 * 1024 * 1024,
        max_duration: Duration::from_secs(20),
        ..ExecutorLimits::default()
    });
    let e = ex
        .run("import queue\nq = queue.Queue()\ni = 0\nwhile True:\n    q.put_nowait(i)\n    i += 1")
        .expect_err("unbounded queue");
    assert_eq!(e.kind, ErrorKind::Limit, "{}", e.summary());
    assert_eq!(e.exc_type, "MemoryError", "{}", e.summary());
}
