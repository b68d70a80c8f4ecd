def make_range_iter(start, stop):
    state = {"cur": start}
    def next_value():
        if state["cur"] >= stop:
            return None
        v = state["cur"]
        state["cur"] += 1
        return v
    return next_value

nxt = make_range_iter(3, 7)
out = []
while (v := nxt()) is not None:
    out.append(v)
print(out)

it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"))

letters = iter("abcdef")
pairs = list(zip(letters, letters))
print(pairs)

numbers = iter(range(10))
first_big = next(n for n in numbers if n > 4)
print(first_big, list(numbers))

def take_while(pred, seq):
    out = []
    for x in seq:
        if not pred(x):
            break
        out.append(x)
    return out
print(take_while(lambda x: x < 5, [1, 3, 5, 2]))
r = reversed([1, 2, 3])
print([next(r), list(r)])
