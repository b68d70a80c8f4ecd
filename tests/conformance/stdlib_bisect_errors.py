# Agent task: validate bisect arguments before a batch insert.
import bisect

data = [1, 3, 5, 7]
for args, kwargs in [((data, 4, -1), {}), ((data,), {}), ((data, 4), {"lo": 0, "step": 2}),
                     ((5, 1), {}), ((data, "x"), {})]:
    try:
        print("ok", bisect.bisect_left(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print("error:", e)
bisect.insort(data, 4)
print(data)
bisect.insort((1, 2), 3)
