from collections import deque

readings = [3, 8, 1, 9, 4, 7, 2, 6, 5]
window = deque(maxlen=3)
averages = []
for r in readings:
    window.append(r)
    if len(window) == window.maxlen:
        averages.append(round(sum(window) / len(window), 2))
print(window, averages)

history = deque(["cmd1", "cmd2"], maxlen=4)
for cmd in ["cmd3", "cmd4", "cmd5", "cmd6"]:
    history.append(cmd)
print(history, list(history), history[0], history[-1])
history.appendleft("cmd0")
print(history)

d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.extend([6, 7])
d.extendleft([0, -1])
print(d, len(d), 3 in d, 42 in d)
print(d.pop(), d.popleft(), d)
d[0] = 100
del d[1]
print(d, d.count(3), d.index(4))
d.insert(2, "x")
d.remove("x")
d.reverse()
print(d, d.copy() == d, deque([1]) == deque([1]), bool(deque()))
print(d == [5, 4, 3, 2, 100], list(reversed(d)))
print(deque("abc"), deque(range(3), maxlen=2), deque())
