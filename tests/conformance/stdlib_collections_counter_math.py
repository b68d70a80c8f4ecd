from collections import Counter

inventory = Counter(apples=5, pears=2, kiwis=0)
order = Counter({"apples": 3, "pears": 4, "plums": 1})
print(inventory + order)
print(inventory - order)
print(order - inventory)
print(inventory | order)
print(inventory & order)
print(+inventory, -Counter(a=-2, b=3))

stock = Counter(apples=5)
stock += Counter(apples=1, figs=2)
print(stock)
stock -= Counter(figs=5)
print(stock)
stock |= Counter(apples=10)
stock &= Counter(apples=7, pears=1)
print(stock)

print(Counter(a=1) == Counter(a=1, b=0), Counter("ab") == {"a": 1, "b": 1})
c = Counter("hello")
c["l"] += 1
c["z"] += 1
print(c, len(c))
del c["nope"]
print(c.get("q"), c.get("q", -1), "q" in c)
print(isinstance(c, dict), isinstance(c, Counter), type(c).__name__)
try:
    Counter(a=1) + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Counter(5)
except TypeError as e:
    print(type(e).__name__, e)
