# A running-average coroutine driven with send(), reset with throw(), ended with close().
class Reset(Exception):
    pass


def averager():
    total = 0.0
    count = 0
    average = None
    try:
        while True:
            try:
                value = yield average
            except Reset:
                total, count, average = 0.0, 0, None
                continue
            total += value
            count += 1
            average = total / count
    finally:
        print("averager closed after", count, "values")


avg = averager()
print(next(avg))
for v in [10, 20, 30]:
    print("avg", avg.send(v))
print("after reset", avg.throw(Reset))
print("avg", avg.send(5))
avg.close()
try:
    avg.send(1)
except StopIteration:
    print("exhausted")


def countdown(n):
    while n > 0:
        received = yield n
        if received == "skip":
            n -= 2
        else:
            n -= 1
    return "liftoff"


gen = countdown(6)
seen = [next(gen)]
try:
    while True:
        seen.append(gen.send("skip" if len(seen) == 2 else None))
except StopIteration as stop:
    print(seen, stop.value)
seen
