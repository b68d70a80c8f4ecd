# Agent task: build callbacks with partial and fold results with reduce.
from functools import partial, reduce
import operator


def send(channel, message, *, urgent=False, retries=1):
    tag = "!" if urgent else ""
    return f"[{channel}]{tag} {message} (x{retries})"


alert = partial(send, "ops", urgent=True)
log = partial(send, "log")
print(alert("disk full"))
print(alert("cpu hot", retries=3))
print(log("started"), log(message="done"))
print(alert.args, alert.keywords, alert.func is send)
again = partial(alert, "again")
print(again.args, again.keywords, again())

int2 = partial(int, base=2)
print(int2("1011"), [int2(b) for b in ["1", "10", "111"]])
handlers = {name: partial(send, name) for name in ["a", "b"]}
print([h("hi") for h in handlers.values()])

# reduce: product, max by key, and a nested lookup.
print(reduce(operator.mul, range(1, 7)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
config = {"db": {"primary": {"host": "10.0.0.1"}}}
print(reduce(lambda d, k: d[k], ["db", "primary", "host"], config))
print(reduce(max, [3, 9, 2], 5), reduce(operator.add, ["x"]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
try:
    partial(42)
except TypeError as e:
    print("TypeError", e)
words = ["alpha", "beta", "gamma"]
reduce(lambda a, b: a if len(a) >= len(b) else b, words)
