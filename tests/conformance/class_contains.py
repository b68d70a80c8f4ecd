# __contains__ for `in` / `not in`, and the fallbacks to __iter__ and __getitem__.
class IpRange:
    def __init__(self, prefix, lo, hi):
        self.prefix = prefix
        self.lo = lo
        self.hi = hi

    def __contains__(self, ip):
        head, _, last = ip.rpartition(".")
        return head == self.prefix and self.lo <= int(last) <= self.hi

    def __repr__(self):
        return f"{self.prefix}.{self.lo}-{self.hi}"


class Bag:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


class Squares:
    def __getitem__(self, i):
        if i >= 10:
            raise IndexError(i)
        return i * i


office = IpRange("10.0.0", 10, 50)
for ip in ["10.0.0.12", "10.0.0.9", "10.0.1.20", "10.0.0.50"]:
    print(ip, ip in office, ip not in office)
ranges = [IpRange("10.0.0", 1, 9), office, IpRange("192.168.1", 1, 254)]
hits = [r for r in ranges if "192.168.1.7" in r]
print("matched:", hits)
b = Bag("x", 3, None)
print(3 in b, "y" in b, None in b)
sq = Squares()
print(49 in sq, 50 in sq, list(sq)[:4])
try:
    print(5 in office)
except AttributeError as e:
    print("AttributeError:", e)
"10.0.0.30" in office
