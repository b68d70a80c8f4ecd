def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return increment, reset

inc, reset = make_counter()
print(inc(), inc(), inc())
reset()
print(inc())

by_five, reset5 = make_counter(100, 5)
print([by_five() for _ in range(4)])
print(inc())

def make_accumulator():
    history = []
    def add(x):
        history.append(x)
        return sum(history)
    return add, history

add, hist = make_accumulator()
for v in (10, 20, 5):
    print("running:", add(v))
snapshot = hist_copy = list(hist)
