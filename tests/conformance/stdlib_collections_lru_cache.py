from collections import OrderedDict

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print("evict", old)

cache = LRU(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache.get("a"), cache.get("zz"))
cache.put("d", 4)
cache.put("e", 5)
print(list(cache.data), cache.data)

od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
a = OrderedDict([("k1", 1), ("k2", 2)])
b = OrderedDict([("k2", 2), ("k1", 1)])
print(a == b, a == dict(b), dict(a) == dict(b), isinstance(a, dict))
print(OrderedDict(), OrderedDict(a=1) | {"b": 2}, type(a.copy()).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    a.move_to_end("missing")
except KeyError as e:
    print(type(e).__name__, e)
